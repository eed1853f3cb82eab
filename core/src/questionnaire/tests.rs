//! Unit tests of the internals; behaviour is tested in core/tests/questionnaire.rs.

use std::sync::Arc;

use super::format::Lines;
use super::*;

#[test]
fn positions_count_lines_and_characters() {
    let src = "a = 1\nπé = \"x\"\n";
    let lines = Lines::new(src);
    assert_eq!(lines.position(0), (1, 1));
    assert_eq!(lines.position(6), (2, 1));
    // "πé = " is 7 bytes but 5 characters.
    assert_eq!(lines.position(6 + 7), (2, 6));
    assert_eq!(lines.position(10_000), (3, 1));
    assert_eq!(lines.content_start(&(4..5)), 4);
    let triple = "x = \"\"\"abc\"\"\"";
    assert_eq!(Lines::new(triple).content_start(&(4..13)), 7);
}

#[test]
fn errors_inside_multi_line_expressions_point_at_their_line() {
    let src = "id = \"m\"\ntitle = \"m-t\"\n[[questions]]\nname = \"a\"\ntype = \"yes_no\"\nlabel = \"m-a\"\nrelevant = \"\"\"\n${a} = 'yes'\n  and ${b} = 'no'\"\"\"\n";
    let findings = validate("m.toml", src, None);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    // The expression starts right after the quotes on line 7; its second
    // line (after the leading newline) is file line 8, its third line 9.
    assert_eq!(findings[0].kind, FindingKind::UnknownReference);
    assert_eq!((findings[0].line, findings[0].column), (9, 7));
}

#[test]
fn unreachability_looks_through_and_or_not() {
    let base = "id = \"u\"\ntitle = \"u-t\"\n[[questions]]\nname = \"a\"\ntype = \"yes_no\"\nlabel = \"u-a\"\n[[questions]]\nname = \"b\"\ntype = \"yes_no\"\nlabel = \"u-b\"\n";
    let with = |rel: &str| {
        let src = format!("{base}relevant = \"{rel}\"\n");
        validate("u.toml", &src, None)
            .iter()
            .any(|f| f.kind == FindingKind::Unreachable)
    };
    assert!(with("false()"));
    assert!(with("1 = 2"));
    assert!(with("${a} = 'yes' and false()"));
    assert!(with("not(true() or ${a} = 'no')"));
    assert!(!with("${a} = 'yes' or false()"));
    assert!(!with("${a} = 'yes'"));
    assert!(!with("true()"));
}

#[test]
fn not_sure_reads_as_a_choice_on_yes_no_questions() {
    let src = "id = \"n\"\ntitle = \"n-t\"\n[[questions]]\nname = \"a\"\ntype = \"yes_no\"\nlabel = \"n-a\"\n[[questions]]\nname = \"b\"\ntype = \"text\"\nlabel = \"n-b\"\nrelevant = \"${a} = 'not_sure'\"\n";
    let q = Arc::new(parse("n.toml", src).unwrap());
    let s = Session::start(q, Mode::SelfCheck, None).unwrap();
    assert!(s.answer(&Slot::top("b"), Answer::Text("x".into())).is_err());
    s.answer(&Slot::top("a"), Answer::NotSure).unwrap();
    s.answer(&Slot::top("b"), Answer::Text("x".into())).unwrap();
    s.answer(&Slot::top("a"), Answer::PreferNotToSay).unwrap();
    assert_eq!(s.answer_of(&Slot::top("b")), None);
}

#[test]
fn error_messages_carry_no_answers() {
    let src = "id = \"e\"\ntitle = \"e-t\"\n[choices]\nc = [{ name = \"x\", label = \"e-x\" }]\n[[questions]]\nname = \"a\"\ntype = \"single_choice\"\nlabel = \"e-a\"\nchoices = \"c\"\n[[questions]]\nname = \"t\"\ntype = \"text\"\nlabel = \"e-t2\"\nconstraint = \"string-length(.) < 3\"\n";
    let q = Arc::new(parse("e.toml", src).unwrap());
    let s = Session::start(q, Mode::Interviewer, None).unwrap();
    let secret = "SECRET-VALUE";
    let errors = [
        s.answer(&Slot::top("a"), Answer::Choice(secret.into())),
        s.answer(&Slot::top("t"), Answer::Text(secret.into())),
        s.answer(&Slot::top("a"), Answer::Text(secret.into())),
    ];
    for e in errors {
        let e = e.unwrap_err();
        assert!(!e.to_string().contains(secret));
        assert!(!format!("{e:?}").contains(secret));
    }
}
