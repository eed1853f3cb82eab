//! Evaluation with ODK's semantics. Total: every input gives a value or an
//! [`EvalError`], never a panic. Division by zero gives XPath's Infinity or
//! NaN; unanswered questions read as empty (see [`super::value`]).

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::ast::{BinaryOp, Expr, ExprKind, Func};
use super::error::EvalError;
use super::value::{compare, equals, Value};
use super::MAX_DEPTH;

/// What an expression can read. The questionnaire engine implements it over
/// the current draft.
pub trait Env {
    /// The value of `${name}`: [`Value::Null`] when unanswered or not relevant.
    fn get(&self, name: &str) -> Value;
    /// The value of `.`, the answer being validated.
    fn current(&self) -> Value;
    /// The date `today()` returns; a trait method so tests can fix it.
    fn today(&self) -> NaiveDate;
    /// A column of the choice being filtered, for bare names in choice
    /// filters. Outside choice filters there are none.
    fn field(&self, _name: &str) -> Value {
        Value::Null
    }
}

/// A simple map-backed environment, for tests and scripted checks.
#[derive(Debug, Clone, Default)]
pub struct MapEnv {
    pub values: HashMap<String, Value>,
    pub current: Value,
    pub today: NaiveDate,
    /// Columns of the choice being filtered.
    pub fields: HashMap<String, Value>,
}

impl MapEnv {
    pub fn new(today: NaiveDate) -> MapEnv {
        MapEnv {
            today,
            ..MapEnv::default()
        }
    }

    pub fn with(mut self, name: &str, value: Value) -> MapEnv {
        self.values.insert(name.to_string(), value);
        self
    }
}

impl Env for MapEnv {
    fn get(&self, name: &str) -> Value {
        self.values.get(name).cloned().unwrap_or(Value::Null)
    }

    fn current(&self) -> Value {
        self.current.clone()
    }

    fn today(&self) -> NaiveDate {
        self.today
    }

    fn field(&self, name: &str) -> Value {
        self.fields.get(name).cloned().unwrap_or(Value::Null)
    }
}

/// Evaluates an expression.
pub fn eval(expr: &Expr, env: &dyn Env) -> Result<Value, EvalError> {
    Evaluator { env }.eval(expr, 0)
}

/// Evaluates and converts with XPath `boolean()`, for `relevant` and
/// `constraint`.
pub fn eval_bool(expr: &Expr, env: &dyn Env) -> Result<bool, EvalError> {
    eval(expr, env).map(|v| v.to_bool())
}

struct Evaluator<'a> {
    env: &'a dyn Env,
}

impl Evaluator<'_> {
    fn eval(&self, expr: &Expr, depth: usize) -> Result<Value, EvalError> {
        // Parsed trees are bounded already; hand-built ones are checked here.
        if depth > MAX_DEPTH {
            return Err(EvalError::TooDeep { span: expr.span });
        }
        let depth = depth + 1;
        Ok(match &expr.kind {
            ExprKind::Ref(name) => self.env.get(name),
            ExprKind::Current => self.env.current(),
            ExprKind::Field(name) => self.env.field(name),
            ExprKind::Str(s) => Value::Text(s.clone()),
            ExprKind::Num(n) => Value::Number(*n),
            ExprKind::Neg(inner) => Value::Number(-self.eval(inner, depth)?.to_number()),
            ExprKind::Chain { first, rest } => self.chain(first, rest, depth)?,
            ExprKind::Call { func, args } => {
                if !func.accepts(args.len()) {
                    return Err(EvalError::Arity {
                        func: func.name(),
                        expected: func.arity_text(),
                        got: args.len(),
                        span: expr.span,
                    });
                }
                self.call(*func, args, depth)?
            }
        })
    }

    /// A chain folds left: `a - b - c` is `(a - b) - c`.
    fn chain(
        &self,
        first: &Expr,
        rest: &[(BinaryOp, Expr)],
        depth: usize,
    ) -> Result<Value, EvalError> {
        let mut acc = self.eval(first, depth)?;
        for (op, rhs) in rest {
            // `and`/`or` short-circuit, as in XPath.
            acc = match op {
                BinaryOp::Or if acc.to_bool() => Value::Bool(true),
                BinaryOp::And if !acc.to_bool() => Value::Bool(false),
                BinaryOp::Or | BinaryOp::And => Value::Bool(self.eval(rhs, depth)?.to_bool()),
                _ => apply(*op, &acc, &self.eval(rhs, depth)?),
            };
        }
        Ok(acc)
    }

    fn arg(&self, args: &[Expr], i: usize, depth: usize) -> Result<Value, EvalError> {
        match args.get(i) {
            Some(e) => self.eval(e, depth),
            None => Ok(self.env.current()),
        }
    }

    fn call(&self, func: Func, args: &[Expr], depth: usize) -> Result<Value, EvalError> {
        let arg = |i| self.arg(args, i, depth);
        Ok(match func {
            Func::True => Value::Bool(true),
            Func::False => Value::Bool(false),
            Func::Not => Value::Bool(!arg(0)?.to_bool()),
            Func::Selected => {
                let wanted = arg(1)?.to_text();
                let wanted = wanted.trim();
                Value::Bool(arg(0)?.to_choices().iter().any(|c| c == wanted))
            }
            Func::CountSelected => Value::Number(arg(0)?.to_choices().len() as f64),
            Func::If => {
                if arg(0)?.to_bool() {
                    arg(1)?
                } else {
                    arg(2)?
                }
            }
            Func::Coalesce => {
                let first = arg(0)?;
                if first.is_empty() {
                    arg(1)?
                } else {
                    first
                }
            }
            Func::StringLength => Value::Number(arg(0)?.to_text().chars().count() as f64),
            Func::Today => Value::Date(self.env.today()),
            Func::Int => Value::Number(arg(0)?.to_number().trunc()),
            Func::Number => Value::Number(arg(0)?.to_number()),
            Func::String => Value::Text(arg(0)?.to_text()),
            Func::Concat => {
                let mut out = String::new();
                for a in args {
                    out.push_str(&self.eval(a, depth)?.to_text());
                }
                Value::Text(out)
            }
            Func::Sum => Value::Number(match arg(0)? {
                // Any unanswered instance makes the sum NaN, as in ODK.
                Value::Repeat(items) => items.iter().map(Value::to_number).sum(),
                one => one.to_number(),
            }),
            Func::Count => Value::Number(match arg(0)? {
                Value::Repeat(items) => items.len() as f64,
                Value::Null => 0.0,
                _ => 1.0,
            }),
            Func::Round => {
                let x = arg(0)?.to_number();
                let places = match args.get(1) {
                    Some(e) => self.eval(e, depth)?.to_number(),
                    None => 0.0,
                };
                Value::Number(round(x, places))
            }
        })
    }
}

