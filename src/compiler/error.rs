//! Compile errors: the public `CompileError`, the internal error type used
//! while compiling (a message plus a source range), and the mapping from
//! ruff's parse-error wording to CPython 3.11's messages.

use ruff_python_parser::{InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not SyntaxErrors: CPython's compile-time resource limits (see
    /// `limits`), raised as plain RecursionError / MemoryError.
    RecursionError,
    MemoryError,
}

/// A SyntaxError (or subclass) as Python reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based, in characters.
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
    /// The offending source line.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for CompileError {}

/// An error found by the symbol table or code generator, positioned by
/// byte range; turned into a `CompileError` by `SourceMap::error`.
#[derive(Debug, Clone)]
pub(crate) struct RawError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub range: TextRange,
}

impl RawError {
    pub fn new(msg: impl Into<String>, range: TextRange) -> Self {
        RawError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), range }
    }
}

pub(crate) type CResult<T> = Result<T, RawError>;

/// Byte offsets → (line, column) for the whole source.
pub(crate) struct SourceMap<'a> {
    pub source: &'a str,
    line_starts: Vec<u32>,
}

impl<'a> SourceMap<'a> {
    pub fn new(source: &'a str) -> Self {
        let mut line_starts = vec![0u32];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap { source, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_count(&self) -> u32 {
        // A trailing newline does not start a new line for error reporting.
        let n = self.line_starts.len() as u32;
        if self.source.ends_with('\n') { n - 1 } else { n }
    }

    pub fn line(&self, offset: TextSize) -> u32 {
        let off = u32::from(offset);
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Text of a 1-based line, without its line terminator.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)? as usize;
        let end = self.line_starts.get(idx + 1).map(|&e| e as usize).unwrap_or(self.source.len());
        let text = self.source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }

    /// 1-based character column of a byte offset.
    pub fn col(&self, offset: TextSize) -> u32 {
        let line = self.line(offset);
        let start = self.line_starts[(line - 1) as usize] as usize;
        let off = (u32::from(offset) as usize).min(self.source.len());
        let prefix = self.source.get(start..off).unwrap_or("");
        prefix.chars().count() as u32 + 1
    }

    pub fn error(&self, e: &RawError, filename: &str) -> CompileError {
        let lineno = self.line(e.range.start());
        let end_lineno = self.line(e.range.end());
        CompileError {
            kind: e.kind,
            msg: e.msg.clone(),
            filename: filename.to_string(),
            lineno,
            col: self.col(e.range.start()),
            end_lineno,
            end_col: self.col(e.range.end()),
            text: self.line_text(lineno).map(|t| format!("{t}\n")),
        }
    }
}

/// Translate a ruff parse error into CPython's wording and position.
pub(crate) fn map_parse_error(err: &ParseError, sm: &SourceMap) -> RawError {
    use ParseErrorType as P;
    use ruff_python_ast::token::TokenKind as T;
    let range = err.location;
    let src = sm.source;
    let tok_text = src.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
    let brackets = scan_brackets(src);
    let err_off = range.start().to_usize();
    let here = |off: usize| TextRange::empty(TextSize::from(off as u32));
    let syntax = |msg: String, at: TextRange| RawError { kind: SyntaxErrorKind::SyntaxError, msg, range: at };

    // Bracket errors the tokenizer would report before the parser's error.
    if let Some((msg, off)) = &brackets.bad_close {
        if *off <= range.end().to_usize() + 1 {
            return syntax(msg.clone(), here(*off));
        }
    }
    let unclosed_before = brackets.unclosed.filter(|(_, off)| *off < err_off);
    let never_closed = |c: char, off: usize| syntax(format!("'{c}' was never closed"), here(off));
    // CPython's tokenizer rejects a number run into letters ("1abc").
    if let Some(msg) = bad_number_literal(src, err_off, tok_text) {
        return syntax(msg, range);
    }

    match &err.error {
        P::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                let line = sm.line(range.start());
                RawError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    range: line_end_range(sm, line),
                }
            }
            LexicalErrorType::UnclosedStringError => {
                let line = sm.line(range.start());
                let body = tok_text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                let msg = if body.starts_with("\"\"\"") || body.starts_with("'''") {
                    format!("unterminated triple-quoted string literal (detected at line {})", sm.line_count())
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                syntax(msg, range)
            }
            LexicalErrorType::FStringError(fe) => syntax(fstring_error(fe), range),
            LexicalErrorType::Eof => match brackets.unclosed {
                Some((c, off)) => never_closed(c, off),
                None => syntax("unexpected EOF while parsing".into(), range),
            },
            LexicalErrorType::LineContinuationError => {
                syntax("unexpected character after line continuation character".into(), range)
            }
            LexicalErrorType::UnrecognizedToken { tok } => {
                let msg = if tok.is_ascii() || *tok == '$' {
                    "invalid syntax".to_string()
                } else if tok.is_alphanumeric() || !tok.is_whitespace() && !tok.is_control() {
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", *tok as u32)
                };
                syntax(msg, range)
            }
            LexicalErrorType::InvalidByteLiteral => {
                syntax("bytes can only contain ASCII literal characters".into(), range)
            }
            LexicalErrorType::OtherError(m) => {
                let m: &str = m;
                if m.contains("decimal integer") && tok_text.starts_with('0') {
                    syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(), range)
                } else if m.to_lowercase().contains("tab") {
                    RawError {
                        kind: SyntaxErrorKind::TabError,
                        msg: "inconsistent use of tabs and spaces in indentation".into(),
                        range,
                    }
                } else {
                    syntax("invalid syntax".into(), range)
                }
            }
            _ => syntax("invalid syntax".into(), range),
        },
        P::FStringError(fe) => syntax(fstring_error(fe), range),
        P::UnexpectedIndentation => {
            let line = sm.line(range.start());
            let text = sm.line_text(line).unwrap_or("");
            let indent = text.len() - text.trim_start().len();
            let off = line_start(sm, line) + indent.saturating_sub(1);
            RawError { kind: SyntaxErrorKind::IndentationError, msg: "unexpected indent".into(), range: here(off) }
        }
        P::OtherError(m) if m.starts_with("Expected an indented block") => RawError {
            kind: SyntaxErrorKind::IndentationError,
            msg: expected_indent_message(sm, range),
            range,
        },
        P::ExpectedToken { expected: T::Colon, found } => syntax(missing_colon_message(sm, range, *found, tok_text), range),
        P::ExpectedToken { expected: T::Else, .. } => syntax("expected 'else' after 'if' expression".into(), range),
        P::ExpectedToken { expected: T::Lpar, .. } if sm.line_text(sm.line(range.start())).is_some_and(|l| {
            let l = l.trim_start();
            l.strip_prefix("async ").unwrap_or(l).trim_start().starts_with("def ")
        }) =>
        {
            syntax("expected '('".into(), range)
        }
        P::OtherError(m) if m.starts_with("Expected an expression or a") && tok_text == "=" && bracketed_assign_message(src, err_off).is_some() => {
            syntax(bracketed_assign_message(src, err_off).unwrap_or_default(), range)
        }
        P::ExpectedToken { found: T::Equal, .. } if tok_text == "=" && bracketed_assign_message(src, err_off).is_some() => {
            syntax(bracketed_assign_message(src, err_off).unwrap_or_default(), range)
        }
        P::ExpectedToken { expected, found } => {
            if let Some((c, off)) = unclosed_before {
                if matches!(expected, T::Comma | T::Rpar | T::Rsqb | T::Rbrace)
                    || matches!(found, T::Newline | T::EndOfFile)
                {
                    return never_closed(c, off);
                }
            }
            let starts_expr = matches!(
                found,
                T::Name | T::Int | T::Float | T::Complex | T::String | T::FStringStart | T::Lpar | T::Lsqb | T::Lbrace
            );
            if *expected == T::Comma && starts_expr && brackets.depth_at(src, err_off) > 0 {
                let prev = previous_token_start(src, err_off);
                return syntax("invalid syntax. Perhaps you forgot a comma?".into(), here(prev));
            }
            syntax("invalid syntax".into(), range)
        }
        P::InvalidDeleteTarget if tok_text.starts_with('*') => syntax("cannot delete starred".into(), range),
        P::InvalidAssignmentTarget
        | P::InvalidNamedAssignmentTarget
        | P::InvalidAugmentedAssignmentTarget
        | P::InvalidAnnotatedAssignmentTarget
        | P::InvalidDeleteTarget => {
            let after = src.get(range.end().to_usize()..).unwrap_or("").trim_start_matches([' ', '\t']);
            // CPython suggests '==' only for targets at the bitwise-or level
            // (not comparisons, `not`, and/or, conditionals or lambdas).
            let low_precedence = ruff_python_parser::parse_expression(tok_text.trim()).is_ok_and(|p| {
                use ruff_python_ast::{Expr, UnaryOp};
                match &*p.syntax().body {
                    Expr::Compare(_) | Expr::BoolOp(_) | Expr::If(_) | Expr::Lambda(_) | Expr::Named(_) => true,
                    Expr::UnaryOp(u) => u.op == UnaryOp::Not,
                    _ => false,
                }
            });
            let direct = after.starts_with('=') && !after.starts_with("==") && !low_precedence;
            syntax(invalid_target_message(&err.error, tok_text, direct), range)
        }
        P::SimpleStatementsOnSameLine | P::SimpleAndCompoundStatementOnSameLine => {
            let line = sm.line(range.start());
            let text = sm.line_text(line).unwrap_or("").trim_start();
            if let Some((c, off)) = unclosed_before {
                return never_closed(c, off);
            }
            for kw in ["print", "exec"] {
                if let Some(rest) = text.strip_prefix(kw) {
                    if rest.starts_with(' ') && !rest.trim_start().starts_with(['=', '(']) {
                        let start = line_start(sm, line) + (sm.line_text(line).unwrap_or("").len() - text.len());
                        return syntax(
                            format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"),
                            here(start),
                        );
                    }
                }
            }
            syntax("invalid syntax".into(), range)
        }
        P::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument".into(), TextRange::empty(range.end()))
        }
        P::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking".into(), range)
        }
        P::InvalidArgumentUnpackingOrder => {
            syntax("iterable argument unpacking follows keyword argument unpacking".into(), range)
        }
        P::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument".into(), range)
        }
        P::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized".into(), range)
        }
        P::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension".into(), range)
        }
        _ if src[..err_off.min(src.len())].trim_end().ends_with("except*") => {
            syntax("expected one or more exception types".into(), range)
        }
        P::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            // At end of input CPython points at the try body's last line.
            let at = if src[err_off.min(src.len())..].trim().is_empty() {
                let end = src.trim_end().len();
                here(src[..end].rfind('\n').map(|i| i + 1).unwrap_or(0))
            } else {
                range
            };
            syntax("expected 'except' or 'finally' block".into(), at)
        }
        P::ParamAfterVarKeywordParam => syntax("arguments cannot follow var-keyword argument".into(), range),
        P::ExpectedKeywordParam => syntax("named arguments must follow bare *".into(), range),
        P::VarParameterWithDefault => syntax("var-positional argument cannot have default value".into(), range),
        P::OtherError(m) if m.contains("Only one '/'") => syntax("/ may appear only once".into(), range),
        // `{}` and `{!r}` only fail to parse inside f-strings.
        P::ExpectedExpression if tok_text == "}" && src[..err_off].trim_end().ends_with('{') => {
            syntax("f-string: empty expression not allowed".into(), range)
        }
        P::ExpectedExpression if tok_text == "!" && src[..err_off].trim_end().ends_with('{') => {
            syntax("f-string: expression required before '!'".into(), range)
        }
        P::ExpectedExpression
            if tok_text == "}" && src[..err_off].trim_end().ends_with(':') && innermost_open(src, err_off) == Some('{') =>
        {
            syntax("expression expected after dictionary key and ':'".into(), range)
        }
        _ => match unclosed_before {
            Some((c, off)) if matches!(err.error, P::ExpectedExpression) && tok_text.is_empty() => never_closed(c, off),
            _ => syntax("invalid syntax".into(), range),
        },
    }
}

