//! Cross-module tests: ODK semantics as a table, and property tests that the
//! parser, printer, checker and evaluator hold up on any input.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// NaN-aware equality, so the table can state "NaN".
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
        _ => a == b,
    }
}

#[test]
fn expression_odk_semantics_table() {
    let env = MapEnv::new(day(2025, 6, 15))
        .with("yes_q", Value::Choice("yes".into()))
        .with("multi", Value::Choices(vec!["a".into(), "b".into()]))
        .with("n5", Value::Number(5.0))
        .with("txt5", Value::Text("5".into()))
        .with("empty_text", Value::Text(String::new()))
        .with("d", Value::Date(day(2020, 1, 1)))
        .with(
            "rep",
            Value::Repeat(vec![Value::Number(2.0), Value::Number(3.0)]),
        );
    let b = Value::Bool;
    let n = Value::Number;
    let t = |s: &str| Value::Text(s.into());
    // `x` and `n` are never answered.
    let table: Vec<(&str, Value)> = vec![
        // Unanswered questions read as the empty string.
        ("${x} = 'yes'", b(false)),
        ("${x} != 'yes'", b(true)),
        ("${x} = ''", b(true)),
        ("${empty_text} = ${x}", b(true)),
        ("${n} > 3", b(false)),
        ("${n} <= 3", b(false)),
        ("${n} = 0", b(false)),
        ("${n} != 0", b(true)),
        ("${n} + 1", n(f64::NAN)),
        ("not(${x})", b(true)),
        ("if(${x}, 1, 2)", n(2.0)),
        ("string-length(${x})", n(0.0)),
        ("count-selected(${x})", n(0.0)),
        ("selected(${x}, 'a')", b(false)),
        ("concat('a', ${x}, 'b')", t("ab")),
        // coalesce() picks the first non-empty value.
        ("coalesce(${x}, 'd')", t("d")),
        ("coalesce(${empty_text}, ${n5})", n(5.0)),
        ("coalesce(${n5}, 1)", n(5.0)),
        ("coalesce(${x}, ${n})", Value::Null),
        // Choices.
        ("${yes_q} = 'yes'", b(true)),
        ("selected(${yes_q}, 'yes')", b(true)),
        ("selected(${multi}, 'b')", b(true)),
        ("selected(${multi}, 'a b')", b(false)),
        ("${multi} = 'a b'", b(true)),
        ("count-selected(${multi})", n(2.0)),
        ("string(${multi})", t("a b")),
        // Number/text conversions.
        ("${txt5} = 5", b(true)),
        ("${txt5} > 4", b(true)),
        ("${n5} = '5'", b(true)),
        ("'abc' > 1", b(false)),
        ("'abc' < 1", b(false)),
        ("'10' < '9'", b(false)),
        ("'1e3' = 1000", b(false)),
        ("int('7.9')", n(7.0)),
        ("number('')", n(f64::NAN)),
        ("string(1.50)", t("1.5")),
        ("string(2.0)", t("2")),
        ("string(0 div 0)", t("NaN")),
        ("string(-1 div 0)", t("-Infinity")),
        // Booleans.
        ("true() = 'false'", b(true)),
        ("1 = true()", b(true)),
        ("0 = false()", b(true)),
        ("'' = false()", b(true)),
        ("string(1 > 0)", t("true")),
        ("true() + true()", n(2.0)),
        // Division and remainder.
        ("1 div 0 > 1000000", b(true)),
        ("0 div 0 = 0 div 0", b(false)),
        ("5 mod 0", n(f64::NAN)),
        ("5.5 mod 2", n(1.5)),
        // Dates: days since 1970-01-01 in arithmetic; ISO text compares.
        ("${d} + 1", n(18263.0)),
        ("today() - ${d}", n(1992.0)),
        ("${d} < today()", b(true)),
        ("${d} = '2020-01-01'", b(true)),
        ("today() > '2020-01-01'", b(true)),
        ("${d} > 'not a date'", b(false)),
        ("string(${d})", t("2020-01-01")),
        // Repeats.
        ("sum(${rep})", n(5.0)),
        ("count(${rep})", n(2.0)),
        ("count(${x})", n(0.0)),
        ("count(${n5})", n(1.0)),
        ("sum(${n5})", n(5.0)),
        ("${rep} = 2", b(true)),
    ];
    for (src, want) in table {
        let expr = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let got = eval(&expr, &env).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert!(same(&got, &want), "{src}: got {got:?}, want {want:?}");
    }
}

