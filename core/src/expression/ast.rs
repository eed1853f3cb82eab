//! The syntax tree of an expression, its spans, and a printer whose output
//! parses back to the same tree.

use std::collections::BTreeSet;
use std::fmt;

/// Where a token or node sits inside the expression text.
///
/// `start`/`end` are byte offsets (end exclusive); `line` and `column` are
/// 1-based and count characters, for messages an author can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub column: u32,
}

impl Span {
    /// The span from the start of `self` to the end of `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end.max(self.start),
            line: self.line,
            column: self.column,
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl BinaryOp {
    /// XPath 1.0 binding strength: higher binds tighter.
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::Or => 1,
            BinaryOp::And => 2,
            BinaryOp::Eq | BinaryOp::Ne => 3,
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => 4,
            BinaryOp::Add | BinaryOp::Sub => 5,
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod => 6,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Eq => "=",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "div",
            BinaryOp::Mod => "mod",
        }
    }

    pub fn is_comparison(self) -> bool {
        (3..=4).contains(&self.precedence())
    }

    pub fn is_arithmetic(self) -> bool {
        self.precedence() >= 5
    }
}

/// The functions the language knows. A closed set, so an unknown name is a
/// parse error at the place it is written rather than a surprise at runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Func {
    True,
    False,
    Not,
    Selected,
    CountSelected,
    If,
    Coalesce,
    StringLength,
    Today,
    Int,
    Number,
    String,
    Concat,
    Sum,
    Count,
    Round,
}