/// The message for a missing ':' (ruff's ExpectedToken Colon). CPython
/// says "expected ':'" at the end of a compound statement's header line and
/// after the keywords it forces a colon after (def, try, finally, else); in
/// a condition, `=` gets a suggestion; in braces, a dict key lacks its
/// value; anything else is plain "invalid syntax".
fn missing_colon_message(sm: &SourceMap, range: TextRange, found: ruff_python_ast::token::TokenKind, tok_text: &str) -> String {
    use ruff_python_ast::token::TokenKind as T;
    let src = sm.source;
    let off = range.start().to_usize();
    if matches!(found, T::Newline | T::NonLogicalNewline | T::EndOfFile) {
        return "expected ':'".into();
    }
    if innermost_open(src, off) == Some('{') {
        return "':' expected after dictionary key".into();
    }
    let line = sm.line(range.start());
    let full = sm.line_text(line).unwrap_or("");
    let text = full.trim_start();
    let text = text.strip_prefix("async ").unwrap_or(text).trim_start();
    let keyword = text.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    if matches!(keyword, "def" | "try" | "finally" | "else") {
        return "expected ':'".into();
    }
    if found == T::Equal && tok_text == "=" && matches!(keyword, "if" | "elif" | "while") {
        let cond_start = line_start(sm, line) + (full.len() - text.len()) + keyword.len();
        return assign_in_expression_message(src.get(cond_start..off).unwrap_or(""));
    }
    "invalid syntax".into()
}

