//! Signed content packs: tampering, trust, rollback, atomic installs, the
//! parser on hostile input, and helpline queries on the built-in pack.

use std::path::Path;
use std::sync::Arc;

use proptest::prelude::*;
use waymark_core::content::helplines::HelplineDirectory;
use waymark_core::content::{
    builtin, load, pack, Audience, ChannelKind, ContentStore, HelplineQuery, PackError, PackFile,
    PackInfo, PublicKey, SigningKey, MAX_FILE_SIZE,
};
use waymark_core::{KdfParams, SoftwareKeyStore, Vault, VaultOptions};

fn new_key() -> SigningKey {
    SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap()
}

fn info(pack_id: &str, version: u64) -> PackInfo {
    PackInfo {
        pack_id: pack_id.to_owned(),
        version,
        locales: vec!["en".to_owned()],
    }
}

fn content(marker: &str) -> Vec<PackFile> {
    vec![
        PackFile::new(
            "questions/screening.json",
            format!("{{\"marker\":\"{marker}\"}}"),
        ),
        PackFile::new("notes.txt", "plain data, never code"),
    ]
}

/// Content plus a signed envelope.
fn signed(content: &[PackFile], info: &PackInfo, key: &SigningKey) -> Vec<PackFile> {
    let mut files = content.to_vec();
    files.extend(pack::sign(content, info, key).unwrap());
    files
}

fn replace(files: &mut [PackFile], path: &str, f: impl FnOnce(&mut Vec<u8>)) {
    f(&mut files.iter_mut().find(|p| p.path == path).unwrap().data);
}

/// A helpline directory pack: one service, its English texts.
fn helpline_content(id: &str, number: &str) -> Vec<PackFile> {
    let dir = serde_json::json!({
        "format": 1,
        "services": [{
            "id": id, "country": "PL", "name": "Test Line", "operator": "Test NGO",
            "channels": [{"kind": "call", "address": number, "keyword": null}],
            "hours": {"always_open": true, "note": "hours-ngo"},
            "languages": ["pl", "uk"], "audience": ["workers"], "emergency": false,
            "free": true, "confidentiality": "conf-ngo", "source": "test",
            "source_url": null, "last_verified": "2026-11-01", "uncertain": false, "note": null
        }]
    });
    vec![
        PackFile::new("helplines.json", serde_json::to_vec(&dir).unwrap()),
        PackFile::new(
            "locales/en/helplines.ftl",
            "hours-ngo = Always open.\nconf-ngo = Private.\nhelpline-uncertain = Unchecked.\n",
        ),
    ]
}

fn fast_vault(dir: &Path) -> Arc<Vault> {
    let vault = Arc::new(Vault::new(
        dir,
        Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
    ));
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create("4826", &options).unwrap();
    vault
}

// --- verification -----------------------------------------------------------

#[test]
fn a_signed_pack_verifies_whatever_the_manifest_formatting() {
    let key = new_key();
    let mut files = signed(&content("a"), &info("org.example.test", 1), &key);
    let verified = pack::verify(&files, &[key.public_key()]).unwrap();
    assert_eq!(verified.manifest.version, 1);
    assert_eq!(verified.manifest.publisher, key.public_key().key_id());
    assert_eq!(verified.files.len(), 2);
    // Compact, re-ordered JSON: same content, same canonical bytes.
    replace(&mut files, "manifest.json", |m| {
        let v: serde_json::Value = serde_json::from_slice(m).unwrap();
        *m = serde_json::to_vec(&v).unwrap();
    });
    assert!(pack::verify(&files, &[key.public_key()]).is_ok());
}

#[test]
fn one_flipped_byte_in_a_file_is_refused() {
    let key = new_key();
    let good = signed(&content("a"), &info("org.example.test", 1), &key);
    for path in ["questions/screening.json", "notes.txt"] {
        let len = good.iter().find(|f| f.path == path).unwrap().data.len();
        for i in 0..len {
            let mut files = good.clone();
            replace(&mut files, path, |d| d[i] ^= 0x01);
            assert_eq!(
                pack::verify(&files, &[key.public_key()]),
                Err(PackError::HashMismatch {
                    file: path.to_owned()
                })
            );
        }
    }
}