impl Func {
    pub const ALL: [Func; 16] = [
        Func::True,
        Func::False,
        Func::Not,
        Func::Selected,
        Func::CountSelected,
        Func::If,
        Func::Coalesce,
        Func::StringLength,
        Func::Today,
        Func::Int,
        Func::Number,
        Func::String,
        Func::Concat,
        Func::Sum,
        Func::Count,
        Func::Round,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Func::True => "true",
            Func::False => "false",
            Func::Not => "not",
            Func::Selected => "selected",
            Func::CountSelected => "count-selected",
            Func::If => "if",
            Func::Coalesce => "coalesce",
            Func::StringLength => "string-length",
            Func::Today => "today",
            Func::Int => "int",
            Func::Number => "number",
            Func::String => "string",
            Func::Concat => "concat",
            Func::Sum => "sum",
            Func::Count => "count",
            Func::Round => "round",
        }
    }

    pub fn from_name(name: &str) -> Option<Func> {
        Func::ALL.iter().copied().find(|f| f.name() == name)
    }

    /// Accepted argument counts, inclusive (`None` = no upper bound).
    pub fn arity(self) -> (usize, Option<usize>) {
        match self {
            Func::True | Func::False | Func::Today => (0, Some(0)),
            Func::Not | Func::CountSelected | Func::Int | Func::Sum | Func::Count => (1, Some(1)),
            // Without an argument these read the current answer, as in XPath.
            Func::StringLength | Func::Number | Func::String => (0, Some(1)),
            Func::Selected | Func::Coalesce => (2, Some(2)),
            Func::Round => (1, Some(2)),
            Func::If => (3, Some(3)),
            Func::Concat => (0, None),
        }
    }

    pub fn accepts(self, n: usize) -> bool {
        let (min, max) = self.arity();
        n >= min && max.is_none_or(|m| n <= m)
    }

    /// "2", "0–1", "≥ 1"… for messages.
    pub fn arity_text(self) -> String {
        match self.arity() {
            (min, Some(max)) if min == max => min.to_string(),
            // Symbols, not words: the text goes into messages in any language.
            (min, Some(max)) => format!("{min}–{max}"),
            (min, None) => format!("≥ {min}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `${name}`
    Ref(String),
    /// `.`: the answer the expression is attached to (for constraints).
    Current,
    /// A bare name, only in choice filters: a column of the choice being
    /// filtered (`name`, or a custom column such as `country`).
    Field(String),
    Str(String),
    Num(f64),
    Neg(Box<Expr>),
    /// A left-associative run of operators of one precedence level:
    /// `a + b - c` is `first: a, rest: [(Add, b), (Sub, c)]`, meaning
    /// `(a + b) - c`. Kept flat so that long chains (`a or b or …`, scores
    /// that add up many answers) add no depth to the tree.
    Chain {
        first: Box<Expr>,
        rest: Vec<(BinaryOp, Expr)>,
    },
    Call {
        func: Func,
        args: Vec<Expr>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// What an expression reads: the engine's dependency graph is built from this.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct References {
    pub names: BTreeSet<String>,
    pub uses_current: bool,
    /// Choice-list columns a choice filter reads.
    pub fields: BTreeSet<String>,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// The `${name}` references and whether `.` is used.
    pub fn references(&self) -> References {
        let mut refs = References::default();
        self.visit(&mut |e| match &e.kind {
            ExprKind::Ref(name) => {
                refs.names.insert(name.clone());
            }
            ExprKind::Current => refs.uses_current = true,
            ExprKind::Field(name) => {
                refs.fields.insert(name.clone());
            }
            _ => {}
        });
        refs
    }

    /// Calls `f` on every node, parents first.
    pub fn visit(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Neg(inner) => inner.visit(f),
            ExprKind::Chain { first, rest } => {
                first.visit(f);
                rest.iter().for_each(|(_, e)| e.visit(f));
            }
            ExprKind::Call { args, .. } => args.iter().for_each(|a| a.visit(f)),
            ExprKind::Ref(_)
            | ExprKind::Current
            | ExprKind::Field(_)
            | ExprKind::Str(_)
            | ExprKind::Num(_) => {}
        }
    }

    /// Height of the tree (a leaf is 1).
    pub fn depth(&self) -> usize {
        match &self.kind {
            ExprKind::Neg(inner) => 1 + inner.depth(),
            ExprKind::Chain { first, rest } => {
                1 + rest
                    .iter()
                    .map(|(_, e)| e.depth())
                    .fold(first.depth(), usize::max)
            }
            ExprKind::Call { args, .. } => 1 + args.iter().map(Expr::depth).max().unwrap_or(0),
            _ => 1,
        }
    }

    fn precedence(&self) -> u8 {
        match &self.kind {
            // All operators of a parsed chain share one level.
            ExprKind::Chain { rest, .. } => rest.first().map_or(8, |(op, _)| op.precedence()),
            ExprKind::Neg(_) => 7,
            _ => 8,
        }
    }
}

/// Prints the expression in the surface syntax, with only the parentheses the
/// precedence rules need. Non-finite numbers have no literal and print as the
/// XPath expressions that produce them.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ExprKind::Ref(name) => write!(f, "${{{name}}}"),
            ExprKind::Current => f.write_str("."),
            ExprKind::Field(name) => f.write_str(name),
            ExprKind::Str(s) if !s.contains('\'') => write!(f, "'{s}'"),
            ExprKind::Str(s) if !s.contains('"') => write!(f, "\"{s}\""),
            // XPath 1.0 strings have no escapes: splice the quotes in.
            ExprKind::Str(s) => {
                f.write_str("concat(")?;
                for (i, part) in s.split('\'').enumerate() {
                    if i > 0 {
                        f.write_str(", \"'\", ")?;
                    }
                    write!(f, "'{part}'")?;
                }
                f.write_str(")")
            }
            ExprKind::Num(n) if n.is_nan() => f.write_str("(0 div 0)"),
            ExprKind::Num(n) if n.is_infinite() && *n > 0.0 => f.write_str("(1 div 0)"),
            ExprKind::Num(n) if n.is_infinite() => f.write_str("(-1 div 0)"),
            ExprKind::Num(n) if *n < 0.0 => write!(f, "(-{})", -n),
            ExprKind::Num(n) => write!(f, "{n}"),
            ExprKind::Neg(inner) => {
                if inner.precedence() < 7 {
                    write!(f, "-({inner})")
                } else {
                    write!(f, "-{inner}")
                }
            }
            ExprKind::Chain { first, rest } => {
                let p = self.precedence();
                // An operand at the chain's own level or looser needs
                // parentheses to keep its grouping; so does a nested chain
                // in first place, which the parser would otherwise merge.
                let operand = |f: &mut fmt::Formatter<'_>, e: &Expr| {
                    if e.precedence() <= p {
                        write!(f, "({e})")
                    } else {
                        write!(f, "{e}")
                    }
                };
                operand(f, first)?;
                for (op, e) in rest {
                    write!(f, " {} ", op.symbol())?;
                    operand(f, e)?;
                }
                Ok(())
            }
            ExprKind::Call { func, args } => {
                write!(f, "{}(", func.name())?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
        }
    }
}