/// CPython's message for `=` where an expression continues (`(x = 1)`,
/// `if x = 1:`): a name could have meant `==` or `:=`, anything else `==`.
fn assign_in_expression_message(target: &str) -> String {
    let target = target.trim().trim_start_matches(['(', '[']).trim();
    if !target.is_empty() && target.chars().all(|c| c.is_alphanumeric() || c == '_') && !target.starts_with(|c: char| c.is_ascii_digit()) {
        return "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into();
    }
    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", describe_expr_text(target))
}

/// `=` inside parentheses or brackets that are not a call's: the
/// expression since the bracket (or the last comma in it) is the target.
fn bracketed_assign_message(src: &str, off: usize) -> Option<String> {
    let (c, open) = innermost_open_at(src, off)?;
    if !matches!(c, '(' | '[') {
        return None;
    }
    let before = src[..open].trim_end();
    let word = before.rsplit(|ch: char| !(ch.is_alphanumeric() || ch == '_')).next().unwrap_or("");
    let keyword = matches!(word, "if" | "elif" | "while" | "return" | "in" | "not" | "and" | "or" | "else" | "yield" | "assert" | "del" | "is" | "lambda" | "await");
    if c == '(' && !keyword && before.ends_with(|ch: char| ch.is_alphanumeric() || ch == '_' || ch == ')' || ch == ']') {
        return None;
    }
    let inner = &src[open + 1..off];
    if inner.contains(['(', '[', '{', '=']) {
        return None;
    }
    let target = inner.rsplit(',').next().unwrap_or(inner);
    // Only a complete expression before the `=` (not `a for a in b if a`).
    ruff_python_parser::parse_expression(target.trim()).ok()?;
    Some(assign_in_expression_message(target))
}