#[test]
fn expression_references() {
    let e = parse("${a} > 1 and selected(${b}, 'x') or string-length(.) < ${a}").unwrap();
    let refs = e.references();
    assert_eq!(
        refs.names.iter().map(String::as_str).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert!(refs.uses_current);
    let refs = parse("1 + 2").unwrap().references();
    assert!(refs.names.is_empty() && !refs.uses_current);
}

#[test]
fn expression_choice_filter_fields() {
    let e = parse_choice_filter("country = ${country} and name != 'other'").unwrap();
    let refs = e.references();
    assert_eq!(
        refs.fields.iter().map(String::as_str).collect::<Vec<_>>(),
        ["country", "name"]
    );
    assert!(refs.names.contains("country"));
    assert_eq!(e.to_string(), "country = ${country} and name != 'other'");
    let mut env = MapEnv::new(day(2025, 1, 1)).with("country", Value::Choice("np".into()));
    env.fields
        .insert("country".into(), Value::Text("np".into()));
    env.fields
        .insert("name".into(), Value::Text("kathmandu".into()));
    assert_eq!(eval(&e, &env), Ok(Value::Bool(true)));
    env.fields
        .insert("country".into(), Value::Text("in".into()));
    assert_eq!(eval(&e, &env), Ok(Value::Bool(false)));
    // Outside choice filters a bare name is an error, and keywords stay keywords.
    assert_eq!(
        parse("country = 'np'").unwrap_err().kind,
        ExprErrorKind::Unsupported
    );
    assert_eq!(
        parse_choice_filter("and = 1").unwrap_err().kind,
        ExprErrorKind::UnexpectedToken
    );
    assert!(check(&e, &|_| Some(ValueType::Choice)).is_empty());
}

/// The deepest expressions the parser accepts go through every tree walk on
/// a small stack: the depth limit, not luck, keeps the stack safe.
#[test]
fn expression_max_depth_fits_a_small_stack() {
    let n = MAX_DEPTH - 1;
    let deepest = [
        format!("{}${{a}}{}", "(".repeat(n), ")".repeat(n)),
        format!("{}${{a}}{}", "not(".repeat(n), ")".repeat(n)),
        format!("{}${{a}}", "-".repeat(n)),
        vec!["${a}"; 500].join(" + "),
        format!("{}1{}", "(${a} + ".repeat(n), ")".repeat(n)),
        format!("{}1{}", "if(${a}, 2, ".repeat(n), ")".repeat(n)),
    ];
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let env = MapEnv::new(day(2025, 1, 1)).with("a", Value::Number(1.0));
            for src in &deepest {
                let e = parse(src).unwrap_or_else(|err| panic!("{err}"));
                let _ = eval(&e, &env).unwrap_or_else(|err| panic!("{err}"));
                assert!(check(&e, &|_| Some(ValueType::Number)).is_empty());
                assert!(e.references().names.contains("a"));
                assert!(e.depth() <= MAX_DEPTH);
                let again = parse(&e.to_string()).unwrap_or_else(|err| panic!("{err}"));
                assert_eq!(unspanned(&again), unspanned(&e));
            }
        })
        .unwrap();
    worker.join().unwrap();
}

#[test]
fn expression_errors_carry_no_values() {
    // Literals in an expression never reach messages, only their position.
    let e = parse("${a} = 'secret answer' 'x'").unwrap_err();
    assert!(!e.to_string().contains("secret"), "{e}");
    let e = parse("'secret answer").unwrap_err();
    assert!(!e.to_string().contains("secret"), "{e}");
    let errors = check(&parse("${n} = 'secret'").unwrap(), &|_| {
        Some(ValueType::Number)
    });
    assert_eq!(errors.len(), 1);
    assert!(!errors[0].to_string().contains("secret"));
}

// ---- property tests ----

/// Copies the tree with every span zeroed, to compare shapes.
fn unspanned(e: &Expr) -> Expr {
    let kind = match &e.kind {
        ExprKind::Neg(inner) => ExprKind::Neg(Box::new(unspanned(inner))),
        ExprKind::Chain { first, rest } => ExprKind::Chain {
            first: Box::new(unspanned(first)),
            rest: rest.iter().map(|(op, e)| (*op, unspanned(e))).collect(),
        },
        ExprKind::Call { func, args } => ExprKind::Call {
            func: *func,
            args: args.iter().map(unspanned).collect(),
        },
        other => other.clone(),
    };
    Expr::new(kind, Span::default())
}

fn node(kind: ExprKind) -> Expr {
    Expr::new(kind, Span::default())
}

const NAMES: [&str; 5] = ["a", "b_1", "c.d", "e-f", "rep"];

fn arb_leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        prop::sample::select(&NAMES[..]).prop_map(|n| node(ExprKind::Ref(n.to_string()))),
        Just(node(ExprKind::Current)),
        prop::sample::select(vec!["name", "country", "min_age"])
            .prop_map(|n| node(ExprKind::Field(n.to_string()))),
        "[a-z0-9 ']{0,6}".prop_map(|s| node(ExprKind::Str(s))),
        "[a-z0-9 \"]{0,6}".prop_map(|s| node(ExprKind::Str(s))),
        (0u32..1000).prop_map(|n| node(ExprKind::Num(f64::from(n)))),
        (0.0f64..1e9).prop_map(|n| node(ExprKind::Num(n))),
    ]
}

/// The operators of one precedence level, as a chain holds them.
fn arb_level() -> impl Strategy<Value = Vec<BinaryOp>> {
    use BinaryOp::*;
    prop::sample::select(vec![
        vec![Or],
        vec![And],
        vec![Eq, Ne],
        vec![Lt, Le, Gt, Ge],
        vec![Add, Sub],
        vec![Mul, Div, Mod],
    ])
}