#[test]
fn one_flipped_byte_anywhere_in_the_manifest_is_refused() {
    let key = new_key();
    let good = signed(&content("a"), &info("org.example.test", 1), &key);
    let len = good
        .iter()
        .find(|f| f.path == "manifest.json")
        .unwrap()
        .data
        .len();
    for i in 0..len {
        for bit in [0x01, 0x20, 0x80] {
            let mut files = good.clone();
            replace(&mut files, "manifest.json", |d| d[i] ^= bit);
            let err = pack::verify(&files, &[key.public_key()]).unwrap_err();
            assert!(
                matches!(
                    err,
                    PackError::ManifestInvalid { .. }
                        | PackError::SignatureInvalid
                        | PackError::UnknownPublisher { .. }
                        | PackError::UnsafePath { .. }
                ),
                "byte {i} bit {bit:#x}: {err:?}"
            );
        }
    }
}

#[test]
fn one_flipped_byte_in_the_signature_is_refused() {
    let key = new_key();
    let good = signed(&content("a"), &info("org.example.test", 1), &key);
    for i in 0..64 {
        let mut files = good.clone();
        replace(&mut files, "manifest.sig", |d| d[i] ^= 0x01);
        assert_eq!(
            pack::verify(&files, &[key.public_key()]),
            Err(PackError::SignatureInvalid)
        );
    }
    let mut short = good.clone();
    replace(&mut short, "manifest.sig", |d| d.truncate(63));
    assert_eq!(
        pack::verify(&short, &[key.public_key()]),
        Err(PackError::SignatureInvalid)
    );
}

#[test]
fn a_pack_from_an_unknown_key_is_refused() {
    let key = new_key();
    let files = signed(&content("a"), &info("org.example.test", 1), &key);
    assert_eq!(
        pack::verify(&files, &[new_key().public_key(), builtin::DEV_PUBLIC_KEY]),
        Err(PackError::UnknownPublisher {
            key_id: key.public_key().key_id()
        })
    );
}

#[test]
fn a_signature_by_another_key_claiming_a_trusted_key_id_is_refused() {
    let trusted = new_key();
    let forger = new_key();
    let mut files = signed(&content("a"), &info("org.example.test", 1), &forger);
    // The forger names the trusted key as publisher and re-signs with its own.
    let mut m: waymark_core::content::Manifest = serde_json::from_slice(
        &files
            .iter()
            .find(|f| f.path == "manifest.json")
            .unwrap()
            .data,
    )
    .unwrap();
    m.publisher = trusted.public_key().key_id();
    let sig = forger.sign(&m.canonical_bytes().unwrap());
    replace(&mut files, "manifest.json", |d| *d = m.to_pretty_json());
    replace(&mut files, "manifest.sig", |d| *d = sig);
    assert_eq!(
        pack::verify(&files, &[trusted.public_key()]),
        Err(PackError::SignatureInvalid)
    );
}

#[test]
fn missing_extra_and_envelope_files_are_refused() {
    let key = new_key();
    let good = signed(&content("a"), &info("org.example.test", 1), &key);
    let trusted = [key.public_key()];

    let missing: Vec<PackFile> = good
        .iter()
        .filter(|f| f.path != "notes.txt")
        .cloned()
        .collect();
    assert_eq!(
        pack::verify(&missing, &trusted),
        Err(PackError::MissingFile {
            file: "notes.txt".into()
        })
    );

    let mut extra = good.clone();
    extra.push(PackFile::new("payload.bin", "not in the manifest"));
    assert_eq!(
        pack::verify(&extra, &trusted),
        Err(PackError::ExtraFile {
            file: "payload.bin".into()
        })
    );

    let no_manifest: Vec<PackFile> = good
        .iter()
        .filter(|f| f.path != "manifest.json")
        .cloned()
        .collect();
    assert_eq!(
        pack::verify(&no_manifest, &trusted),
        Err(PackError::ManifestMissing)
    );
    let no_sig: Vec<PackFile> = good
        .iter()
        .filter(|f| f.path != "manifest.sig")
        .cloned()
        .collect();
    assert_eq!(
        pack::verify(&no_sig, &trusted),
        Err(PackError::SignatureMissing)
    );
}

