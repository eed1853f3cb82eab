//! ODK as the oracle (issue 14): every form of a corpus runs in the real ODK
//! Web Forms engine (`@getodk/xforms-engine`, headless under Node with
//! jsdom, driven by `tests/odk/oracle.mjs`) and, imported, in Waymark's
//! engine, through the same generated answer sequences. After every step
//! the test compares, for every question Waymark kept: relevance, required,
//! the value of every calculation and answer, repeat block counts, and the
//! verdict of every constraint on the answer just given.
//!
//! Corpus: the pyxform workbooks in `../shared/corpus/xlsform/` (imported
//! by Waymark's XLSForm importer; ODK runs pyxform's XForm of the same
//! workbook) and the XForms in `tests/odk/forms/` (imported by the XForm
//! importer). ODK runs with Waymark's deliberate policy applied
//! (`clear_hidden`: answers that stop being relevant are deleted, blocks of
//! a repeat that stops being relevant are dropped), and calculations that
//! count or sum over blocks where a question is not relevant are not
//! compared: Waymark skips those nodes, ODK counts them (both listed in
//! docs/questionnaires.md, "Differences from ODK").
//!
//! Needs Node, the npm packages and pyxform: `tests/odk/install.sh` (the
//! test command runs it and sets ODK_NODE_MODULES, PYXFORM and
//! WAYMARK_ODK_REQUIRED=1). Without them a plain `cargo test` skips this
//! test and says so.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;

use serde_json::{json, Value as Json};
use waymark_core::expression::Value;
use waymark_core::questionnaire::import::{import_file, Imported};
use waymark_core::questionnaire::{
    self, Answer, Mode, QuestionType, Questionnaire, QuestionnaireError, Session, Slot,
};

const STEPS: usize = 40;
const SEEDS: [u64; 2] = [7, 1234];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

struct Tools {
    node_modules: PathBuf,
    pyxform: PathBuf,
}

fn tools() -> Option<Tools> {
    let required = std::env::var("WAYMARK_ODK_REQUIRED").is_ok_and(|v| v == "1");
    let found = match (
        std::env::var_os("ODK_NODE_MODULES"),
        std::env::var_os("PYXFORM"),
    ) {
        (Some(n), Some(p)) => Some(Tools {
            node_modules: n.into(),
            pyxform: p.into(),
        }),
        _ => None,
    };
    if found.is_none() {
        assert!(
            !required,
            "WAYMARK_ODK_REQUIRED=1 but ODK_NODE_MODULES/PYXFORM are not set"
        );
        eprintln!("skipped: set ODK_NODE_MODULES and PYXFORM (tests/odk/install.sh)");
    }
    found
}

/// `../shared/corpus/xlsform` beside the clone (or WAYMARK_SHARED).
fn xlsform_corpus() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = std::env::var_os("WAYMARK_SHARED")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    candidates.push(repo().join("../shared"));
    candidates.push(repo().join("../../shared"));
    candidates
        .into_iter()
        .map(|s| s.join("corpus/xlsform"))
        .find(|p| p.is_dir())
}

/// The ODK engine in a Node process, one JSON line per step.
struct Oracle {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Oracle {
    fn open(tools: &Tools, xform: &Path) -> (Oracle, Json) {
        let mut child = Command::new("node")
            .arg(repo().join("tests/odk/oracle.mjs"))
            .arg("-")
            .env("ODK_NODE_MODULES", &tools.node_modules)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut o = Oracle {
            child,
            stdin,
            stdout,
        };
        let first = o.send(&json!({ "form": xform, "clear_hidden": true }));
        (o, first)
    }