/// The innermost bracket open at a byte offset.
fn innermost_open(src: &str, off: usize) -> Option<char> {
    innermost_open_at(src, off).map(|(c, _)| c)
}

/// The innermost bracket open at a byte offset, and where it opened.
fn innermost_open_at(src: &str, off: usize) -> Option<(char, usize)> {
    let mut stack = Vec::new();
    scan(src, |ev| match ev {
        Ev::Open(c, o) if o < off && c != '"' => stack.push((c, o)),
        Ev::Close(c, o) if o < off && c != '"' => {
            stack.pop();
        }
        _ => {}
    });
    stack.last().copied()
}

/// CPython's tokenizer error for a number literal run into letters or
/// digits that do not belong to it (`1abc`, `0x1g`, `0b12`, `1.5j_`), when
/// ruff's error sits inside such a literal or right after it.
fn bad_number_literal(src: &str, err_off: usize, tok_text: &str) -> Option<String> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    let err_off = err_off.min(src.len());
    let before = &src[..err_off];
    let lit_start = before.trim_end_matches(word).len();
    // ruff stops inside `0o8` / `0b2` itself; otherwise the error must
    // follow the literal's characters with no space in between.
    let inside = tok_text.starts_with("0o") || tok_text.starts_with("0b") || tok_text.starts_with("0O") || tok_text.starts_with("0B");
    let glued = tok_text.starts_with(|c: char| c.is_alphanumeric() || c == '_');
    if lit_start == err_off && !inside || lit_start < err_off && !glued {
        return None;
    }
    let rest = &src[lit_start..];
    let lit = &rest[..rest.find(|c: char| !word(c)).unwrap_or(rest.len())];
    let mut chars = lit.chars();
    let first = chars.next()?;
    if !(first.is_ascii_digit() || first == '.' && chars.next().is_some_and(|c| c.is_ascii_digit())) || lit.contains("..") {
        return None;
    }
    let lower = lit.to_ascii_lowercase();
    let bad_digit = |body: &str, ok: &dyn Fn(char) -> bool| body.chars().find(|c| !ok(*c) && *c != '_');
    Some(if lower.starts_with("0x") {
        "invalid hexadecimal literal".into()
    } else if lower.starts_with("0o") {
        match bad_digit(&lower[2..], &|c| ('0'..='7').contains(&c)) {
            Some(d) if d.is_ascii_digit() => format!("invalid digit '{d}' in octal literal"),
            _ => "invalid octal literal".into(),
        }
    } else if lower.starts_with("0b") {
        match bad_digit(&lower[2..], &|c| c == '0' || c == '1') {
            Some(d) if d.is_ascii_digit() => format!("invalid digit '{d}' in binary literal"),
            _ => "invalid binary literal".into(),
        }
    } else if lower[..(err_off - lit_start).min(lower.len())].contains('j') {
        "invalid imaginary literal".into()
    } else {
        "invalid decimal literal".into()
    })
}