#[test]
fn path_traversal_and_unsafe_names_are_refused() {
    let key = new_key();
    let trusted = [key.public_key()];
    let good = signed(&content("a"), &info("org.example.test", 1), &key);
    for bad in [
        "../escape.txt",
        "a/../../escape.txt",
        "/etc/passwd",
        "locales\\en\\x.ftl",
        "./x",
        ".hidden",
        "C:/windows",
        "a//b",
    ] {
        // As a file in the pack…
        let mut files = good.clone();
        files.push(PackFile::new(bad, "x"));
        assert!(
            matches!(
                pack::verify(&files, &trusted),
                Err(PackError::UnsafePath { .. })
            ),
            "{bad}"
        );
        // …and listed in a validly signed manifest.
        let mut c = content("a");
        c.push(PackFile::new(bad, "x"));
        assert!(
            matches!(
                pack::sign(&c, &info("org.example.test", 1), &key),
                Err(PackError::UnsafePath { .. })
            ),
            "{bad}"
        );
        let mut m: waymark_core::content::Manifest = serde_json::from_slice(
            &good
                .iter()
                .find(|f| f.path == "manifest.json")
                .unwrap()
                .data,
        )
        .unwrap();
        m.files.push(waymark_core::content::FileEntry {
            path: bad.to_owned(),
            size: 1,
            sha256: "0".repeat(64),
        });
        let sig = key.sign(&m.canonical_bytes().unwrap());
        let mut files = good.clone();
        replace(&mut files, "manifest.json", |d| *d = m.to_pretty_json());
        replace(&mut files, "manifest.sig", |d| *d = sig);
        assert!(
            matches!(
                pack::verify(&files, &trusted),
                Err(PackError::UnsafePath { .. })
            ),
            "{bad}"
        );
    }
    // Names that collide on a case-insensitive file system.
    let mut dup = good.clone();
    dup.push(PackFile::new("NOTES.txt", "x"));
    assert_eq!(
        pack::verify(&dup, &trusted),
        Err(PackError::DuplicatePath {
            file: "NOTES.txt".into()
        })
    );
}

#[test]
fn oversized_files_are_refused_before_hashing() {
    let key = new_key();
    let mut files = signed(&content("a"), &info("org.example.test", 1), &key);
    files.push(PackFile::new(
        "big.bin",
        vec![0u8; MAX_FILE_SIZE as usize + 1],
    ));
    assert_eq!(
        pack::verify(&files, &[key.public_key()]),
        Err(PackError::FileTooLarge {
            file: "big.bin".into(),
            max: MAX_FILE_SIZE
        })
    );
}

#[test]
fn a_folder_round_trips_and_symlinks_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for f in content("a") {
        let path = dir.path().join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &f.data).unwrap();
    }
    let key = new_key();
    let files = load::read_dir(dir.path()).unwrap();
    for f in pack::sign(&files, &info("org.example.test", 3), &key).unwrap() {
        std::fs::write(dir.path().join(&f.path), &f.data).unwrap();
    }
    let read = load::read_dir(dir.path()).unwrap();
    assert_eq!(
        pack::verify(&read, &[key.public_key()])
            .unwrap()
            .manifest
            .version,
        3
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/etc/hostname", dir.path().join("link")).unwrap();
        assert!(matches!(
            load::read_dir(dir.path()),
            Err(PackError::UnsafePath {
                reason: "symbolic link",
                ..
            })
        ));
    }
}

#[test]
fn error_messages_name_the_file_and_the_reason() {
    let e = PackError::HashMismatch {
        file: "helplines.json".into(),
    };
    assert_eq!(
        e.to_string(),
        "helplines.json: contents do not match the manifest's SHA-256"
    );
    // A hostile name is escaped and cut, never printed raw.
    let key = new_key();
    let mut files = signed(&content("a"), &info("org.example.test", 1), &key);
    files.push(PackFile::new(format!("\u{1b}[31m{}", "x".repeat(500)), "x"));
    let msg = pack::verify(&files, &[key.public_key()])
        .unwrap_err()
        .to_string();
    assert!(!msg.contains('\u{1b}'));
    assert!(msg.len() < 250, "{msg}");
}

// --- the vault store ----------------------------------------------------------