    fn send(&mut self, msg: &Json) -> Json {
        writeln!(self.stdin, "{msg}").expect("write to node");
        let mut line = String::new();
        self.stdout.read_line(&mut line).expect("read from node");
        let reply: Json = serde_json::from_str(&line).expect("JSON from the oracle");
        assert!(reply.get("error").is_none(), "ODK: {reply} after {msg}");
        reply["state"].clone()
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// An answer as ODK's text value.
fn answer_text(a: &Answer) -> String {
    match a {
        Answer::Choice(c) => c.clone(),
        Answer::Choices(c) => c.join(" "),
        Answer::Text(t) => t.clone(),
        Answer::Integer(i) => i.to_string(),
        Answer::Decimal(d) => waymark_core::expression::format_number(*d),
        Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
        Answer::Acknowledged => "OK".into(),
        Answer::NotSure | Answer::PreferNotToSay => String::new(),
    }
}

/// A calculation's value as ODK's text (NaN reads as empty in both).
fn value_text(v: &Value) -> String {
    match v {
        Value::Number(n) if n.is_nan() => String::new(),
        Value::Null => String::new(),
        other => other.to_text(),
    }
}

/// ODK's value as Waymark writes it: a trigger's false/true is
/// unanswered/acknowledged; a date-time's date (Waymark asks the date).
fn odk_text(node: &Json) -> String {
    let v = node["value"].as_str().unwrap_or("");
    match (node["type"].as_str(), node["vt"].as_str()) {
        (Some("trigger"), _) => if v == "true" { "OK" } else { "" }.into(),
        (_, Some("dateTime")) => v.get(..10).unwrap_or(v).to_string(),
        _ => v.to_string(),
    }
}

/// Equal as numbers when both read as numbers, else as text.
fn same(a: &str, b: &str) -> bool {
    match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() < 1e-9,
        _ => a.trim() == b.trim(),
    }
}

/// The ODK reference of a Waymark slot in the current ODK state: a leaf
/// named like the question, outside any repeat, or in block `i` of its
/// repeat.
fn reference(state: &Json, slot: &Slot, repeat_ref: Option<&str>) -> Option<String> {
    let leaf = format!("/{}", slot.question);
    let keys = state.as_object()?.keys();
    match (slot.instance, repeat_ref) {
        (None, _) => keys
            .filter(|k| !k.contains('['))
            .find(|k| k.ends_with(&leaf))
            .cloned(),
        (Some(i), Some(r)) => {
            let prefix = format!("{r}[{}]/", i + 1);
            keys.filter(|k| k.starts_with(&prefix))
                .find(|k| k.ends_with(&leaf))
                .cloned()
        }
        _ => None,
    }
}

/// ODK's reference of a repeat section: the repeat node named like it.
fn repeat_reference(state: &Json, section: &str) -> Option<String> {
    let tail = format!("/{section}");
    state
        .as_object()?
        .iter()
        .find(|(k, v)| v["type"] == "repeat" && k.ends_with(&tail) && !k.contains('['))
        .map(|(k, _)| k.clone())
}

/// The `calculation` of a question in the imported TOML.
fn calculation_of<'a>(toml: &'a str, name: &str) -> Option<&'a str> {
    let block = toml
        .split("[[questions]]")
        .find(|b| b.contains(&format!("name = \"{name}\"\n")))?;
    block.lines().find_map(|l| l.strip_prefix("calculation = "))
}

struct Run<'a> {
    form: &'a str,
    q: Arc<Questionnaire>,
    toml: &'a str,
    s: Session,
    mismatches: Vec<String>,
    /// The step just taken, for the mismatch lines.
    last: String,
}

