//! The vault's attackers, played from the outside: a forensic tool with the
//! phone's files and a little use of its key store, a coercer who forced a
//! duress unlock and now reads every screen, someone who copies the folder
//! before and after an action and puts old files back, several processes
//! guessing at once. Each attack here worked against the previous version
//! (issue 12); each test fails there.
//!
//! Everything goes through the `waymark` binary, as a person or a script
//! uses it. `WAYMARK_ADVERSARY_BIN` points the suite at another build (the
//! report of issue 12 ran it against the previous version's binary).
//!
//! On a desktop the software key store keeps its keys in `keystore/`
//! beside the vault. On a phone those keys live in secure hardware that
//! answers questions but never hands them out; the attackers below get the
//! vault's files without `keystore/`, and where they may use the key store
//! they go through [`Oracle`], which answers with the keys but never shows
//! them and counts every answer, as hardware would.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use ring::{digest, hkdf, hmac};
use serde_json::Value;

const PASS: &str = "4826";
const DURESS: &str = "0000";

fn bin() -> PathBuf {
    std::env::var_os("WAYMARK_ADVERSARY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_waymark")))
}

fn waymark(dir: &Path, args: &[&str], passcode: Option<&str>) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .arg("--dir")
        .arg(dir)
        .arg("--json")
        .env_remove("WAYMARK_PASSCODE")
        .env_remove("WAYMARK_NEW_PASSCODE")
        .env_remove("WAYMARK_DURESS_PASSCODE")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null());
    if let Some(p) = passcode {
        cmd.env("WAYMARK_PASSCODE", p);
    }
    cmd.output().unwrap()
}

fn ok(dir: &Path, args: &[&str], passcode: Option<&str>) -> Value {
    let out = waymark(dir, args, passcode);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    results(&out.stdout)
}

/// The `result` of a `--json` command; a command that prints one JSON line
/// per step (`chat --script`) gives them all, in order.
fn results(stdout: &[u8]) -> Value {
    let text = String::from_utf8_lossy(stdout);
    let mut all: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["result"].clone())
        .collect();
    match all.len() {
        1 => all.remove(0),
        _ => Value::Array(all),
    }
}

fn with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Value {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .arg("--dir")
        .arg(dir)
        .arg("--json")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    serde_json::from_slice::<Value>(&out.stdout).unwrap()["result"].clone()
}

/// A vault with notes and a duress passcode, locked, made through the CLI.
fn prepared(dir: &Path) {
    ok(dir, &["vault", "init"], Some(PASS));
    for note in ["MARKER-adv-passport", "MARKER-adv-debt"] {
        ok(dir, &["journal", "add", note], Some(PASS));
    }
    with_env(
        dir,
        &["vault", "duress"],
        &[
            ("WAYMARK_PASSCODE", PASS),
            ("WAYMARK_DURESS_PASSCODE", DURESS),
        ],
    );
}

/// Every file under `dir`, as paths relative to it, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path().strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn copy_dir(from: &Path, to: &Path, with_keys: bool) {
    for rel in files(from) {
        if !with_keys && rel.starts_with("keystore") {
            continue;
        }
        fs::create_dir_all(to.join(&rel).parent().unwrap()).unwrap();
        fs::copy(from.join(&rel), to.join(&rel)).unwrap();
    }
}

/// A file name with every run of 32 hex digits (random ids) replaced.
fn shape(name: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    for c in name.chars().chain(std::iter::once('/')) {
        if c.is_ascii_hexdigit() {
            run.push(c);
            continue;
        }
        out.push_str(if run.len() == 32 { "<id>" } else { &run });
        run.clear();
        out.push(c);
    }
    out.pop();
    out
}

// ---------------------------------------------------------------- the key store as hardware

/// The key store of a phone, as an attacker running code as the app (or as
/// root) can use it: it answers, it never shows a key, and every answer
/// counts against `budget`.
struct Oracle {
    keystore: PathBuf,
    budget: u32,
}

impl Oracle {
    fn key(&mut self, alias: &str) -> Option<Vec<u8>> {
        if self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        fs::read(self.keystore.join(format!("{alias}.key"))).ok()
    }

    /// Format 1's `unwrap`: AES-256-GCM, nonce first, the alias as AAD.
    fn unwrap(&mut self, alias: &str, wrapped: &[u8]) -> Option<Vec<u8>> {
        let key = self.key(alias)?;
        let (nonce, body) = wrapped.split_at(12);
        let mut body = body.to_vec();
        let k = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &key).ok()?);
        let n = Nonce::try_assume_unique_for_key(nonce).ok()?;
        Some(
            k.open_in_place(n, Aad::from(alias.as_bytes()), &mut body)
                .ok()?
                .to_vec(),
        )
    }

    /// Format 2's `derive`: HMAC-SHA256 under the key.
    fn derive(&mut self, alias: &str, input: &[u8]) -> Option<Vec<u8>> {
        let key = self.key(alias)?;
        Some(
            hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, &key), input)
                .as_ref()
                .to_vec(),
        )
    }
}