#[test]
fn install_needs_a_trusted_key_and_never_trusts_the_dev_key() {
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let key = new_key();
    let files = signed(&content("a"), &info("org.example.test", 1), &key);
    assert!(matches!(
        store.install(&files),
        Err(PackError::UnknownPublisher { .. })
    ));
    assert_eq!(
        store.trust_publisher(&builtin::DEV_PUBLIC_KEY.to_hex(), "dev"),
        Err(PackError::DevelopmentKeyNotTrustable)
    );
    // Even the built-in pack itself cannot be installed into a vault.
    assert!(matches!(
        store.install(&builtin::files()),
        Err(PackError::UnknownPublisher { .. })
    ));
    let p = store
        .trust_publisher(&key.public_key().to_hex(), "Test NGO")
        .unwrap();
    assert_eq!(p.key_id, key.public_key().key_id());
    let installed = store.install(&files).unwrap();
    assert_eq!(
        (installed.pack_id.as_str(), installed.version),
        ("org.example.test", 1)
    );
    assert_eq!(store.installed().unwrap().len(), 1);
    assert_eq!(store.trusted_publishers().unwrap().len(), 1);
}

#[test]
fn rollback_and_replays_are_refused_and_newer_versions_replace() {
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let key = new_key();
    store
        .trust_publisher(&key.public_key().to_hex(), "")
        .unwrap();
    store
        .install(&signed(&content("v5"), &info("org.example.test", 5), &key))
        .unwrap();
    for old in [1, 4, 5] {
        assert_eq!(
            store.install(&signed(
                &content("old"),
                &info("org.example.test", old),
                &key
            )),
            Err(PackError::Rollback {
                pack_id: "org.example.test".into(),
                installed: 5,
                offered: old
            })
        );
    }
    let p = store
        .install(&signed(&content("v6"), &info("org.example.test", 6), &key))
        .unwrap();
    assert_eq!(p.version, 6);
    assert_eq!(store.installed().unwrap()[0].version, 6);
}

#[test]
fn a_pack_id_belongs_to_its_first_publisher_and_the_builtin_id_to_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let (a, b) = (new_key(), new_key());
    store
        .trust_publisher(&a.public_key().to_hex(), "A")
        .unwrap();
    store
        .trust_publisher(&b.public_key().to_hex(), "B")
        .unwrap();
    store
        .install(&signed(&content("a"), &info("org.example.test", 1), &a))
        .unwrap();
    assert_eq!(
        store.install(&signed(&content("b"), &info("org.example.test", 2), &b)),
        Err(PackError::PublisherMismatch {
            pack_id: "org.example.test".into()
        })
    );
    assert_eq!(
        store.install(&signed(&content("b"), &info(builtin::PACK_ID, 99), &b)),
        Err(PackError::ReservedPackId {
            pack_id: builtin::PACK_ID.into()
        })
    );
}

#[test]
fn a_refused_install_leaves_the_previous_pack_intact() {
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let key = new_key();
    store
        .trust_publisher(&key.public_key().to_hex(), "")
        .unwrap();
    let v1 = helpline_content("pl-test-line", "+48 000 000 001");
    let mut info1 = info("org.example.helplines", 1);
    info1.locales = vec!["en".into()];
    store.install(&signed(&v1, &info1, &key)).unwrap();

    // v2 tampered after signing.
    let mut v2 = signed(
        &helpline_content("pl-test-line", "+48 000 000 002"),
        &info("org.example.helplines", 2),
        &key,
    );
    replace(&mut v2, "helplines.json", |d| {
        let s = String::from_utf8(d.clone()).unwrap().replace("002", "666");
        *d = s.into_bytes();
    });
    assert!(matches!(
        store.install(&v2),
        Err(PackError::HashMismatch { .. })
    ));
    // v3 signed, but its directory lacks an English text.
    let mut v3 = helpline_content("pl-test-line", "+48 000 000 003");
    v3[1] = PackFile::new("locales/en/helplines.ftl", "hours-ngo = Always open.\n");
    assert!(matches!(
        pack::sign(&v3, &info("org.example.helplines", 3), &key),
        Err(PackError::InvalidContent { .. })
    ));

    let installed = store.installed().unwrap();
    assert_eq!(installed.len(), 1);
    assert_eq!(installed[0].version, 1);
    let q = HelplineQuery {
        country: Some("PL".into()),
        ..Default::default()
    };
    let found = store.helplines(&q).unwrap();
    let line = found
        .iter()
        .find(|e| e.helpline.id == "pl-test-line")
        .unwrap();
    assert_eq!(line.pack_id, "org.example.helplines");
    assert_eq!(line.helpline.channels[0].address, "+48 000 000 001");
    // Built-in Polish entries are still there, and the pack's texts work.
    assert!(found.iter().any(|e| e.pack_id == builtin::PACK_ID));
    let t = store
        .text("org.example.helplines", "uk", "conf-ngo")
        .unwrap()
        .unwrap();
    assert_eq!((t.locale.as_str(), t.text.as_str()), ("en", "Private."));
}

