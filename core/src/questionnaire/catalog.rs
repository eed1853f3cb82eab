//! Where questionnaires come from: the built-in pack, packs installed in a
//! vault, or a file an author is writing. Each is a `questionnaires/<id>.toml`
//! with its texts in `locales/<lang>/<id>.ftl`.
//!
//! Loading checks everything `waymark questionnaire check` checks, including
//! that every message exists in every locale the questionnaire declares, so a
//! questionnaire that loads can be shown in each of them. Texts are resolved
//! through the app's own [`Localizer`], with the same fallback chain as the
//! app's messages (`pt-BR` → `pt` → `en`), so a question and the buttons
//! around it never disagree about the language.

use crate::i18n::ids;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::error::Finding;
use super::format::MAX_SOURCE_LEN;
use super::model::Questionnaire;
use super::validate::compile;
use crate::content::pack::VerifiedPack;
use crate::content::{builtin, text, ContentStore, PackError, MAX_FILE_SIZE};
use crate::i18n::{Arg, I18nError, Localizer};

/// Folder of a pack that holds questionnaires.
pub const FOLDER: &str = "questionnaires";

/// Where a questionnaire was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionnaireSource {
    /// The pack embedded in the app.
    Builtin,
    /// A pack installed in the vault.
    Pack { pack_id: String },
    /// A file on disk (authors, testers).
    File { path: String },
}

/// A questionnaire the catalog offers. Listing does not parse it: use
/// [`Catalog::load`] for that.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogEntry {
    pub id: String,
    pub source: QuestionnaireSource,
    /// Locales with a translation file for it.
    pub locales: Vec<String>,
}

/// Why a questionnaire could not be listed or loaded. Names ids and files,
/// never an answer.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CatalogError {
    #[error("no questionnaire with id {id}")]
    NotFound { id: String },
    #[error("questionnaire {id} has {} problem(s)", .findings.len())]
    Invalid { id: String, findings: Vec<Finding> },
    #[error("{file} declares id {id}, not the one its file name gives")]
    IdMismatch { file: String, id: String },
    #[error("{file}: the translations could not be read: {reason}")]
    Texts { file: String, reason: String },
    #[error("{file} is not UTF-8 text")]
    NotUtf8 { file: String },
    #[error("{file} is larger than {max} bytes")]
    TooLarge { file: String, max: u64 },
    /// The kind's name only: never a path from the OS error.
    #[error("{file} could not be read ({kind:?})")]
    Io {
        file: String,
        kind: std::io::ErrorKind,
    },
    #[error(transparent)]
    Pack(#[from] PackError),
}

/// A checked questionnaire and its texts.
#[derive(Debug, Clone)]
pub struct LoadedQuestionnaire {
    pub questionnaire: Arc<Questionnaire>,
    pub source: QuestionnaireSource,
    /// `(locale, file name, Fluent source)`, by locale.
    texts: Vec<(String, String, String)>,
}

impl LoadedQuestionnaire {
    /// Locales that have a translation file.
    pub fn text_locales(&self) -> Vec<String> {
        self.texts.iter().map(|(l, _, _)| l.clone()).collect()
    }

    /// A localizer for `requested` (best first) that knows the app's
    /// messages and this questionnaire's. When the questionnaire lacks a
    /// locale of the chain, its text falls back along the chain, then to its
    /// first declared locale.
    pub fn localizer(&self, requested: &[&str]) -> Result<Localizer, CatalogError> {
        let mut chain: Vec<&str> = requested.to_vec();
        if let Some(first) = self.questionnaire.locales.first() {
            chain.push(first);
        }
        let mut loc = Localizer::new(&chain);
        self.add_texts_to(&mut loc)?;
        Ok(loc)
    }

    /// Adds this questionnaire's texts to an existing localizer.
    pub fn add_texts_to(&self, loc: &mut Localizer) -> Result<(), CatalogError> {
        for (lang, file, source) in &self.texts {
            loc.add_resource(lang, file, source)
                .map_err(|e| texts_error(file, e))?;
        }
        Ok(())
    }
}

fn texts_error(file: &str, e: I18nError) -> CatalogError {
    CatalogError::Texts {
        file: file.to_owned(),
        reason: e.to_string(),
    }
}

/// The questionnaires of the built-in pack and, with a store, of the packs
/// installed in a vault. `Send + Sync`. With a store every call reads the
/// vault: call off the main thread.
#[derive(Clone, Default)]
pub struct Catalog {
    store: Option<ContentStore>,
}

