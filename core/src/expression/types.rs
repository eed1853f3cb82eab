//! Static checking: unknown references, arity, and type errors that can be
//! known before any answer exists.
//!
//! The checker is deliberately lenient where ODK is: XPath converts freely,
//! so only combinations that can never be what the author meant are errors
//! (a number compared with non-numeric text, `sum()` of a single value…).

use super::ast::{BinaryOp, Expr, ExprKind, Func};
use super::error::{ExprError, ExprErrorKind};
use super::value::parse_number;
use super::MAX_DEPTH;
use crate::i18n::MessageRef;

/// The static type of a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ValueType {
    Bool,
    /// Integer and decimal answers alike.
    Number,
    Text,
    Date,
    /// A single-choice answer.
    Choice,
    /// A multiple-choice answer.
    Choices,
    /// One value per repeat instance.
    Repeat(Box<ValueType>),
    /// Not known statically (e.g. `.` without context, or `if()` whose
    /// branches differ).
    Unknown,
}

impl ValueType {
    fn is_repeat(&self) -> bool {
        matches!(self, ValueType::Repeat(_))
    }
}

/// Checks an expression; `lookup` gives the type of each `${name}`, or
/// `None` when the name does not exist. `.` is of unknown type.
pub fn check(expr: &Expr, lookup: &dyn Fn(&str) -> Option<ValueType>) -> Vec<ExprError> {
    infer(expr, lookup, None).1
}

/// Checks an expression and infers its result type. `current` is the type
/// of `.` when the caller knows it (a constraint on a known question).
pub fn infer(
    expr: &Expr,
    lookup: &dyn Fn(&str) -> Option<ValueType>,
    current: Option<ValueType>,
) -> (ValueType, Vec<ExprError>) {
    let mut checker = Checker {
        lookup,
        current: current.unwrap_or(ValueType::Unknown),
        errors: Vec::new(),
    };
    let ty = checker.expr(expr, 0);
    (ty, checker.errors)
}

struct Checker<'a> {
    lookup: &'a dyn Fn(&str) -> Option<ValueType>,
    current: ValueType,
    errors: Vec<ExprError>,
}