#[test]
fn an_installed_entry_replaces_the_builtin_one_with_the_same_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let key = new_key();
    store
        .trust_publisher(&key.public_key().to_hex(), "")
        .unwrap();
    store
        .install(&signed(
            &helpline_content("pl-kcik", "+48 111 111 111"),
            &info("org.example.pl", 1),
            &key,
        ))
        .unwrap();
    let found = store
        .helplines(&HelplineQuery {
            country: Some("pl".into()),
            ..Default::default()
        })
        .unwrap();
    let kcik: Vec<_> = found
        .iter()
        .filter(|e| e.helpline.id == "pl-kcik")
        .collect();
    assert_eq!(kcik.len(), 1);
    assert_eq!(kcik[0].pack_id, "org.example.pl");
    assert_eq!(kcik[0].helpline.channels[0].address, "+48 111 111 111");
}

#[test]
fn untrusting_a_key_removes_its_packs_and_allows_a_new_key() {
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let (old, new) = (new_key(), new_key());
    store
        .trust_publisher(&old.public_key().to_hex(), "")
        .unwrap();
    store
        .install(&signed(&content("a"), &info("org.example.test", 7), &old))
        .unwrap();
    assert!(store.untrust_publisher(&old.public_key().key_id()).unwrap());
    assert!(!store.untrust_publisher(&old.public_key().key_id()).unwrap());
    assert!(store.installed().unwrap().is_empty());
    assert!(matches!(
        store.install(&signed(&content("a"), &info("org.example.test", 8), &old)),
        Err(PackError::UnknownPublisher { .. })
    ));
    // The NGO's new key may now publish the same pack id.
    store
        .trust_publisher(&new.public_key().to_hex(), "")
        .unwrap();
    store
        .install(&signed(&content("b"), &info("org.example.test", 1), &new))
        .unwrap();
    assert!(store.remove("org.example.test").unwrap());
    assert!(!store.remove("org.example.test").unwrap());
    assert!(store.installed().unwrap().is_empty());
}

#[test]
fn a_locked_vault_refuses_with_a_vault_error() {
    let dir = tempfile::tempdir().unwrap();
    let vault = fast_vault(dir.path());
    vault.lock();
    let store = ContentStore::new(vault);
    assert_eq!(
        store.installed(),
        Err(PackError::Vault(waymark_core::VaultError::Locked))
    );
}

// --- hostile input ----------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_manifest_parser_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = waymark_core::content::Manifest::parse(&bytes);
        let _ = HelplineDirectory::parse(&bytes);
        let _ = waymark_core::content::text::message_ids(&bytes);
    }

    #[test]
    fn fluent_text_never_panics(source in "\\PC{0,200}", id in "[a-z-]{1,12}") {
        let _ = waymark_core::content::text::message_ids(source.as_bytes());
        let _ = waymark_core::content::text::format("en", source.as_bytes(), &id);
    }

    #[test]
    fn json_shaped_manifests_never_panic(
        pack_id in "[a-z.\\-]{0,70}",
        version in any::<u64>(),
        publisher in "[0-9a-fA-F]{0,20}",
        path in "\\PC{0,40}",
        size in any::<u64>(),
    ) {
        let m = serde_json::json!({
            "format": 1, "pack_id": pack_id, "version": version, "publisher": publisher,
            "locales": ["en"], "files": [{"path": path, "size": size, "sha256": "0".repeat(64)}]
        });
        let bytes = serde_json::to_vec(&m).unwrap();
        let _ = waymark_core::content::Manifest::parse(&bytes);
        let files = vec![
            PackFile::new("manifest.json", bytes),
            PackFile::new("manifest.sig", vec![0u8; 64]),
        ];
        let _ = pack::verify(&files, &[builtin::DEV_PUBLIC_KEY]);
    }

    /// Any changed byte is refused, except a change to manifest.json's
    /// formatting (whitespace) that leaves its canonical form, and so the
    /// signed content, exactly as it was.
    #[test]
    fn mutated_packs_never_verify_and_never_panic(
        which in 0usize..4,
        pos in any::<usize>(),
        byte in any::<u8>(),
        extra_name in "\\PC{0,30}",
    ) {
        let key = new_key();
        let good = signed(&content("a"), &info("org.example.test", 1), &key);
        let original = pack::verify(&good, &[key.public_key()]).unwrap().manifest;
        let mut files = good.clone();
        let n = files.len();
        let f = &mut files[which % n];
        if f.data.is_empty() {
            f.data.push(byte);
        } else {
            let i = pos % f.data.len();
            f.data[i] = if f.data[i] == byte { byte.wrapping_add(1) } else { byte };
        }
        if let Ok(v) = pack::verify(&files, &[key.public_key()]) {
            prop_assert_eq!(&files[which % n].path, "manifest.json");
            prop_assert_eq!(v.manifest.canonical_bytes(), original.canonical_bytes());
        }
        files.push(PackFile::new(extra_name, "x"));
        prop_assert!(pack::verify(&files, &[key.public_key()]).is_err());
    }
}