struct Len(usize);
impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

fn hkdf32(ikm: &[u8], salt: &[u8], info: &[&[u8]]) -> [u8; 32] {
    let mut out = [0u8; 32];
    hkdf::Salt::new(hkdf::HKDF_SHA256, salt)
        .extract(ikm)
        .expand(info, Len(32))
        .unwrap()
        .fill(&mut out)
        .unwrap();
    out
}

fn open(key: &[u8; 32], nonce: &[u8], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    let k = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).unwrap());
    let mut body = sealed.to_vec();
    let n = Nonce::try_assume_unique_for_key(nonce).ok()?;
    Some(k.open_in_place(n, Aad::from(aad), &mut body).ok()?.to_vec())
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn argon2id(passcode: &str, salt: &[u8], memory: u32, passes: u32, lanes: u32) -> [u8; 32] {
    let params = argon2::Params::new(memory, passes, lanes, Some(32)).unwrap();
    let mut out = [0u8; 32];
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(passcode.as_bytes(), salt, &mut out)
        .unwrap();
    out
}

/// The forensic tool's offline attack, written from docs/vault.md: with the
/// header and the answers it got from the key store while it had the phone,
/// which of `candidates` opens the passcode slot? Answers are spent from
/// `oracle`; once it is empty, every further step is offline.
fn offline_attack(header: &[u8], oracle: &mut Oracle, candidates: &[&str]) -> Option<String> {
    match header[4] {
        // Format 1: one unwrap, then everything per guess in software.
        1 => {
            let kdf = (u32_at(header, 8), u32_at(header, 12), u32_at(header, 16));
            let salt = &header[20..36];
            let alias = format!("waymark-{}", waymark_core::hex::encode(&header[40..56]));
            let l = u16::from_le_bytes([header[56], header[57]]) as usize;
            let secret = oracle.unwrap(&alias, &header[58..58 + l])?;
            let slot = &header[58 + l..58 + l + 60];
            let mut aad = header[..58 + l].to_vec();
            aad[36..40].fill(0);
            aad.push(0);
            candidates.iter().find_map(|pin| {
                let x = argon2id(pin, salt, kdf.0, kdf.1, kdf.2);
                let k = hkdf32(
                    &[&x[..], &secret].concat(),
                    salt,
                    &[b"waymark vault slot v1 ", &[0]],
                );
                open(&k, &slot[..12], &aad, &slot[12..]).map(|_| pin.to_string())
            })
        }
        // Format 2: the epoch answer opens the sealed part; each slot then
        // needs the hardware's answer for that very guess.
        2 => {
            let vault_id = &header[8..24];
            let alias = |key_id: &[u8]| {
                format!(
                    "waymark-{}-{}",
                    waymark_core::hex::encode(vault_id),
                    waymark_core::hex::encode(key_id)
                )
            };
            let mut input = digest::Context::new(&digest::SHA256);
            input.update(b"waymark vault epoch v2");
            input.update(vault_id);
            input.update(&header[24..40]);
            let epoch = oracle.derive(&alias(&header[24..40]), input.finish().as_ref())?;
            let outer = hkdf32(&epoch, vault_id, &[b"waymark vault header v2"]);
            let inner = open(&outer, &header[72..84], &header[..84], &header[84..])?;
            let kdf = (u32_at(header, 40), u32_at(header, 44), u32_at(header, 48));
            let salt = &header[56..72];
            candidates.iter().find_map(|pin| {
                let x = argon2id(pin, salt, kdf.0, kdf.1, kdf.2);
                (0..2).find_map(|i| {
                    let at = i * 77;
                    let key_id = &inner[at..at + 16];
                    let slot = &inner[at + 16..at + 77];
                    let d = oracle.derive(&alias(key_id), &x)?;
                    let k = hkdf32(
                        &[&d[..], &x].concat(),
                        vault_id,
                        &[b"waymark vault slot v2", key_id],
                    );
                    let aad = [b"waymark vault slot v2".as_slice(), vault_id, key_id].concat();
                    let plain = open(&k, &slot[..12], &aad, &slot[12..])?;
                    (plain[0] == 1).then(|| pin.to_string())
                })
            })
        }
        _ => None,
    }
}