impl Checker<'_> {
    fn error(&mut self, kind: ExprErrorKind, expr: &Expr, reason: MessageRef) {
        self.errors.push(ExprError::new(kind, expr.span, reason));
    }

    fn type_error(&mut self, expr: &Expr, reason: MessageRef) {
        self.error(ExprErrorKind::Type, expr, reason);
    }

    /// A repeated value where one value is expected.
    fn scalar(&mut self, expr: &Expr, ty: &ValueType) {
        if ty.is_repeat() {
            self.type_error(expr, MessageRef::new("expr-error-repeat-as-value"));
        }
    }

    fn expr(&mut self, expr: &Expr, depth: usize) -> ValueType {
        // Hand-built trees have no parser limit; stay off the stack's edge.
        if depth > MAX_DEPTH {
            self.error(
                ExprErrorKind::TooDeep,
                expr,
                MessageRef::new("expr-error-too-deep").arg("max", MAX_DEPTH),
            );
            return ValueType::Unknown;
        }
        match &expr.kind {
            ExprKind::Ref(name) => match (self.lookup)(name) {
                Some(ty) => ty,
                None => {
                    self.error(
                        ExprErrorKind::UnknownReference,
                        expr,
                        MessageRef::new("expr-error-unknown-reference").arg("name", name),
                    );
                    ValueType::Unknown
                }
            },
            ExprKind::Current => self.current.clone(),
            // Choice-list columns are text; the caller checks that they exist
            // with `Expr::references().fields`.
            ExprKind::Field(_) => ValueType::Text,
            ExprKind::Str(_) => ValueType::Text,
            ExprKind::Num(_) => ValueType::Number,
            ExprKind::Neg(inner) => {
                let ty = self.expr(inner, depth + 1);
                self.arithmetic_operand(inner, &ty);
                ValueType::Number
            }
            ExprKind::Chain { first, rest } => {
                let mut lhs: &Expr = first;
                let mut lt = self.expr(first, depth + 1);
                for (op, rhs) in rest {
                    let rt = self.expr(rhs, depth + 1);
                    lt = self.binary(*op, (lhs, &lt), (rhs, &rt));
                    // From here the left side is the chain so far: a number
                    // or a yes/no value, never a literal.
                    lhs = expr;
                }
                lt
            }
            ExprKind::Call { func, args } => {
                let types: Vec<ValueType> = args.iter().map(|a| self.expr(a, depth + 1)).collect();
                if !func.accepts(args.len()) {
                    self.error(
                        ExprErrorKind::Arity,
                        expr,
                        MessageRef::new("expr-error-arity")
                            .arg("function", func.name())
                            .arg("expected", func.arity_text())
                            .arg("got", args.len()),
                    );
                    return result_type(*func, &types);
                }
                self.call(*func, args, &types)
            }
        }
    }

    fn arithmetic_operand(&mut self, expr: &Expr, ty: &ValueType) {
        self.scalar(expr, ty);
        match (&expr.kind, ty) {
            (ExprKind::Str(s), _) if parse_number(s).is_nan() => {
                self.type_error(expr, MessageRef::new("expr-error-text-not-number"))
            }
            (_, ValueType::Choices) => {
                self.type_error(expr, MessageRef::new("expr-error-arithmetic-on-choices"))
            }
            _ => {}
        }
    }

    fn binary(
        &mut self,
        op: BinaryOp,
        (lhs, lt): (&Expr, &ValueType),
        (rhs, rt): (&Expr, &ValueType),
    ) -> ValueType {
        if op.is_arithmetic() {
            self.arithmetic_operand(lhs, lt);
            self.arithmetic_operand(rhs, rt);
            return ValueType::Number;
        }
        if op.is_comparison() {
            self.scalar(lhs, lt);
            self.scalar(rhs, rt);
            self.comparison(op, (lhs, lt), (rhs, rt));
            self.comparison(op, (rhs, rt), (lhs, lt));
        }
        // `and`/`or` take anything: XPath's boolean() is total.
        ValueType::Bool
    }

    /// One side typed, the other a literal it can never match.
    fn comparison(
        &mut self,
        op: BinaryOp,
        (_, typed): (&Expr, &ValueType),
        (lit, _): (&Expr, &ValueType),
    ) {
        let ExprKind::Str(s) = &lit.kind else {
            return;
        };
        // `${q} = ''` is ODK's idiom for "unanswered", valid for every type.
        if s.trim().is_empty() {
            return;
        }
        match typed {
            ValueType::Number if parse_number(s).is_nan() => {
                self.type_error(lit, MessageRef::new("expr-error-compare-number-text"))
            }
            ValueType::Date if super::value::Value::Text(s.clone()).to_date().is_none() => {
                self.type_error(lit, MessageRef::new("expr-error-compare-date-text"))
            }
            ValueType::Choices if !matches!(op, BinaryOp::Eq | BinaryOp::Ne) => {}
            ValueType::Choices => {
                self.type_error(lit, MessageRef::new("expr-error-compare-choices"))
            }
            _ => {}
        }
    }

    fn call(&mut self, func: Func, args: &[Expr], types: &[ValueType]) -> ValueType {
        match func {
            Func::Selected | Func::CountSelected => {
                if let (Some(arg), Some(ty)) = (args.first(), types.first()) {
                    self.scalar(arg, ty);
                    // ODK also allows selected() on a single choice.
                    if matches!(ty, ValueType::Bool | ValueType::Number | ValueType::Date) {
                        self.type_error(
                            arg,
                            MessageRef::new("expr-error-needs-choices")
                                .arg("function", func.name()),
                        );
                    }
                }
                if let (Some(arg), Some(ty)) = (args.get(1), types.get(1)) {
                    self.scalar(arg, ty);
                }
            }
            Func::Sum | Func::Count => {
                if let (Some(arg), Some(ty)) = (args.first(), types.first()) {
                    match ty {
                        ValueType::Unknown => {}
                        ValueType::Repeat(inner) => {
                            if func == Func::Sum
                                && matches!(
                                    **inner,
                                    ValueType::Date | ValueType::Choices | ValueType::Repeat(_)
                                )
                            {
                                self.type_error(
                                    arg,
                                    MessageRef::new("expr-error-sum-needs-numbers"),
                                );
                            }
                        }
                        _ => self.type_error(
                            arg,
                            MessageRef::new("expr-error-needs-repeat").arg("function", func.name()),
                        ),
                    }
                }
            }
            Func::Int | Func::Round | Func::Number => {
                for (arg, ty) in args.iter().zip(types) {
                    self.arithmetic_operand(arg, ty);
                }
            }
            Func::If
            | Func::Coalesce
            | Func::Not
            | Func::StringLength
            | Func::String
            | Func::Concat => {
                for (arg, ty) in args.iter().zip(types) {
                    self.scalar(arg, ty);
                }
            }
            Func::True | Func::False | Func::Today => {}
        }
        result_type(func, types)
    }
}

