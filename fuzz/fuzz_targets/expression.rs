//! The expression parser (both modes), its printer and the evaluator: no
//! input panics, and every parsed tree prints to text that parses back to
//! the same tree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::expression::{eval, parse, parse_choice_filter, MapEnv, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    for parsed in [parse(src), parse_choice_filter(src)] {
        let Ok(expr) = parsed else { continue };
        let printed = expr.to_string();
        let again = parse_choice_filter(&printed).expect("printed expressions parse");
        assert_eq!(again.to_string(), printed, "printing is stable");
        let env = MapEnv::default()
            .with("a", Value::Number(3.0))
            .with("b", Value::Text("x y".into()))
            .with("r", Value::Repeat(vec![Value::Number(1.0), Value::Null]));
        let _ = eval(&expr, &env);
    }
});
