//! Every flow, text and phrase the assistant can use, checked and loaded
//! once, shared by all conversations (`Send + Sync`, behind an `Arc`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::check::{self, Sources};
use super::directory::{BuiltinHelplines, HelplineSource};
use super::error::AssistantError;
use super::intents::IntentIndex;
use super::model::{Flow, RefKind, BUILTIN_VARIABLES};
use crate::content::pack::VerifiedPack;
use crate::content::{builtin, text};
use crate::i18n::{Arg, Localizer};

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
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("flows", &self.flows.keys().collect::<Vec<_>>())
            .field("locales", &self.locales)
            .finish_non_exhaustive()
    }
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

    /// The flows of a verified pack. Refused as a whole if any flow, text or
    /// intent has a problem: half a flow must never reach a person.
    pub fn from_pack(
        pack: &VerifiedPack,
        helplines: Arc<dyn HelplineSource>,
    ) -> Result<Library, AssistantError> {
        let mut sources = sources_of(&pack.files);
        sources.helplines = Some(super::directory::ids(&*helplines));
        Library::from_sources(&sources, &pack.manifest.locales, helplines)
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
                        loc.add_resource(l, file, source)
                            .map_err(|_| AssistantError::Invalid {
                                findings: Vec::new(),
                            })?;
                    }
                }
            }
            texts.insert(locale.clone(), loc);
        }
        let intents = checked
            .intents
            .iter()
            .map(|(locale, table)| (locale.clone(), IntentIndex::new(locale, table)))
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
        })
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