// --- helplines ------------------------------------------------------------------------

fn q(country: &str) -> HelplineQuery {
    HelplineQuery {
        country: Some(country.into()),
        ..Default::default()
    }
}

#[test]
fn the_builtin_pack_answers_for_at_least_twelve_countries() {
    let countries = [
        "US", "GB", "UA", "TH", "PH", "NG", "KE", "IN", "PL", "IT", "RO", "MX", "NP", "VN", "BR",
        "ES", "FR", "DE",
    ];
    for c in countries {
        let found = builtin::helplines(&q(c)).unwrap();
        assert!(
            found.iter().any(|h| h.country == c && !h.emergency),
            "no specialist helpline for {c}"
        );
    }
    assert!(builtin::helpline_directory().unwrap().countries().len() >= 12);
}

#[test]
fn brief_numbers_are_present() {
    let all = builtin::helplines(&HelplineQuery::default()).unwrap();
    let has = |country: &str, number: &str| {
        all.iter().any(|h| {
            h.country == country
                && h.channels.iter().any(|c| {
                    c.address
                        .replace(' ', "")
                        .ends_with(&number.replace(' ', ""))
                })
        })
    };
    for (c, n) in [
        ("US", "888 373 7888"),
        ("US", "233733"),
        ("GB", "08000 121 700"),
        ("EU", "112"),
        ("EU", "116 000"),
        ("UA", "527"),
        ("UA", "1547"),
        ("TH", "1300"),
        ("PH", "1343"),
        ("NG", "627"),
        ("KE", "116"),
        ("KE", "1195"),
        ("IN", "1098"),
        ("IN", "112"),
    ] {
        assert!(has(c, n), "{c} {n}");
    }
}

#[test]
fn always_open_services_come_first_in_a_stable_order() {
    for c in ["UA", "US", "PL", "KE", "ES"] {
        let found = builtin::helplines(&q(c)).unwrap();
        let first_limited = found
            .iter()
            .position(|h| !h.hours.always_open)
            .unwrap_or(found.len());
        assert!(
            found[first_limited..].iter().all(|h| !h.hours.always_open),
            "{c}"
        );
        assert_eq!(found, builtin::helplines(&q(c)).unwrap());
    }
    let ua = builtin::helplines(&q("UA")).unwrap();
    assert_eq!(ua[0].id, "ua-1547");
    // Within 24/7 services, specialist lines come before emergency numbers.
    let us = builtin::helplines(&q("US")).unwrap();
    assert_eq!(
        us.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["us-988", "us-nhth", "us-911"]
    );
}

