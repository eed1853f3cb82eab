//! Every flow, text and phrase the assistant can use, checked and loaded
//! once, shared by all conversations (`Send + Sync`, behind an `Arc`).

use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::check::{self, Sources};
use super::classifier::{self, Model};
use super::directory::{BuiltinHelplines, HelplineSource};
use super::error::AssistantError;
use super::intents::IntentIndex;
use super::model::{Flow, RefKind, BUILTIN_VARIABLES};
use crate::content::pack::VerifiedPack;
use crate::content::{builtin, text, ContentStore};
use crate::i18n::{Arg, Localizer};
use crate::time::{Clock, SystemClock};

/// The assistant's content.
pub struct Library {
    flows: BTreeMap<String, Flow>,
    urgent: Option<String>,
    locales: Vec<String>,
    /// One localizer per locale: the core's messages plus every flow's.
    texts: HashMap<String, Localizer>,
    intents: HashMap<String, IntentIndex>,
    /// Every variable any flow sets, plus the built-in ones: each message
    /// gets all of them, so a message never fails for an unset one.
    variables: Vec<String>,
    helplines: Arc<dyn HelplineSource>,
    /// Recognises danger and self-harm that no phrase or rule matches.
    classifier: Option<&'static Model>,
    /// What flows' `today()` reads (crate::time).
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("flows", &self.flows.keys().collect::<Vec<_>>())
            .field("locales", &self.locales)
            .finish_non_exhaustive()
    }
}

fn has_flows(pack: &VerifiedPack) -> bool {
    pack.files.keys().any(|path| path.starts_with("flows/"))
}

/// Adds `more`'s flows, texts and intents to `into`.
pub fn merge(into: &mut Sources, more: Sources) {
    into.flows.extend(more.flows);
    into.texts.extend(more.texts);
    into.intents.extend(more.intents);
    into.concepts.extend(more.concepts);
}

/// The assistant files of a pack, as check sources.
pub fn sources_of(files: &BTreeMap<String, Vec<u8>>) -> Sources {
    let mut s = Sources::default();
    let utf8 = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let flow_ids: HashSet<&str> = files
        .keys()
        .filter_map(|p| p.strip_prefix("flows/")?.strip_suffix(".toml"))
        .collect();
    for (path, data) in files {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["flows", name] if name.ends_with(".toml") => s.flows.push((path.clone(), utf8(data))),
            ["intents", name] => {
                if let Some(locale) = name.strip_suffix(".toml") {
                    s.intents
                        .push((locale.to_owned(), path.clone(), utf8(data)));
                }
            }
            ["concepts", name] => {
                if let Some(locale) = name.strip_suffix(".toml") {
                    s.concepts
                        .push((locale.to_owned(), path.clone(), utf8(data)));
                }
            }
            ["locales", locale, name] => {
                if let Some(id) = name.strip_suffix(".ftl") {
                    if flow_ids.contains(id) {
                        s.texts
                            .push(((*locale).to_owned(), path.clone(), utf8(data)));
                    }
                }
            }
            _ => {}
        }
    }
    s
}

impl Library {
    /// The built-in pack's flows, with its helpline directory.
    pub fn builtin() -> Result<Library, AssistantError> {
        Library::from_pack(builtin::pack()?, Arc::new(BuiltinHelplines))
    }

    /// The built-in flows, with helplines from another source (a vault's
    /// content store, which adds installed packs' helplines).
    pub fn builtin_with(helplines: Arc<dyn HelplineSource>) -> Result<Library, AssistantError> {
        Library::from_pack(builtin::pack()?, helplines)
    }

    /// The built-in flows with texts and phrases prepared only for the
    /// person's language (and English, the fallback): what an app needs,
    /// at a fraction of the start-up cost of all sixteen.
    pub fn builtin_for(
        requested: &str,
        helplines: Arc<dyn HelplineSource>,
    ) -> Result<Library, AssistantError> {
        let pack = builtin::pack()?;
        let mut locales = vec!["en".to_owned()];
        if let Some(l) = text::negotiate(&pack.manifest.locales, requested) {
            if l != "en" {
                locales.insert(0, l.to_owned());
            }
        }
        let mut sources = sources_of(&pack.files);
        sources.helplines = Some(super::directory::ids(&*helplines));
        Library::from_sources(&sources, &locales, helplines)
    }

    /// The built-in flows plus the flows of every pack installed in a
    /// vault's content store, with that store's helplines. A pack whose
    /// flows do not check together with the others is left out whole (half
    /// a flow must never reach a person) and the rest still load, so one bad
    /// NGO pack cannot take the urgent-help flow away.
    pub fn with_installed(store: Arc<ContentStore>) -> Result<Library, AssistantError> {
        let clock = store.clock();
        let builtin = builtin::pack()?;
        let installed = store.installed_packs()?;
        let helplines: Arc<dyn HelplineSource> = store;
        let mut accepted: Vec<&VerifiedPack> = vec![builtin];
        let mut library = Library::from_packs(&accepted, Arc::clone(&helplines))?;
        for (pack, _) in installed.iter().filter(|(p, _)| has_flows(p)) {
            accepted.push(pack);
            match Library::from_packs(&accepted, Arc::clone(&helplines)) {
                Ok(bigger) => library = bigger,
                Err(_) => {
                    accepted.pop();
                }
            }
        }
        // One clock per vault (ADR 0009): flows' `today()` is the vault's.
        Ok(library.with_clock(clock))
    }

