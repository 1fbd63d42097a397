//! Per-character Unicode classification and case mapping for `str`
//! methods, matching CPython 3.11's `unicodectype.c` as closely as Rust's
//! standard tables allow (std exposes the derived Lowercase/Uppercase/
//! Alphabetic/Numeric/White_Space properties and full case mappings).

use crate::algo::number_parse::unicode_decimal;

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

/// General category Lt (titlecase letters).
pub fn is_title(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

#[inline]
pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

#[inline]
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// The derived Cased property.
#[inline]
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title(c)
}

/// Case_Ignorable (approximation: the ASCII/Latin-1 members, general
/// punctuation apostrophes, modifier letters and combining marks).
pub fn is_case_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x27 | 0x2E | 0x3A | 0x5E | 0x60 | 0xA8 | 0xAD | 0xAF | 0xB4 | 0xB7 | 0xB8
        | 0x2B0..=0x36F | 0x374 | 0x375 | 0x37A | 0x384 | 0x385 | 0x387
        | 0x483..=0x489 | 0x591..=0x5BD | 0x2018 | 0x2019 | 0x2024 | 0x2027
        | 0x200B..=0x200F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Unicode decimal digit (category Nd).
#[inline]
pub fn is_decimal(c: char) -> bool {
    unicode_decimal(c).is_some()
}

/// Numeric_Type=Digit or Decimal: Nd plus superscripts, circled digits, ...
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    is_decimal(c)
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
            | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x10E60..=0x10E68
            | 0x11052..=0x1105A | 0x1F100..=0x1F10A)
}

/// Numeric_Type=Digit, Decimal or Numeric: Nd/Nl/No plus CJK numerals.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.is_numeric()
        || matches!(c as u32,
            0x3405 | 0x3483 | 0x382A | 0x3B4D | 0x4E00 | 0x4E03 | 0x4E07 | 0x4E09 | 0x4E5D | 0x4E8C | 0x4E94
            | 0x4E96 | 0x4EBF | 0x4EC0 | 0x4EDF | 0x4EE8 | 0x4F0D | 0x4F70 | 0x5104 | 0x5146 | 0x5169 | 0x516B
            | 0x516D | 0x5341 | 0x5343..=0x5345 | 0x534C | 0x53C1..=0x53C4 | 0x56DB | 0x58F1 | 0x58F9 | 0x5E7A
            | 0x5EFE | 0x5EFF | 0x5F0C..=0x5F0E | 0x5F10 | 0x62FE | 0x634C | 0x67D2 | 0x6F06 | 0x7396 | 0x767E
            | 0x8086 | 0x842C | 0x8CAE | 0x8CB3 | 0x8D30 | 0x9621 | 0x9646 | 0x964C | 0x9678 | 0x96F6
            | 0xF96B | 0xF973 | 0xF978 | 0xF9B2 | 0xF9D1 | 0xF9D3 | 0xF9FD | 0x2F890)
}

/// Letters (categories Lu, Ll, Lt, Lm, Lo): Alphabetic minus the
/// letter-numbers and the Other_Alphabetic combining marks we can spot.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !is_case_ignorable(c) && !is_combining_vowel(c)
}

/// Common Other_Alphabetic spacing/nonspacing marks (Indic vowel signs).
fn is_combining_vowel(c: char) -> bool {
    matches!(c as u32, 0x900..=0x903 | 0x93A..=0x93C | 0x93E..=0x94F | 0x955..=0x957 | 0x962 | 0x963
        | 0x981..=0x983 | 0x9BE..=0x9CC | 0x9D7 | 0xA01..=0xA03 | 0xA3E..=0xA4C | 0xA81..=0xA83 | 0xABE..=0xACC
        | 0xB01..=0xB03 | 0xB3E..=0xB4C | 0xB82 | 0xBBE..=0xBCC | 0xC00..=0xC04 | 0xC3E..=0xC4C | 0xD00..=0xD03
        | 0xD3E..=0xD4C | 0xE31 | 0xE34..=0xE3A | 0xE4D | 0xEB1 | 0xEB4..=0xEB9 | 0x5B0..=0x5BD | 0x64B..=0x657)
}

#[inline]
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_xid_start(c: char) -> bool {
    unicode_ident::is_xid_start(c)
}

pub fn is_xid_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// Append the full lowercase mapping of `chars[i]`, with the Final_Sigma
/// rule CPython applies to U+03A3.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
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