fn line_start(sm: &SourceMap, line: u32) -> usize {
    let text_ptr = sm.line_text(line).map(|t| t.as_ptr() as usize).unwrap_or(0);
    text_ptr.saturating_sub(sm.source.as_ptr() as usize)
}

/// Start of the token/expression just before `off` (for "forgot a comma").
fn previous_token_start(src: &str, off: usize) -> usize {
    let bytes = src.as_bytes();
    let mut i = off.min(bytes.len());
    while i > 0 && (bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') {
        i -= 1;
    }
    while i > 0 {
        let c = bytes[i - 1];
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'"' || c == b'\'' || c >= 0x80 {
            i -= 1;
        } else {
            break;
        }
    }
    i
}

/// Result of a light tokenizer-like scan of brackets.
struct Brackets {
    /// First closing bracket with no or the wrong opener: (message, offset).
    bad_close: Option<(String, usize)>,
    /// Innermost bracket still open at end of input: (char, offset).
    unclosed: Option<(char, usize)>,
}

impl Brackets {
    /// Bracket nesting depth at a byte offset.
    fn depth_at(&self, src: &str, off: usize) -> usize {
        let mut depth = 0usize;
        scan(src, |ev| match ev {
            Ev::Open(c, o) if o < off && c != '"' => depth += 1,
            Ev::Close(c, o) if o < off && c != '"' => depth = depth.saturating_sub(1),
            _ => {}
        });
        depth
    }
}

enum Ev {
    Open(char, usize),
    Close(char, usize),
}