    /// The flows of a verified pack. Refused as a whole if any flow, text or
    /// intent has a problem: half a flow must never reach a person.
    pub fn from_pack(
        pack: &VerifiedPack,
        helplines: Arc<dyn HelplineSource>,
    ) -> Result<Library, AssistantError> {
        Library::from_packs(&[pack], helplines)
    }

    /// The flows of several verified packs together (e.g. the built-in pack
    /// and an NGO's): their intents merge; flow ids must differ. Texts are
    /// prepared for every locale any of the packs lists.
    pub fn from_packs(
        packs: &[&VerifiedPack],
        helplines: Arc<dyn HelplineSource>,
    ) -> Result<Library, AssistantError> {
        let mut sources = Sources::default();
        let mut locales: Vec<String> = Vec::new();
        for pack in packs {
            merge(&mut sources, sources_of(&pack.files));
            for l in &pack.manifest.locales {
                if !locales.contains(l) {
                    locales.push(l.clone());
                }
            }
        }
        sources.helplines = Some(super::directory::ids(&*helplines));
        Library::from_sources(&sources, &locales, helplines)
    }

    /// Builds a library from check sources; `locales` are the locales to
    /// prepare texts and phrases for.
    pub fn from_sources(
        sources: &Sources,
        locales: &[String],
        helplines: Arc<dyn HelplineSource>,
    ) -> Result<Library, AssistantError> {
        let checked = check::check(sources);
        if !checked.findings.is_empty() {
            return Err(AssistantError::Invalid {
                findings: checked.findings,
            });
        }
        let mut variables: Vec<String> =
            BUILTIN_VARIABLES.iter().map(|s| (*s).to_owned()).collect();
        for f in &checked.flows {
            for r in &f.references {
                if r.kind == RefKind::SetsVariable && !variables.contains(&r.name) {
                    variables.push(r.name.clone());
                }
            }
        }
        let mut texts = HashMap::new();
        for locale in locales {
            let mut loc = Localizer::new(&[locale.as_str()]);
            for code in loc.fallback_chain() {
                for (l, file, source) in &sources.texts {
                    if *l == code {
                        loc.add_resource(l, file, source).map_err(|e| {
                            // E.g. a message id another flow or the app
                            // already uses.
                            AssistantError::Invalid {
                                findings: vec![super::error::Finding {
                                    file: file.clone(),
                                    line: 0,
                                    kind: super::error::FindingKind::Duplicate,
                                    reason: e.to_string(),
                                }],
                            }
                        })?;
                    }
                }
            }
            texts.insert(locale.clone(), loc);
        }
        let intents = checked
            .intents
            .iter()
            // Only the locales prepared, and English (the fallback phrases).
            .filter(|(l, _)| locales.contains(l) || l.as_str() == "en")
            .map(|(locale, table)| {
                let concepts = checked.concepts.get(locale).cloned().unwrap_or_default();
                (locale.clone(), IntentIndex::new(locale, table, &concepts))
            })
            .collect();
        let urgent = checked
            .flows
            .iter()
            .find(|f| f.urgent)
            .map(|f| f.id.clone());
        Ok(Library {
            flows: checked
                .flows
                .into_iter()
                .map(|f| (f.id.clone(), f))
                .collect(),
            urgent,
            locales: locales.to_vec(),
            texts,
            intents,
            variables,
            helplines,
            classifier: Some(classifier::builtin()),
            clock: Arc::new(SystemClock),
        })
    }

