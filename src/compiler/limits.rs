//! CPython's nesting limits on source code, checked before parsing.
//!
//! The ruff parser, the AST's drop and our compiler passes recurse, so a
//! pathological source (`'-' * 10**6 + '1'`, a million nested brackets)
//! would overflow the Rust stack. CPython refuses such sources with:
//! * "too many nested parentheses" (SyntaxError) beyond 200 open brackets
//!   (tokenizer MAXLEVEL);
//! * "too many levels of indentation" (IndentationError) at 100 indents
//!   (tokenizer MAXINDENT);
//! * MemoryError when its parser's stack passes 6000 levels (MAXSTACK in
//!   3.11): a unary operator, `not` or `else` takes one level, `lambda` and
//!   `**` two, a bracket about 28 (the whole chain of expression rules);
//! * RecursionError "maximum recursion depth exceeded during compilation"
//!   for an AST deeper than 3 × the recursion limit (the symbol table's
//!   check, done exactly in `symtable`; estimated here too so that left-
//!   associative chains like `1+1+...` never reach the recursive passes).
//!
//! This is a light tokenizer: it skips comments and string literals and
//! follows brackets, operators and logical lines; anything it cannot make
//! sense of is left for the parser to report.

use super::error::{RawError, SyntaxErrorKind};
use ruff_text_size::{TextRange, TextSize};

const MAX_PARENS: usize = 200;
const MAX_INDENT: usize = 100;
const MAX_PARSER_LEVELS: usize = 6000;
/// Parser levels used before the first operator of an expression.
const PARSER_BASE: usize = 25;
const PARSER_PER_BRACKET: usize = 28;

/// Nesting estimate of the expression item being read at one bracket
/// level, as (parser levels, AST depth) pairs by how far a prefix reaches:
/// `lambda`/`else` to the end of the item, `not` to the next `and`/`or`,
/// unary `-`/`+`/`~` and `**` to the next binary operator. A left-
/// associative binary operator deepens the AST but not the parse.
#[derive(Clone, Copy, Default)]
struct Level {
    base: (usize, usize),
    low: (usize, usize),
    not: (usize, usize),
    high: (usize, usize),
    chain: usize,
}

impl Level {
    fn parser(&self) -> usize {
        self.base.0 + self.low.0 + self.not.0 + self.high.0
    }
    fn ast(&self) -> usize {
        self.base.1 + self.low.1 + self.not.1 + self.high.1 + self.chain
    }
    /// A new item (after `,`, `=`, a new line).
    fn reset(&mut self) {
        *self = Level { base: self.base, ..Level::default() };
    }
}