/// A non-short-circuit binary operator on two values.
fn apply(op: BinaryOp, a: &Value, b: &Value) -> Value {
    let ordered = |want: fn(Ordering) -> bool| Value::Bool(compare(a, b).is_some_and(want));
    let arith = |f: fn(f64, f64) -> f64| Value::Number(f(a.to_number(), b.to_number()));
    match op {
        BinaryOp::Eq => Value::Bool(equals(a, b)),
        BinaryOp::Ne => Value::Bool(!equals(a, b)),
        BinaryOp::Lt => ordered(Ordering::is_lt),
        BinaryOp::Le => ordered(Ordering::is_le),
        BinaryOp::Gt => ordered(Ordering::is_gt),
        BinaryOp::Ge => ordered(Ordering::is_ge),
        BinaryOp::Add => arith(|x, y| x + y),
        BinaryOp::Sub => arith(|x, y| x - y),
        BinaryOp::Mul => arith(|x, y| x * y),
        // IEEE: x div 0 is ±Infinity or NaN, as XPath specifies.
        BinaryOp::Div => arith(|x, y| x / y),
        // Truncating remainder, XPath's `mod`; x mod 0 is NaN.
        BinaryOp::Mod => arith(|x, y| x % y),
        // Handled by the caller, which short-circuits.
        BinaryOp::Or => Value::Bool(a.to_bool() || b.to_bool()),
        BinaryOp::And => Value::Bool(a.to_bool() && b.to_bool()),
    }
}