    /// This library reading the date for flows' `today()` from `clock`
    /// (give it the vault's, `Vault::clock`, to keep one clock).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Library {
        self.clock = clock;
        self
    }

    /// The date flows' `today()` sees, by this library's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.now().date_naive()
    }

    /// This library recognising danger with `model` instead of the built-in
    /// classifier, or with phrases and rules alone (`None`), as the
    /// evaluation measures each part.
    pub fn with_classifier(mut self, model: Option<&'static Model>) -> Library {
        self.classifier = model;
        self
    }

    pub fn classifier(&self) -> Option<&Model> {
        self.classifier
    }

    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.get(id)
    }

    pub fn flows(&self) -> impl Iterator<Item = &Flow> {
        self.flows.values()
    }

    /// The flow danger phrases lead to.
    pub fn urgent_flow(&self) -> Option<&Flow> {
        self.urgent.as_deref().and_then(|id| self.flows.get(id))
    }

    /// Flows of the home menu, in menu order.
    pub fn menu(&self) -> Vec<&Flow> {
        let mut m: Vec<&Flow> = self.flows.values().filter(|f| f.menu.is_some()).collect();
        m.sort_by_key(|f| (f.menu, f.id.clone()));
        m
    }

    pub fn locales(&self) -> &[String] {
        &self.locales
    }

    /// The best locale of this library for `requested`.
    pub fn negotiate(&self, requested: &str) -> String {
        text::negotiate(&self.locales, requested)
            .map(str::to_owned)
            .unwrap_or_else(|| "en".to_owned())
    }

    pub fn localizer(&self, locale: &str) -> Option<&Localizer> {
        self.texts.get(locale)
    }

    pub fn variables(&self) -> &[String] {
        &self.variables
    }

    /// Phrase indexes to match in: the locale's own, then English (people
    /// mix languages, and English phrases are better than none).
    pub fn intent_indexes(&self, locale: &str) -> Vec<&IntentIndex> {
        let mut v: Vec<&IntentIndex> = self.intents.get(locale).into_iter().collect();
        if locale != "en" {
            v.extend(self.intents.get("en"));
        }
        v
    }

    pub fn helplines(&self) -> &dyn HelplineSource {
        &*self.helplines
    }

    /// Formats a message with the conversation's variables.
    pub fn text(&self, locale: &str, id: &str, vars: &BTreeMap<String, String>) -> String {
        let Some(loc) = self.texts.get(locale).or_else(|| self.texts.get("en")) else {
            return String::new();
        };
        let args: Vec<(&str, Arg)> = self
            .variables
            .iter()
            .map(|v| {
                (
                    v.as_str(),
                    Arg::Str(vars.get(v).cloned().unwrap_or_default()),
                )
            })
            .collect();
        loc.text(id, &args)
    }
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<Library>();
}

/// What `waymark flow check` checks: the flows `only` (every flow when
/// empty) of a pack's files, with everything else the pack and the
/// built-in pack define known, so that cross-references resolve. Helplines
/// are the pack's and the built-in ones; questionnaires are `known`, the
/// built-in ids and the pack's `questionnaires/*.toml`.
pub fn pack_sources(
    files: &BTreeMap<String, Vec<u8>>,
    only: &[String],
    known_questionnaires: &[String],
) -> Sources {
    let mut s = sources_of(files);
    let stem = |p: &str| -> Option<String> {
        let name = p.rsplit('/').next()?;
        name.strip_suffix(".toml")
            .or_else(|| name.strip_suffix(".ftl"))
            .map(str::to_owned)
    };
    let learn = |s: &mut Sources, file: &str, text: &str| {
        if let (Some(flow), _) = super::flow::compile(file, text) {
            for r in &flow.references {
                if r.kind == RefKind::SetsVariable {
                    s.other_variables.insert(r.name.clone());
                }
            }
            s.other_flows.insert(flow.id);
        }
    };
    if !only.is_empty() {
        let (checked, others): (Vec<_>, Vec<_>) =
            s.flows.drain(..).partition(|(p, _)| only.contains(p));
        for (p, t) in &others {
            learn(&mut s, p, t);
        }
        let ids: HashSet<String> = checked.iter().filter_map(|(p, _)| stem(p)).collect();
        s.texts
            .retain(|(_, p, _)| stem(p).is_some_and(|i| ids.contains(&i)));
        s.flows = checked;
    }
    let checked_ids: HashSet<String> = s.flows.iter().filter_map(|(p, _)| stem(p)).collect();
    let mut helplines = HashSet::new();
    if let Ok(pack) = builtin::pack() {
        let b = sources_of(&pack.files);
        for (p, t) in &b.flows {
            if !stem(p).is_some_and(|i| checked_ids.contains(&i)) {
                learn(&mut s, p, t);
            }
        }
        // The built-in flows are not "other" when they are the ones checked.
        for id in &checked_ids {
            s.other_flows.remove(id);
        }
        for (locale, file, text) in &b.intents {
            let (table, _) = super::intents::parse(file, text);
            let merged = s.other_intents.entry(locale.clone()).or_default();
            for (intent, phrases) in table {
                merged.entry(intent).or_default().extend(phrases);
            }
        }
        for (locale, file, text) in &b.concepts {
            let (table, _) = super::concepts::parse(file, text);
            s.other_concepts
                .entry(locale.clone())
                .or_default()
                .merge(table);
        }
        helplines.extend(super::directory::ids(&BuiltinHelplines));
    }
    if let Some(bytes) = files.get(crate::content::helplines::FILE) {
        if let Ok(dir) = crate::content::helplines::HelplineDirectory::parse(bytes) {
            helplines.extend(dir.services.into_iter().map(|h| h.id));
        }
    }
    s.helplines = Some(helplines);
    let mut q: HashSet<String> = known_questionnaires.iter().cloned().collect();
    q.extend(
        super::BUILTIN_QUESTIONNAIRES
            .iter()
            .map(|s| (*s).to_owned()),
    );
    q.extend(
        files
            .keys()
            .filter_map(|p| p.strip_prefix("questionnaires/")?.strip_suffix(".toml"))
            .map(str::to_owned),
    );
    s.questionnaires = Some(q);
    s
}