/// Attack 1: a forensic tool that can use the phone's key store a few times
/// (running as the app after the first unlock, or as root) takes the files
/// away and guesses the PIN offline. Format 1 fell to one key-store answer;
/// now every guess needs the hardware again.
#[test]
fn an_offline_attacker_with_key_store_answers_cannot_guess_away_from_the_phone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    ok(&dir, &["vault", "init"], Some(PASS));
    let header = fs::read(dir.join("vault.header")).unwrap();
    // A dictionary that holds the PIN, as a real attack's would.
    let candidates = ["1234", "0000", "1111", "2580", "4826", "9999"];
    let oracle = |budget| Oracle {
        keystore: dir.join("keystore"),
        budget,
    };
    for budget in [1, 2, 3] {
        assert_eq!(
            offline_attack(&header, &mut oracle(budget), &candidates),
            None,
            "{budget} key-store answers were enough to guess offline"
        );
    }
    // Guessing at the phone works, one hardware answer (and more) per guess:
    // the hardware, not the attacker's computer, sets the pace.
    assert_eq!(
        offline_attack(&header, &mut oracle(1 + 2 * 5), &candidates),
        Some(PASS.to_owned())
    );
}

/// Attack 3: a panic wipe with a damaged header left the key behind, and a
/// copy of the old header and database opened again.
#[test]
fn a_panic_wipe_with_a_damaged_header_leaves_no_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    prepared(&dir);
    let before = tmp.path().join("before");
    copy_dir(&dir, &before, false);
    let mut header = fs::read(dir.join("vault.header")).unwrap();
    header.push(0);
    fs::write(dir.join("vault.header"), &header).unwrap();
    ok(&dir, &["vault", "wipe", "--yes"], None);
    assert_eq!(files(&dir), Vec::<PathBuf>::new(), "no key, no file left");

    copy_dir(&before, &dir, false);
    let out = waymark(&dir, &["vault", "unlock"], Some(PASS));
    assert!(!out.status.success(), "the old copy opened after the wipe");
}

/// Attack 4: change the passcode, set a duress passcode, turn wipe-after
/// off; put the old header back. It must not bring the old settings back.
#[test]
fn an_old_header_put_back_opens_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    ok(&dir, &["vault", "init"], Some(PASS));
    with_env(
        &dir,
        &["vault", "wipe-after", "3"],
        &[("WAYMARK_PASSCODE", PASS)],
    );
    let old_header = fs::read(dir.join("vault.header")).unwrap();
    with_env(
        &dir,
        &["vault", "passcode"],
        &[
            ("WAYMARK_PASSCODE", PASS),
            ("WAYMARK_NEW_PASSCODE", "new-pass-77"),
        ],
    );
    with_env(
        &dir,
        &["vault", "duress"],
        &[
            ("WAYMARK_PASSCODE", "new-pass-77"),
            ("WAYMARK_DURESS_PASSCODE", DURESS),
        ],
    );
    with_env(
        &dir,
        &["vault", "wipe-after", "off"],
        &[("WAYMARK_PASSCODE", "new-pass-77")],
    );
    let current = fs::read(dir.join("vault.header")).unwrap();
    fs::write(dir.join("vault.header"), &old_header).unwrap();
    for passcode in [PASS, "new-pass-77", DURESS] {
        let out = waymark(&dir, &["vault", "unlock"], Some(passcode));
        assert!(
            !out.status.success(),
            "the old header opened with {passcode}"
        );
    }
    // The current header still works, duress passcode included.
    fs::write(dir.join("vault.header"), &current).unwrap();
    ok(&dir, &["vault", "unlock"], Some("new-pass-77"));
    assert_eq!(
        ok(&dir, &["vault", "status"], None)["wipe_after"],
        Value::Null
    );
}

/// Attack 5: with umask 022 the key file, header and database were
/// readable by every user of the computer.
#[cfg(unix)]
#[test]
fn files_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let out = Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" vault init --dir \"$1\" --json")
        .arg(bin())
        .arg(&dir)
        .env("WAYMARK_PASSCODE", PASS)
        .env("WAYMARK_LANG", "en")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    ok(&dir, &["journal", "add", "note"], Some(PASS));
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the vault folder");
    assert_eq!(mode(&dir.join("keystore")), 0o700, "the key folder");
    for rel in files(&dir) {
        assert_eq!(mode(&dir.join(&rel)), 0o600, "{}", rel.display());
    }
}

/// Attack 6: eight processes guessing at once: every guess is counted, and
/// none fails with anything but "wrong passcode".
#[test]
fn parallel_guesses_are_all_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    ok(&dir, &["vault", "init"], Some(PASS));
    let children: Vec<_> = (0..8)
        .map(|i| {
            Command::new(bin())
                .args(["vault", "unlock", "--json", "--dir"])
                .arg(&dir)
                .env("WAYMARK_PASSCODE", format!("guess-{i}"))
                .env("WAYMARK_LANG", "en")
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["error"]["kind"], "wrong_passcode", "{v}");
    }
    assert_eq!(ok(&dir, &["vault", "status"], None)["failed_attempts"], 8);
    assert_eq!(
        files(&dir)
            .iter()
            .filter(|p| {
                let name = p.to_string_lossy();
                name.ends_with(".new") || name.ends_with(".tmp")
            })
            .count(),
        0,
        "no temp file left behind"
    );
}

