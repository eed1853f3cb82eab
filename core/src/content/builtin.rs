//! The built-in pack in `content/builtin/`, embedded at build time.
//!
//! It is signed with the development key (`content/dev-key/`), whose public
//! half is below. That key is trusted for these embedded bytes only: the
//! store refuses to trust it for installed packs, because its private half is
//! public in the repository.

use std::sync::OnceLock;

use super::error::PackError;
use super::helplines::{self, Helpline, HelplineDirectory, HelplineQuery};
use super::keys::PublicKey;
use super::pack::{self, PackFile, VerifiedPack};
use super::text::{self, LocalizedText};

/// The built-in pack's id. Installed packs may not use it.
pub const PACK_ID: &str = "org.waymark.builtin";

/// Public half of `content/dev-key/waymark-dev-key.pk8` (key id
/// `ae321d4fedc80ab1`). DEVELOPMENT ONLY.
pub const DEV_PUBLIC_KEY: PublicKey = PublicKey([
    0xa4, 0x15, 0xae, 0xc5, 0xbd, 0xe5, 0x15, 0x81, 0xaf, 0xad, 0xe2, 0x71, 0xbe, 0xdc, 0xaf, 0x12,
    0x71, 0xea, 0xee, 0xda, 0xcc, 0x7d, 0x10, 0xd6, 0x49, 0x00, 0x8f, 0x60, 0xb1, 0x71, 0x65, 0x6c,
]);

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../../../content/builtin/", $path)) as &[u8])),*]
    };
}

/// Every file of `content/builtin/`. A test checks that this list and the
/// folder hold exactly the same files; add new files here.
const FILES: &[(&str, &[u8])] = embed![
    "manifest.json",
    "manifest.sig",
    "helplines.json",
    "locales/ar/helplines.ftl",
    "locales/en/helplines.ftl",
    "locales/es/helplines.ftl",
    "locales/fa/helplines.ftl",
    "locales/fr/helplines.ftl",
    "locales/hi/helplines.ftl",
    "locales/my/helplines.ftl",
    "locales/pt/helplines.ftl",
    "locales/ro/helplines.ftl",
    "locales/ru/helplines.ftl",
    "locales/sw/helplines.ftl",
    "locales/th/helplines.ftl",
    "locales/tl/helplines.ftl",
    "locales/uk/helplines.ftl",
    "locales/vi/helplines.ftl",
    "locales/zh-Hans/helplines.ftl",
    // Assistant flows (docs/assistant-flows.md).
    "flows/urgent.toml",
    "intents/ar.toml",
    "intents/en.toml",
    "intents/es.toml",
    "intents/fa.toml",
    "intents/fr.toml",
    "intents/hi.toml",
    "intents/my.toml",
    "intents/pt.toml",
    "intents/ro.toml",
    "intents/ru.toml",
    "intents/sw.toml",
    "intents/th.toml",
    "intents/tl.toml",
    "intents/uk.toml",
    "intents/vi.toml",
    "intents/zh-Hans.toml",
    "locales/ar/urgent.ftl",
    "locales/en/urgent.ftl",
    "locales/es/urgent.ftl",
    "locales/fa/urgent.ftl",
    "locales/fr/urgent.ftl",
    "locales/hi/urgent.ftl",
    "locales/my/urgent.ftl",
    "locales/pt/urgent.ftl",
    "locales/ro/urgent.ftl",
    "locales/ru/urgent.ftl",
    "locales/sw/urgent.ftl",
    "locales/th/urgent.ftl",
    "locales/tl/urgent.ftl",
    "locales/uk/urgent.ftl",
    "locales/vi/urgent.ftl",
    "locales/zh-Hans/urgent.ftl",
];

/// The embedded files, as a pack.
pub fn files() -> Vec<PackFile> {
    FILES.iter().map(|(p, d)| PackFile::new(*p, *d)).collect()
}

