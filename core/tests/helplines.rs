//! The helpline directory as a caseworker checks it: every correction of
//! ../shared/data/helplines-verification.md applied, every key field
//! sourced or the entry flagged (and shown) as uncertain, format 2's rules
//! enforced, format 1 packs still loading, and the audit.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::NaiveDate;
use waymark_core::assistant::{
    BuiltinHelplines, Context, Conversation, Effect, HelplineCard, HelplineSource, Library,
};
use waymark_core::content::helpline_audit::audit;
use waymark_core::content::helplines::{
    HelplineDirectory, EU_MEMBERS, UNCERTAIN_DETAILS_MESSAGE, UNCERTAIN_MESSAGE,
};
use waymark_core::content::{builtin, Helpline, HelplineQuery, PackError, Topic};

fn all() -> Vec<Helpline> {
    builtin::helpline_directory().unwrap().services
}

fn entry(id: &str) -> Helpline {
    all()
        .into_iter()
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("{id} is missing"))
}

fn numbers(h: &Helpline) -> Vec<&str> {
    h.channels.iter().map(|c| c.address.as_str()).collect()
}

fn in_country(country: &str) -> Vec<Helpline> {
    builtin::helplines(&HelplineQuery {
        country: Some(country.to_owned()),
        ..Default::default()
    })
    .unwrap()
}

/// The shipped countries: the 18 with national entries and the EU's 27.
fn shipped() -> BTreeSet<String> {
    builtin::helpline_directory()
        .unwrap()
        .countries()
        .into_iter()
        .collect()
}

#[test]
fn the_corrections_of_the_verification_are_applied() {
    // Ukraine: 527 is IOM's line; La Strada's numbers are its own; 1547 is
    // the violence and trafficking line; an emergency entry exists.
    assert!(all().iter().all(|h| h.id != "ua-la-strada-527"));
    let l527 = entry("ua-527");
    assert!(l527.operator.contains("IOM"));
    assert!(!l527.name.contains("La Strada"));
    assert_eq!(numbers(&entry("ua-la-strada")), ["0 800 500 335"]);
    assert_eq!(numbers(&entry("ua-la-strada-mobile")), ["116 123"]);
    assert!(entry("ua-la-strada").hours.always_open);
    assert!(entry("ua-1547").name.contains("trafficking"));
    assert_eq!(numbers(&entry("ua-1547-abroad")), ["+380 44 284 19 15"]);
    let ua_emergency = entry("ua-112");
    assert!(ua_emergency.emergency);
    assert_eq!(numbers(&ua_emergency), ["112", "102"]);
    // Viet Nam: 111 is the Ministry of Health's, for adults too, and a
    // government service.
    let vn = entry("vn-111");
    assert!(vn.operator.contains("Ministry of Health"));
    assert!(vn.topics.contains(&Topic::Trafficking));
    assert_eq!(vn.confidentiality, "helpline-conf-government");
    assert!(vn
        .audience
        .contains(&waymark_core::content::Audience::Everyone));
    // Thailand: the current name.
    assert_eq!(
        entry("th-1300").name,
        "Social Assistance Center Hotline 1300"
    );
    // 116 000 in every member state, 116 006 only in its 13, 116 111 and
    // 116 016 nowhere without a source naming the country.
    assert_eq!(entry("eu-116000").countries.len(), 27);
    let v116006 = entry("eu-116006");
    assert_eq!(v116006.countries.len(), 13);
    for not in ["ES", "IT", "PL", "RO", "BE"] {
        assert!(!v116006.serves_country(not), "116 006 in {not}");
    }
    assert!(v116006.serves_country("DE"));
    assert!(all()
        .iter()
        .all(|h| !numbers(h).contains(&"116 111") || h.country == "RO"));
    // Free only where a source says so; KCIK's trust line first.
    assert!(!entry("ph-1343").free);
    assert!(!entry("pl-kcik").free);
    assert_eq!(numbers(&entry("pl-kcik"))[0], "+48 22 628 99 99");
    // The understated 24/7 hours are corrected.
    for id in ["ng-naptip-627", "eu-116000", "ua-la-strada"] {
        assert!(entry(id).hours.always_open, "{id}");
    }
    // Missing services that a source confirms are there.
    for (id, number) in [
        ("gb-salvation-army", "0800 808 3733"),
        ("es-a21", "900 759 759"),
        ("it-1522", "1522"),
        ("th-1155", "1155"),
        ("np-1145", "1145"),
        ("in-181", "181"),
        ("ke-police-sgbv", "0800 730 999"),
        ("br-190", "190"),
        ("vn-115", "115"),
    ] {
        assert!(numbers(&entry(id)).contains(&number), "{id}");
    }
    assert!(numbers(&entry("mx-linea-nacional")).contains(&"800 5533 000"));
    assert!(numbers(&entry("es-016")).contains(&"600 000 016"));
    assert!(numbers(&entry("ng-naptip-627")).contains(&"0703 000 0203"));
    // The US hotline warns about spoofing.
    assert_eq!(entry("us-nhth").notices, ["helpline-note-spoofing"]);
}

