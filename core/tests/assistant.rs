//! The support assistant end to end on the built-in pack.

use std::sync::Arc;

use waymark_core::assistant::*;

fn lib() -> Arc<Library> {
    match Library::builtin() {
        Ok(l) => Arc::new(l),
        Err(AssistantError::Invalid { findings }) => {
            for f in &findings {
                eprintln!("{f}");
            }
            panic!("built-in flows invalid");
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn builtin_loads() {
    let l = lib();
    assert!(l.urgent_flow().is_some());
    let (c, t) = Conversation::start(
        l,
        Context {
            locale: "en".into(),
            country: Some("GB".into()),
        },
        None,
    )
    .unwrap();
    eprintln!("{t:#?}");
    let t = c.say("they took my pasport").unwrap();
    eprintln!("{t:#?}");
    let t = c.choose(0).unwrap();
    eprintln!("{t:#?}");
}
