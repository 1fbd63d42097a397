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
    let range = err.location;
    let src = sm.source;
    let tok_text = src.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
    let mut kind = SyntaxErrorKind::SyntaxError;
    // Position of the error; CPython often points at a different place than ruff.
    let mut at = range;
    let msg: String = match &err.error {
        P::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                kind = SyntaxErrorKind::IndentationError;
                let line = sm.line(range.start());
                at = line_end_range(sm, line);
                "unindent does not match any outer indentation level".into()
            }
            LexicalErrorType::UnclosedStringError => {
                let line = sm.line(range.start());
                if tok_text.starts_with("\"\"\"")
                    || tok_text.starts_with("'''")
                    || tok_text.trim_start_matches(|c: char| c.is_ascii_alphabetic()).starts_with("\"\"\"")
                    || tok_text.trim_start_matches(|c: char| c.is_ascii_alphabetic()).starts_with("'''")
                {
                    let last = sm.line(range.end().min(TextSize::from(src.len() as u32)));
                    format!("unterminated triple-quoted string literal (detected at line {last})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                }
            }
            LexicalErrorType::FStringError(fe) => fstring_error(fe, &mut at),
            LexicalErrorType::Eof => "unexpected EOF while parsing".into(),
            LexicalErrorType::LineContinuationError => {
                "unexpected character after line continuation character".into()
            }
            LexicalErrorType::UnrecognizedToken { tok } => {
                if *tok == '$' || *tok == '?' || *tok == '`' {
                    "invalid syntax".into()
                } else if tok.is_whitespace() || !tok.is_ascii() {
                    format!("invalid non-printable character U+{:04X}", *tok as u32)
                } else {
                    "invalid syntax".into()
                }
            }
            LexicalErrorType::InvalidByteLiteral => {
                "bytes can only contain ASCII literal characters".into()
            }
            LexicalErrorType::OtherError(m) => {
                let m: &str = m;
                if m.contains("tab") {
                    kind = SyntaxErrorKind::TabError;
                    "inconsistent use of tabs and spaces in indentation".into()
                } else if m.contains("leading zeros") {
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into()
                } else {
                    "invalid syntax".into()
                }
            }
            _ => "invalid syntax".into(),
        },
        P::FStringError(fe) => fstring_error(fe, &mut at),
        P::UnexpectedIndentation => {
            kind = SyntaxErrorKind::IndentationError;
            "unexpected indent".into()
        }
        P::ExpectedToken { expected, found } => {
            let exp = format!("{expected}");
            let fnd = format!("{found}");
            if exp.contains("Indent") || exp.to_lowercase().contains("indent") {
                kind = SyntaxErrorKind::IndentationError;
                expected_indent_message(sm, range)
            } else if exp == "':'" || exp.contains("Colon") || exp == "':' " {
                "expected ':'".into()
            } else if exp.contains("')'") || exp.contains("']'") || exp.contains("'}'") {
                unclosed_bracket(sm, range).unwrap_or_else(|| "invalid syntax".into())
            } else if fnd.contains("')'") || fnd.contains("']'") || fnd.contains("'}'") {
                let c = tok_text.chars().next().unwrap_or(')');
                format!("unmatched '{c}'")
            } else {
                unclosed_bracket(sm, range).unwrap_or_else(|| "invalid syntax".into())
            }
        }
        P::InvalidAssignmentTarget
        | P::InvalidNamedAssignmentTarget
        | P::InvalidAugmentedAssignmentTarget
        | P::InvalidAnnotatedAssignmentTarget
        | P::InvalidDeleteTarget => invalid_target_message(&err.error, tok_text),
        P::SimpleStatementsOnSameLine | P::SimpleAndCompoundStatementOnSameLine => {
            unclosed_bracket(sm, range).unwrap_or_else(|| "invalid syntax".into())
        }
        P::PositionalAfterKeywordArgument => "positional argument follows keyword argument".into(),
        P::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".into()
        }
        P::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument".into()
        }
        P::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".into()
        }
        P::IterableUnpackingInComprehension => {
            "iterable unpacking cannot be used in comprehension".into()
        }
        P::OtherError(m) => {
            if m.contains("was never closed") || m.starts_with("unmatched") {
                m.clone()
            } else {
                unclosed_bracket(sm, range).unwrap_or_else(|| "invalid syntax".into())
            }
        }
        _ => unclosed_bracket(sm, range).unwrap_or_else(|| "invalid syntax".into()),
    };
    RawError { kind, msg, range: at }
}

fn fstring_error(fe: &InterpolatedStringErrorType, _at: &mut TextRange) -> String {
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

fn invalid_target_message(e: &ParseErrorType, tok_text: &str) -> String {
    use ParseErrorType as P;
    let what = describe_expr_text(tok_text);
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
            if what == "literal" {
                "cannot assign to literal here. Maybe you meant '==' instead of '='?".into()
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

/// If some bracket before `range` is never closed, CPython reports
/// "'(' was never closed" at the bracket. Returns that message.
fn unclosed_bracket(sm: &SourceMap, range: TextRange) -> Option<String> {
    let src = sm.source;
    let mut stack: Vec<char> = Vec::new();
    let mut chars = src.char_indices().peekable();
    let mut in_str: Option<(char, bool)> = None;
    while let Some((_, c)) = chars.next() {
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
                }
                in_str = Some((c, triple));
            }
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                if stack.pop().is_none() {
                    return Some(format!("unmatched '{c}'"));
                }
            }
            _ => {}
        }
    }
    let _ = range;
    stack.last().map(|c| format!("'{c}' was never closed"))
}

fn line_end_range(sm: &SourceMap, line: u32) -> TextRange {
    let text = sm.line_text(line).unwrap_or("");
    // Start of that line + its length.
    let mut start = 0usize;
    for l in 1..line {
        start += sm.line_text(l).map(|t| t.len()).unwrap_or(0);
        // account for the newline
        let b = sm.source.as_bytes();
        if b.get(start) == Some(&b'\r') {
            start += 1;
        }
        if b.get(start) == Some(&b'\n') {
            start += 1;
        }
    }
    let end = TextSize::from((start + text.len()) as u32);
    TextRange::new(end, end)
}