impl Run<'_> {
    fn repeat_ref(&self, state: &Json, question: &str) -> Option<String> {
        let question = self.q.question(question)?;
        let section = self.q.section_of(question)?;
        if !section.repeat {
            return None;
        }
        repeat_reference(state, &section.id)
    }

    fn compare(&mut self, step: usize, state: &Json) {
        let hidden_block = state.as_object().is_some_and(|m| {
            m.iter()
                .any(|(k, v)| k.contains('[') && v["relevant"] == false && v["type"] != "repeat")
        });
        for question in self.q.questions.clone() {
            let section = self.q.section_of(&question).cloned();
            let blocks: Vec<Option<u32>> = match &section {
                Some(s) if s.repeat => (0..self.s.repeat_count(&s.id)).map(Some).collect(),
                _ => vec![None],
            };
            if let Some(s) = section.as_ref().filter(|s| s.repeat) {
                if let Some(r) =
                    repeat_reference(state, &s.id).filter(|r| state[r]["controlled"] != true)
                {
                    let odk = state[&r]["count"].as_u64().unwrap_or(0);
                    let ours = u64::from(self.s.repeat_count(&s.id));
                    if odk != ours {
                        self.mismatch(step, &s.id, &format!("blocks: ODK {odk}, Waymark {ours}"));
                    }
                }
            }
            for instance in blocks {
                let slot = Slot {
                    question: question.name.clone(),
                    instance,
                };
                let repeat = self.repeat_ref(state, &question.name);
                let Some(r) = reference(state, &slot, repeat.as_deref()) else {
                    continue;
                };
                let odk = &state[&r];
                let ours = self.s.is_relevant(&slot);
                if odk["relevant"].as_bool() != Some(ours) {
                    self.mismatch(
                        step,
                        &r,
                        &format!("relevant: ODK {}, Waymark {ours}", odk["relevant"]),
                    );
                    continue;
                }
                if !ours {
                    continue;
                }
                if question.kind.is_answerable()
                    && odk["required"].as_bool() != Some(question.required)
                {
                    self.mismatch(
                        step,
                        &r,
                        &format!(
                            "required: ODK {}, Waymark {}",
                            odk["required"], question.required
                        ),
                    );
                }
                let odk_value = odk_text(odk);
                let our_value = if question.kind == QuestionType::Calculate {
                    let calc = calculation_of(self.toml, &question.name).unwrap_or("");
                    // start/end/today: ODK's clock has the time of day.
                    let clock = calc.contains("today()");
                    // Deliberate: Waymark skips blocks where a question is
                    // not relevant; ODK counts them.
                    let empty_repeat = self
                        .q
                        .sections
                        .iter()
                        .any(|x| x.repeat && self.s.repeat_count(&x.id) == 0);
                    let over_blocks = (hidden_block && (calc.contains("count(") || calc.contains("sum(")))
                        // ODK's sum() of no blocks is empty; Waymark's 0, as in XPath.
                        || (empty_repeat && calc.contains("sum("));
                    if clock || over_blocks {
                        continue;
                    }
                    self.s
                        .calculated(&question.name)
                        .map_or(String::new(), |v| value_text(&v))
                } else if question.kind.is_answerable() {
                    self.s
                        .answer_of(&slot)
                        .map_or(String::new(), |a| answer_text(&a))
                } else {
                    continue;
                };
                if !same(&odk_value, &our_value) {
                    self.mismatch(
                        step,
                        &r,
                        &format!("value: ODK {odk_value:?}, Waymark {our_value:?}"),
                    );
                }
            }
        }
    }

    fn mismatch(&mut self, step: usize, what: &str, how: &str) {
        if self.mismatches.len() < 200 {
            self.mismatches.push(format!(
                "{}: step {step} ({}): {what}: {how}",
                self.form, self.last
            ));
        }
    }
}

/// A plausible answer for a question shown now, from its own choices.
fn random_answer(s: &Session, slot: &Slot, kind: QuestionType, rng: &mut Rng) -> Option<Answer> {
    let view = s.go_to(slot).ok()?;
    Some(match kind {
        QuestionType::SingleChoice | QuestionType::Region | QuestionType::YesNo => {
            if view.choices.is_empty() {
                return None;
            }
            Answer::Choice(view.choices[rng.below(view.choices.len())].name.clone())
        }
        QuestionType::MultipleChoice => {
            let picked: Vec<String> = view
                .choices
                .iter()
                .filter(|_| rng.below(3) == 0)
                .map(|c| c.name.clone())
                .collect();
            if picked.is_empty() {
                return None;
            }
            Answer::Choices(picked)
        }
        QuestionType::Integer => Answer::Integer(rng.below(140) as i64 - 10),
        QuestionType::Decimal => Answer::Decimal(rng.below(400) as f64 / 4.0 - 5.0),
        QuestionType::Text => {
            Answer::Text(["a", "abc", "hello world", "12", "other"][rng.below(5)].into())
        }
        QuestionType::Date => Answer::Date(
            chrono::NaiveDate::from_ymd_opt(2000, 1, 1)?
                .checked_add_days(chrono::Days::new(rng.below(9000) as u64))?,
        ),
        QuestionType::Acknowledgement => Answer::Acknowledged,
        QuestionType::Note | QuestionType::Calculate => return None,
    })
}

