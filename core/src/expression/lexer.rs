//! Splits expression text into tokens, each with its span.

use super::ast::Span;
use super::error::{ExprError, ExprErrorKind};
use crate::i18n::MessageRef;

#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    /// `${name}`, holding the name.
    Ref(String),
    /// `.`
    Dot,
    Str(String),
    Num(f64),
    /// A bare name: a function name or one of `and or div mod`.
    Name(String),
    LParen,
    RParen,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    Star,
}

impl TokenKind {
    /// How the token is shown in messages: as written, in any language.
    /// Literal contents are left out: keep messages short and uniform.
    pub fn describe(&self) -> String {
        match self {
            TokenKind::Ref(name) => format!("${{{name}}}"),
            TokenKind::Dot => ".".into(),
            TokenKind::Str(_) => "'…'".into(),
            TokenKind::Num(n) => n.to_string(),
            TokenKind::Name(n) => n.clone(),
            TokenKind::LParen => "(".into(),
            TokenKind::RParen => ")".into(),
            TokenKind::Comma => ",".into(),
            TokenKind::Eq => "=".into(),
            TokenKind::Ne => "!=".into(),
            TokenKind::Lt => "<".into(),
            TokenKind::Le => "<=".into(),
            TokenKind::Gt => ">".into(),
            TokenKind::Ge => ">=".into(),
            TokenKind::Plus => "+".into(),
            TokenKind::Minus => "-".into(),
            TokenKind::Star => "*".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// A valid XLSForm name: a letter or `_`, then letters, digits, `_`, `-`, `.`.
pub fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    column: u32,
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.src[self.pos..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else {
            self.column = self.column.saturating_add(1);
        }
        Some(c)
    }

    fn here(&self) -> Span {
        Span {
            start: self.pos,
            end: self.pos,
            line: self.line,
            column: self.column,
        }
    }

    fn close(&self, start: Span) -> Span {
        Span {
            end: self.pos,
            ..start
        }
    }

    fn next_token(&mut self) -> Result<Option<Token>, ExprError> {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
        let start = self.here();
        let Some(c) = self.bump() else {
            return Ok(None);
        };
        let kind = match c {
            '(' => TokenKind::LParen,
            ')' => TokenKind::RParen,
            ',' => TokenKind::Comma,
            '=' => TokenKind::Eq,
            '+' => TokenKind::Plus,
            '-' => TokenKind::Minus,
            '*' => TokenKind::Star,
            '!' if self.peek() == Some('=') => {
                self.bump();
                TokenKind::Ne
            }
            '<' if self.peek() == Some('=') => {
                self.bump();
                TokenKind::Le
            }
            '<' => TokenKind::Lt,
            '>' if self.peek() == Some('=') => {
                self.bump();
                TokenKind::Ge
            }
            '>' => TokenKind::Gt,
            '\'' | '"' => self.string(c, start)?,
            '$' => self.reference(start)?,
            '.' if self.peek().is_some_and(|d| d.is_ascii_digit()) => self.number(start)?,
            '.' if self.peek() == Some('.') => {
                self.bump();
                return Err(unsupported(self.close(start), ".."));
            }
            '.' => TokenKind::Dot,
            d if d.is_ascii_digit() => self.number(start)?,
            a if a.is_alphabetic() || a == '_' => self.name(start),
            '/' => return Err(unsupported(self.close(start), "/")),
            '|' => return Err(unsupported(self.close(start), "|")),
            '@' => return Err(unsupported(self.close(start), "@")),
            '[' | ']' => return Err(unsupported(self.close(start), "[ ]")),
            _ => {
                return Err(ExprError::new(
                    ExprErrorKind::UnexpectedChar,
                    self.close(start),
                    MessageRef::new("expr-error-unexpected-char"),
                ))
            }
        };
        Ok(Some(Token {
            kind,
            span: self.close(start),
        }))
    }

    /// XPath 1.0 literals have no escapes: a quote is written inside the
    /// other kind of quote.
    fn string(&mut self, quote: char, start: Span) -> Result<TokenKind, ExprError> {
        let body = self.pos;
        loop {
            match self.bump() {
                Some(c) if c == quote => {
                    let end = self.pos - quote.len_utf8();
                    return Ok(TokenKind::Str(self.src[body..end].to_string()));
                }
                Some(_) => {}
                None => {
                    return Err(ExprError::new(
                        ExprErrorKind::UnterminatedString,
                        self.close(start),
                        MessageRef::new("expr-error-unterminated-string").arg("quote", quote),
                    ))
                }
            }
        }
    }

    fn reference(&mut self, start: Span) -> Result<TokenKind, ExprError> {
        if self.peek() != Some('{') {
            return Err(ExprError::new(
                ExprErrorKind::BadReference,
                self.close(start),
                MessageRef::new("expr-error-dollar"),
            ));
        }
        self.bump();
        let body = self.pos;
        while let Some(c) = self.peek() {
            if c == '}' {
                let name = &self.src[body..self.pos];
                self.bump();
                if !is_valid_name(name) {
                    return Err(ExprError::new(
                        ExprErrorKind::BadReference,
                        self.close(start),
                        MessageRef::new("expr-error-bad-reference-name"),
                    ));
                }
                return Ok(TokenKind::Ref(name.to_string()));
            }
            if c.is_whitespace() || matches!(c, '$' | '{' | '(' | ')' | '\'' | '"') {
                break;
            }
            self.bump();
        }
        Err(ExprError::new(
            ExprErrorKind::BadReference,
            self.close(start),
            MessageRef::new("expr-error-unclosed-reference"),
        ))
    }

    fn number(&mut self, start: Span) -> Result<TokenKind, ExprError> {
        let mut seen_dot = self.src[start.start..self.pos].contains('.');
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() {
                self.bump();
            } else if c == '.' && !seen_dot {
                seen_dot = true;
                self.bump();
            } else {
                break;
            }
        }
        // Digits with at most one dot always parse, but may overflow: no
        // literal may be infinite, so every literal prints back as itself.
        match self.src[start.start..self.pos].parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(TokenKind::Num(n)),
            _ => Err(ExprError::new(
                ExprErrorKind::BadNumber,
                self.close(start),
                MessageRef::new("expr-error-number-too-large"),
            )),
        }
    }