fn result_type(func: Func, types: &[ValueType]) -> ValueType {
    match func {
        Func::True | Func::False | Func::Not | Func::Selected => ValueType::Bool,
        Func::CountSelected
        | Func::StringLength
        | Func::Int
        | Func::Number
        | Func::Sum
        | Func::Count
        | Func::Round => ValueType::Number,
        Func::String | Func::Concat => ValueType::Text,
        Func::Today => ValueType::Date,
        Func::If => same(types.get(1), types.get(2)),
        Func::Coalesce => same(types.first(), types.get(1)),
    }
}

fn same(a: Option<&ValueType>, b: Option<&ValueType>) -> ValueType {
    match (a, b) {
        (Some(a), Some(b)) if a == b => a.clone(),
        _ => ValueType::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expression::parse;

    fn lookup(name: &str) -> Option<ValueType> {
        Some(match name {
            "age" => ValueType::Number,
            "name" => ValueType::Text,
            "dob" => ValueType::Date,
            "work" => ValueType::Choice,
            "signs" => ValueType::Choices,
            "paid" => ValueType::Bool,
            "wages" => ValueType::Repeat(Box::new(ValueType::Number)),
            "start" => ValueType::Repeat(Box::new(ValueType::Date)),
            _ => return None,
        })
    }

    fn kinds(src: &str) -> Vec<ExprErrorKind> {
        check(&parse(src).unwrap(), &lookup)
            .into_iter()
            .map(|e| e.kind)
            .collect()
    }

    fn ty(src: &str) -> ValueType {
        let (ty, errors) = infer(&parse(src).unwrap(), &lookup, None);
        assert!(errors.is_empty(), "{src}: {errors:?}");
        ty
    }

    #[test]
    fn expression_check_accepts_valid_forms() {
        for src in [
            "${age} >= 18 and selected(${signs}, 'debt')",
            "selected(${work}, 'farm')",
            "count-selected(${signs}) > 2 or not(${paid})",
            "if(${age} < 18, 'child', 'adult')",
            "coalesce(${name}, 'unknown')",
            "sum(${wages}) div count(${wages})",
            "${dob} < today() and ${dob} > '1900-01-01'",
            "string-length(.) <= 200",
            "round(${age} div 3, 1) + int('4') + number(${name})",
            "concat(${name}, ' ', string(${age}))",
            "${work} = 'farm' or ${age} = '18'",
            "${age} = '' or ${signs} != '' or ${dob} = ''",
        ] {
            assert_eq!(kinds(src), vec![], "{src}");
        }
    }

    #[test]
    fn expression_check_finds_errors() {
        use ExprErrorKind::*;
        assert_eq!(
            kinds("${nope} = 1 or ${gone}"),
            [UnknownReference, UnknownReference]
        );
        assert_eq!(kinds("selected(${signs})"), [Arity]);
        assert_eq!(kinds("if(1, 2)"), [Arity]);
        assert_eq!(kinds("today(1)"), [Arity]);
        assert_eq!(kinds("selected(${age}, 'x')"), [Type]);
        assert_eq!(kinds("sum(${age})"), [Type]);
        assert_eq!(kinds("count(${name})"), [Type]);
        assert_eq!(kinds("sum(${start})"), [Type]);
        assert_eq!(kinds("${wages} > 3"), [Type]);
        assert_eq!(kinds("${age} = 'yes'"), [Type]);
        assert_eq!(kinds("'yes' != ${age}"), [Type]);
        assert_eq!(kinds("${dob} > 'last year'"), [Type]);
        assert_eq!(kinds("${signs} = 'debt'"), [Type]);
        assert_eq!(kinds("${signs} + 1"), [Type]);
        assert_eq!(kinds("'abc' * 2"), [Type]);
    }

    #[test]
    fn expression_check_error_positions_name_no_values() {
        let errors = check(&parse("${age} > 1 and\n  ${missing}").unwrap(), &lookup);
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].span.line, errors[0].span.column), (2, 3));
        assert_eq!(
            errors[0].to_string(),
            "line 2, column 3: ${missing} is not a question or calculation of this form."
        );
    }

    #[test]
    fn expression_check_infers_result_types() {
        assert_eq!(ty("${age} + 1"), ValueType::Number);
        assert_eq!(ty("${age} > 1"), ValueType::Bool);
        assert_eq!(ty("if(${paid}, 'a', 'b')"), ValueType::Text);
        assert_eq!(ty("if(${paid}, 'a', 1)"), ValueType::Unknown);
        assert_eq!(ty("today()"), ValueType::Date);
        assert_eq!(
            ty("${wages}"),
            ValueType::Repeat(Box::new(ValueType::Number))
        );
        let (t, _) = infer(&parse(".").unwrap(), &lookup, Some(ValueType::Date));
        assert_eq!(t, ValueType::Date);
    }
}