/// Plays `STEPS` random steps on one form in both engines; returns the
/// mismatches and how many steps compared.
fn play(
    tools: &Tools,
    name: &str,
    xform: &Path,
    imported: &Imported,
    seed: u64,
) -> (Vec<String>, usize) {
    let q = Arc::new(
        questionnaire::parse(&format!("{}.toml", imported.id), &imported.toml)
            .unwrap_or_else(|e| panic!("{name}: the import is a valid questionnaire: {e}")),
    );
    let s = Session::start(Arc::clone(&q), Mode::Interviewer, None).expect("start");
    let (mut odk, first) = Oracle::open(tools, xform);
    let mut run = Run {
        form: name,
        q: Arc::clone(&q),
        toml: &imported.toml,
        s,
        mismatches: Vec::new(),
        last: "load".into(),
    };
    // ODK starts a repeat with the blocks its form holds (pyxform: one);
    // Waymark with none, the person adds them: start both alike.
    for section in q.sections.iter().filter(|x| x.repeat) {
        if let Some(r) =
            repeat_reference(&first, &section.id).filter(|r| first[r]["controlled"] != true)
        {
            for _ in 0..first[&r]["count"].as_u64().unwrap_or(0) {
                if run.s.add_repeat(&section.id).is_err() {
                    break;
                }
            }
        }
    }
    run.compare(0, &first);
    let mut state = first;
    let mut rng = Rng(seed);
    let mut compared = 1;
    let mut known = 0usize;
    let dropped = dropped_constraints(imported);
    for step in 1..=STEPS {
        // Now and then a block in a repeat that is asked.
        let repeats: Vec<String> = q
            .sections
            .iter()
            .filter(|x| x.repeat && run.s.section_relevant(&x.id))
            .map(|x| x.id.clone())
            .collect();
        if !repeats.is_empty() && rng.below(6) == 0 {
            let section = &repeats[rng.below(repeats.len())];
            // jr:count repeats are not driven by hand in ODK (a known
            // difference: Waymark does not count blocks yet).
            let Some(r) =
                repeat_reference(&state, section).filter(|r| state[r]["controlled"] != true)
            else {
                continue;
            };
            run.last = format!("add {r}");
            run.s.add_repeat(section).expect("add a block");
            state = odk.send(&json!({ "op": "add", "ref": r }));
            run.compare(step, &state);
            compared += 1;
            continue;
        }
        let shown = run.s.review();
        if shown.is_empty() {
            break;
        }
        let item = &shown[rng.below(shown.len())];
        let kind = q
            .question(&item.slot.question)
            .map_or(QuestionType::Note, |x| x.kind);
        let Some(answer) = random_answer(&run.s, &item.slot, kind, &mut rng) else {
            continue;
        };
        let repeat = run.repeat_ref(&state, &item.slot.question);
        let Some(r) = reference(&state, &item.slot, repeat.as_deref()) else {
            continue;
        };
        // Only what ODK lets a person answer (not its notes or outputs).
        if !matches!(
            state[&r]["type"].as_str(),
            Some("input" | "select" | "trigger")
        ) {
            run.mismatch(step, &r, "answerable in Waymark, not in ODK");
            continue;
        }
        run.last = format!("{} = {}", r, answer_text(&answer));
        let result = run.s.answer(&item.slot, answer.clone());
        let mut text = answer_text(&answer);
        if state[&r]["vt"] == "dateTime" {
            text.push_str("T00:00:00");
        }
        state = odk.send(&json!({ "op": "set", "ref": r, "value": text }));
        let verdict = state[&r]["constraint"].as_bool();
        match result {
            Ok(()) if verdict == Some(false) => {
                // A constraint the import had to leave out (said in its
                // report) is a known gap; any other is a mismatch.
                if dropped.contains(&item.slot.question) {
                    known += 1;
                } else {
                    run.mismatch(step, &r, "constraint: ODK refuses, Waymark accepts");
                }
            }
            Err(QuestionnaireError::ConstraintFailed { .. }) => {
                if verdict != Some(false) {
                    run.mismatch(step, &r, "constraint: ODK accepts, Waymark refuses");
                }
                // Waymark never stores a refused answer: ODK goes back to
                // the answer Waymark kept.
                let kept = run
                    .s
                    .answer_of(&item.slot)
                    .map_or(String::new(), |a| answer_text(&a));
                state = odk.send(&json!({ "op": "set", "ref": r, "value": kept }));
            }
            Err(e) => run.mismatch(step, &r, &format!("Waymark refused: {e}")),
            Ok(()) => {}
        }
        run.compare(step, &state);
        compared += 1;
    }
    if known > 0 {
        eprintln!("{name}: {known} answer(s) refused only by a constraint the import left out");
    }
    (run.mismatches, compared)
}