/// Every entry cites sources; an entry is shown as confirmed only when a
/// source confirms each of its numbers, its operator and (if it claims to
/// be always open) its hours, and its check date is then the oldest of
/// those checks.
#[test]
fn every_key_field_is_sourced_or_the_entry_is_uncertain() {
    let dir = builtin::helpline_directory().unwrap();
    assert_eq!(dir.format, 2);
    for h in &dir.services {
        assert!(!h.evidence.is_empty(), "{}: no source at all", h.id);
        let missing = h.unconfirmed_key_fields();
        if !missing.is_empty() {
            assert!(h.uncertain, "{}: {missing:?} unconfirmed", h.id);
            assert_eq!(h.last_verified, None, "{}", h.id);
        }
        if !h.uncertain {
            let checked = h.last_verified.as_deref().unwrap();
            assert!(checked.starts_with("2026-12"), "{}: {checked}", h.id);
        }
    }
    // The entries known to be doubtful are flagged.
    for id in [
        "th-1300-abroad",
        "np-1177",
        "ro-arps",
        "eu-116006",
        "it-1522",
    ] {
        assert!(entry(id).uncertain, "{id}");
    }
    assert_eq!(
        entry("eu-116006").uncertainty_message(),
        Some(UNCERTAIN_DETAILS_MESSAGE),
        "the number is sourced, who runs it is not"
    );
    assert_eq!(
        entry("ro-arps").uncertainty_message(),
        Some(UNCERTAIN_MESSAGE)
    );
    assert_eq!(entry("gb-samaritans").uncertainty_message(), None);
}

#[test]
fn every_shipped_country_has_an_emergency_number_and_most_a_crisis_line() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let a = audit(&all(), today, 365);
    assert_eq!(a.countries, shipped().into_iter().collect::<Vec<_>>());
    assert!(
        a.without_emergency.is_empty(),
        "no emergency number in {:?}",
        a.without_emergency
    );
    // Each of the 18 countries with national entries has a crisis line.
    for c in [
        "US", "GB", "UA", "TH", "PH", "NG", "KE", "IN", "PL", "IT", "RO", "MX", "NP", "VN", "BR",
        "ES", "FR", "DE",
    ] {
        assert!(!a.without_crisis_line.contains(&c.to_owned()), "{c}");
        assert!(
            in_country(c).iter().any(Helpline::is_crisis_line),
            "{c} has no crisis line"
        );
    }
    // The member states covered only by EU-wide numbers are listed, not
    // hidden.
    assert!(a.without_crisis_line.contains(&"AT".to_owned()));
    assert!(a.without_trafficking_line.contains(&"AT".to_owned()));
    assert!(!a.without_trafficking_line.contains(&"UA".to_owned()));
    // Nothing was checked more than a year ago; two years on, everything is.
    assert!(a.stale.is_empty(), "{:?}", a.stale);
    let later = audit(&all(), today + chrono::Days::new(800), 365);
    assert!(later.stale.len() > 100);
}

fn v2(service: serde_json::Value) -> Result<HelplineDirectory, PackError> {
    let dir = serde_json::json!({ "format": 2, "services": [service] });
    HelplineDirectory::parse(&serde_json::to_vec(&dir).unwrap())
}

fn sample() -> serde_json::Value {
    serde_json::json!({
        "id": "xx-line", "country": "PL", "name": "Line", "operator": "NGO",
        "topics": ["crisis"],
        "channels": [{"kind": "call", "address": "800 100 100", "keyword": null}],
        "hours": {"always_open": true, "note": "helpline-hours-24-7"},
        "languages": ["pl"], "audience": ["everyone"], "emergency": false, "free": true,
        "confidentiality": "helpline-conf-confidential",
        "evidence": [
            {"fields": ["call:800 100 100", "hours"], "url": "https://example.org/a",
             "kind": "operator", "checked": "2026-11-02", "quote": "Call 800 100 100, day and night."},
            {"fields": ["operator"], "url": "http://example.org/b",
             "kind": "secondary", "checked": "2026-10", "quote": "The NGO runs the line."}
        ],
        "uncertain": false, "note": null
    })
}