/// Half away from zero, as ODK's `round()` (Java's HALF_UP). Places outside
/// ±15 are clamped: beyond that, doubles have no digits left to round.
fn round(x: f64, places: f64) -> f64 {
    if places.is_nan() {
        return f64::NAN;
    }
    let places = places.trunc().clamp(-15.0, 15.0) as i32;
    let scale = 10f64.powi(places);
    let scaled = x * scale;
    if scaled.is_infinite() {
        return x;
    }
    scaled.round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expression::{parse, ExprErrorKind};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn env() -> MapEnv {
        let mut env = MapEnv::new(day(2025, 6, 15))
            .with("age", Value::Number(17.0))
            .with("name", Value::Text("Ana".into()))
            .with("work", Value::Choice("farm".into()))
            .with(
                "signs",
                Value::Choices(vec!["debt".into(), "threats".into()]),
            )
            .with("dob", Value::Date(day(2008, 1, 1)))
            .with(
                "wages",
                Value::Repeat(vec![Value::Number(100.0), Value::Number(50.5)]),
            )
            .with("no_wages", Value::Repeat(vec![]))
            .with(
                "some_wages",
                Value::Repeat(vec![Value::Number(1.0), Value::Null]),
            );
        env.current = Value::Text("hello".into());
        env
    }

    fn ev(src: &str) -> Value {
        eval(&parse(src).unwrap(), &env()).unwrap()
    }

    fn num(src: &str) -> f64 {
        match ev(src) {
            Value::Number(n) => n,
            other => panic!("{src}: not a number: {other:?}"),
        }
    }

    fn yes(src: &str) -> bool {
        eval_bool(&parse(src).unwrap(), &env()).unwrap()
    }

    #[test]
    fn expression_eval_arithmetic() {
        assert_eq!(num("1 + 2 * 3"), 7.0);
        assert_eq!(num("(1 + 2) * 3"), 9.0);
        assert_eq!(num("10 - 4 - 3"), 3.0);
        assert_eq!(num("7 div 2"), 3.5);
        assert_eq!(num("7 mod 3"), 1.0);
        assert_eq!(num("-7 mod 3"), -1.0);
        assert_eq!(num("--2"), 2.0);
        assert_eq!(num("-${age} + 1"), -16.0);
        assert_eq!(num("1 div 0"), f64::INFINITY);
        assert!(num("0 div 0").is_nan());
        assert!(num("5 mod 0").is_nan());
        assert!(num("${missing} + 1").is_nan());
        assert_eq!(num("'3' + '4'"), 7.0);
    }

    #[test]
    fn expression_eval_logic_and_comparisons() {
        assert!(yes("${age} < 18 and ${name} = 'Ana'"));
        assert!(yes("${age} > 20 or not(${age} > 20)"));
        assert!(yes("true() and not(false())"));
        assert!(yes("${age} != 18"));
        assert!(yes("${age} = '17'"));
        assert!(yes("${work} = 'farm'"));
        assert!(yes("${dob} < today()"));
        assert!(yes("${dob} = '2008-01-01'"));
        assert!(yes("today() - ${dob} > 365 * 17"));
        assert!(yes("'b' = \"b\""));
        // `or` short-circuits: the right side would be a runtime error.
        assert!(yes("true() or today(1)"));
    }

    #[test]
    fn expression_eval_functions() {
        assert!(yes("selected(${signs}, 'debt')"));
        assert!(yes("selected(${signs}, ' threats ')"));
        assert!(!yes("selected(${signs}, 'deb')"));
        assert!(yes("selected(${work}, 'farm')"));
        assert!(!yes("selected(${missing}, 'a')"));
        assert_eq!(num("count-selected(${signs})"), 2.0);
        assert_eq!(num("count-selected(${missing})"), 0.0);
        assert_eq!(
            ev("if(${age} < 18, 'child', 'adult')"),
            Value::Text("child".into())
        );
        assert_eq!(
            ev("coalesce(${missing}, 'none')"),
            Value::Text("none".into())
        );
        assert_eq!(ev("coalesce(${name}, 'none')"), Value::Text("Ana".into()));
        assert_eq!(ev("coalesce(${missing} + 1, 0)"), Value::Number(0.0));
        assert_eq!(num("string-length(${name})"), 3.0);
        assert_eq!(num("string-length('ñé')"), 2.0);
        assert_eq!(num("string-length()"), 5.0);
        assert_eq!(num("string-length(.)"), 5.0);
        assert_eq!(ev("today()"), Value::Date(day(2025, 6, 15)));
        assert_eq!(num("int(3.9)"), 3.0);
        assert_eq!(num("int(-3.9)"), -3.0);
        assert!(num("int('x')").is_nan());
        assert_eq!(num("number('  12 ')"), 12.0);
        assert_eq!(ev("string(${signs})"), Value::Text("debt threats".into()));
        assert_eq!(ev("string(1 div 0)"), Value::Text("Infinity".into()));
        assert_eq!(
            ev("concat(${name}, '-', 2, '-', ${missing})"),
            Value::Text("Ana-2-".into())
        );
        assert_eq!(ev("concat()"), Value::Text(String::new()));
        assert_eq!(num("sum(${wages})"), 150.5);
        assert_eq!(num("sum(${no_wages})"), 0.0);
        assert!(num("sum(${some_wages})").is_nan());
        assert_eq!(num("count(${wages})"), 2.0);
        assert_eq!(num("count(${no_wages})"), 0.0);
        assert_eq!(num("count(${missing})"), 0.0);
        assert_eq!(num("round(2.5)"), 3.0);
        assert_eq!(num("round(-2.5)"), -3.0);
        assert_eq!(num("round(2.71828, 2)"), 2.72);
        assert_eq!(num("round(1234, -2)"), 1200.0);
        assert_eq!(num("round(1.5, 400)"), 1.5);
        assert!(num("round(1, 'x')").is_nan());
    }

    #[test]
    fn expression_eval_runtime_errors() {
        let e = eval(&parse("1 + today(2)").unwrap(), &env()).unwrap_err();
        assert!(matches!(
            e,
            EvalError::Arity {
                func: "today",
                got: 1,
                ..
            }
        ));
        assert_eq!(
            e.to_string(),
            "line 1, column 5: today() takes 0 argument(s), not 1"
        );

        // A hand-built tree deeper than the parser allows.
        let mut expr = parse("1").unwrap();
        for _ in 0..(MAX_DEPTH * 4) {
            expr = Expr::new(ExprKind::Neg(Box::new(expr)), Default::default());
        }
        assert!(matches!(
            eval(&expr, &env()),
            Err(EvalError::TooDeep { .. })
        ));
        let errors = crate::expression::check(&expr, &|_| None);
        assert_eq!(errors[0].kind, ExprErrorKind::TooDeep);
    }
}