pub(crate) fn check(source: &str, max_ast_depth: usize) -> Result<(), RawError> {
    let b = source.as_bytes();
    let at = |i: usize| TextRange::empty(TextSize::from(i as u32));
    let start = Level { base: (PARSER_BASE, 1), ..Level::default() };
    let mut levels: Vec<Level> = vec![start];
    let mut indents: Vec<usize> = vec![0];
    let mut line_start = true;
    // Whether the previous token ends an operand (so `-` is binary, `(` a call).
    let mut after_operand = false;
    let mut too_deep: Option<RawError> = None;
    let mut i = 0;
    while i < b.len() {
        if line_start && levels.len() == 1 {
            // Measure the indentation of a logical line (tabs to multiples of 8).
            let mut col = 0;
            let mut j = i;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\x0c') {
                col = if b[j] == b'\t' { (col / 8 + 1) * 8 } else if b[j] == b' ' { col + 1 } else { 0 };
                j += 1;
            }
            line_start = false;
            i = j;
            if j >= b.len() || matches!(b[j], b'#' | b'\n' | b'\r' | b'\\') {
                continue; // blank or comment-only line: no indentation change
            }
            if col > *indents.last().unwrap_or(&0) {
                if indents.len() >= MAX_INDENT {
                    let line_begin = source[..j].rfind('\n').map_or(0, |p| p + 1);
                    return Err(RawError {
                        kind: SyntaxErrorKind::IndentationError,
                        msg: "too many levels of indentation".into(),
                        range: at(line_begin),
                    });
                }
                indents.push(col);
            } else {
                while indents.len() > 1 && col < *indents.last().unwrap_or(&0) {
                    indents.pop();
                }
            }
            continue;
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                // Line continuation: the next line joins this logical line.
                i += 1;
                if b.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
                continue;
            }
            b'\n' | b'\r' => {
                if levels.len() == 1 {
                    line_start = true;
                    levels[0] = start;
                    after_operand = false;
                }
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\x0c' => {
                i += 1;
                continue;
            }
            b'\'' | b'"' => {
                match skip_string(b, i) {
                    Some(end) => i = end,
                    None => return too_deep.map_or(Ok(()), Err), // unterminated: the parser reports it
                }
                after_operand = true;
                continue;
            }
            _ => {}
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && i - s <= 2 && b[s..i].iter().all(|ch| b"rRbBuUfF".contains(ch)) {
                continue; // a string prefix: the string follows
            }
            let word = &source[s..i];
            let lv = levels.last_mut().expect("level");
            after_operand = false;
            match word {
                "lambda" => add(&mut lv.low, 2),
                "else" => add(&mut lv.low, 1),
                "not" => add(&mut lv.not, 1),
                "and" | "or" => {
                    lv.not = (0, 0);
                    lv.high = (0, 0);
                    lv.chain = 0;
                }
                "in" | "is" | "if" => {
                    lv.high = (0, 0);
                    lv.chain = 0;
                }
                "await" | "for" | "yield" | "from" | "return" | "del" | "assert" | "import" | "as" | "async" | "raise"
                | "while" | "with" | "elif" | "except" | "global" | "nonlocal" => {}
                _ => after_operand = true,
            }
            check_level(lv, max_ast_depth, at(s), &mut too_deep)?;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let hex = c == b'0' && matches!(b.get(i + 1), Some(b'x' | b'X'));
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                // An exponent's sign belongs to the number (1e-5).
                if !hex && (b[i] == b'e' || b[i] == b'E') && matches!(b.get(i + 1), Some(b'+' | b'-')) {
                    i += 1;
                }
                i += 1;
            }
            after_operand = true;
            continue;
        }
        match c {
            b'(' | b'[' | b'{' => {
                if levels.len() > MAX_PARENS {
                    return Err(RawError::new("too many nested parentheses", at(i)));
                }
                let lv = levels.last_mut().expect("level");
                if after_operand {
                    lv.chain += 1; // a call or a subscription
                }
                let inner = Level { base: (lv.parser() + PARSER_PER_BRACKET, lv.ast() + 1), ..Level::default() };
                check_level(&inner, max_ast_depth, at(i), &mut too_deep)?;
                levels.push(inner);
                after_operand = false;
                i += 1;
            }
            b')' | b']' | b'}' => {
                if levels.len() > 1 {
                    levels.pop();
                }
                after_operand = true;
                i += 1;
            }
            b',' | b';' | b'=' | b':'
                if !(c == b'=' && (b.get(i + 1) == Some(&b'=') || (i > 0 && matches!(b[i - 1], b'=' | b'!' | b'<' | b'>')))) =>
            {
                // Another item (argument, element, target): back to the
                // bracket's own depth. `:` also starts a lambda body, whose
                // nesting the `lambda` keyword already counted at the start
                // of the item; resetting there can only miss levels.
                let lv = levels.last_mut().expect("level");
                if c != b':' {
                    lv.reset();
                }
                after_operand = false;
                i += 1;
            }
            _ => {
                // An operator: 1-3 punctuation bytes.
                let two = b.get(i..i + 2).unwrap_or(&[]);
                let lv = levels.last_mut().expect("level");
                let mut len = 1;
                if two == b"**" {
                    len = 2;
                    if after_operand {
                        add(&mut lv.high, 2); // right-associative power
                    }
                } else if matches!(c, b'-' | b'+' | b'~') && !after_operand {
                    add(&mut lv.high, 1); // unary
                } else if matches!(c, b'<' | b'>' | b'!' | b'=') {
                    // Comparisons are flat: each operand starts afresh.
                    lv.high = (0, 0);
                    lv.chain = 0;
                } else if matches!(c, b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'.') {
                    lv.high = (0, 0);
                    lv.chain += 1;
                }
                check_level(lv, max_ast_depth, at(i), &mut too_deep)?;
                after_operand = false;
                i += len;
            }
        }
    }
    too_deep.map_or(Ok(()), Err)
}

/// Parser overflow fails at once; a too-deep AST only once the whole
/// source has parsed (`too_deep`), as CPython parses before its symtable.
fn add(pair: &mut (usize, usize), parser_levels: usize) {
    pair.0 += parser_levels;
    pair.1 += 1;
}

fn check_level(lv: &Level, max_ast_depth: usize, range: TextRange, too_deep: &mut Option<RawError>) -> Result<(), RawError> {
    if lv.parser() > MAX_PARSER_LEVELS {
        return Err(RawError { kind: SyntaxErrorKind::MemoryError, msg: String::new(), range });
    }
    if lv.ast() > max_ast_depth && too_deep.is_none() {
        *too_deep = Some(RawError { kind: SyntaxErrorKind::RecursionError, msg: RECURSION_MSG.into(), range });
    }
    Ok(())
}

pub(crate) const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";

/// The end of the string literal whose quote is at `i` (None: unterminated).
/// Backslashes always escape the next byte for tokenizing, raw or not.
fn skip_string(b: &[u8], i: usize) -> Option<usize> {
    let q = b[i];
    let triple = b.get(i..i + 3) == Some(&[q, q, q][..]);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'\n' | b'\r' if !triple => return None,
            ch if ch == q => {
                if !triple {
                    return Some(j + 1);
                }
                if b.get(j..j + 3) == Some(&[q, q, q][..]) {
                    return Some(j + 3);
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
    None
}
