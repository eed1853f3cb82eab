//! Recursive-descent parser with XPath 1.0 precedence:
//! `or` < `and` < `= !=` < `< <= > >=` < `+ -` < `* div mod` < unary `-`.
//!
//! Bounded in input length and in nesting, so no input can exhaust the stack
//! here or in the tree walks that follow (checking, evaluation, printing).

use super::ast::{BinaryOp, Expr, ExprKind, Func, Span};
use super::error::{ExprError, ExprErrorKind};
use super::lexer::{end_span, tokenize, Token, TokenKind};
use super::{MAX_DEPTH, MAX_LENGTH};
use crate::i18n::MessageRef;

/// Parses one `relevant`, `constraint` or `calculation` expression.
pub fn parse(src: &str) -> Result<Expr, ExprError> {
    parse_with(src, false)
}

/// Parses a `choice_filter`, where bare names (`country`) are columns of the
/// choice being filtered, as in XLSForm.
pub fn parse_choice_filter(src: &str) -> Result<Expr, ExprError> {
    parse_with(src, true)
}

fn parse_with(src: &str, fields: bool) -> Result<Expr, ExprError> {
    if src.len() > MAX_LENGTH {
        return Err(ExprError::new(
            ExprErrorKind::TooLong,
            Span {
                start: 0,
                end: src.len(),
                line: 1,
                column: 1,
            },
            MessageRef::new("expr-error-too-long").arg("max", MAX_LENGTH),
        ));
    }
    let tokens = tokenize(src)?;
    let mut parser = Parser {
        tokens,
        pos: 0,
        end: end_span(src),
        nesting: 0,
        fields,
    };
    if parser.tokens.is_empty() {
        return Err(ExprError::new(
            ExprErrorKind::UnexpectedEnd,
            parser.end,
            MessageRef::new("expr-error-empty"),
        ));
    }
    let (expr, _) = parser.or()?;
    if let Some(token) = parser.tokens.get(parser.pos) {
        return Err(ExprError::new(
            ExprErrorKind::UnexpectedToken,
            token.span,
            MessageRef::new("expr-error-trailing").arg("found", token.kind.describe()),
        ));
    }
    Ok(expr)
}

/// A parsed node and the height of its tree.
type Parsed = (Expr, usize);

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    end: Span,
    /// Current recursion nesting (parentheses, calls, unary minus).
    nesting: usize,
    /// Whether bare names are choice columns (choice filters only).
    fields: bool,
}

impl Parser {
    fn peek(&self) -> Option<&TokenKind> {
        self.tokens.get(self.pos).map(|t| &t.kind)
    }

    #[cold]
    #[inline(never)]
    fn too_deep(span: Span) -> ExprError {
        ExprError::new(
            ExprErrorKind::TooDeep,
            span,
            MessageRef::new("expr-error-too-deep").arg("max", MAX_DEPTH),
        )
    }