    /// Function names and keywords. `-` continues a name only before a letter,
    /// so `count-selected` is one name while `5 div-1` is `div`, `-`, `1`.
    fn name(&mut self, start: Span) -> TokenKind {
        while let Some(c) = self.peek() {
            let continues = c.is_alphanumeric()
                || c == '_'
                || (matches!(c, '-' | ':') && self.peek_at(1).is_some_and(char::is_alphabetic));
            if !continues {
                break;
            }
            self.bump();
        }
        TokenKind::Name(self.src[start.start..self.pos].to_string())
    }
}

fn unsupported(span: Span, what: &str) -> ExprError {
    ExprError::new(
        ExprErrorKind::Unsupported,
        span,
        MessageRef::new("expr-error-unsupported-xpath").arg("what", what),
    )
}

/// Tokenizes the whole expression.
pub fn tokenize(src: &str) -> Result<Vec<Token>, ExprError> {
    let mut lexer = Lexer {
        src,
        pos: 0,
        line: 1,
        column: 1,
    };
    let mut tokens = Vec::new();
    while let Some(token) = lexer.next_token()? {
        tokens.push(token);
    }
    Ok(tokens)
}

/// The span just past the end of `src`, for "unexpected end" errors.
pub fn end_span(src: &str) -> Span {
    let mut line = 1u32;
    let mut column = 1u32;
    for c in src.chars() {
        if c == '\n' {
            line = line.saturating_add(1);
            column = 1;
        } else {
            column = column.saturating_add(1);
        }
    }
    Span {
        start: src.len(),
        end: src.len(),
        line,
        column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<TokenKind> {
        tokenize(src).unwrap().into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn expression_lexer_tokens() {
        use TokenKind::*;
        assert_eq!(
            kinds("${a-b.c} != 'x' and .5 <= count-selected(.)"),
            vec![
                Ref("a-b.c".into()),
                Ne,
                Str("x".into()),
                Name("and".into()),
                Num(0.5),
                Le,
                Name("count-selected".into()),
                LParen,
                Dot,
                RParen
            ]
        );
        assert_eq!(
            kinds("5 div-1"),
            vec![Num(5.0), Name("div".into()), Minus, Num(1.0)]
        );
        assert_eq!(kinds("\"it's\""), vec![Str("it's".into())]);
    }

    #[test]
    fn expression_lexer_spans_count_lines_and_characters() {
        let tokens = tokenize("'é'\n  ${x}").unwrap();
        assert_eq!(
            tokens[0].span,
            Span {
                start: 0,
                end: 4,
                line: 1,
                column: 1
            }
        );
        assert_eq!(
            tokens[1].span,
            Span {
                start: 7,
                end: 11,
                line: 2,
                column: 3
            }
        );
    }

    #[test]
    fn expression_lexer_errors() {
        let err = |s: &str| tokenize(s).unwrap_err().kind;
        assert_eq!(err("'abc"), ExprErrorKind::UnterminatedString);
        assert_eq!(err("${abc"), ExprErrorKind::BadReference);
        assert_eq!(err("${1abc}"), ExprErrorKind::BadReference);
        assert_eq!(err("${}"), ExprErrorKind::BadReference);
        assert_eq!(err("$abc"), ExprErrorKind::BadReference);
        assert_eq!(err("/data/x"), ExprErrorKind::Unsupported);
        assert_eq!(err(".."), ExprErrorKind::Unsupported);
        assert_eq!(err("#"), ExprErrorKind::UnexpectedChar);
        assert_eq!(err(&"9".repeat(400)), ExprErrorKind::BadNumber);
    }
}