#[test]
fn format_2_computes_uncertainty_and_the_check_date_from_the_sources() {
    let h = &v2(sample()).unwrap().services[0];
    assert!(!h.uncertain);
    // The oldest check of a key field, a month counting from its first day.
    assert_eq!(h.last_verified.as_deref(), Some("2026-10-01"));
    assert!(h.is_crisis_line());

    // The operator without a source: uncertain, and said so in the right
    // words (the number is fine).
    let mut s = sample();
    s["evidence"].as_array_mut().unwrap().remove(1);
    let h = &v2(s).unwrap().services[0];
    assert!(h.uncertain);
    assert_eq!(h.last_verified, None);
    assert_eq!(h.uncertainty_message(), Some(UNCERTAIN_DETAILS_MESSAGE));

    // The number without a source.
    let mut s = sample();
    s["evidence"][0]["fields"] = serde_json::json!(["hours"]);
    let h = &v2(s).unwrap().services[0];
    assert_eq!(h.uncertainty_message(), Some(UNCERTAIN_MESSAGE));

    // Hours "check" make no claim that needs a source.
    let mut s = sample();
    s["hours"] = serde_json::json!({"always_open": false, "note": "helpline-hours-check"});
    s["evidence"][0]["fields"] = serde_json::json!(["call:800 100 100"]);
    assert!(!v2(s).unwrap().services[0].uncertain);

    // Declared uncertain whatever the sources say.
    let mut s = sample();
    s["uncertain"] = serde_json::json!(true);
    s["note"] = serde_json::json!("old press only");
    assert!(v2(s).unwrap().services[0].uncertain);
}

#[test]
fn format_2_refuses_what_it_cannot_trust() {
    let refused = |change: &dyn Fn(&mut serde_json::Value), why: &str| {
        let mut s = sample();
        change(&mut s);
        match v2(s) {
            Err(PackError::InvalidContent { reason, .. }) => {
                assert!(reason.contains(why), "{reason:?} should say {why:?}")
            }
            other => panic!("{why}: {other:?}"),
        }
    };
    // The number changed but the source still names the old one.
    refused(
        &|s| s["channels"][0]["address"] = "800 100 101".into(),
        "not a field of this entry",
    );
    refused(
        &|s| s["evidence"][0]["fields"] = serde_json::json!(["phone"]),
        "not a field of this entry",
    );
    refused(
        &|s| s["evidence"][0]["url"] = "ftp://x".into(),
        "http(s) URL",
    );
    refused(
        &|s| s["evidence"][0]["checked"] = "last year".into(),
        "checked",
    );
    refused(&|s| s["evidence"][0]["quote"] = "".into(), "quote");
    refused(
        &|s| s["evidence"][0]["quote"] = "x".repeat(1001).into(),
        "quote",
    );
    refused(&|s| s["source_url"] = "https://x.org".into(), "source_url");
    refused(
        &|s| s["last_verified"] = "2026-01-01".into(),
        "last_verified",
    );
    refused(&|s| s["country"] = "EU".into(), "member states");
    refused(
        &|s| {
            s["country"] = "EU".into();
            s["countries"] = serde_json::json!(["PL", "UA"]);
        },
        "not an EU member state",
    );
    refused(
        &|s| s["countries"] = serde_json::json!(["PL"]),
        "only for EU entries",
    );
    refused(
        &|s| s["notices"] = serde_json::json!(["Not an id!"]),
        "notices",
    );
    refused(
        &|s| s["topics"] = serde_json::json!(["weather"]),
        "does not match the schema",
    );
}

