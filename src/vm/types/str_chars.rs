//! Per-character Unicode classification and case mapping for `str`
//! methods, matching CPython 3.11's `unicodectype.c` as closely as Rust's
//! standard tables allow (std exposes the derived Lowercase/Uppercase/
//! Alphabetic/Numeric/White_Space properties and full case mappings).

use crate::vm::types::str_unicode_tables as T;

/// `Py_UNICODE_ISSPACE`: White_Space plus the ASCII separators
/// U+001C..U+001F (bidirectional class B/S), which Rust leaves out.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f');
    }
    c.is_whitespace()
}

/// Line boundaries of `str.splitlines` (`Py_UNICODE_ISLINEBREAK`).
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    let i = t.partition_point(|&(_, hi)| hi < n);
    i < t.len() && t[i].0 <= n
}

/// General category Lt (titlecase letters).
#[inline]
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(T::TITLE, c)
}

#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(T::LOWER, c)
}

#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(T::UPPER, c)
}

/// The derived Cased property.
#[inline]
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

pub fn is_case_ignorable(c: char) -> bool {
    in_table(T::CASE_IGNORABLE, c)
}

/// Unicode decimal digit (category Nd).
#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(T::DECIMAL, c)
}

/// Numeric_Type=Digit or Decimal: Nd plus superscripts, circled digits, ...
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(T::DIGIT, c)
}

/// Numeric_Type=Digit, Decimal or Numeric: Nd/Nl/No plus CJK numerals.
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(T::NUMERIC, c)
}

/// Letters (categories Lu, Ll, Lt, Lm, Lo).
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(T::ALPHA, c)
}

#[inline]
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(T::XID_START, c)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(T::XID_CONTINUE, c)
}

/// CPython's mapping of `c` when it differs from the Rust-derived one.
fn exception(t: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    t.binary_search_by_key(&(c as u32), |&(k, _)| k).ok().map(|i| t[i].1)
}

/// Full uppercase mapping.
pub fn push_upper(out: &mut String, c: char) {
    match exception(T::UPPER_EXCEPTIONS, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_uppercase()),
    }
}

/// Append the full lowercase mapping of `chars[i]`, with the Final_Sigma
/// rule CPython applies to U+03A3.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
        return;
    }
    match exception(T::LOWER_EXCEPTIONS, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_lowercase()),
    }
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    while j > 0 && is_case_ignorable(chars[j - 1]) {
        j -= 1;
    }
    if j == 0 || !is_cased(chars[j - 1]) {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() && is_case_ignorable(chars[k]) {
        k += 1;
    }
    k == chars.len() || !is_cased(chars[k])
}

/// Full titlecase mapping of one character.
pub fn push_title(out: &mut String, c: char) {
    if let Some(s) = exception(T::TITLE_EXCEPTIONS, c) {
        out.push_str(s);
        return;
    }
    let n = c as u32;
    let mapped = match n {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(n + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC => Some(n),
        0x1FB3 => Some(0x1FBC),
        0x1FC3 => Some(0x1FCC),
        0x1FF3 => Some(0x1FFC),
        _ => None,
    };
    if let Some(m) = mapped.and_then(char::from_u32) {
        out.push(m);
        return;
    }
    if n == 0x149 {
        out.push_str("\u{2bc}N");
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for rest in up {
            out.extend(rest.to_lowercase());
        }
    }
}

/// Full case folding of one character (lower(upper(c)) reproduces the
/// CaseFolding.txt full mappings for all but a few Cherokee letters).
pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some(s) = exception(T::CASEFOLD_EXCEPTIONS, c) {
        out.push_str(s);
        return;
    }
    if c as u32 == 0x131 || (0x13A0..=0x13F5).contains(&(c as u32)) {
        out.push(c);
        return;
    }
    if (0x13F8..=0x13FD).contains(&(c as u32)) {
        out.extend(char::from_u32(c as u32 - 8));
        return;
    }
    if (0xAB70..=0xABBF).contains(&(c as u32)) {
        out.extend(c.to_uppercase());
        return;
    }
    if c.is_uppercase() && !c.is_lowercase() {
        out.extend(c.to_lowercase());
        return;
    }
    for u in c.to_uppercase() {
        out.extend(u.to_lowercase());
    }
}

/// `str.isprintable` for one character (Unicode 14.0, as CPython 3.11).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(T::PRINTABLE, c)
}