/// `questionnaires/<id>.toml` → `<id>`.
fn questionnaire_id(path: &str) -> Option<&str> {
    let id = path.strip_prefix(FOLDER)?.strip_prefix('/')?;
    let id = id.strip_suffix(".toml")?;
    (!id.is_empty() && !id.contains('/')).then_some(id)
}

fn ftl_path(locale: &str, id: &str) -> String {
    format!("locales/{locale}/{id}.ftl")
}

fn pack_locales(pack: &VerifiedPack, id: &str) -> Vec<String> {
    let mut locales: BTreeSet<String> = BTreeSet::new();
    for path in pack.files.keys() {
        if let Some(rest) = path.strip_prefix("locales/") {
            if let Some((lang, file)) = rest.split_once('/') {
                if file == format!("{id}.ftl") {
                    locales.insert(lang.to_owned());
                }
            }
        }
    }
    locales.into_iter().collect()
}

impl Catalog {
    /// Only the built-in pack.
    pub fn builtin() -> Catalog {
        Catalog { store: None }
    }

    /// The built-in pack and the packs installed in `store`'s vault. An
    /// installed questionnaire replaces a built-in one with the same id.
    pub fn with_store(store: ContentStore) -> Catalog {
        Catalog { store: Some(store) }
    }

    /// Every pack to search, installed ones first (by pack id), then the
    /// built-in one.
    fn packs(&self) -> Result<Vec<(QuestionnaireSource, VerifiedPack)>, CatalogError> {
        let mut packs = Vec::new();
        if let Some(store) = &self.store {
            for (pack, _) in store.installed_packs()? {
                let source = QuestionnaireSource::Pack {
                    pack_id: pack.manifest.pack_id.clone(),
                };
                packs.push((source, pack));
            }
        }
        packs.push((QuestionnaireSource::Builtin, builtin::pack()?.clone()));
        Ok(packs)
    }

    /// Every questionnaire offered, sorted by id; one per id.
    pub fn list(&self) -> Result<Vec<CatalogEntry>, CatalogError> {
        let mut found: BTreeMap<String, CatalogEntry> = BTreeMap::new();
        for (source, pack) in self.packs()? {
            for path in pack.files.keys() {
                let Some(id) = questionnaire_id(path) else {
                    continue;
                };
                if found.contains_key(id) {
                    continue;
                }
                let entry = CatalogEntry {
                    id: id.to_owned(),
                    source: source.clone(),
                    locales: pack_locales(&pack, id),
                };
                found.insert(id.to_owned(), entry);
            }
        }
        Ok(found.into_values().collect())
    }

    /// Loads and checks questionnaire `id`.
    pub fn load(&self, id: &str) -> Result<LoadedQuestionnaire, CatalogError> {
        let toml_path = format!("{FOLDER}/{id}.toml");
        for (source, pack) in self.packs()? {
            let Some(toml) = pack.file(&toml_path) else {
                continue;
            };
            let texts = pack_locales(&pack, id)
                .into_iter()
                .filter_map(|lang| {
                    let path = ftl_path(&lang, id);
                    pack.file(&path).map(|bytes| (lang, path, bytes.to_vec()))
                })
                .collect();
            return build((id, true), &toml_path, toml, texts, source);
        }
        Err(CatalogError::NotFound { id: id.to_owned() })
    }
}

fn utf8(file: &str, bytes: Vec<u8>) -> Result<String, CatalogError> {
    String::from_utf8(bytes).map_err(|_| CatalogError::NotUtf8 {
        file: file.to_owned(),
    })
}

/// Checks a questionnaire against its texts and builds it. `id` is the one
/// the file name gives; in a pack (`must_match`) the file must declare it.
fn build(
    (id, must_match): (&str, bool),
    file: &str,
    toml: &[u8],
    texts: Vec<(String, String, Vec<u8>)>,
    source: QuestionnaireSource,
) -> Result<LoadedQuestionnaire, CatalogError> {
    let (q, findings) = compile_with_texts(file, toml, &texts)?;
    let q = match q {
        Some(q) if findings.is_empty() => q,
        _ => {
            return Err(CatalogError::Invalid {
                id: id.to_owned(),
                findings,
            })
        }
    };
    if must_match && q.id != id {
        return Err(CatalogError::IdMismatch {
            file: file.to_owned(),
            id: q.id,
        });
    }
    let texts = texts
        .into_iter()
        .map(|(lang, file, bytes)| Ok((lang, file.clone(), utf8(&file, bytes)?)))
        .collect::<Result<_, CatalogError>>()?;
    Ok(LoadedQuestionnaire {
        questionnaire: Arc::new(q),
        source,
        texts,
    })
}

type Compiled = (Option<Questionnaire>, Vec<Finding>);