/// Questions whose constraint the import left out (its report says so).
fn dropped_constraints(imported: &Imported) -> std::collections::HashSet<String> {
    use waymark_core::questionnaire::import::Place;
    let lines = &imported.report.lines;
    let places: Vec<&Place> = lines
        .iter()
        .filter(|l| l.message.id == "import-changed-constraint-dropped")
        .map(|l| &l.place)
        .collect();
    lines
        .iter()
        .filter(|l| l.message.id == "import-converted-question" && places.contains(&&l.place))
        .filter_map(|l| {
            l.message
                .args
                .iter()
                .find(|(k, _)| k == "name")
                .map(|(_, v)| v.clone())
        })
        .collect()
}

#[test]
fn odk_and_waymark_agree_at_every_step() {
    let Some(tools) = tools() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    // (name, the XForm ODK runs, what Waymark imports)
    let mut forms: Vec<(String, PathBuf, PathBuf)> = Vec::new();
    if let Some(dir) = xlsform_corpus() {
        let mut books: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("corpus")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "xlsx" || e == "xls"))
            .collect();
        books.sort();
        for book in books {
            let stem = book.file_stem().unwrap().to_string_lossy().to_string();
            let xml = tmp.path().join(format!("{stem}.xml"));
            let ok = Command::new(&tools.pyxform)
                .arg(&book)
                .arg(&xml)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "pyxform converts {stem}");
            forms.push((stem, xml, book));
        }
    } else {
        assert!(
            !std::env::var("WAYMARK_ODK_REQUIRED").is_ok_and(|v| v == "1"),
            "the shared XLSForm corpus is missing"
        );
    }
    let own = repo().join("tests/odk/forms");
    let mut xforms: Vec<PathBuf> = std::fs::read_dir(&own)
        .expect("tests/odk/forms")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    xforms.sort();
    for x in xforms {
        let stem = x.file_stem().unwrap().to_string_lossy().to_string();
        forms.push((stem, x.clone(), x));
    }
    assert!(!forms.is_empty());
    let mut all = Vec::new();
    let mut summary = BTreeMap::new();
    for (name, xform, source) in &forms {
        let imported = match import_file(source) {
            Ok(i) => i,
            Err(e) => {
                // A form with nothing Waymark can ask (specify_other.xls uses
                // a type pyxform itself no longer reads): nothing to compare.
                summary.insert(name.clone(), format!("not imported: {e}"));
                continue;
            }
        };
        let mut steps = 0;
        for seed in SEEDS {
            let (m, n) = play(&tools, name, xform, &imported, seed);
            steps += n;
            all.extend(m);
        }
        summary.insert(name.clone(), format!("{steps} steps compared"));
    }
    for (name, s) in &summary {
        eprintln!("{name}: {s}");
    }
    assert!(
        all.is_empty(),
        "ODK and Waymark differ:\n{}",
        all.join("\n")
    );
}