/// Walk the source outside strings and comments, reporting brackets.
fn scan(src: &str, mut f: impl FnMut(Ev)) {
    let mut chars = src.char_indices().peekable();
    let mut in_str: Option<(char, bool)> = None;
    while let Some((off, c)) = chars.next() {
        if let Some((q, triple)) = in_str {
            if c == '\\' {
                chars.next();
                continue;
            }
            if c == q {
                if triple {
                    let mut it = chars.clone();
                    if it.next().map(|x| x.1) == Some(q) && it.next().map(|x| x.1) == Some(q) {
                        chars.next();
                        chars.next();
                        in_str = None;
                        f(Ev::Close('"', off));
                    }
                } else {
                    in_str = None;
                }
            } else if c == '\n' && !triple {
                in_str = None;
            }
            continue;
        }
        match c {
            '#' => {
                while let Some((_, c2)) = chars.peek() {
                    if *c2 == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '"' | '\'' => {
                let mut it = chars.clone();
                let triple = it.next().map(|x| x.1) == Some(c) && it.next().map(|x| x.1) == Some(c);
                if triple {
                    chars.next();
                    chars.next();
                    f(Ev::Open('"', off));
                }
                in_str = Some((c, triple));
            }
            '(' | '[' | '{' => f(Ev::Open(c, off)),
            ')' | ']' | '}' => f(Ev::Close(c, off)),
            _ => {}
        }
    }
}

fn scan_brackets(src: &str) -> Brackets {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut bad_close = None;
    scan(src, |ev| {
        if bad_close.is_some() {
            return;
        }
        match ev {
            Ev::Open('"', _) | Ev::Close('"', _) => {}
            Ev::Open(c, off) => stack.push((c, off)),
            Ev::Close(c, off) => match stack.pop() {
                None => bad_close = Some((format!("unmatched '{c}'"), off)),
                Some((o, ooff)) => {
                    let expected = match o {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let open_line = src[..ooff].matches('\n').count() + 1;
                        let close_line = src[..off].matches('\n').count() + 1;
                        let msg = if open_line == close_line {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {open_line}")
                        };
                        bad_close = Some((msg, off));
                    }
                }
            },
        }
    });
    Brackets { bad_close, unclosed: stack.last().copied() }
}

/// CPython's tokenizer rejects indentation whose meaning depends on the tab
/// size (compared with tab size 8 and 1). ruff does not, so check here.
pub(crate) fn check_tabs(src: &str) -> Option<RawError> {
    if !src.contains('\t') {
        return None;
    }
    // Bracket / triple-quoted-string nesting changes, by offset: lines that
    // start inside one are continuation lines, not indentation.
    let mut continuation_lines = std::collections::HashSet::new();
    let mut marks: Vec<(usize, i32)> = Vec::new();
    scan(src, |ev| match ev {
        Ev::Open(_, o) => marks.push((o, 1)),
        Ev::Close(_, o) => marks.push((o, -1)),
    });
    let mut mi = 0;
    let mut cur = 0i32;
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut off = 0usize;
    for (ln, line) in src.split_inclusive('\n').enumerate() {
        while mi < marks.len() && marks[mi].0 < off {
            cur += marks[mi].1;
            mi += 1;
        }
        let starts_logical = cur <= 0 && !continuation_lines.contains(&ln);
        let body = line.trim_end_matches(['\n', '\r']);
        if body.ends_with('\\') {
            continuation_lines.insert(ln + 1);
        }
        let stripped = body.trim_start_matches([' ', '\t', '\x0c']);
        if starts_logical && !stripped.is_empty() && !stripped.starts_with('#') {
            let ws = &body[..body.len() - stripped.len()];
            let (mut c8, mut c1) = (0usize, 0usize);
            for ch in ws.chars() {
                match ch {
                    '\t' => {
                        c8 = (c8 / 8 + 1) * 8;
                        c1 += 1;
                    }
                    '\x0c' => {
                        c8 = 0;
                        c1 = 0;
                    }
                    _ => {
                        c8 += 1;
                        c1 += 1;
                    }
                }
            }
            let top = *stack.last().unwrap();
            let bad = if c8 == top.0 {
                c1 != top.1
            } else if c8 > top.0 {
                if c1 <= top.1 {
                    true
                } else {
                    stack.push((c8, c1));
                    false
                }
            } else {
                while stack.len() > 1 && c8 < stack.last().unwrap().0 {
                    stack.pop();
                }
                let t = *stack.last().unwrap();
                c8 == t.0 && c1 != t.1
            };
            if bad {
                return Some(RawError {
                    kind: SyntaxErrorKind::TabError,
                    msg: "inconsistent use of tabs and spaces in indentation".into(),
                    range: TextRange::empty(TextSize::from(off as u32)),
                });
            }
        }
        off += line.len();
    }
    None
}

fn fstring_error(fe: &InterpolatedStringErrorType) -> String {
    use InterpolatedStringErrorType as F;
    match fe {
        F::UnclosedLbrace => "f-string: expecting '}'".into(),
        F::SingleRbrace => "f-string: single '}' is not allowed".into(),
        F::InvalidConversionFlag => "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
        F::UnterminatedString => "unterminated string literal".into(),
        F::UnterminatedTripleQuotedString => "unterminated triple-quoted string literal".into(),
        _ => "f-string: invalid syntax".into(),
    }
}

fn invalid_target_message(e: &ParseErrorType, tok_text: &str, direct: bool) -> String {
    use ParseErrorType as P;
    let what = describe_expr_text(tok_text);
    let t = tok_text.trim();
    if matches!(e, P::InvalidAssignmentTarget | P::InvalidNamedAssignmentTarget) {
        if t == "None" || t == "True" || t == "False" || t == "__debug__" {
            return format!("cannot assign to {t}");
        }
        if t.starts_with("yield") {
            return "assignment to yield expression not possible".into();
        }
    }
    match e {
        P::InvalidDeleteTarget => format!("cannot delete {what}"),
        P::InvalidAugmentedAssignmentTarget => {
            format!("'{what}' is an illegal expression for augmented assignment")
        }
        P::InvalidNamedAssignmentTarget => format!("cannot use assignment expressions with {what}"),
        P::InvalidAnnotatedAssignmentTarget => {
            format!("illegal target for annotation")
        }
        _ => {
            if direct {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            }
        }
    }
}

/// A rough classification of an expression from its source text, enough
/// for CPython's "cannot assign to X" messages.
fn describe_expr_text(t: &str) -> &'static str {
    let t = t.trim();
    // The exact kind from the expression's AST when the text parses on its
    // own (a parenthesised tuple, an attribute, ...); heuristics otherwise.
    if let Ok(parsed) = ruff_python_parser::parse_expression(t) {
        return super::codegen::describe_expr(&parsed.syntax().body);
    }
    let first = t.chars().next().unwrap_or(' ');
    if t == "None" || t == "True" || t == "False" {
        return "literal";
    }
    if first.is_ascii_digit() || first == '"' || first == '\'' || first == '.' && t.len() > 1 {
        return "literal";
    }
    if t == "..." {
        return "ellipsis";
    }
    if t.starts_with("lambda") {
        return "lambda";
    }
    if t.ends_with(')') && !t.starts_with('(') {
        return "function call";
    }
    if t.starts_with('{') {
        return "dict literal";
    }
    if t.starts_with('[') && t.contains(" for ") {
        return "list comprehension";
    }
    if t.starts_with('(') && t.contains(" for ") {
        return "generator expression";
    }
    if t.contains(" if ") && t.contains(" else ") {
        return "conditional expression";
    }
    if t.contains("==") || t.contains('<') || t.contains('>') || t.contains("!=") {
        return "comparison";
    }
    if t.contains(" and ") || t.contains(" or ") {
        return "expression";
    }
    if t.starts_with("f\"") || t.starts_with("f'") {
        return "f-string expression";
    }
    "expression"
}

fn expected_indent_message(sm: &SourceMap, range: TextRange) -> String {
    // Find the header line of the block: the last non-blank line before the error ending in ':'.
    let mut line = sm.line(range.start());
    while line > 1 {
        line -= 1;
        if let Some(t) = sm.line_text(line) {
            let tt = t.trim();
            if tt.is_empty() || tt.starts_with('#') {
                continue;
            }
            let kw = tt.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let what = match kw {
                "if" => "'if' statement".to_string(),
                "elif" => "'elif' statement".to_string(),
                "else" => "'else' statement".to_string(),
                "for" => "'for' statement".to_string(),
                "while" => "'while' statement".to_string(),
                "with" => "'with' statement".to_string(),
                "try" => "'try' statement".to_string(),
                "except" => "'except' statement".to_string(),
                "finally" => "'finally' statement".to_string(),
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                "match" => "'match' statement".to_string(),
                "case" => "'case' statement".to_string(),
                _ => return "expected an indented block".into(),
            };
            return format!("expected an indented block after {what} on line {line}");
        }
    }
    "expected an indented block".into()
}

fn line_end_range(sm: &SourceMap, line: u32) -> TextRange {
    let end = line_start(sm, line) + sm.line_text(line).unwrap_or("").len();
    TextRange::empty(TextSize::from(end as u32))
}