/// Validates `toml` with the translation check against `texts`.
fn compile_with_texts(
    file: &str,
    toml: &[u8],
    texts: &[(String, String, Vec<u8>)],
) -> Result<Compiled, CatalogError> {
    let src = std::str::from_utf8(toml).map_err(|_| CatalogError::NotUtf8 {
        file: file.to_owned(),
    })?;
    let mut ids: BTreeMap<&str, std::collections::HashSet<String>> = BTreeMap::new();
    for (lang, path, bytes) in texts {
        let set = text::message_ids(bytes).map_err(|reason| CatalogError::Texts {
            file: path.clone(),
            reason,
        })?;
        ids.insert(lang.as_str(), set);
    }
    let has = |locale: &str, id: &str| ids.get(locale).is_some_and(|s| s.contains(id));
    Ok(compile(file, src, Some(&has)))
}

/// Reads at most `max` bytes of a file.
fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, CatalogError> {
    let name = || path.display().to_string();
    let io = |e: std::io::Error| CatalogError::Io {
        file: name(),
        kind: e.kind(),
    };
    let mut data = Vec::new();
    std::fs::File::open(path)
        .map_err(io)?
        .take(max + 1)
        .read_to_end(&mut data)
        .map_err(io)?;
    if data.len() as u64 > max {
        return Err(CatalogError::TooLarge { file: name(), max });
    }
    Ok(data)
}

/// Where a file's translations live: `locales/` beside it, and when it sits
/// in a pack's `questionnaires/` folder, the pack's `locales/`.
fn locale_roots(path: &Path) -> Vec<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut roots = vec![dir.join("locales")];
    if dir.file_name().is_some_and(|n| n == FOLDER) {
        if let Some(pack) = dir.parent() {
            roots.push(pack.join("locales"));
        }
    }
    roots
}