// ---------------------------------------------------------------- the coercer

/// Attack 2, on the folder: two copies of one vault, unlocked once with the
/// passcode and once with the duress passcode. What changed in the folder
/// (names added and removed, in the key store too, and the header's size)
/// has the same shape. (The live database's size does change after duress:
/// docs/vault.md says so; this test compares names and the header.)
#[test]
fn a_duress_unlock_changes_the_folder_like_a_normal_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let template = tmp.path().join("template");
    prepared(&template);
    let change = |passcode: &str| {
        let dir = tmp.path().join(passcode);
        copy_dir(&template, &dir, true);
        let before = files(&dir);
        ok(&dir, &["vault", "unlock"], Some(passcode));
        let after = files(&dir);
        // Sorted after masking: the order of random ids says nothing.
        let masked = |from: &Vec<PathBuf>, not_in: &Vec<PathBuf>| {
            let mut names: Vec<String> = from
                .iter()
                .filter(|p| !not_in.contains(p))
                .map(|p| shape(&p.to_string_lossy()))
                .collect();
            names.sort();
            names
        };
        let gone = masked(&before, &after);
        let new = masked(&after, &before);
        let header = fs::metadata(dir.join("vault.header")).unwrap().len();
        (gone, new, after.len(), header)
    };
    assert_eq!(change(PASS), change(DURESS));
}

/// Masks what differs between any two vaults (ids, times) in a JSON output.
fn normalized(v: &Value) -> Value {
    match v {
        Value::String(s) => {
            let is_time = chrono::DateTime::parse_from_rfc3339(s).is_ok();
            let is_id = s.len() >= 16 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
            Value::String(match (is_time, is_id) {
                (true, _) => "<time>".into(),
                (_, true) => "<id>".into(),
                _ => s.clone(),
            })
        }
        Value::Array(a) => Value::Array(a.iter().map(normalized).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), normalized(v))).collect())
        }
        other => other.clone(),
    }
}

/// Attack 2, on the screen: the coercer forced the duress passcode and now
/// runs every command. Each command's output, as the first command after
/// the duress unlock, equals that of a brand-new vault opened with its
/// passcode: status, counts, the send policy's answer, sync results, and
/// the folder afterwards (names and sizes).
#[test]
fn after_duress_every_command_shows_what_a_fresh_vault_shows() {
    let tmp = tempfile::tempdir().unwrap();
    let used = tmp.path().join("used");
    prepared(&used);
    let script = tmp.path().join("chat.txt");
    fs::write(&script, "hello\n").unwrap();
    ok(
        &used,
        &[
            "chat",
            "--script",
            script.to_str().unwrap(),
            "--country",
            "GB",
        ],
        Some(PASS),
    );
    with_env(
        &used,
        &["policy", "set", "--cellular", "true"],
        &[("WAYMARK_PASSCODE", PASS)],
    );
    // A fresh vault whose passcode is what the coercer now knows.
    let fresh = tmp.path().join("fresh");
    ok(&fresh, &["vault", "init"], Some(DURESS));

    let commands: &[&[&str]] = &[
        &["vault", "unlock"],
        &["journal", "list"],
        &["interview", "list"],
        &[
            "chat",
            "--script",
            script.to_str().unwrap(),
            "--country",
            "GB",
        ],
        &["ngo", "list"],
        &["outbox", "list"],
        &["outbox", "status"],
        &["outbox", "send"],
        &["policy", "show"],
        &["replies"],
        &["replies", "--fetch"],
        &["content", "list"],
        &["questionnaire", "list"],
    ];
    let mut differences = BTreeMap::new();
    for (i, command) in commands.iter().enumerate() {
        let run = |template: &Path, name: &str| {
            let dir = tmp.path().join(format!("{name}-{i}"));
            copy_dir(template, &dir, true);
            let out = normalized(&ok(&dir, command, Some(DURESS)));
            let status = ok(&dir, &["vault", "status"], None);
            let mut folder: Vec<(String, u64)> = files(&dir)
                .iter()
                .map(|p| {
                    (
                        shape(&p.to_string_lossy()),
                        fs::metadata(dir.join(p)).unwrap().len(),
                    )
                })
                .collect();
            // Sorted after masking: random ids put `<id>.db` before or
            // after `courier-<id>.db` by chance.
            folder.sort();
            (out, status, folder)
        };
        let (a, b) = (run(&used, "duress"), run(&fresh, "normal"));
        if a != b {
            differences.insert(command.join(" "), (a, b));
        }
    }
    assert!(
        differences.is_empty(),
        "after duress / fresh vault differ: {differences:#?}"
    );
}