/// The built-in pack, verified against the development key once per process.
pub fn pack() -> Result<&'static VerifiedPack, PackError> {
    static PACK: OnceLock<Result<VerifiedPack, PackError>> = OnceLock::new();
    PACK.get_or_init(|| {
        let verified = pack::verify(&files(), &[DEV_PUBLIC_KEY])?;
        if verified.manifest.pack_id != PACK_ID {
            return Err(PackError::ManifestInvalid {
                reason: "the built-in pack has the wrong pack id".to_owned(),
            });
        }
        Ok(verified)
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// The built-in helpline directory.
pub fn helpline_directory() -> Result<HelplineDirectory, PackError> {
    let pack = pack()?;
    let bytes = pack.file(helplines::FILE).ok_or(PackError::MissingFile {
        file: helplines::FILE.to_owned(),
    })?;
    HelplineDirectory::parse(bytes)
}

/// Built-in helplines matching `q`, in the documented order.
pub fn helplines(q: &HelplineQuery) -> Result<Vec<Helpline>, PackError> {
    Ok(helplines::query(&helpline_directory()?.services, q))
}

/// A message of the built-in pack in the best locale for `requested`.
pub fn text(requested: &str, id: &str) -> Option<LocalizedText> {
    pack_text(pack().ok()?, requested, id)
}

/// A helpline message from `pack` in the best locale for `requested`,
/// falling back to English when that locale lacks it.
pub(crate) fn pack_text(pack: &VerifiedPack, requested: &str, id: &str) -> Option<LocalizedText> {
    let locales = &pack.manifest.locales;
    let first = text::negotiate(locales, requested)?;
    [first, "en"].into_iter().find_map(|locale| {
        let source = pack.file(&helplines::ftl_path(locale))?;
        Some(LocalizedText {
            locale: locale.to_owned(),
            text: text::format(locale, source, id)?,
        })
    })
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn list(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                list(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                out.push(rel.to_str().unwrap().replace('\\', "/"));
            }
        }
    }

    #[test]
    fn embedded_list_matches_the_folder() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content/builtin");
        let mut on_disk = Vec::new();
        list(&root, &root, &mut on_disk);
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|(p, _)| (*p).to_owned()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
        for (p, data) in FILES {
            assert_eq!(std::fs::read(root.join(p)).unwrap(), *data, "{p}");
        }
    }

    #[test]
    fn builtin_verifies_against_the_compiled_in_key() {
        let pack = pack().expect("re-sign content/builtin (docs/content-packs.md)");
        assert_eq!(pack.manifest.pack_id, PACK_ID);
        assert_eq!(pack.manifest.publisher, DEV_PUBLIC_KEY.key_id());
        assert_eq!(DEV_PUBLIC_KEY.key_id(), "ae321d4fedc80ab1");
        assert_eq!(pack.manifest.locales.len(), 16);
    }

    #[test]
    fn dev_key_file_matches_the_compiled_in_key() {
        let der = std::fs::read(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../content/dev-key/waymark-dev-key.pk8"),
        )
        .unwrap();
        let key = super::super::keys::SigningKey::from_pkcs8(&der).unwrap();
        assert_eq!(key.public_key(), DEV_PUBLIC_KEY);
    }

    #[test]
    fn every_locale_defines_the_same_messages_as_english() {
        let pack = pack().unwrap();
        let ids = |l: &str| text::message_ids(pack.file(&helplines::ftl_path(l)).unwrap()).unwrap();
        let english = ids("en");
        for locale in &pack.manifest.locales {
            assert_eq!(ids(locale), english, "{locale}");
        }
    }

    #[test]
    fn every_locale_translates_every_message() {
        let pack = pack().unwrap();
        let dir = helpline_directory().unwrap();
        for locale in &pack.manifest.locales {
            for id in dir.message_ids() {
                let t = pack_text(pack, locale, id).unwrap();
                assert_eq!(&t.locale, locale, "{locale} lacks {id}");
                assert!(!t.text.trim().is_empty());
            }
        }
    }
}