/// The translation files of `path` (`<root>/locales/<lang>/<stem>.ftl`).
fn file_texts(path: &Path, stem: &str) -> Result<Vec<(String, String, Vec<u8>)>, CatalogError> {
    let mut texts: BTreeMap<String, (String, Vec<u8>)> = BTreeMap::new();
    for root in locale_roots(path) {
        let Ok(dirs) = std::fs::read_dir(&root) else {
            continue;
        };
        for entry in dirs.flatten() {
            let Some(lang) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            let ftl = entry.path().join(format!("{stem}.ftl"));
            if texts.contains_key(&lang) || !ftl.is_file() {
                continue;
            }
            let bytes = read_limited(&ftl, MAX_FILE_SIZE)?;
            texts.insert(lang, (ftl.display().to_string(), bytes));
        }
    }
    Ok(texts
        .into_iter()
        .map(|(lang, (file, bytes))| (lang, file, bytes))
        .collect())
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// Every problem in a questionnaire file, with the translation check
/// against the `.ftl` files beside it (see [`load_file`]). Empty: valid.
pub fn check_file(path: &Path) -> Result<Vec<Finding>, CatalogError> {
    let file = path.display().to_string();
    let toml = read_limited(path, MAX_SOURCE_LEN as u64)?;
    let texts = file_texts(path, &stem_of(path))?;
    Ok(compile_with_texts(&file, &toml, &texts)?.1)
}

/// Loads a questionnaire file with its texts from
/// `locales/<lang>/<file stem>.ftl` beside it (or in the pack around it).
/// The id inside may differ from the file name.
pub fn load_file(path: &Path) -> Result<LoadedQuestionnaire, CatalogError> {
    let file = path.display().to_string();
    let toml = read_limited(path, MAX_SOURCE_LEN as u64)?;
    let texts = file_texts(path, &stem_of(path))?;
    let source = QuestionnaireSource::File { path: file.clone() };
    build((&stem_of(path), false), &file, &toml, texts, source)
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Catalog>();
    is::<LoadedQuestionnaire>();
}

crate::user_error::impl_user_error!(CatalogError);

impl CatalogError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            CatalogError::Pack(p) => p.code(),
            CatalogError::NotFound { .. } => "questionnaire_not_found",
            CatalogError::Invalid { .. } => "invalid_questionnaire",
            CatalogError::IdMismatch { .. } => "id_mismatch",
            CatalogError::Texts { .. } => "invalid_translations",
            CatalogError::NotUtf8 { .. } => "not_utf8",
            CatalogError::TooLarge { .. } => "too_large",
            CatalogError::Io { .. } => "io",
        }
    }

    /// The Fluent message id for this error (`catalog-error-…`, or the
    /// pack's for a pack error).
    pub fn message_id(&self) -> &'static str {
        match self {
            CatalogError::Pack(p) => p.message_id(),
            CatalogError::NotFound { .. } => ids::CATALOG_ERROR_NOT_FOUND,
            CatalogError::Invalid { .. } => ids::CATALOG_ERROR_INVALID,
            CatalogError::IdMismatch { .. } => ids::CATALOG_ERROR_ID_MISMATCH,
            CatalogError::Texts { .. } => ids::CATALOG_ERROR_TEXTS,
            CatalogError::NotUtf8 { .. } => ids::CATALOG_ERROR_NOT_UTF8,
            CatalogError::TooLarge { .. } => ids::CATALOG_ERROR_TOO_LARGE,
            CatalogError::Io { .. } => ids::CATALOG_ERROR_IO,
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = match self {
            CatalogError::Pack(p) => return p.user_message(loc),
            CatalogError::NotFound { id } => vec![("id", id.as_str().into())],
            CatalogError::Invalid { id, findings } => vec![
                ("id", id.as_str().into()),
                ("count", Arg::from(findings.len())),
            ],
            CatalogError::IdMismatch { file, id } => {
                vec![("file", file.as_str().into()), ("id", id.as_str().into())]
            }
            CatalogError::Texts { file, reason } => vec![
                ("file", file.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
            CatalogError::NotUtf8 { file } => vec![("file", file.as_str().into())],
            CatalogError::TooLarge { file, max } => vec![
                ("file", file.as_str().into()),
                ("max", Arg::from(max.to_string())),
            ],
            CatalogError::Io { file, kind } => vec![
                ("file", file.as_str().into()),
                ("reason", format!("{kind:?}").into()),
            ],
        };
        loc.text(self.message_id(), &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack::{self, PackFile, PackInfo};
    use crate::content::SigningKey;
    use crate::{KdfParams, SoftwareKeyStore, Vault, VaultOptions};

    const TOML: &str = r#"
id = "tiny"
title = "tiny-title"
locales = ["en", "fr"]

[[questions]]
name = "ok"
type = "yes_no"
label = "tiny-ok"
"#;
    const EN: &str = "tiny-title = Tiny\ntiny-ok = All right?\n";
    const FR: &str = "tiny-title = Petit\ntiny-ok = Ça va ?\n";

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn vault(dir: &Path) -> Arc<Vault> {
        let vault = Arc::new(Vault::new(
            dir,
            Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
        ));
        let options = VaultOptions {
            kdf: KdfParams::MINIMUM,
            wipe_after: None,
        };
        vault.create("1234", &options).unwrap();
        vault
    }

    /// A signed pack holding `files`, installed into a new vault.
    fn store_with(tmp: &Path, files: &[(&str, &str)]) -> ContentStore {
        let content: Vec<PackFile> = files.iter().map(|(p, d)| PackFile::new(*p, *d)).collect();
        let key = SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap();
        let info = PackInfo {
            pack_id: "org.example.forms".into(),
            version: 1,
            locales: vec!["en".into(), "fr".into()],
        };
        let envelope = pack::sign(&content, &info, &key).unwrap();
        let store = ContentStore::new(vault(&tmp.join("v")));
        store
            .trust_publisher(&key.public_key().to_hex(), "Example")
            .unwrap();
        let mut all = content;
        all.extend(envelope);
        store.install(&all).unwrap();
        store
    }

    #[test]
    fn a_file_loads_with_the_translations_beside_it() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "tiny.toml", TOML);
        write(tmp.path(), "locales/en/tiny.ftl", EN);
        write(tmp.path(), "locales/fr/tiny.ftl", FR);
        let loaded = load_file(&tmp.path().join("tiny.toml")).unwrap();
        assert_eq!(loaded.questionnaire.id, "tiny");
        assert_eq!(loaded.text_locales(), ["en", "fr"]);
        assert!(check_file(&tmp.path().join("tiny.toml"))
            .unwrap()
            .is_empty());
        // Negotiated like the app's own messages: fr-CA → fr.
        let loc = loaded.localizer(&["fr-CA"]).unwrap();
        assert_eq!(loc.text("tiny-ok", &[]), "Ça va ?");
        assert_eq!(loc.text("answer-yes", &[]), "Oui");
        // A locale the questionnaire lacks falls back to English.
        assert_eq!(
            loaded.localizer(&["ru"]).unwrap().text("tiny-ok", &[]),
            "All right?"
        );
    }

    #[test]
    fn a_file_in_a_pack_folder_finds_the_packs_locales() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "questionnaires/tiny.toml", TOML);
        write(tmp.path(), "locales/en/tiny.ftl", EN);
        write(tmp.path(), "locales/fr/tiny.ftl", FR);
        let loaded = load_file(&tmp.path().join("questionnaires/tiny.toml")).unwrap();
        assert_eq!(loaded.text_locales(), ["en", "fr"]);
    }

    #[test]
    fn a_missing_translation_is_a_finding_with_its_line() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "tiny.toml", TOML);
        write(tmp.path(), "locales/en/tiny.ftl", EN);
        write(tmp.path(), "locales/fr/tiny.ftl", "tiny-title = Petit\n");
        let findings = check_file(&tmp.path().join("tiny.toml")).unwrap();
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].line, 9);
        assert_eq!(
            findings[0].message.id,
            "questionnaire-finding-missing-translation"
        );
        match load_file(&tmp.path().join("tiny.toml")) {
            Err(CatalogError::Invalid { id, findings }) => {
                assert_eq!(id, "tiny");
                assert_eq!(findings.len(), 1);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_files_give_typed_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("nope.toml");
        assert!(matches!(
            load_file(&missing),
            Err(CatalogError::Io {
                kind: std::io::ErrorKind::NotFound,
                ..
            })
        ));
        write(tmp.path(), "tiny.toml", TOML);
        write(tmp.path(), "locales/en/tiny.ftl", "tiny-title = {");
        assert!(matches!(
            load_file(&tmp.path().join("tiny.toml")),
            Err(CatalogError::Texts { .. })
        ));
        std::fs::write(tmp.path().join("bin.toml"), [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(
            check_file(&tmp.path().join("bin.toml")),
            Err(CatalogError::NotUtf8 { .. })
        ));
        let big = "#".repeat(MAX_SOURCE_LEN + 1);
        std::fs::write(tmp.path().join("big.toml"), big).unwrap();
        assert!(matches!(
            check_file(&tmp.path().join("big.toml")),
            Err(CatalogError::TooLarge { .. })
        ));
    }

    #[test]
    fn installed_packs_are_listed_and_loaded_before_the_builtin_pack() {
        let tmp = tempfile::tempdir().unwrap();
        let store = store_with(
            tmp.path(),
            &[
                ("questionnaires/tiny.toml", TOML),
                ("locales/en/tiny.ftl", EN),
                ("locales/fr/tiny.ftl", FR),
                // Declares another id than its file name: refused on load.
                ("questionnaires/liar.toml", TOML),
                ("locales/en/liar.ftl", EN),
                ("locales/fr/liar.ftl", FR),
            ],
        );
        let catalog = Catalog::with_store(store);
        let list = catalog.list().unwrap();
        let tiny = list.iter().find(|e| e.id == "tiny").unwrap();
        assert_eq!(
            tiny.source,
            QuestionnaireSource::Pack {
                pack_id: "org.example.forms".into()
            }
        );
        assert_eq!(tiny.locales, ["en", "fr"]);
        // Everything the built-in pack offers is listed too.
        for e in Catalog::builtin().list().unwrap() {
            assert!(list.iter().any(|x| x.id == e.id), "{}", e.id);
        }
        let loaded = catalog.load("tiny").unwrap();
        assert_eq!(loaded.questionnaire.title, "tiny-title");
        assert_eq!(
            loaded.localizer(&["fr"]).unwrap().text("tiny-title", &[]),
            "Petit"
        );
        assert!(matches!(
            catalog.load("liar"),
            Err(CatalogError::IdMismatch { id, .. }) if id == "tiny"
        ));
        assert!(matches!(
            catalog.load("absent"),
            Err(CatalogError::NotFound { .. })
        ));
    }

    #[test]
    fn every_builtin_questionnaire_loads_in_every_locale_it_declares() {
        for e in Catalog::builtin().list().unwrap() {
            let loaded = Catalog::builtin().load(&e.id).unwrap();
            assert_eq!(e.source, QuestionnaireSource::Builtin);
            for l in &loaded.questionnaire.locales {
                let loc = loaded.localizer(&[l.as_str()]).unwrap();
                assert!(!loc.text(&loaded.questionnaire.title, &[]).is_empty());
                assert!(loc.missing_ids().is_empty(), "{}: {l}", e.id);
            }
        }
    }

    #[test]
    fn ids_come_only_from_the_questionnaires_folder() {
        assert_eq!(questionnaire_id("questionnaires/a.toml"), Some("a"));
        assert_eq!(questionnaire_id("questionnaires/x/a.toml"), None);
        assert_eq!(questionnaire_id("questionnaires/.toml"), None);
        assert_eq!(questionnaire_id("other/a.toml"), None);
        assert_eq!(questionnaire_id("questionnaires/a.json"), None);
    }
}