fn arb_expr() -> impl Strategy<Value = Expr> {
    arb_leaf().prop_recursive(6, 64, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| node(ExprKind::Neg(Box::new(e)))),
            (
                arb_level(),
                inner.clone(),
                prop::collection::vec((any::<prop::sample::Index>(), inner.clone()), 1..4)
            )
                .prop_map(|(level, first, rest)| node(ExprKind::Chain {
                    first: Box::new(first),
                    rest: rest.into_iter().map(|(i, e)| (*i.get(&level), e)).collect(),
                })),
            (
                prop::sample::select(&Func::ALL[..]),
                prop::collection::vec(inner, 0..4)
            )
                .prop_map(|(func, mut args)| {
                    // Mostly valid arities; the evaluator's check is tested apart.
                    let (min, max) = func.arity();
                    args.truncate(max.unwrap_or(args.len()));
                    while args.len() < min {
                        args.push(node(ExprKind::Num(1.0)));
                    }
                    node(ExprKind::Call { func, args })
                }),
        ]
    })
}

fn arb_scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        prop::sample::select(vec![f64::NAN, f64::INFINITY, -0.0, 1e308, -5.0])
            .prop_map(Value::Number),
        ".{0,8}".prop_map(Value::Text),
        "[0-9.-]{0,5}".prop_map(Value::Text),
        (-300_000i32..300_000).prop_map(|d| Value::Date(
            NaiveDate::from_num_days_from_ce_opt(d.saturating_add(719_163)).unwrap_or_default()
        )),
        "[a-z ]{0,6}".prop_map(Value::Choice),
        prop::collection::vec("[a-z]{1,3}", 0..4).prop_map(Value::Choices),
    ]
}

fn arb_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => arb_scalar(),
        1 => prop::collection::vec(arb_scalar(), 0..4).prop_map(Value::Repeat),
    ]
}

fn arb_env() -> impl Strategy<Value = MapEnv> {
    (
        prop::collection::vec(arb_value(), NAMES.len()),
        arb_value(),
        -100_000i32..100_000,
    )
        .prop_map(|(values, current, d)| {
            let today = NaiveDate::from_num_days_from_ce_opt(d + 739_000).unwrap_or_default();
            let mut env = MapEnv::new(today);
            for (name, v) in NAMES.iter().zip(values) {
                env.values.insert(name.to_string(), v);
            }
            env.current = current;
            env
        })
}

fn arb_type() -> impl Strategy<Value = ValueType> {
    prop::sample::select(vec![
        ValueType::Bool,
        ValueType::Number,
        ValueType::Text,
        ValueType::Date,
        ValueType::Choice,
        ValueType::Choices,
        ValueType::Repeat(Box::new(ValueType::Number)),
        ValueType::Repeat(Box::new(ValueType::Date)),
        ValueType::Unknown,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn expression_prop_parser_never_panics(src in any::<String>()) {
        let _ = parse(&src);
    }

    #[test]
    fn expression_prop_parser_never_panics_on_near_syntax(
        src in "[ ${}()'\".,a-z0-9=!<>+*/-]{0,80}"
    ) {
        if let Ok(e) = parse(&src) {
            // Anything that parses prints to text that parses to the same tree.
            let printed = e.to_string();
            if printed.len() <= MAX_LENGTH {
                let again = parse(&printed).map_err(|err| TestCaseError::fail(
                    format!("{printed:?} does not parse: {err}")))?;
                prop_assert_eq!(unspanned(&again), unspanned(&e));
            }
        }
    }

    /// Long and deeply nested token soup, up to past the length limit.
    #[test]
    fn expression_prop_parser_never_panics_on_deep_input(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "(", ")", "not(", "if(", "-", "${a}", "1", " or ", " + ", ",", "'x'", ".",
            ]),
            0..1500,
        )
    ) {
        let src = parts.concat();
        if let Ok(e) = parse(&src) {
            prop_assert!(e.depth() <= MAX_DEPTH);
            let env = MapEnv::new(day(2025, 1, 1));
            let _ = eval(&e, &env);
        }
    }

    #[test]
    fn expression_prop_print_parse_round_trip(e in arb_expr()) {
        let printed = e.to_string();
        // The choice-filter parser accepts every node kind, bare names too.
        let parsed = parse_choice_filter(&printed)
            .map_err(|err| TestCaseError::fail(format!("{printed:?}: {err}")))?;
        prop_assert_eq!(unspanned(&parsed), unspanned(&e), "{}", printed);
        prop_assert_eq!(parsed.to_string(), printed);
    }

    #[test]
    fn expression_prop_eval_and_check_never_panic(
        e in arb_expr(),
        env in arb_env(),
        types in prop::collection::vec(arb_type(), NAMES.len()),
    ) {
        let _ = eval(&e, &env);
        let lookup = |name: &str| NAMES.iter().position(|n| *n == name).map(|i| types[i].clone());
        let _ = check(&e, &lookup);
        // References are exactly the names in the printed text.
        for name in e.references().names {
            let written = format!("${{{name}}}");
            prop_assert!(e.to_string().contains(&written));
        }
    }
}