/// Packs written for format 1 keep loading as they were: EU entries apply
/// in every member state, the author's flags are kept, and format 2 fields
/// are refused there.
#[test]
fn format_1_packs_still_load() {
    let v1 = serde_json::json!({"format": 1, "services": [{
        "id": "eu-x", "country": "EU", "name": "X", "operator": "Y",
        "channels": [{"kind": "call", "address": "116 000", "keyword": null}],
        "hours": {"always_open": false, "note": "helpline-hours-check"},
        "languages": [], "audience": ["everyone"], "emergency": false, "free": true,
        "confidentiality": "helpline-conf-unknown", "source": "an NGO's list",
        "source_url": null, "last_verified": "2026-01-05", "uncertain": false, "note": null
    }]});
    let dir = HelplineDirectory::parse(&serde_json::to_vec(&v1).unwrap()).unwrap();
    let h = &dir.services[0];
    assert!(!h.uncertain);
    assert_eq!(h.last_verified.as_deref(), Some("2026-01-05"));
    assert_eq!(h.served_countries().len(), EU_MEMBERS.len());
    let mut with_topics = v1.clone();
    with_topics["services"][0]["topics"] = serde_json::json!(["crisis"]);
    assert!(HelplineDirectory::parse(&serde_json::to_vec(&with_topics).unwrap()).is_err());
    let mut future = v1;
    future["format"] = 3.into();
    match HelplineDirectory::parse(&serde_json::to_vec(&future).unwrap()) {
        Err(PackError::InvalidContent { reason, .. }) => assert!(reason.contains("format 3")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_audit_lists_unconfirmed_old_and_missing_things() {
    let mut no_operator = sample();
    no_operator["id"] = "pl-a".into();
    no_operator["evidence"].as_array_mut().unwrap().remove(1);
    let mut police = sample();
    police["id"] = "pl-police".into();
    police["emergency"] = true.into();
    police["topics"] = serde_json::json!([]);
    police["evidence"][0]["kind"] = "secondary".into();
    let dir = serde_json::json!({"format": 2, "services": [no_operator, police]});
    let mut services = HelplineDirectory::parse(&serde_json::to_vec(&dir).unwrap())
        .unwrap()
        .services;
    let mut de = services[0].clone();
    de.id = "de-x".into();
    de.country = "DE".into();
    services.push(de);
    let today = NaiveDate::from_ymd_opt(2027, 12, 1).unwrap();
    let a = audit(&services, today, 365);
    assert_eq!(a.countries, ["DE", "PL"]);
    assert_eq!(a.without_emergency, ["DE"]);
    assert!(!a.emergency_everywhere());
    assert_eq!(a.without_trafficking_line, ["DE", "PL"]);
    assert!(a.without_crisis_line.is_empty());
    let pl_a = a.unconfirmed.iter().find(|u| u.id == "pl-a").unwrap();
    assert_eq!(pl_a.key_fields, ["operator"]);
    assert!(pl_a.other_fields.contains(&"languages".to_owned()));
    // Checked in November 2026: more than a year before December 2027.
    assert!(a
        .stale
        .iter()
        .any(|s| s.id == "pl-a" && s.field == "hours" && s.checked == "2026-11-02"));
    assert!(a
        .secondary_only
        .iter()
        .any(|s| s.id == "pl-police" && s.field == "call:800 100 100"));
}

/// The app says so: an uncertain entry's card carries the warning in the
/// person's language, and an entry's notices are translated.
#[test]
fn cards_show_uncertainty_and_notices_in_the_persons_language() {
    let lib = Arc::new(Library::builtin_with(Arc::new(BuiltinHelplines)).unwrap());
    let cards = |locale: &str, country: &str| {
        let ctx = Context {
            locale: locale.into(),
            country: Some(country.into()),
        };
        let (c, _) = Conversation::start(lib.clone(), ctx, None).unwrap();
        c.start_flow("urgent").unwrap();
        let t = c.choose(1).unwrap(); // "not right now": helplines for the country
        t.effects
            .into_iter()
            .find_map(|e| match e {
                Effect::Helplines { helplines } => Some(helplines),
                _ => None,
            })
            .unwrap()
    };
    let us = cards("uk", "US");
    let nhth = us.iter().find(|c| c.id == "us-nhth").unwrap();
    let spoofing = builtin::text("uk", "helpline-note-spoofing").unwrap().text;
    assert_eq!(nhth.notices, [spoofing]);
    assert_eq!(nhth.uncertain, None);
    // The same cards the app shows, for entries further down the list.
    let card = |id: &str, locale: &str| {
        let e = BuiltinHelplines
            .helplines(&HelplineQuery::default())
            .unwrap()
            .into_iter()
            .find(|e| e.helpline.id == id)
            .unwrap();
        HelplineCard::new(&e, &BuiltinHelplines, locale)
    };
    let text = |locale: &str, id: &str| builtin::text(locale, id).unwrap().text;
    assert_eq!(
        card("np-1177", "en").uncertain,
        Some(text("en", UNCERTAIN_MESSAGE))
    );
    assert_eq!(
        card("eu-116006", "fr").uncertain,
        Some(text("fr", UNCERTAIN_DETAILS_MESSAGE))
    );
    assert_eq!(card("gb-samaritans", "ar").uncertain, None);
    assert!(card("gb-samaritans", "ar").crisis_line);
    assert_eq!(
        card("es-016", "ro").notices,
        [text("ro", "helpline-note-bill")]
    );
}