    fn enter(&mut self, span: Span) -> Result<(), ExprError> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return Err(Self::too_deep(span));
        }
        Ok(())
    }

    /// Precedence climbing. Each run of operators of one level becomes one
    /// flat chain node, so `a or b or …` stays shallow however long it is.
    fn binary_expr(&mut self, min_precedence: u8) -> Result<Parsed, ExprError> {
        let (mut lhs, mut depth) = self.unary()?;
        while let Some(level) = self.peek_op().map(BinaryOp::precedence) {
            if level < min_precedence {
                break;
            }
            let mut rest = Vec::new();
            let mut span = lhs.span;
            while let Some(op) = self.peek_op().filter(|op| op.precedence() == level) {
                self.pos += 1;
                // Tighter operators on the right are parsed first.
                let (rhs, d) = self.binary_expr(level + 1)?;
                depth = depth.max(d);
                span = span.to(rhs.span);
                rest.push((op, rhs));
            }
            depth += 1;
            if depth > MAX_DEPTH {
                return Err(Self::too_deep(span));
            }
            let kind = ExprKind::Chain {
                first: Box::new(lhs),
                rest,
            };
            lhs = Expr::new(kind, span);
        }
        Ok((lhs, depth))
    }

    fn peek_op(&self) -> Option<BinaryOp> {
        self.peek().and_then(binary_op)
    }

    fn or(&mut self) -> Result<Parsed, ExprError> {
        self.binary_expr(0)
    }

    fn unary(&mut self) -> Result<Parsed, ExprError> {
        if self.peek() == Some(&TokenKind::Minus) {
            let Some(minus) = self.tokens.get(self.pos).map(|t| t.span) else {
                return Err(self.unexpected_end());
            };
            self.pos += 1;
            self.enter(minus)?;
            let (inner, depth) = self.unary()?;
            self.nesting -= 1;
            if depth + 1 > MAX_DEPTH {
                return Err(Self::too_deep(minus));
            }
            let span = minus.to(inner.span);
            return Ok((Expr::new(ExprKind::Neg(Box::new(inner)), span), depth + 1));
        }
        self.primary()
    }

    // Error paths live in cold functions of their own: the recursive path
    // (binary_expr → unary → primary → group/call) then keeps small stack
    // frames, which is what bounds the stack a deeply nested input uses.

    #[cold]
    fn unexpected_end(&self) -> ExprError {
        ExprError::new(
            ExprErrorKind::UnexpectedEnd,
            self.end,
            MessageRef::new("expr-error-ends-early"),
        )
    }

    /// Consumes a `)` or reports what was found instead.
    fn close_paren(&mut self, what: &str) -> Result<Span, ExprError> {
        match self.tokens.get(self.pos) {
            Some(t) if t.kind == TokenKind::RParen => {
                self.pos += 1;
                Ok(t.span)
            }
            _ => Err(self.expected(what)),
        }
    }

    #[cold]
    #[inline(never)]
    fn expected(&self, what: &str) -> ExprError {
        match self.tokens.get(self.pos) {
            Some(t) => ExprError::new(
                ExprErrorKind::UnexpectedToken,
                t.span,
                MessageRef::new("expr-error-expected")
                    .arg("expected", what)
                    .arg("found", t.kind.describe()),
            ),
            None => ExprError::new(
                ExprErrorKind::UnexpectedEnd,
                self.end,
                MessageRef::new("expr-error-ends-before").arg("expected", what),
            ),
        }
    }

    fn primary(&mut self) -> Result<Parsed, ExprError> {
        let Some(token) = self.tokens.get(self.pos) else {
            return Err(self.unexpected_end());
        };
        let span = token.span;
        let before_paren = matches!(
            self.tokens.get(self.pos + 1),
            Some(Token {
                kind: TokenKind::LParen,
                ..
            })
        );
        let kind = match &token.kind {
            TokenKind::Ref(name) => ExprKind::Ref(name.clone()),
            TokenKind::Dot => ExprKind::Current,
            TokenKind::Str(s) => ExprKind::Str(s.clone()),
            TokenKind::Num(n) => ExprKind::Num(*n),
            TokenKind::LParen => {
                self.pos += 1;
                return self.group(span);
            }
            TokenKind::Name(_) if before_paren => return self.call(),
            TokenKind::Name(name) if self.fields && !is_operator_keyword(name) => {
                ExprKind::Field(name.clone())
            }
            _ => return Err(self.not_a_value()),
        };
        self.pos += 1;
        Ok((Expr::new(kind, span), 1))
    }

    #[cold]
    #[inline(never)]
    fn not_a_value(&self) -> ExprError {
        let Some(token) = self.tokens.get(self.pos) else {
            return self.unexpected_end();
        };
        match &token.kind {
            TokenKind::Name(name) if is_operator_keyword(name) => ExprError::new(
                ExprErrorKind::UnexpectedToken,
                token.span,
                MessageRef::new("expr-error-value-before").arg("found", name),
            ),
            TokenKind::Name(name) => ExprError::new(
                ExprErrorKind::Unsupported,
                token.span,
                MessageRef::new("expr-error-bare-name").arg("name", name),
            ),
            other => ExprError::new(
                ExprErrorKind::UnexpectedToken,
                token.span,
                MessageRef::new("expr-error-not-a-value").arg("found", other.describe()),
            ),
        }
    }

    /// `( Expr )`, the `(` already consumed.
    #[inline(never)]
    fn group(&mut self, open: Span) -> Result<Parsed, ExprError> {
        self.enter(open)?;
        let (inner, depth) = self.or()?;
        self.nesting -= 1;
        let close = self.close_paren(")")?;
        // The span covers the parentheses, for messages about the group.
        Ok((Expr::new(inner.kind, open.to(close)), depth))
    }

    /// `name ( args )`, at the name.
    #[inline(never)]
    fn call(&mut self) -> Result<Parsed, ExprError> {
        let name_span = self
            .tokens
            .get(self.pos)
            .map(|t| t.span)
            .unwrap_or(self.end);
        let func = match self.tokens.get(self.pos).map(|t| &t.kind) {
            Some(TokenKind::Name(name)) => Func::from_name(name),
            _ => None,
        };
        let Some(func) = func else {
            return Err(self.unknown_function());
        };
        self.pos += 2; // the name and its `(`
        self.enter(name_span)?;
        let mut args = Vec::new();
        let mut depth = 0;
        if self.peek() != Some(&TokenKind::RParen) {
            loop {
                let (arg, d) = self.or()?;
                depth = depth.max(d);
                args.push(arg);
                if self.peek() == Some(&TokenKind::Comma) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
        }
        self.nesting -= 1;
        let close = self.close_paren(", )")?;
        if depth + 1 > MAX_DEPTH {
            return Err(Self::too_deep(name_span));
        }
        let span = name_span.to(close);
        Ok((Expr::new(ExprKind::Call { func, args }, span), depth + 1))
    }

    #[cold]
    #[inline(never)]
    fn unknown_function(&self) -> ExprError {
        let (span, name) = match self.tokens.get(self.pos) {
            Some(Token {
                kind: TokenKind::Name(name),
                span,
            }) => (*span, name.as_str()),
            _ => (self.end, ""),
        };
        ExprError::new(
            ExprErrorKind::UnknownFunction,
            span,
            MessageRef::new("expr-error-unknown-function").arg("name", name),
        )
    }
}