#[test]
fn queries_filter_by_language_audience_and_channel() {
    // Ukrainian speakers in Ukraine: IOM's 527, La Strada and 1547.
    let ua = builtin::helplines(&HelplineQuery {
        language: Some("uk".into()),
        ..q("UA")
    })
    .unwrap();
    for id in ["ua-527", "ua-la-strada", "ua-la-strada-mobile", "ua-1547"] {
        assert!(ua.iter().any(|h| h.id == id), "{id}");
    }
    // Nobody at the US hotline is listed as speaking Ukrainian, but the
    // emergency number is never filtered out by language.
    let us_uk = builtin::helplines(&HelplineQuery {
        language: Some("uk".into()),
        ..q("US")
    })
    .unwrap();
    assert_eq!(
        us_uk.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["us-988", "us-nhth", "us-911"]
    );
    // Language matching uses the primary subtag.
    let us_es = builtin::helplines(&HelplineQuery {
        language: Some("es-MX".into()),
        ..q("US")
    })
    .unwrap();
    assert!(us_es.iter().any(|h| h.id == "us-nhth"));
    // Children in Kenya: Childline, plus services for everyone.
    let ke = builtin::helplines(&HelplineQuery {
        audience: Some(Audience::Children),
        ..q("KE")
    })
    .unwrap();
    assert!(ke.iter().any(|h| h.id == "ke-childline-116"));
    let ke_adults = builtin::helplines(&HelplineQuery {
        audience: Some(Audience::Adults),
        ..q("KE")
    })
    .unwrap();
    assert!(ke_adults.iter().all(|h| h.id != "ke-childline-116"));
    // Texting in the US.
    let sms = builtin::helplines(&HelplineQuery {
        channel: Some(ChannelKind::Sms),
        ..q("US")
    })
    .unwrap();
    assert_eq!(
        sms.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["us-988", "us-nhth"]
    );
    assert_eq!(sms[1].channels[1].keyword.as_deref(), Some("HELP"));
    // EU-wide numbers apply in member states, and UK means GB.
    assert!(builtin::helplines(&q("pl"))
        .unwrap()
        .iter()
        .any(|h| h.id == "eu-112"));
    assert!(!builtin::helplines(&q("UA"))
        .unwrap()
        .iter()
        .any(|h| h.id == "eu-112"));
    assert!(builtin::helplines(&q("UK"))
        .unwrap()
        .iter()
        .any(|h| h.id == "gb-modern-slavery"));
}

#[test]
fn notes_are_translated_with_fallback() {
    let t = builtin::text("uk", "helpline-hours-24-7").unwrap();
    assert_eq!(t.locale, "uk");
    assert_eq!(t.text, "Працює цілодобово, щодня.");
    assert_eq!(
        builtin::text("pt-BR", "helpline-conf-anonymous")
            .unwrap()
            .locale,
        "pt"
    );
    assert_eq!(
        builtin::text("zh", "helpline-uncertain").unwrap().locale,
        "zh-Hans"
    );
    assert_eq!(
        builtin::text("xx", "helpline-uncertain").unwrap().locale,
        "en"
    );
    assert_eq!(
        builtin::text("uk_UA.UTF-8", "helpline-uncertain")
            .unwrap()
            .locale,
        "uk"
    );
    assert_eq!(builtin::text("en", "no-such-message"), None);
    // Every uncertain entry says why.
    let dir = builtin::helpline_directory().unwrap();
    assert!(dir
        .services
        .iter()
        .filter(|s| s.uncertain)
        .all(|s| s.note.is_some()));
}

#[test]
fn the_dev_public_key_round_trips() {
    assert_eq!(
        PublicKey::from_hex(&builtin::DEV_PUBLIC_KEY.to_hex()),
        Ok(builtin::DEV_PUBLIC_KEY)
    );
}

#[test]
fn pack_texts_negotiate_like_the_app_messages() {
    // The same rules as i18n: regions and scripts, phone codes, POSIX forms.
    for (requested, expected) in [
        ("zh-CN", "zh-Hans"),
        ("fil", "tl"),
        ("pt_BR.UTF-8", "pt"),
        ("uk-UA", "uk"),
        ("xx", "en"),
    ] {
        let text = builtin::text(requested, "helpline-hours-24-7").unwrap();
        assert_eq!(text.locale, expected, "{requested}");
    }
}

/// The helplines a questionnaire's result refers to are chosen in the core
/// for every shell: the country's services (any case, spaces ignored), and
/// none at all (so the shell asks) when the country is unknown.
#[test]
fn a_results_helplines_are_the_countrys_and_none_without_a_country() {
    use waymark_core::questionnaire::result_helplines;
    let dir = tempfile::tempdir().unwrap();
    let store = ContentStore::new(fast_vault(dir.path()));
    let ua = result_helplines(&store, Some(" ua "), "uk").unwrap();
    assert!(!ua.is_empty());
    assert!(ua.iter().all(|e| e.helpline.country == "UA"), "{ua:?}");
    assert!(result_helplines(&store, None, "uk").unwrap().is_empty());
    assert!(result_helplines(&store, Some("  "), "uk")
        .unwrap()
        .is_empty());
}