fn binary_op(token: &TokenKind) -> Option<BinaryOp> {
    Some(match token {
        TokenKind::Name(n) => match n.as_str() {
            "or" => BinaryOp::Or,
            "and" => BinaryOp::And,
            "div" => BinaryOp::Div,
            "mod" => BinaryOp::Mod,
            _ => return None,
        },
        TokenKind::Eq => BinaryOp::Eq,
        TokenKind::Ne => BinaryOp::Ne,
        TokenKind::Lt => BinaryOp::Lt,
        TokenKind::Le => BinaryOp::Le,
        TokenKind::Gt => BinaryOp::Gt,
        TokenKind::Ge => BinaryOp::Ge,
        TokenKind::Plus => BinaryOp::Add,
        TokenKind::Minus => BinaryOp::Sub,
        TokenKind::Star => BinaryOp::Mul,
        _ => return None,
    })
}

fn is_operator_keyword(name: &str) -> bool {
    matches!(name, "and" | "or" | "div" | "mod")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(src: &str) -> String {
        parse(src).unwrap().to_string()
    }

    fn err(src: &str) -> ExprError {
        parse(src).unwrap_err()
    }

    #[test]
    fn expression_parser_precedence() {
        // The printer adds only needed parentheses, so grouping shows in it.
        assert_eq!(p("1 + 2 * 3"), "1 + 2 * 3");
        assert_eq!(p("(1 + 2) * 3"), "(1 + 2) * 3");
        assert_eq!(p("1 - (2 - 3)"), "1 - (2 - 3)");
        assert_eq!(p("1 - 2 - 3"), "1 - 2 - 3");
        assert_eq!(p("-2 * 3"), "-2 * 3");
        assert_eq!(p("-(2 * 3)"), "-(2 * 3)");
        assert_eq!(p("${a} or ${b} and ${c}"), "${a} or ${b} and ${c}");
        assert_eq!(p("(${a} or ${b}) and ${c}"), "(${a} or ${b}) and ${c}");
        assert_eq!(p("1 < 2 = true()"), "1 < 2 = true()");
        assert_eq!(p("10 div 2 mod 3"), "10 div 2 mod 3");

        let e = parse("${a} = 1 or ${b} < 2 and not(${c})").unwrap();
        let ExprKind::Chain { rest, .. } = &e.kind else {
            panic!("expected a chain")
        };
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].0, BinaryOp::Or);
        assert!(matches!(
            &rest[0].1.kind,
            ExprKind::Chain { rest, .. } if rest[0].0 == BinaryOp::And
        ));
        // One level's run is one flat node, mixed operators included.
        let e = parse("1 + 2 - 3 + 4 * 5").unwrap();
        let ExprKind::Chain { rest, .. } = &e.kind else {
            panic!("expected a chain")
        };
        let ops: Vec<BinaryOp> = rest.iter().map(|(op, _)| *op).collect();
        assert_eq!(ops, [BinaryOp::Add, BinaryOp::Sub, BinaryOp::Add]);
        assert_eq!(e.depth(), 3);
    }

    #[test]
    fn expression_parser_functions_and_literals() {
        let e = parse("selected(${q}, 'a')").unwrap();
        assert!(matches!(
            &e.kind,
            ExprKind::Call { func: Func::Selected, args } if args.len() == 2
        ));
        assert_eq!(p("concat()"), "concat()");
        assert_eq!(p("string-length(.)"), "string-length(.)");
        assert_eq!(p("if(. > 3, \"it's\", 'no')"), "if(. > 3, \"it's\", 'no')");
        assert_eq!(p("count-selected(${q}) >= 2"), "count-selected(${q}) >= 2");
        // Arity is the checker's job, so the parser accepts any count.
        assert!(parse("today(1)").is_ok());
    }

    #[test]
    fn expression_parser_spans() {
        let e = parse("  ${age} >= 18").unwrap();
        assert_eq!(e.span.start, 2);
        assert_eq!(e.span.end, 14);
        assert_eq!(e.span.column, 3);
        let e = err("${a} and\n   or");
        assert_eq!(e.kind, ExprErrorKind::UnexpectedToken);
        assert_eq!((e.span.line, e.span.column), (2, 4));
    }

    #[test]
    fn expression_parser_errors() {
        assert_eq!(err("").kind, ExprErrorKind::UnexpectedEnd);
        assert_eq!(err("1 +").kind, ExprErrorKind::UnexpectedEnd);
        assert_eq!(err("(1").kind, ExprErrorKind::UnexpectedEnd);
        assert_eq!(err("1 )").kind, ExprErrorKind::UnexpectedToken);
        assert_eq!(err("1 2").kind, ExprErrorKind::UnexpectedToken);
        assert_eq!(err("f(1,)").kind, ExprErrorKind::UnknownFunction);
        assert_eq!(err("concat(1,)").kind, ExprErrorKind::UnexpectedToken);
        assert_eq!(err("regex(., 'a')").kind, ExprErrorKind::UnknownFunction);
        assert_eq!(
            err("jr:choice-name(${a}, '${a}')").kind,
            ExprErrorKind::UnknownFunction
        );
        assert_eq!(err("yes").kind, ExprErrorKind::Unsupported);
        assert_eq!(err("and 1").kind, ExprErrorKind::UnexpectedToken);
        let e = err("${a} = yes");
        assert_eq!((e.kind, e.span.column), (ExprErrorKind::Unsupported, 8));
    }

    #[test]
    fn expression_parser_limits() {
        let long = "1".repeat(MAX_LENGTH + 1);
        assert_eq!(err(&long).kind, ExprErrorKind::TooLong);
        let deep = format!("{}1{}", "(".repeat(1000), ")".repeat(1000));
        assert_eq!(err(&deep).kind, ExprErrorKind::TooDeep);
        assert_eq!(err(&"-".repeat(2000)).kind, ExprErrorKind::TooDeep);
        let calls = format!("{}1{}", "not(".repeat(500), ")".repeat(500));
        assert_eq!(err(&calls).kind, ExprErrorKind::TooDeep);
        // Long chains are flat: a score adding up 500 answers is fine.
        let chain = vec!["${a}"; 500].join(" + ");
        assert_eq!(parse(&chain).unwrap().depth(), 2);
        // Within the limits, all fine.
        let ok = format!(
            "{}1{}",
            "(".repeat(MAX_DEPTH - 1),
            ")".repeat(MAX_DEPTH - 1)
        );
        assert!(parse(&ok).is_ok());
        let nested_ops = format!("{}1{}", "(1 + ".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert_eq!(err(&nested_ops).kind, ExprErrorKind::TooDeep);
    }
}
