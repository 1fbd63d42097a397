//! The format-spec mini-language (`format(value, spec)` / `str.format`),
//! following CPython 3.11's `Python/formatter_unicode.c`.
//!
//! Errors are returned as CPython's exception messages.  They are all
//! ValueErrors except the ones recognised by [`is_overflow_error`]
//! (OverflowError: "%c arg not in range(0x110000)",
//! "Python int too large to convert to C long",
//! "int too large to convert to float").
//!
//! Messages that name the type say 'int', 'float', 'complex' or 'str'; for a
//! subclass (e.g. bool) the caller may substitute the real type name.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{DtoaFlags, double_to_string};
use super::number_parse::{bigint_to_f64, unicode_decimal};

/// A parsed format specification:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (' ' by default, '0' when `zero_pad` and no explicit fill).
    pub fill: char,
    /// Explicit alignment ('<', '>', '=', '^'); `None` means the type's default
    /// ('<' for str, '>' for numbers, or '=' for numbers with `zero_pad`).
    pub align: Option<char>,
    /// '+', '-' or ' '.
    pub sign: Option<char>,
    /// 'z' flag (3.11): coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    /// '#' flag.
    pub alternate: bool,
    /// The '0' flag (only recognised when no explicit fill was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type, `None` when omitted.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// OverflowError message for `format(n, 'c')` / `'%c' % n` out of range.
pub const C_ARG_RANGE_MSG: &str = "%c arg not in range(0x110000)";
/// OverflowError message for `format(n, 'c')` with n outside C long.
pub const C_LONG_OVERFLOW_MSG: &str = "Python int too large to convert to C long";
/// OverflowError message for int -> float conversion (int with e/f/g/%).
pub const INT_TO_FLOAT_OVERFLOW_MSG: &str = "int too large to convert to float";

/// Whether an error message returned by this module is an OverflowError
/// (all others are ValueErrors).
pub fn is_overflow_error(msg: &str) -> bool {
    msg == C_ARG_RANGE_MSG || msg == C_LONG_OVERFLOW_MSG || msg == INT_TO_FLOAT_OVERFLOW_MSG
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

const TOO_MANY_DIGITS: &str = "Too many decimal digits in format string";

/// Parse a run of (Unicode) decimal digits starting at `*pos`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let mut consumed = false;
    while *pos < chars.len() {
        let Some(d) = unicode_decimal(chars[*pos]) else {
            break;
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(TOO_MANY_DIGITS.to_string());
        }
        acc = acc * 10 + d;
        consumed = true;
        *pos += 1;
    }
    Ok(if consumed { Some(acc) } else { None })
}

fn type_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

fn grouping_type_error(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with {}.", sep, type_repr(ty))
}

fn unknown_type_error(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{}'",
        type_repr(ty),
        type_name
    )
}

/// Validate the grouping option against the (effective) type, as the end of
/// CPython's `parse_internal_render_format_spec` does.
fn check_grouping(spec: &FormatSpec, default_ty: Option<char>) -> Result<(), String> {
    if let Some(sep) = spec.grouping {
        match spec.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => return Err(grouping_type_error(sep, t)),
        }
    }
    Ok(())
}

/// Parse a format spec; the "Invalid format specifier" message names the
/// type `object` (use [`parse_format_spec_for`] to name the real type).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parse a format spec for a value of type `type_name` (used only in the
/// "Invalid format specifier '...' for object of type '...'" message).
///
/// Grouping/type compatibility is checked here when a type is given; when
/// the type is omitted it is checked by the `format_*` functions against the
/// value's default type (e.g. "Cannot specify ',' with 's'." for str).
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        out.align = Some(chars[1]);
        out.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if out.ty.is_some() {
        check_grouping(&out, None)?;
    }
    Ok(out)
}

/// Left/right padding counts for `len` chars in `width` with `align`.
fn calc_padding(len: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.unwrap_or(0).max(len);
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    check_grouping(spec, Some('s'))?;
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_type_error(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut len = s.chars().count();
    let body: &str = match spec.precision {
        Some(p) if p < len => {
            len = p;
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    let (l, r) = calc_padding(len, spec.width, align);
    let mut out = String::with_capacity(body.len() + l + r);
    push_n(&mut out, spec.fill, l);
    out.push_str(body);
    push_n(&mut out, spec.fill, r);
    Ok(out)
}

/// Separator and group size: ',' → (',', 3), '_' → ('_', 3), or every four
/// digits with '_' for binary/octal/hex.
fn locale_for(spec: &FormatSpec, ty: char) -> Option<(char, usize)> {
    if ty == 'n' {
        return None; // C locale: no grouping
    }
    match spec.grouping {
        Some(',') => Some((',', 3)),
        Some(_) if matches!(ty, 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        Some(_) => Some(('_', 3)),
        None => None,
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: group `digits` (ASCII),
/// zero-extending on the left until the result is at least `min_width` wide.
fn insert_grouping(digits: &str, min_width: isize, group: Option<(char, usize)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    // Pieces are produced right to left.
    let mut pieces: Vec<String> = Vec::new();
    let take = |n_zeros: isize, n_chars: isize, remaining: isize| {
        let mut p = String::new();
        push_n(&mut p, '0', n_zeros.max(0) as usize);
        let start = (remaining - n_chars) as usize;
        p.push_str(std::str::from_utf8(&d[start..remaining as usize]).unwrap_or(""));
        p
    };
    let mut broke = false;
    if let Some((_, size)) = group {
        let size = size as isize;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            pieces.push(take(n_zeros, n_chars, remaining));
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        pieces.push(take(n_zeros, n_chars, remaining));
    }
    let sep = group.map(|g| g.0.to_string()).unwrap_or_default();
    pieces.reverse();
    pieces.join(&sep)
}

/// Number layout (CPython's `calc_number_widths` + `fill_number`):
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn fill_number(
    parts: &NumberParts,
    sign_opt: Option<char>,
    fill: char,
    align: char,
    width: Option<usize>,
    group: Option<(char, usize)>,
    upper: bool,
) -> String {
    let sign = match (sign_opt, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as usize;
    let n_prefix = parts.prefix.chars().count();
    let n_decimal = parts.has_decimal as usize;
    let n_remainder = parts.remainder.chars().count();
    let non_digit = (n_sign + n_prefix + n_decimal + n_remainder) as isize;
    let width_i = width.map_or(-1, |w| w as isize);
    let min_width = if fill == '0' && align == '=' {
        width_i - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, group)
    };
    let grouped_len = grouped.chars().count() as isize;
    let n_padding = width_i - (non_digit + grouped_len);
    let (mut lpad, mut spad, mut rpad) = (0usize, 0usize, 0usize);
    if n_padding > 0 {
        let n = n_padding as usize;
        match align {
            '<' => rpad = n,
            '^' => {
                lpad = n / 2;
                rpad = n - lpad;
            }
            '=' => spad = n,
            _ => lpad = n,
        }
    }
    let mut out = String::new();
    push_n(&mut out, fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_n(&mut out, fill, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_n(&mut out, fill, rpad);
    out
}

fn numeric_align(spec: &FormatSpec) -> char {
    spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' })
}

/// `format(n, spec)` for an int.  Float presentation types (e E f F g G %)
/// convert to float first, as CPython does.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    check_grouping(spec, Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(n).ok_or_else(|| INT_TO_FLOAT_OVERFLOW_MSG.to_string())?;
            return format_float(x, spec);
        }
        _ => return Err(unknown_type_error(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let align = numeric_align(spec);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let v = n.to_i64().ok_or_else(|| C_LONG_OVERFLOW_MSG.to_string())?;
        let ch = u32::try_from(v)
            .ok()
            .filter(|&v| v <= 0x10ffff)
            .ok_or_else(|| C_ARG_RANGE_MSG.to_string())?;
        // Lone surrogates cannot be represented in a Rust String; use U+FFFD.
        let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
        let rem = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &rem,
        };
        return Ok(fill_number(
            &parts, None, spec.fill, align, spec.width, None, false,
        ));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = n.abs().to_str_radix(radix);
    let parts = NumberParts {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(fill_number(
        &parts,
        spec.sign,
        spec.fill,
        align,
        spec.width,
        locale_for(spec, ty),
        ty == 'X',
    ))
}

/// Split a formatted float (without sign) into digits / decimal / remainder
/// like CPython's `parse_number`.
fn split_number(s: &str) -> (&str, bool, &str) {
    let ndig = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &s[..ndig];
    let rest = &s[ndig..];
    if let Some(r) = rest.strip_prefix('.') {
        (digits, true, r)
    } else {
        (digits, false, rest)
    }
}

fn float_flags(spec: &FormatSpec) -> DtoaFlags {
    DtoaFlags {
        sign: false,
        add_dot_0: false,
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
    }
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    check_grouping(spec, None)?;
    let mut ty = spec.ty.unwrap_or('\0');
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {}
        _ => return Err(unknown_type_error(ty, "float")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = float_flags(spec);
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let (digits, has_decimal, remainder) = split_number(body);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let group = locale_for(spec, spec.ty.unwrap_or('\0'));
    Ok(fill_number(
        &parts,
        spec.sign,
        spec.fill,
        numeric_align(spec),
        spec.width,
        group,
        false,
    ))
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    check_grouping(spec, None)?;
    let mut ty = spec.ty.unwrap_or('\0');
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => {}
        _ => return Err(unknown_type_error(ty, "complex")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    let align = spec.align.unwrap_or('>');
    if align == '=' {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let flags = float_flags(spec);
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let re_buf = double_to_string(re, ty, precision, flags);
    let im_buf = double_to_string(im, ty, precision, flags);
    let group = locale_for(spec, spec.ty.unwrap_or('\0'));
    let part = |buf: &str, sign: Option<char>| -> String {
        let (negative, body) = match buf.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, buf),
        };
        let (digits, has_decimal, remainder) = split_number(body);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        };
        fill_number(&parts, sign, '\0', '<', None, group, false)
    };
    let mut inner = String::new();
    if add_parens {
        inner.push('(');
    }
    if !skip_re {
        inner.push_str(&part(&re_buf, spec.sign));
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    inner.push_str(&part(&im_buf, im_sign));
    inner.push('j');
    if add_parens {
        inner.push(')');
    }
    let len = inner.chars().count();
    let (l, r) = calc_padding(len, spec.width, align);
    let mut out = String::new();
    push_n(&mut out, spec.fill, l);
    out.push_str(&inner);
    push_n(&mut out, spec.fill, r);
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    fn fi(n: &str, spec: &str) -> String {
        let n: BigInt = n.parse().unwrap();
        match parse_format_spec_for(spec, "int").and_then(|s| format_int(&n, &s)) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e),
        }
    }
    fn ff(x: f64, spec: &str) -> String {
        match parse_format_spec_for(spec, "float").and_then(|s| format_float(x, &s)) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e),
        }
    }
    fn fs(x: &str, spec: &str) -> String {
        match parse_format_spec_for(spec, "str").and_then(|s| format_str(x, &s)) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e),
        }
    }
    fn fc(re: f64, im: f64, spec: &str) -> String {
        match parse_format_spec_for(spec, "complex").and_then(|s| format_complex(re, im, &s)) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e),
        }
    }

    #[test]
    fn generated_cases() {
        // Generated with CPython 3.11: format(value, spec).
        assert_eq!(fi("0", ""), "0");
        assert_eq!(fi("0", "d"), "0");
        assert_eq!(fi("0", "5"), "    0");
        assert_eq!(fi("0", "-5"), "    0");
        assert_eq!(fi("0", "<5"), "0    ");
        assert_eq!(fi("0", "^6"), "  0   ");
        assert_eq!(fi("0", "=7"), "      0");
        assert_eq!(fi("0", "+"), "+0");
        assert_eq!(fi("0", "+d"), "+0");
        assert_eq!(fi("0", " d"), " 0");
        assert_eq!(fi("0", "-d"), "0");
        assert_eq!(fi("0", "05"), "00000");
        assert_eq!(fi("0", "010,"), "00,000,000");
        assert_eq!(fi("0", "010_"), "00_000_000");
        assert_eq!(fi("0", "+010,"), "+0,000,000");
        assert_eq!(fi("0", "x"), "0");
        assert_eq!(fi("0", "X"), "0");
        assert_eq!(fi("0", "#x"), "0x0");
        assert_eq!(fi("0", "#X"), "0X0");
        assert_eq!(fi("0", "#o"), "0o0");
        assert_eq!(fi("0", "#b"), "0b0");
        assert_eq!(fi("0", "b"), "0");
        assert_eq!(fi("0", "o"), "0");
        assert_eq!(fi("0", "#010x"), "0x00000000");
        assert_eq!(fi("0", "_x"), "0");
        assert_eq!(fi("0", "_b"), "0");
        assert_eq!(fi("0", "#_b"), "0b0");
        assert_eq!(fi("0", "#012_b"), "0b0_0000_0000");
        assert_eq!(fi("0", "_o"), "0");
        assert_eq!(fi("0", ","), "0");
        assert_eq!(fi("0", "_"), "0");
        assert_eq!(fi("0", ",d"), "0");
        assert_eq!(fi("0", "_d"), "0");
        assert_eq!(fi("0", "10,d"), "         0");
        assert_eq!(fi("0", "c"), "\u{0}");
        assert_eq!(fi("0", ">5c"), "    \u{0}");
        assert_eq!(
            fi("0", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("0", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("0", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("0", "n"), "0");
        assert_eq!(fi("0", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("0", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("0", "e"), "0.000000e+00");
        assert_eq!(fi("0", ".2e"), "0.00e+00");
        assert_eq!(fi("0", "f"), "0.000000");
        assert_eq!(fi("0", ".3f"), "0.000");
        assert_eq!(fi("0", "%"), "0.000000%");
        assert_eq!(fi("0", ".1%"), "0.0%");
        assert_eq!(fi("0", "g"), "0");
        assert_eq!(fi("0", "G"), "0");
        assert_eq!(
            fi("0", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("0", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("0", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("0", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("0", "x<10"), "0xxxxxxxxx");
        assert_eq!(fi("0", "x^10,"), "xxxx0xxxxx");
        assert_eq!(fi("0", "0=12,"), "0,000,000,000");
        assert_eq!(fi("0", "0>12,"), "000000000000");
        assert_eq!(fi("0", "0<12,"), "000000000000");
        assert_eq!(fi("0", "*^9X"), "****0****");
        assert_eq!(fi("0", "#012X"), "0X0000000000");
        assert_eq!(fi("0", "=+9"), "+       0");
        assert_eq!(
            fi("0", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("0", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("0", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("0", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("0", "\u{663}"), "  0");
        assert_eq!(fi("0", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("0", "0"), "0");
        assert_eq!(fi("0", "00"), "0");
        assert_eq!(fi("0", "#"), "0");
        assert_eq!(fi("0", "#5"), "    0");
        assert_eq!(fi("1", ""), "1");
        assert_eq!(fi("1", "d"), "1");
        assert_eq!(fi("1", "5"), "    1");
        assert_eq!(fi("1", "-5"), "    1");
        assert_eq!(fi("1", "<5"), "1    ");
        assert_eq!(fi("1", "^6"), "  1   ");
        assert_eq!(fi("1", "=7"), "      1");
        assert_eq!(fi("1", "+"), "+1");
        assert_eq!(fi("1", "+d"), "+1");
        assert_eq!(fi("1", " d"), " 1");
        assert_eq!(fi("1", "-d"), "1");
        assert_eq!(fi("1", "05"), "00001");
        assert_eq!(fi("1", "010,"), "00,000,001");
        assert_eq!(fi("1", "010_"), "00_000_001");
        assert_eq!(fi("1", "+010,"), "+0,000,001");
        assert_eq!(fi("1", "x"), "1");
        assert_eq!(fi("1", "X"), "1");
        assert_eq!(fi("1", "#x"), "0x1");
        assert_eq!(fi("1", "#X"), "0X1");
        assert_eq!(fi("1", "#o"), "0o1");
        assert_eq!(fi("1", "#b"), "0b1");
        assert_eq!(fi("1", "b"), "1");
        assert_eq!(fi("1", "o"), "1");
        assert_eq!(fi("1", "#010x"), "0x00000001");
        assert_eq!(fi("1", "_x"), "1");
        assert_eq!(fi("1", "_b"), "1");
        assert_eq!(fi("1", "#_b"), "0b1");
        assert_eq!(fi("1", "#012_b"), "0b0_0000_0001");
        assert_eq!(fi("1", "_o"), "1");
        assert_eq!(fi("1", ","), "1");
        assert_eq!(fi("1", "_"), "1");
        assert_eq!(fi("1", ",d"), "1");
        assert_eq!(fi("1", "_d"), "1");
        assert_eq!(fi("1", "10,d"), "         1");
        assert_eq!(fi("1", "c"), "\u{1}");
        assert_eq!(fi("1", ">5c"), "    \u{1}");
        assert_eq!(
            fi("1", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("1", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("1", "n"), "1");
        assert_eq!(fi("1", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("1", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("1", "e"), "1.000000e+00");
        assert_eq!(fi("1", ".2e"), "1.00e+00");
        assert_eq!(fi("1", "f"), "1.000000");
        assert_eq!(fi("1", ".3f"), "1.000");
        assert_eq!(fi("1", "%"), "100.000000%");
        assert_eq!(fi("1", ".1%"), "100.0%");
        assert_eq!(fi("1", "g"), "1");
        assert_eq!(fi("1", "G"), "1");
        assert_eq!(
            fi("1", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("1", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("1", "x<10"), "1xxxxxxxxx");
        assert_eq!(fi("1", "x^10,"), "xxxx1xxxxx");
        assert_eq!(fi("1", "0=12,"), "0,000,000,001");
        assert_eq!(fi("1", "0>12,"), "000000000001");
        assert_eq!(fi("1", "0<12,"), "100000000000");
        assert_eq!(fi("1", "*^9X"), "****1****");
        assert_eq!(fi("1", "#012X"), "0X0000000001");
        assert_eq!(fi("1", "=+9"), "+       1");
        assert_eq!(
            fi("1", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("1", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("1", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("1", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("1", "\u{663}"), "  1");
        assert_eq!(fi("1", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("1", "0"), "1");
        assert_eq!(fi("1", "00"), "1");
        assert_eq!(fi("1", "#"), "1");
        assert_eq!(fi("1", "#5"), "    1");
        assert_eq!(fi("-1", ""), "-1");
        assert_eq!(fi("-1", "d"), "-1");
        assert_eq!(fi("-1", "5"), "   -1");
        assert_eq!(fi("-1", "-5"), "   -1");
        assert_eq!(fi("-1", "<5"), "-1   ");
        assert_eq!(fi("-1", "^6"), "  -1  ");
        assert_eq!(fi("-1", "=7"), "-     1");
        assert_eq!(fi("-1", "+"), "-1");
        assert_eq!(fi("-1", "+d"), "-1");
        assert_eq!(fi("-1", " d"), "-1");
        assert_eq!(fi("-1", "-d"), "-1");
        assert_eq!(fi("-1", "05"), "-0001");
        assert_eq!(fi("-1", "010,"), "-0,000,001");
        assert_eq!(fi("-1", "010_"), "-0_000_001");
        assert_eq!(fi("-1", "+010,"), "-0,000,001");
        assert_eq!(fi("-1", "x"), "-1");
        assert_eq!(fi("-1", "X"), "-1");
        assert_eq!(fi("-1", "#x"), "-0x1");
        assert_eq!(fi("-1", "#X"), "-0X1");
        assert_eq!(fi("-1", "#o"), "-0o1");
        assert_eq!(fi("-1", "#b"), "-0b1");
        assert_eq!(fi("-1", "b"), "-1");
        assert_eq!(fi("-1", "o"), "-1");
        assert_eq!(fi("-1", "#010x"), "-0x0000001");
        assert_eq!(fi("-1", "_x"), "-1");
        assert_eq!(fi("-1", "_b"), "-1");
        assert_eq!(fi("-1", "#_b"), "-0b1");
        assert_eq!(fi("-1", "#012_b"), "-0b0000_0001");
        assert_eq!(fi("-1", "_o"), "-1");
        assert_eq!(fi("-1", ","), "-1");
        assert_eq!(fi("-1", "_"), "-1");
        assert_eq!(fi("-1", ",d"), "-1");
        assert_eq!(fi("-1", "_d"), "-1");
        assert_eq!(fi("-1", "10,d"), "        -1");
        assert_eq!(fi("-1", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("-1", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("-1", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-1", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("-1", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("-1", "n"), "-1");
        assert_eq!(fi("-1", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("-1", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("-1", "e"), "-1.000000e+00");
        assert_eq!(fi("-1", ".2e"), "-1.00e+00");
        assert_eq!(fi("-1", "f"), "-1.000000");
        assert_eq!(fi("-1", ".3f"), "-1.000");
        assert_eq!(fi("-1", "%"), "-100.000000%");
        assert_eq!(fi("-1", ".1%"), "-100.0%");
        assert_eq!(fi("-1", "g"), "-1");
        assert_eq!(fi("-1", "G"), "-1");
        assert_eq!(
            fi("-1", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-1", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-1", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-1", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("-1", "x<10"), "-1xxxxxxxx");
        assert_eq!(fi("-1", "x^10,"), "xxxx-1xxxx");
        assert_eq!(fi("-1", "0=12,"), "-000,000,001");
        assert_eq!(fi("-1", "0>12,"), "0000000000-1");
        assert_eq!(fi("-1", "0<12,"), "-10000000000");
        assert_eq!(fi("-1", "*^9X"), "***-1****");
        assert_eq!(fi("-1", "#012X"), "-0X000000001");
        assert_eq!(fi("-1", "=+9"), "-       1");
        assert_eq!(
            fi("-1", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-1", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("-1", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("-1", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("-1", "\u{663}"), " -1");
        assert_eq!(fi("-1", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("-1", "0"), "-1");
        assert_eq!(fi("-1", "00"), "-1");
        assert_eq!(fi("-1", "#"), "-1");
        assert_eq!(fi("-1", "#5"), "   -1");
        assert_eq!(fi("7", ""), "7");
        assert_eq!(fi("7", "d"), "7");
        assert_eq!(fi("7", "5"), "    7");
        assert_eq!(fi("7", "-5"), "    7");
        assert_eq!(fi("7", "<5"), "7    ");
        assert_eq!(fi("7", "^6"), "  7   ");
        assert_eq!(fi("7", "=7"), "      7");
        assert_eq!(fi("7", "+"), "+7");
        assert_eq!(fi("7", "+d"), "+7");
        assert_eq!(fi("7", " d"), " 7");
        assert_eq!(fi("7", "-d"), "7");
        assert_eq!(fi("7", "05"), "00007");
        assert_eq!(fi("7", "010,"), "00,000,007");
        assert_eq!(fi("7", "010_"), "00_000_007");
        assert_eq!(fi("7", "+010,"), "+0,000,007");
        assert_eq!(fi("7", "x"), "7");
        assert_eq!(fi("7", "X"), "7");
        assert_eq!(fi("7", "#x"), "0x7");
        assert_eq!(fi("7", "#X"), "0X7");
        assert_eq!(fi("7", "#o"), "0o7");
        assert_eq!(fi("7", "#b"), "0b111");
        assert_eq!(fi("7", "b"), "111");
        assert_eq!(fi("7", "o"), "7");
        assert_eq!(fi("7", "#010x"), "0x00000007");
        assert_eq!(fi("7", "_x"), "7");
        assert_eq!(fi("7", "_b"), "111");
        assert_eq!(fi("7", "#_b"), "0b111");
        assert_eq!(fi("7", "#012_b"), "0b0_0000_0111");
        assert_eq!(fi("7", "_o"), "7");
        assert_eq!(fi("7", ","), "7");
        assert_eq!(fi("7", "_"), "7");
        assert_eq!(fi("7", ",d"), "7");
        assert_eq!(fi("7", "_d"), "7");
        assert_eq!(fi("7", "10,d"), "         7");
        assert_eq!(fi("7", "c"), "\u{7}");
        assert_eq!(fi("7", ">5c"), "    \u{7}");
        assert_eq!(
            fi("7", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("7", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("7", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("7", "n"), "7");
        assert_eq!(fi("7", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("7", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("7", "e"), "7.000000e+00");
        assert_eq!(fi("7", ".2e"), "7.00e+00");
        assert_eq!(fi("7", "f"), "7.000000");
        assert_eq!(fi("7", ".3f"), "7.000");
        assert_eq!(fi("7", "%"), "700.000000%");
        assert_eq!(fi("7", ".1%"), "700.0%");
        assert_eq!(fi("7", "g"), "7");
        assert_eq!(fi("7", "G"), "7");
        assert_eq!(
            fi("7", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("7", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("7", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("7", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("7", "x<10"), "7xxxxxxxxx");
        assert_eq!(fi("7", "x^10,"), "xxxx7xxxxx");
        assert_eq!(fi("7", "0=12,"), "0,000,000,007");
        assert_eq!(fi("7", "0>12,"), "000000000007");
        assert_eq!(fi("7", "0<12,"), "700000000000");
        assert_eq!(fi("7", "*^9X"), "****7****");
        assert_eq!(fi("7", "#012X"), "0X0000000007");
        assert_eq!(fi("7", "=+9"), "+       7");
        assert_eq!(
            fi("7", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("7", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("7", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("7", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("7", "\u{663}"), "  7");
        assert_eq!(fi("7", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("7", "0"), "7");
        assert_eq!(fi("7", "00"), "7");
        assert_eq!(fi("7", "#"), "7");
        assert_eq!(fi("7", "#5"), "    7");
        assert_eq!(fi("-7", ""), "-7");
        assert_eq!(fi("-7", "d"), "-7");
        assert_eq!(fi("-7", "5"), "   -7");
        assert_eq!(fi("-7", "-5"), "   -7");
        assert_eq!(fi("-7", "<5"), "-7   ");
        assert_eq!(fi("-7", "^6"), "  -7  ");
        assert_eq!(fi("-7", "=7"), "-     7");
        assert_eq!(fi("-7", "+"), "-7");
        assert_eq!(fi("-7", "+d"), "-7");
        assert_eq!(fi("-7", " d"), "-7");
        assert_eq!(fi("-7", "-d"), "-7");
        assert_eq!(fi("-7", "05"), "-0007");
        assert_eq!(fi("-7", "010,"), "-0,000,007");
        assert_eq!(fi("-7", "010_"), "-0_000_007");
        assert_eq!(fi("-7", "+010,"), "-0,000,007");
        assert_eq!(fi("-7", "x"), "-7");
        assert_eq!(fi("-7", "X"), "-7");
        assert_eq!(fi("-7", "#x"), "-0x7");
        assert_eq!(fi("-7", "#X"), "-0X7");
        assert_eq!(fi("-7", "#o"), "-0o7");
        assert_eq!(fi("-7", "#b"), "-0b111");
        assert_eq!(fi("-7", "b"), "-111");
        assert_eq!(fi("-7", "o"), "-7");
        assert_eq!(fi("-7", "#010x"), "-0x0000007");
        assert_eq!(fi("-7", "_x"), "-7");
        assert_eq!(fi("-7", "_b"), "-111");
        assert_eq!(fi("-7", "#_b"), "-0b111");
        assert_eq!(fi("-7", "#012_b"), "-0b0000_0111");
        assert_eq!(fi("-7", "_o"), "-7");
        assert_eq!(fi("-7", ","), "-7");
        assert_eq!(fi("-7", "_"), "-7");
        assert_eq!(fi("-7", ",d"), "-7");
        assert_eq!(fi("-7", "_d"), "-7");
        assert_eq!(fi("-7", "10,d"), "        -7");
        assert_eq!(fi("-7", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("-7", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("-7", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-7", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("-7", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("-7", "n"), "-7");
        assert_eq!(fi("-7", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("-7", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("-7", "e"), "-7.000000e+00");
        assert_eq!(fi("-7", ".2e"), "-7.00e+00");
        assert_eq!(fi("-7", "f"), "-7.000000");
        assert_eq!(fi("-7", ".3f"), "-7.000");
        assert_eq!(fi("-7", "%"), "-700.000000%");
        assert_eq!(fi("-7", ".1%"), "-700.0%");
        assert_eq!(fi("-7", "g"), "-7");
        assert_eq!(fi("-7", "G"), "-7");
        assert_eq!(
            fi("-7", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-7", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-7", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-7", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("-7", "x<10"), "-7xxxxxxxx");
        assert_eq!(fi("-7", "x^10,"), "xxxx-7xxxx");
        assert_eq!(fi("-7", "0=12,"), "-000,000,007");
        assert_eq!(fi("-7", "0>12,"), "0000000000-7");
        assert_eq!(fi("-7", "0<12,"), "-70000000000");
        assert_eq!(fi("-7", "*^9X"), "***-7****");
        assert_eq!(fi("-7", "#012X"), "-0X000000007");
        assert_eq!(fi("-7", "=+9"), "-       7");
        assert_eq!(
            fi("-7", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-7", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("-7", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("-7", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("-7", "\u{663}"), " -7");
        assert_eq!(fi("-7", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("-7", "0"), "-7");
        assert_eq!(fi("-7", "00"), "-7");
        assert_eq!(fi("-7", "#"), "-7");
        assert_eq!(fi("-7", "#5"), "   -7");
        assert_eq!(fi("255", ""), "255");
        assert_eq!(fi("255", "d"), "255");
        assert_eq!(fi("255", "5"), "  255");
        assert_eq!(fi("255", "-5"), "  255");
        assert_eq!(fi("255", "<5"), "255  ");
        assert_eq!(fi("255", "^6"), " 255  ");
        assert_eq!(fi("255", "=7"), "    255");
        assert_eq!(fi("255", "+"), "+255");
        assert_eq!(fi("255", "+d"), "+255");
        assert_eq!(fi("255", " d"), " 255");
        assert_eq!(fi("255", "-d"), "255");
        assert_eq!(fi("255", "05"), "00255");
        assert_eq!(fi("255", "010,"), "00,000,255");
        assert_eq!(fi("255", "010_"), "00_000_255");
        assert_eq!(fi("255", "+010,"), "+0,000,255");
        assert_eq!(fi("255", "x"), "ff");
        assert_eq!(fi("255", "X"), "FF");
        assert_eq!(fi("255", "#x"), "0xff");
        assert_eq!(fi("255", "#X"), "0XFF");
        assert_eq!(fi("255", "#o"), "0o377");
        assert_eq!(fi("255", "#b"), "0b11111111");
        assert_eq!(fi("255", "b"), "11111111");
        assert_eq!(fi("255", "o"), "377");
        assert_eq!(fi("255", "#010x"), "0x000000ff");
        assert_eq!(fi("255", "_x"), "ff");
        assert_eq!(fi("255", "_b"), "1111_1111");
        assert_eq!(fi("255", "#_b"), "0b1111_1111");
        assert_eq!(fi("255", "#012_b"), "0b0_1111_1111");
        assert_eq!(fi("255", "_o"), "377");
        assert_eq!(fi("255", ","), "255");
        assert_eq!(fi("255", "_"), "255");
        assert_eq!(fi("255", ",d"), "255");
        assert_eq!(fi("255", "_d"), "255");
        assert_eq!(fi("255", "10,d"), "       255");
        assert_eq!(fi("255", "c"), "\u{ff}");
        assert_eq!(fi("255", ">5c"), "    \u{ff}");
        assert_eq!(
            fi("255", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("255", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("255", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("255", "n"), "255");
        assert_eq!(fi("255", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("255", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("255", "e"), "2.550000e+02");
        assert_eq!(fi("255", ".2e"), "2.55e+02");
        assert_eq!(fi("255", "f"), "255.000000");
        assert_eq!(fi("255", ".3f"), "255.000");
        assert_eq!(fi("255", "%"), "25500.000000%");
        assert_eq!(fi("255", ".1%"), "25500.0%");
        assert_eq!(fi("255", "g"), "255");
        assert_eq!(fi("255", "G"), "255");
        assert_eq!(
            fi("255", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("255", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("255", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("255", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("255", "x<10"), "255xxxxxxx");
        assert_eq!(fi("255", "x^10,"), "xxx255xxxx");
        assert_eq!(fi("255", "0=12,"), "0,000,000,255");
        assert_eq!(fi("255", "0>12,"), "000000000255");
        assert_eq!(fi("255", "0<12,"), "255000000000");
        assert_eq!(fi("255", "*^9X"), "***FF****");
        assert_eq!(fi("255", "#012X"), "0X00000000FF");
        assert_eq!(fi("255", "=+9"), "+     255");
        assert_eq!(
            fi("255", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("255", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("255", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("255", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("255", "\u{663}"), "255");
        assert_eq!(fi("255", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("255", "0"), "255");
        assert_eq!(fi("255", "00"), "255");
        assert_eq!(fi("255", "#"), "255");
        assert_eq!(fi("255", "#5"), "  255");
        assert_eq!(fi("-255", ""), "-255");
        assert_eq!(fi("-255", "d"), "-255");
        assert_eq!(fi("-255", "5"), " -255");
        assert_eq!(fi("-255", "-5"), " -255");
        assert_eq!(fi("-255", "<5"), "-255 ");
        assert_eq!(fi("-255", "^6"), " -255 ");
        assert_eq!(fi("-255", "=7"), "-   255");
        assert_eq!(fi("-255", "+"), "-255");
        assert_eq!(fi("-255", "+d"), "-255");
        assert_eq!(fi("-255", " d"), "-255");
        assert_eq!(fi("-255", "-d"), "-255");
        assert_eq!(fi("-255", "05"), "-0255");
        assert_eq!(fi("-255", "010,"), "-0,000,255");
        assert_eq!(fi("-255", "010_"), "-0_000_255");
        assert_eq!(fi("-255", "+010,"), "-0,000,255");
        assert_eq!(fi("-255", "x"), "-ff");
        assert_eq!(fi("-255", "X"), "-FF");
        assert_eq!(fi("-255", "#x"), "-0xff");
        assert_eq!(fi("-255", "#X"), "-0XFF");
        assert_eq!(fi("-255", "#o"), "-0o377");
        assert_eq!(fi("-255", "#b"), "-0b11111111");
        assert_eq!(fi("-255", "b"), "-11111111");
        assert_eq!(fi("-255", "o"), "-377");
        assert_eq!(fi("-255", "#010x"), "-0x00000ff");
        assert_eq!(fi("-255", "_x"), "-ff");
        assert_eq!(fi("-255", "_b"), "-1111_1111");
        assert_eq!(fi("-255", "#_b"), "-0b1111_1111");
        assert_eq!(fi("-255", "#012_b"), "-0b1111_1111");
        assert_eq!(fi("-255", "_o"), "-377");
        assert_eq!(fi("-255", ","), "-255");
        assert_eq!(fi("-255", "_"), "-255");
        assert_eq!(fi("-255", ",d"), "-255");
        assert_eq!(fi("-255", "_d"), "-255");
        assert_eq!(fi("-255", "10,d"), "      -255");
        assert_eq!(fi("-255", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("-255", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("-255", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-255", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("-255", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("-255", "n"), "-255");
        assert_eq!(fi("-255", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("-255", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("-255", "e"), "-2.550000e+02");
        assert_eq!(fi("-255", ".2e"), "-2.55e+02");
        assert_eq!(fi("-255", "f"), "-255.000000");
        assert_eq!(fi("-255", ".3f"), "-255.000");
        assert_eq!(fi("-255", "%"), "-25500.000000%");
        assert_eq!(fi("-255", ".1%"), "-25500.0%");
        assert_eq!(fi("-255", "g"), "-255");
        assert_eq!(fi("-255", "G"), "-255");
        assert_eq!(
            fi("-255", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-255", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-255", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-255", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("-255", "x<10"), "-255xxxxxx");
        assert_eq!(fi("-255", "x^10,"), "xxx-255xxx");
        assert_eq!(fi("-255", "0=12,"), "-000,000,255");
        assert_eq!(fi("-255", "0>12,"), "00000000-255");
        assert_eq!(fi("-255", "0<12,"), "-25500000000");
        assert_eq!(fi("-255", "*^9X"), "***-FF***");
        assert_eq!(fi("-255", "#012X"), "-0X0000000FF");
        assert_eq!(fi("-255", "=+9"), "-     255");
        assert_eq!(
            fi("-255", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-255", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("-255", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("-255", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("-255", "\u{663}"), "-255");
        assert_eq!(
            fi("-255", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("-255", "0"), "-255");
        assert_eq!(fi("-255", "00"), "-255");
        assert_eq!(fi("-255", "#"), "-255");
        assert_eq!(fi("-255", "#5"), " -255");
        assert_eq!(fi("1234", ""), "1234");
        assert_eq!(fi("1234", "d"), "1234");
        assert_eq!(fi("1234", "5"), " 1234");
        assert_eq!(fi("1234", "-5"), " 1234");
        assert_eq!(fi("1234", "<5"), "1234 ");
        assert_eq!(fi("1234", "^6"), " 1234 ");
        assert_eq!(fi("1234", "=7"), "   1234");
        assert_eq!(fi("1234", "+"), "+1234");
        assert_eq!(fi("1234", "+d"), "+1234");
        assert_eq!(fi("1234", " d"), " 1234");
        assert_eq!(fi("1234", "-d"), "1234");
        assert_eq!(fi("1234", "05"), "01234");
        assert_eq!(fi("1234", "010,"), "00,001,234");
        assert_eq!(fi("1234", "010_"), "00_001_234");
        assert_eq!(fi("1234", "+010,"), "+0,001,234");
        assert_eq!(fi("1234", "x"), "4d2");
        assert_eq!(fi("1234", "X"), "4D2");
        assert_eq!(fi("1234", "#x"), "0x4d2");
        assert_eq!(fi("1234", "#X"), "0X4D2");
        assert_eq!(fi("1234", "#o"), "0o2322");
        assert_eq!(fi("1234", "#b"), "0b10011010010");
        assert_eq!(fi("1234", "b"), "10011010010");
        assert_eq!(fi("1234", "o"), "2322");
        assert_eq!(fi("1234", "#010x"), "0x000004d2");
        assert_eq!(fi("1234", "_x"), "4d2");
        assert_eq!(fi("1234", "_b"), "100_1101_0010");
        assert_eq!(fi("1234", "#_b"), "0b100_1101_0010");
        assert_eq!(fi("1234", "#012_b"), "0b100_1101_0010");
        assert_eq!(fi("1234", "_o"), "2322");
        assert_eq!(fi("1234", ","), "1,234");
        assert_eq!(fi("1234", "_"), "1_234");
        assert_eq!(fi("1234", ",d"), "1,234");
        assert_eq!(fi("1234", "_d"), "1_234");
        assert_eq!(fi("1234", "10,d"), "     1,234");
        assert_eq!(fi("1234", "c"), "\u{4d2}");
        assert_eq!(fi("1234", ">5c"), "    \u{4d2}");
        assert_eq!(
            fi("1234", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1234", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("1234", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("1234", "n"), "1234");
        assert_eq!(fi("1234", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("1234", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("1234", "e"), "1.234000e+03");
        assert_eq!(fi("1234", ".2e"), "1.23e+03");
        assert_eq!(fi("1234", "f"), "1234.000000");
        assert_eq!(fi("1234", ".3f"), "1234.000");
        assert_eq!(fi("1234", "%"), "123400.000000%");
        assert_eq!(fi("1234", ".1%"), "123400.0%");
        assert_eq!(fi("1234", "g"), "1234");
        assert_eq!(fi("1234", "G"), "1234");
        assert_eq!(
            fi("1234", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("1234", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1234", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1234", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("1234", "x<10"), "1234xxxxxx");
        assert_eq!(fi("1234", "x^10,"), "xx1,234xxx");
        assert_eq!(fi("1234", "0=12,"), "0,000,001,234");
        assert_eq!(fi("1234", "0>12,"), "00000001,234");
        assert_eq!(fi("1234", "0<12,"), "1,2340000000");
        assert_eq!(fi("1234", "*^9X"), "***4D2***");
        assert_eq!(fi("1234", "#012X"), "0X00000004D2");
        assert_eq!(fi("1234", "=+9"), "+    1234");
        assert_eq!(
            fi("1234", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("1234", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("1234", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("1234", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("1234", "\u{663}"), "1234");
        assert_eq!(
            fi("1234", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("1234", "0"), "1234");
        assert_eq!(fi("1234", "00"), "1234");
        assert_eq!(fi("1234", "#"), "1234");
        assert_eq!(fi("1234", "#5"), " 1234");
        assert_eq!(fi("-1234", ""), "-1234");
        assert_eq!(fi("-1234", "d"), "-1234");
        assert_eq!(fi("-1234", "5"), "-1234");
        assert_eq!(fi("-1234", "-5"), "-1234");
        assert_eq!(fi("-1234", "<5"), "-1234");
        assert_eq!(fi("-1234", "^6"), "-1234 ");
        assert_eq!(fi("-1234", "=7"), "-  1234");
        assert_eq!(fi("-1234", "+"), "-1234");
        assert_eq!(fi("-1234", "+d"), "-1234");
        assert_eq!(fi("-1234", " d"), "-1234");
        assert_eq!(fi("-1234", "-d"), "-1234");
        assert_eq!(fi("-1234", "05"), "-1234");
        assert_eq!(fi("-1234", "010,"), "-0,001,234");
        assert_eq!(fi("-1234", "010_"), "-0_001_234");
        assert_eq!(fi("-1234", "+010,"), "-0,001,234");
        assert_eq!(fi("-1234", "x"), "-4d2");
        assert_eq!(fi("-1234", "X"), "-4D2");
        assert_eq!(fi("-1234", "#x"), "-0x4d2");
        assert_eq!(fi("-1234", "#X"), "-0X4D2");
        assert_eq!(fi("-1234", "#o"), "-0o2322");
        assert_eq!(fi("-1234", "#b"), "-0b10011010010");
        assert_eq!(fi("-1234", "b"), "-10011010010");
        assert_eq!(fi("-1234", "o"), "-2322");
        assert_eq!(fi("-1234", "#010x"), "-0x00004d2");
        assert_eq!(fi("-1234", "_x"), "-4d2");
        assert_eq!(fi("-1234", "_b"), "-100_1101_0010");
        assert_eq!(fi("-1234", "#_b"), "-0b100_1101_0010");
        assert_eq!(fi("-1234", "#012_b"), "-0b100_1101_0010");
        assert_eq!(fi("-1234", "_o"), "-2322");
        assert_eq!(fi("-1234", ","), "-1,234");
        assert_eq!(fi("-1234", "_"), "-1_234");
        assert_eq!(fi("-1234", ",d"), "-1,234");
        assert_eq!(fi("-1234", "_d"), "-1_234");
        assert_eq!(fi("-1234", "10,d"), "    -1,234");
        assert_eq!(fi("-1234", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("-1234", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("-1234", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-1234", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("-1234", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("-1234", "n"), "-1234");
        assert_eq!(fi("-1234", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("-1234", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("-1234", "e"), "-1.234000e+03");
        assert_eq!(fi("-1234", ".2e"), "-1.23e+03");
        assert_eq!(fi("-1234", "f"), "-1234.000000");
        assert_eq!(fi("-1234", ".3f"), "-1234.000");
        assert_eq!(fi("-1234", "%"), "-123400.000000%");
        assert_eq!(fi("-1234", ".1%"), "-123400.0%");
        assert_eq!(fi("-1234", "g"), "-1234");
        assert_eq!(fi("-1234", "G"), "-1234");
        assert_eq!(
            fi("-1234", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-1234", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-1234", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-1234", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("-1234", "x<10"), "-1234xxxxx");
        assert_eq!(fi("-1234", "x^10,"), "xx-1,234xx");
        assert_eq!(fi("-1234", "0=12,"), "-000,001,234");
        assert_eq!(fi("-1234", "0>12,"), "000000-1,234");
        assert_eq!(fi("-1234", "0<12,"), "-1,234000000");
        assert_eq!(fi("-1234", "*^9X"), "**-4D2***");
        assert_eq!(fi("-1234", "#012X"), "-0X0000004D2");
        assert_eq!(fi("-1234", "=+9"), "-    1234");
        assert_eq!(
            fi("-1234", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-1234", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("-1234", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("-1234", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("-1234", "\u{663}"), "-1234");
        assert_eq!(
            fi("-1234", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("-1234", "0"), "-1234");
        assert_eq!(fi("-1234", "00"), "-1234");
        assert_eq!(fi("-1234", "#"), "-1234");
        assert_eq!(fi("-1234", "#5"), "-1234");
        assert_eq!(fi("1234567", ""), "1234567");
        assert_eq!(fi("1234567", "d"), "1234567");
        assert_eq!(fi("1234567", "5"), "1234567");
        assert_eq!(fi("1234567", "-5"), "1234567");
        assert_eq!(fi("1234567", "<5"), "1234567");
        assert_eq!(fi("1234567", "^6"), "1234567");
        assert_eq!(fi("1234567", "=7"), "1234567");
        assert_eq!(fi("1234567", "+"), "+1234567");
        assert_eq!(fi("1234567", "+d"), "+1234567");
        assert_eq!(fi("1234567", " d"), " 1234567");
        assert_eq!(fi("1234567", "-d"), "1234567");
        assert_eq!(fi("1234567", "05"), "1234567");
        assert_eq!(fi("1234567", "010,"), "01,234,567");
        assert_eq!(fi("1234567", "010_"), "01_234_567");
        assert_eq!(fi("1234567", "+010,"), "+1,234,567");
        assert_eq!(fi("1234567", "x"), "12d687");
        assert_eq!(fi("1234567", "X"), "12D687");
        assert_eq!(fi("1234567", "#x"), "0x12d687");
        assert_eq!(fi("1234567", "#X"), "0X12D687");
        assert_eq!(fi("1234567", "#o"), "0o4553207");
        assert_eq!(fi("1234567", "#b"), "0b100101101011010000111");
        assert_eq!(fi("1234567", "b"), "100101101011010000111");
        assert_eq!(fi("1234567", "o"), "4553207");
        assert_eq!(fi("1234567", "#010x"), "0x0012d687");
        assert_eq!(fi("1234567", "_x"), "12_d687");
        assert_eq!(fi("1234567", "_b"), "1_0010_1101_0110_1000_0111");
        assert_eq!(fi("1234567", "#_b"), "0b1_0010_1101_0110_1000_0111");
        assert_eq!(fi("1234567", "#012_b"), "0b1_0010_1101_0110_1000_0111");
        assert_eq!(fi("1234567", "_o"), "455_3207");
        assert_eq!(fi("1234567", ","), "1,234,567");
        assert_eq!(fi("1234567", "_"), "1_234_567");
        assert_eq!(fi("1234567", ",d"), "1,234,567");
        assert_eq!(fi("1234567", "_d"), "1_234_567");
        assert_eq!(fi("1234567", "10,d"), " 1,234,567");
        assert_eq!(fi("1234567", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("1234567", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("1234567", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1234567", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("1234567", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("1234567", "n"), "1234567");
        assert_eq!(fi("1234567", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("1234567", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("1234567", "e"), "1.234567e+06");
        assert_eq!(fi("1234567", ".2e"), "1.23e+06");
        assert_eq!(fi("1234567", "f"), "1234567.000000");
        assert_eq!(fi("1234567", ".3f"), "1234567.000");
        assert_eq!(fi("1234567", "%"), "123456700.000000%");
        assert_eq!(fi("1234567", ".1%"), "123456700.0%");
        assert_eq!(fi("1234567", "g"), "1.23457e+06");
        assert_eq!(fi("1234567", "G"), "1.23457E+06");
        assert_eq!(
            fi("1234567", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("1234567", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1234567", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1234567", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("1234567", "x<10"), "1234567xxx");
        assert_eq!(fi("1234567", "x^10,"), "1,234,567x");
        assert_eq!(fi("1234567", "0=12,"), "0,001,234,567");
        assert_eq!(fi("1234567", "0>12,"), "0001,234,567");
        assert_eq!(fi("1234567", "0<12,"), "1,234,567000");
        assert_eq!(fi("1234567", "*^9X"), "*12D687**");
        assert_eq!(fi("1234567", "#012X"), "0X000012D687");
        assert_eq!(fi("1234567", "=+9"), "+ 1234567");
        assert_eq!(
            fi("1234567", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("1234567", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("1234567", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("1234567", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("1234567", "\u{663}"), "1234567");
        assert_eq!(
            fi("1234567", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("1234567", "0"), "1234567");
        assert_eq!(fi("1234567", "00"), "1234567");
        assert_eq!(fi("1234567", "#"), "1234567");
        assert_eq!(fi("1234567", "#5"), "1234567");
        assert_eq!(fi("-1234567", ""), "-1234567");
        assert_eq!(fi("-1234567", "d"), "-1234567");
        assert_eq!(fi("-1234567", "5"), "-1234567");
        assert_eq!(fi("-1234567", "-5"), "-1234567");
        assert_eq!(fi("-1234567", "<5"), "-1234567");
        assert_eq!(fi("-1234567", "^6"), "-1234567");
        assert_eq!(fi("-1234567", "=7"), "-1234567");
        assert_eq!(fi("-1234567", "+"), "-1234567");
        assert_eq!(fi("-1234567", "+d"), "-1234567");
        assert_eq!(fi("-1234567", " d"), "-1234567");
        assert_eq!(fi("-1234567", "-d"), "-1234567");
        assert_eq!(fi("-1234567", "05"), "-1234567");
        assert_eq!(fi("-1234567", "010,"), "-1,234,567");
        assert_eq!(fi("-1234567", "010_"), "-1_234_567");
        assert_eq!(fi("-1234567", "+010,"), "-1,234,567");
        assert_eq!(fi("-1234567", "x"), "-12d687");
        assert_eq!(fi("-1234567", "X"), "-12D687");
        assert_eq!(fi("-1234567", "#x"), "-0x12d687");
        assert_eq!(fi("-1234567", "#X"), "-0X12D687");
        assert_eq!(fi("-1234567", "#o"), "-0o4553207");
        assert_eq!(fi("-1234567", "#b"), "-0b100101101011010000111");
        assert_eq!(fi("-1234567", "b"), "-100101101011010000111");
        assert_eq!(fi("-1234567", "o"), "-4553207");
        assert_eq!(fi("-1234567", "#010x"), "-0x012d687");
        assert_eq!(fi("-1234567", "_x"), "-12_d687");
        assert_eq!(fi("-1234567", "_b"), "-1_0010_1101_0110_1000_0111");
        assert_eq!(fi("-1234567", "#_b"), "-0b1_0010_1101_0110_1000_0111");
        assert_eq!(fi("-1234567", "#012_b"), "-0b1_0010_1101_0110_1000_0111");
        assert_eq!(fi("-1234567", "_o"), "-455_3207");
        assert_eq!(fi("-1234567", ","), "-1,234,567");
        assert_eq!(fi("-1234567", "_"), "-1_234_567");
        assert_eq!(fi("-1234567", ",d"), "-1,234,567");
        assert_eq!(fi("-1234567", "_d"), "-1_234_567");
        assert_eq!(fi("-1234567", "10,d"), "-1,234,567");
        assert_eq!(fi("-1234567", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("-1234567", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("-1234567", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-1234567", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("-1234567", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("-1234567", "n"), "-1234567");
        assert_eq!(fi("-1234567", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("-1234567", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("-1234567", "e"), "-1.234567e+06");
        assert_eq!(fi("-1234567", ".2e"), "-1.23e+06");
        assert_eq!(fi("-1234567", "f"), "-1234567.000000");
        assert_eq!(fi("-1234567", ".3f"), "-1234567.000");
        assert_eq!(fi("-1234567", "%"), "-123456700.000000%");
        assert_eq!(fi("-1234567", ".1%"), "-123456700.0%");
        assert_eq!(fi("-1234567", "g"), "-1.23457e+06");
        assert_eq!(fi("-1234567", "G"), "-1.23457E+06");
        assert_eq!(
            fi("-1234567", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-1234567", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-1234567", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-1234567", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("-1234567", "x<10"), "-1234567xx");
        assert_eq!(fi("-1234567", "x^10,"), "-1,234,567");
        assert_eq!(fi("-1234567", "0=12,"), "-001,234,567");
        assert_eq!(fi("-1234567", "0>12,"), "00-1,234,567");
        assert_eq!(fi("-1234567", "0<12,"), "-1,234,56700");
        assert_eq!(fi("-1234567", "*^9X"), "*-12D687*");
        assert_eq!(fi("-1234567", "#012X"), "-0X00012D687");
        assert_eq!(fi("-1234567", "=+9"), "- 1234567");
        assert_eq!(
            fi("-1234567", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-1234567", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            fi("-1234567", "."),
            "ERR Format specifier missing precision"
        );
        assert_eq!(
            fi("-1234567", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("-1234567", "\u{663}"), "-1234567");
        assert_eq!(
            fi("-1234567", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("-1234567", "0"), "-1234567");
        assert_eq!(fi("-1234567", "00"), "-1234567");
        assert_eq!(fi("-1234567", "#"), "-1234567");
        assert_eq!(fi("-1234567", "#5"), "-1234567");
        assert_eq!(fi("100000000000000000000", ""), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "d"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "5"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "-5"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "<5"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "^6"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "=7"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "+"), "+100000000000000000000");
        assert_eq!(fi("100000000000000000000", "+d"), "+100000000000000000000");
        assert_eq!(fi("100000000000000000000", " d"), " 100000000000000000000");
        assert_eq!(fi("100000000000000000000", "-d"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "05"), "100000000000000000000");
        assert_eq!(
            fi("100000000000000000000", "010,"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "010_"),
            "100_000_000_000_000_000_000"
        );
        assert_eq!(
            fi("100000000000000000000", "+010,"),
            "+100,000,000,000,000,000,000"
        );
        assert_eq!(fi("100000000000000000000", "x"), "56bc75e2d63100000");
        assert_eq!(fi("100000000000000000000", "X"), "56BC75E2D63100000");
        assert_eq!(fi("100000000000000000000", "#x"), "0x56bc75e2d63100000");
        assert_eq!(fi("100000000000000000000", "#X"), "0X56BC75E2D63100000");
        assert_eq!(
            fi("100000000000000000000", "#o"),
            "0o12657072742654304000000"
        );
        assert_eq!(
            fi("100000000000000000000", "#b"),
            "0b1010110101111000111010111100010110101100011000100000000000000000000"
        );
        assert_eq!(
            fi("100000000000000000000", "b"),
            "1010110101111000111010111100010110101100011000100000000000000000000"
        );
        assert_eq!(fi("100000000000000000000", "o"), "12657072742654304000000");
        assert_eq!(fi("100000000000000000000", "#010x"), "0x56bc75e2d63100000");
        assert_eq!(fi("100000000000000000000", "_x"), "5_6bc7_5e2d_6310_0000");
        assert_eq!(
            fi("100000000000000000000", "_b"),
            "101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("100000000000000000000", "#_b"),
            "0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("100000000000000000000", "#012_b"),
            "0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("100000000000000000000", "_o"),
            "126_5707_2742_6543_0400_0000"
        );
        assert_eq!(
            fi("100000000000000000000", ","),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "_"),
            "100_000_000_000_000_000_000"
        );
        assert_eq!(
            fi("100000000000000000000", ",d"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "_d"),
            "100_000_000_000_000_000_000"
        );
        assert_eq!(
            fi("100000000000000000000", "10,d"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "c"),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi("100000000000000000000", ">5c"),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi("100000000000000000000", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("100000000000000000000", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("100000000000000000000", ",c"),
            "ERR Cannot specify ',' with 'c'."
        );
        assert_eq!(fi("100000000000000000000", "n"), "100000000000000000000");
        assert_eq!(
            fi("100000000000000000000", "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            fi("100000000000000000000", ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(fi("100000000000000000000", "e"), "1.000000e+20");
        assert_eq!(fi("100000000000000000000", ".2e"), "1.00e+20");
        assert_eq!(
            fi("100000000000000000000", "f"),
            "100000000000000000000.000000"
        );
        assert_eq!(
            fi("100000000000000000000", ".3f"),
            "100000000000000000000.000"
        );
        assert_eq!(
            fi("100000000000000000000", "%"),
            "10000000000000000000000.000000%"
        );
        assert_eq!(
            fi("100000000000000000000", ".1%"),
            "10000000000000000000000.0%"
        );
        assert_eq!(fi("100000000000000000000", "g"), "1e+20");
        assert_eq!(fi("100000000000000000000", "G"), "1E+20");
        assert_eq!(
            fi("100000000000000000000", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("100000000000000000000", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("100000000000000000000", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("100000000000000000000", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("100000000000000000000", "x<10"), "100000000000000000000");
        assert_eq!(
            fi("100000000000000000000", "x^10,"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "0=12,"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "0>12,"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            fi("100000000000000000000", "0<12,"),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(fi("100000000000000000000", "*^9X"), "56BC75E2D63100000");
        assert_eq!(fi("100000000000000000000", "#012X"), "0X56BC75E2D63100000");
        assert_eq!(fi("100000000000000000000", "=+9"), "+100000000000000000000");
        assert_eq!(
            fi("100000000000000000000", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("100000000000000000000", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            fi("100000000000000000000", "."),
            "ERR Format specifier missing precision"
        );
        assert_eq!(
            fi("100000000000000000000", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(
            fi("100000000000000000000", "\u{663}"),
            "100000000000000000000"
        );
        assert_eq!(
            fi("100000000000000000000", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("100000000000000000000", "0"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "00"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "#"), "100000000000000000000");
        assert_eq!(fi("100000000000000000000", "#5"), "100000000000000000000");
        assert_eq!(
            fi("-9999999999999999999999997", ""),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "d"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "5"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "-5"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "<5"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "^6"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "=7"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "+"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "+d"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", " d"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "-d"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "05"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "010,"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "010_"),
            "-9_999_999_999_999_999_999_999_997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "+010,"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "x"),
            "-845951614014849fffffd"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "X"),
            "-845951614014849FFFFFD"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#x"),
            "-0x845951614014849fffffd"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#X"),
            "-0X845951614014849FFFFFD"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#o"),
            "-0o4105452130240024411177777775"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#b"),
            "-0b100001000101100101010001011000010100000000010100100001001001111111111111111111111101"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "b"),
            "-100001000101100101010001011000010100000000010100100001001001111111111111111111111101"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "o"),
            "-4105452130240024411177777775"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#010x"),
            "-0x845951614014849fffffd"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "_x"),
            "-8_4595_1614_0148_49ff_fffd"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "_b"),
            "-1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1001_1111_1111_1111_1111_1111_1101"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#_b"),
            "-0b1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1001_1111_1111_1111_1111_1111_1101"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#012_b"),
            "-0b1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1001_1111_1111_1111_1111_1111_1101"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "_o"),
            "-4105_4521_3024_0024_4111_7777_7775"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ","),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "_"),
            "-9_999_999_999_999_999_999_999_997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ",d"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "_d"),
            "-9_999_999_999_999_999_999_999_997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "10,d"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "c"),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ">5c"),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ",c"),
            "ERR Cannot specify ',' with 'c'."
        );
        assert_eq!(
            fi("-9999999999999999999999997", "n"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            fi("-9999999999999999999999997", ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(fi("-9999999999999999999999997", "e"), "-1.000000e+25");
        assert_eq!(fi("-9999999999999999999999997", ".2e"), "-1.00e+25");
        assert_eq!(
            fi("-9999999999999999999999997", "f"),
            "-10000000000000000905969664.000000"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ".3f"),
            "-10000000000000000905969664.000"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "%"),
            "-1000000000000000150726508544.000000%"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ".1%"),
            "-1000000000000000150726508544.0%"
        );
        assert_eq!(fi("-9999999999999999999999997", "g"), "-1e+25");
        assert_eq!(fi("-9999999999999999999999997", "G"), "-1E+25");
        assert_eq!(
            fi("-9999999999999999999999997", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-9999999999999999999999997", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "x<10"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "x^10,"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "0=12,"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "0>12,"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "0<12,"),
            "-9,999,999,999,999,999,999,999,997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "*^9X"),
            "-845951614014849FFFFFD"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#012X"),
            "-0X845951614014849FFFFFD"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "=+9"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "."),
            "ERR Format specifier missing precision"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "\u{663}"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "0"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "00"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#"),
            "-9999999999999999999999997"
        );
        assert_eq!(
            fi("-9999999999999999999999997", "#5"),
            "-9999999999999999999999997"
        );
        assert_eq!(fi("65", ""), "65");
        assert_eq!(fi("65", "d"), "65");
        assert_eq!(fi("65", "5"), "   65");
        assert_eq!(fi("65", "-5"), "   65");
        assert_eq!(fi("65", "<5"), "65   ");
        assert_eq!(fi("65", "^6"), "  65  ");
        assert_eq!(fi("65", "=7"), "     65");
        assert_eq!(fi("65", "+"), "+65");
        assert_eq!(fi("65", "+d"), "+65");
        assert_eq!(fi("65", " d"), " 65");
        assert_eq!(fi("65", "-d"), "65");
        assert_eq!(fi("65", "05"), "00065");
        assert_eq!(fi("65", "010,"), "00,000,065");
        assert_eq!(fi("65", "010_"), "00_000_065");
        assert_eq!(fi("65", "+010,"), "+0,000,065");
        assert_eq!(fi("65", "x"), "41");
        assert_eq!(fi("65", "X"), "41");
        assert_eq!(fi("65", "#x"), "0x41");
        assert_eq!(fi("65", "#X"), "0X41");
        assert_eq!(fi("65", "#o"), "0o101");
        assert_eq!(fi("65", "#b"), "0b1000001");
        assert_eq!(fi("65", "b"), "1000001");
        assert_eq!(fi("65", "o"), "101");
        assert_eq!(fi("65", "#010x"), "0x00000041");
        assert_eq!(fi("65", "_x"), "41");
        assert_eq!(fi("65", "_b"), "100_0001");
        assert_eq!(fi("65", "#_b"), "0b100_0001");
        assert_eq!(fi("65", "#012_b"), "0b0_0100_0001");
        assert_eq!(fi("65", "_o"), "101");
        assert_eq!(fi("65", ","), "65");
        assert_eq!(fi("65", "_"), "65");
        assert_eq!(fi("65", ",d"), "65");
        assert_eq!(fi("65", "_d"), "65");
        assert_eq!(fi("65", "10,d"), "        65");
        assert_eq!(fi("65", "c"), "A");
        assert_eq!(fi("65", ">5c"), "    A");
        assert_eq!(
            fi("65", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("65", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("65", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("65", "n"), "65");
        assert_eq!(fi("65", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("65", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("65", "e"), "6.500000e+01");
        assert_eq!(fi("65", ".2e"), "6.50e+01");
        assert_eq!(fi("65", "f"), "65.000000");
        assert_eq!(fi("65", ".3f"), "65.000");
        assert_eq!(fi("65", "%"), "6500.000000%");
        assert_eq!(fi("65", ".1%"), "6500.0%");
        assert_eq!(fi("65", "g"), "65");
        assert_eq!(fi("65", "G"), "65");
        assert_eq!(
            fi("65", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("65", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("65", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("65", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("65", "x<10"), "65xxxxxxxx");
        assert_eq!(fi("65", "x^10,"), "xxxx65xxxx");
        assert_eq!(fi("65", "0=12,"), "0,000,000,065");
        assert_eq!(fi("65", "0>12,"), "000000000065");
        assert_eq!(fi("65", "0<12,"), "650000000000");
        assert_eq!(fi("65", "*^9X"), "***41****");
        assert_eq!(fi("65", "#012X"), "0X0000000041");
        assert_eq!(fi("65", "=+9"), "+      65");
        assert_eq!(
            fi("65", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("65", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("65", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("65", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("65", "\u{663}"), " 65");
        assert_eq!(fi("65", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("65", "0"), "65");
        assert_eq!(fi("65", "00"), "65");
        assert_eq!(fi("65", "#"), "65");
        assert_eq!(fi("65", "#5"), "   65");
        assert_eq!(fi("1114111", ""), "1114111");
        assert_eq!(fi("1114111", "d"), "1114111");
        assert_eq!(fi("1114111", "5"), "1114111");
        assert_eq!(fi("1114111", "-5"), "1114111");
        assert_eq!(fi("1114111", "<5"), "1114111");
        assert_eq!(fi("1114111", "^6"), "1114111");
        assert_eq!(fi("1114111", "=7"), "1114111");
        assert_eq!(fi("1114111", "+"), "+1114111");
        assert_eq!(fi("1114111", "+d"), "+1114111");
        assert_eq!(fi("1114111", " d"), " 1114111");
        assert_eq!(fi("1114111", "-d"), "1114111");
        assert_eq!(fi("1114111", "05"), "1114111");
        assert_eq!(fi("1114111", "010,"), "01,114,111");
        assert_eq!(fi("1114111", "010_"), "01_114_111");
        assert_eq!(fi("1114111", "+010,"), "+1,114,111");
        assert_eq!(fi("1114111", "x"), "10ffff");
        assert_eq!(fi("1114111", "X"), "10FFFF");
        assert_eq!(fi("1114111", "#x"), "0x10ffff");
        assert_eq!(fi("1114111", "#X"), "0X10FFFF");
        assert_eq!(fi("1114111", "#o"), "0o4177777");
        assert_eq!(fi("1114111", "#b"), "0b100001111111111111111");
        assert_eq!(fi("1114111", "b"), "100001111111111111111");
        assert_eq!(fi("1114111", "o"), "4177777");
        assert_eq!(fi("1114111", "#010x"), "0x0010ffff");
        assert_eq!(fi("1114111", "_x"), "10_ffff");
        assert_eq!(fi("1114111", "_b"), "1_0000_1111_1111_1111_1111");
        assert_eq!(fi("1114111", "#_b"), "0b1_0000_1111_1111_1111_1111");
        assert_eq!(fi("1114111", "#012_b"), "0b1_0000_1111_1111_1111_1111");
        assert_eq!(fi("1114111", "_o"), "417_7777");
        assert_eq!(fi("1114111", ","), "1,114,111");
        assert_eq!(fi("1114111", "_"), "1_114_111");
        assert_eq!(fi("1114111", ",d"), "1,114,111");
        assert_eq!(fi("1114111", "_d"), "1_114_111");
        assert_eq!(fi("1114111", "10,d"), " 1,114,111");
        assert_eq!(fi("1114111", "c"), "\u{10ffff}");
        assert_eq!(fi("1114111", ">5c"), "    \u{10ffff}");
        assert_eq!(
            fi("1114111", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1114111", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("1114111", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("1114111", "n"), "1114111");
        assert_eq!(fi("1114111", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("1114111", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("1114111", "e"), "1.114111e+06");
        assert_eq!(fi("1114111", ".2e"), "1.11e+06");
        assert_eq!(fi("1114111", "f"), "1114111.000000");
        assert_eq!(fi("1114111", ".3f"), "1114111.000");
        assert_eq!(fi("1114111", "%"), "111411100.000000%");
        assert_eq!(fi("1114111", ".1%"), "111411100.0%");
        assert_eq!(fi("1114111", "g"), "1.11411e+06");
        assert_eq!(fi("1114111", "G"), "1.11411E+06");
        assert_eq!(
            fi("1114111", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("1114111", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1114111", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1114111", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("1114111", "x<10"), "1114111xxx");
        assert_eq!(fi("1114111", "x^10,"), "1,114,111x");
        assert_eq!(fi("1114111", "0=12,"), "0,001,114,111");
        assert_eq!(fi("1114111", "0>12,"), "0001,114,111");
        assert_eq!(fi("1114111", "0<12,"), "1,114,111000");
        assert_eq!(fi("1114111", "*^9X"), "*10FFFF**");
        assert_eq!(fi("1114111", "#012X"), "0X000010FFFF");
        assert_eq!(fi("1114111", "=+9"), "+ 1114111");
        assert_eq!(
            fi("1114111", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("1114111", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("1114111", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("1114111", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("1114111", "\u{663}"), "1114111");
        assert_eq!(
            fi("1114111", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("1114111", "0"), "1114111");
        assert_eq!(fi("1114111", "00"), "1114111");
        assert_eq!(fi("1114111", "#"), "1114111");
        assert_eq!(fi("1114111", "#5"), "1114111");
        assert_eq!(fi("1114112", ""), "1114112");
        assert_eq!(fi("1114112", "d"), "1114112");
        assert_eq!(fi("1114112", "5"), "1114112");
        assert_eq!(fi("1114112", "-5"), "1114112");
        assert_eq!(fi("1114112", "<5"), "1114112");
        assert_eq!(fi("1114112", "^6"), "1114112");
        assert_eq!(fi("1114112", "=7"), "1114112");
        assert_eq!(fi("1114112", "+"), "+1114112");
        assert_eq!(fi("1114112", "+d"), "+1114112");
        assert_eq!(fi("1114112", " d"), " 1114112");
        assert_eq!(fi("1114112", "-d"), "1114112");
        assert_eq!(fi("1114112", "05"), "1114112");
        assert_eq!(fi("1114112", "010,"), "01,114,112");
        assert_eq!(fi("1114112", "010_"), "01_114_112");
        assert_eq!(fi("1114112", "+010,"), "+1,114,112");
        assert_eq!(fi("1114112", "x"), "110000");
        assert_eq!(fi("1114112", "X"), "110000");
        assert_eq!(fi("1114112", "#x"), "0x110000");
        assert_eq!(fi("1114112", "#X"), "0X110000");
        assert_eq!(fi("1114112", "#o"), "0o4200000");
        assert_eq!(fi("1114112", "#b"), "0b100010000000000000000");
        assert_eq!(fi("1114112", "b"), "100010000000000000000");
        assert_eq!(fi("1114112", "o"), "4200000");
        assert_eq!(fi("1114112", "#010x"), "0x00110000");
        assert_eq!(fi("1114112", "_x"), "11_0000");
        assert_eq!(fi("1114112", "_b"), "1_0001_0000_0000_0000_0000");
        assert_eq!(fi("1114112", "#_b"), "0b1_0001_0000_0000_0000_0000");
        assert_eq!(fi("1114112", "#012_b"), "0b1_0001_0000_0000_0000_0000");
        assert_eq!(fi("1114112", "_o"), "420_0000");
        assert_eq!(fi("1114112", ","), "1,114,112");
        assert_eq!(fi("1114112", "_"), "1_114_112");
        assert_eq!(fi("1114112", ",d"), "1,114,112");
        assert_eq!(fi("1114112", "_d"), "1_114_112");
        assert_eq!(fi("1114112", "10,d"), " 1,114,112");
        assert_eq!(fi("1114112", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("1114112", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("1114112", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1114112", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("1114112", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("1114112", "n"), "1114112");
        assert_eq!(fi("1114112", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("1114112", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("1114112", "e"), "1.114112e+06");
        assert_eq!(fi("1114112", ".2e"), "1.11e+06");
        assert_eq!(fi("1114112", "f"), "1114112.000000");
        assert_eq!(fi("1114112", ".3f"), "1114112.000");
        assert_eq!(fi("1114112", "%"), "111411200.000000%");
        assert_eq!(fi("1114112", ".1%"), "111411200.0%");
        assert_eq!(fi("1114112", "g"), "1.11411e+06");
        assert_eq!(fi("1114112", "G"), "1.11411E+06");
        assert_eq!(
            fi("1114112", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("1114112", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1114112", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1114112", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("1114112", "x<10"), "1114112xxx");
        assert_eq!(fi("1114112", "x^10,"), "1,114,112x");
        assert_eq!(fi("1114112", "0=12,"), "0,001,114,112");
        assert_eq!(fi("1114112", "0>12,"), "0001,114,112");
        assert_eq!(fi("1114112", "0<12,"), "1,114,112000");
        assert_eq!(fi("1114112", "*^9X"), "*110000**");
        assert_eq!(fi("1114112", "#012X"), "0X0000110000");
        assert_eq!(fi("1114112", "=+9"), "+ 1114112");
        assert_eq!(
            fi("1114112", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("1114112", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("1114112", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("1114112", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("1114112", "\u{663}"), "1114112");
        assert_eq!(
            fi("1114112", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("1114112", "0"), "1114112");
        assert_eq!(fi("1114112", "00"), "1114112");
        assert_eq!(fi("1114112", "#"), "1114112");
        assert_eq!(fi("1114112", "#5"), "1114112");
        assert_eq!(fi("-5", ""), "-5");
        assert_eq!(fi("-5", "d"), "-5");
        assert_eq!(fi("-5", "5"), "   -5");
        assert_eq!(fi("-5", "-5"), "   -5");
        assert_eq!(fi("-5", "<5"), "-5   ");
        assert_eq!(fi("-5", "^6"), "  -5  ");
        assert_eq!(fi("-5", "=7"), "-     5");
        assert_eq!(fi("-5", "+"), "-5");
        assert_eq!(fi("-5", "+d"), "-5");
        assert_eq!(fi("-5", " d"), "-5");
        assert_eq!(fi("-5", "-d"), "-5");
        assert_eq!(fi("-5", "05"), "-0005");
        assert_eq!(fi("-5", "010,"), "-0,000,005");
        assert_eq!(fi("-5", "010_"), "-0_000_005");
        assert_eq!(fi("-5", "+010,"), "-0,000,005");
        assert_eq!(fi("-5", "x"), "-5");
        assert_eq!(fi("-5", "X"), "-5");
        assert_eq!(fi("-5", "#x"), "-0x5");
        assert_eq!(fi("-5", "#X"), "-0X5");
        assert_eq!(fi("-5", "#o"), "-0o5");
        assert_eq!(fi("-5", "#b"), "-0b101");
        assert_eq!(fi("-5", "b"), "-101");
        assert_eq!(fi("-5", "o"), "-5");
        assert_eq!(fi("-5", "#010x"), "-0x0000005");
        assert_eq!(fi("-5", "_x"), "-5");
        assert_eq!(fi("-5", "_b"), "-101");
        assert_eq!(fi("-5", "#_b"), "-0b101");
        assert_eq!(fi("-5", "#012_b"), "-0b0000_0101");
        assert_eq!(fi("-5", "_o"), "-5");
        assert_eq!(fi("-5", ","), "-5");
        assert_eq!(fi("-5", "_"), "-5");
        assert_eq!(fi("-5", ",d"), "-5");
        assert_eq!(fi("-5", "_d"), "-5");
        assert_eq!(fi("-5", "10,d"), "        -5");
        assert_eq!(fi("-5", "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi("-5", ">5c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(
            fi("-5", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("-5", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi("-5", ",c"), "ERR Cannot specify ',' with 'c'.");
        assert_eq!(fi("-5", "n"), "-5");
        assert_eq!(fi("-5", "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(fi("-5", ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(fi("-5", "e"), "-5.000000e+00");
        assert_eq!(fi("-5", ".2e"), "-5.00e+00");
        assert_eq!(fi("-5", "f"), "-5.000000");
        assert_eq!(fi("-5", ".3f"), "-5.000");
        assert_eq!(fi("-5", "%"), "-500.000000%");
        assert_eq!(fi("-5", ".1%"), "-500.0%");
        assert_eq!(fi("-5", "g"), "-5");
        assert_eq!(fi("-5", "G"), "-5");
        assert_eq!(
            fi("-5", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("-5", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-5", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("-5", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi("-5", "x<10"), "-5xxxxxxxx");
        assert_eq!(fi("-5", "x^10,"), "xxxx-5xxxx");
        assert_eq!(fi("-5", "0=12,"), "-000,000,005");
        assert_eq!(fi("-5", "0>12,"), "0000000000-5");
        assert_eq!(fi("-5", "0<12,"), "-50000000000");
        assert_eq!(fi("-5", "*^9X"), "***-5****");
        assert_eq!(fi("-5", "#012X"), "-0X000000005");
        assert_eq!(fi("-5", "=+9"), "-       5");
        assert_eq!(
            fi("-5", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("-5", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("-5", "."), "ERR Format specifier missing precision");
        assert_eq!(
            fi("-5", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(fi("-5", "\u{663}"), " -5");
        assert_eq!(fi("-5", "010.,"), "ERR Format specifier missing precision");
        assert_eq!(fi("-5", "0"), "-5");
        assert_eq!(fi("-5", "00"), "-5");
        assert_eq!(fi("-5", "#"), "-5");
        assert_eq!(fi("-5", "#5"), "   -5");
        assert_eq!(fi("1180591620717411303424", ""), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "d"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "5"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "-5"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "<5"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "^6"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "=7"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "+"), "+1180591620717411303424");
        assert_eq!(
            fi("1180591620717411303424", "+d"),
            "+1180591620717411303424"
        );
        assert_eq!(
            fi("1180591620717411303424", " d"),
            " 1180591620717411303424"
        );
        assert_eq!(fi("1180591620717411303424", "-d"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "05"), "1180591620717411303424");
        assert_eq!(
            fi("1180591620717411303424", "010,"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "010_"),
            "1_180_591_620_717_411_303_424"
        );
        assert_eq!(
            fi("1180591620717411303424", "+010,"),
            "+1,180,591,620,717,411,303,424"
        );
        assert_eq!(fi("1180591620717411303424", "x"), "400000000000000000");
        assert_eq!(fi("1180591620717411303424", "X"), "400000000000000000");
        assert_eq!(fi("1180591620717411303424", "#x"), "0x400000000000000000");
        assert_eq!(fi("1180591620717411303424", "#X"), "0X400000000000000000");
        assert_eq!(
            fi("1180591620717411303424", "#o"),
            "0o200000000000000000000000"
        );
        assert_eq!(
            fi("1180591620717411303424", "#b"),
            "0b10000000000000000000000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(
            fi("1180591620717411303424", "b"),
            "10000000000000000000000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(
            fi("1180591620717411303424", "o"),
            "200000000000000000000000"
        );
        assert_eq!(
            fi("1180591620717411303424", "#010x"),
            "0x400000000000000000"
        );
        assert_eq!(fi("1180591620717411303424", "_x"), "40_0000_0000_0000_0000");
        assert_eq!(
            fi("1180591620717411303424", "_b"),
            "100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("1180591620717411303424", "#_b"),
            "0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("1180591620717411303424", "#012_b"),
            "0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("1180591620717411303424", "_o"),
            "2000_0000_0000_0000_0000_0000"
        );
        assert_eq!(
            fi("1180591620717411303424", ","),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "_"),
            "1_180_591_620_717_411_303_424"
        );
        assert_eq!(
            fi("1180591620717411303424", ",d"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "_d"),
            "1_180_591_620_717_411_303_424"
        );
        assert_eq!(
            fi("1180591620717411303424", "10,d"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "c"),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi("1180591620717411303424", ">5c"),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi("1180591620717411303424", "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1180591620717411303424", "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1180591620717411303424", ",c"),
            "ERR Cannot specify ',' with 'c'."
        );
        assert_eq!(fi("1180591620717411303424", "n"), "1180591620717411303424");
        assert_eq!(
            fi("1180591620717411303424", "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            fi("1180591620717411303424", ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(fi("1180591620717411303424", "e"), "1.180592e+21");
        assert_eq!(fi("1180591620717411303424", ".2e"), "1.18e+21");
        assert_eq!(
            fi("1180591620717411303424", "f"),
            "1180591620717411303424.000000"
        );
        assert_eq!(
            fi("1180591620717411303424", ".3f"),
            "1180591620717411303424.000"
        );
        assert_eq!(
            fi("1180591620717411303424", "%"),
            "118059162071741130342400.000000%"
        );
        assert_eq!(
            fi("1180591620717411303424", ".1%"),
            "118059162071741130342400.0%"
        );
        assert_eq!(fi("1180591620717411303424", "g"), "1.18059e+21");
        assert_eq!(fi("1180591620717411303424", "G"), "1.18059E+21");
        assert_eq!(
            fi("1180591620717411303424", "s"),
            "ERR Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            fi("1180591620717411303424", ".2"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1180591620717411303424", "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1180591620717411303424", "zd"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1180591620717411303424", "x<10"),
            "1180591620717411303424"
        );
        assert_eq!(
            fi("1180591620717411303424", "x^10,"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "0=12,"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "0>12,"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(
            fi("1180591620717411303424", "0<12,"),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(fi("1180591620717411303424", "*^9X"), "400000000000000000");
        assert_eq!(
            fi("1180591620717411303424", "#012X"),
            "0X400000000000000000"
        );
        assert_eq!(
            fi("1180591620717411303424", "=+9"),
            "+1180591620717411303424"
        );
        assert_eq!(
            fi("1180591620717411303424", "a"),
            "ERR Unknown format code 'a' for object of type 'int'"
        );
        assert_eq!(
            fi("1180591620717411303424", "abc"),
            "ERR Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            fi("1180591620717411303424", "."),
            "ERR Format specifier missing precision"
        );
        assert_eq!(
            fi("1180591620717411303424", "12.3.4"),
            "ERR Invalid format specifier '12.3.4' for object of type 'int'"
        );
        assert_eq!(
            fi("1180591620717411303424", "\u{663}"),
            "1180591620717411303424"
        );
        assert_eq!(
            fi("1180591620717411303424", "010.,"),
            "ERR Format specifier missing precision"
        );
        assert_eq!(fi("1180591620717411303424", "0"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "00"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "#"), "1180591620717411303424");
        assert_eq!(fi("1180591620717411303424", "#5"), "1180591620717411303424");
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                ""
            ),
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "d"
            ),
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "x"
            ),
            "1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                ","
            ),
            "10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "c"
            ),
            "ERR Python int too large to convert to C long"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "e"
            ),
            "ERR int too large to convert to float"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "f"
            ),
            "ERR int too large to convert to float"
        );
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "g"
            ),
            "ERR int too large to convert to float"
        );
        assert_eq!(ff(0.0_f64, ""), "0.0");
        assert_eq!(ff(0.0_f64, ".0"), "0e+00");
        assert_eq!(ff(0.0_f64, ".1"), "0e+00");
        assert_eq!(ff(0.0_f64, ".3"), "0.0");
        assert_eq!(ff(0.0_f64, ".10"), "0.0");
        assert_eq!(ff(0.0_f64, ".17"), "0.0");
        assert_eq!(ff(0.0_f64, "e"), "0.000000e+00");
        assert_eq!(ff(0.0_f64, "E"), "0.000000E+00");
        assert_eq!(ff(0.0_f64, ".2e"), "0.00e+00");
        assert_eq!(ff(0.0_f64, "#.0e"), "0.e+00");
        assert_eq!(ff(0.0_f64, "f"), "0.000000");
        assert_eq!(ff(0.0_f64, "F"), "0.000000");
        assert_eq!(ff(0.0_f64, ".2f"), "0.00");
        assert_eq!(ff(0.0_f64, "#.0f"), "0.");
        assert_eq!(ff(0.0_f64, "g"), "0");
        assert_eq!(ff(0.0_f64, "G"), "0");
        assert_eq!(ff(0.0_f64, ".3g"), "0");
        assert_eq!(ff(0.0_f64, "#g"), "0.00000");
        assert_eq!(ff(0.0_f64, "#.3g"), "0.00");
        assert_eq!(ff(0.0_f64, "n"), "0");
        assert_eq!(ff(0.0_f64, ".3n"), "0");
        assert_eq!(ff(0.0_f64, "%"), "0.000000%");
        assert_eq!(ff(0.0_f64, ".1%"), "0.0%");
        assert_eq!(ff(0.0_f64, "10"), "       0.0");
        assert_eq!(ff(0.0_f64, "<10"), "0.0       ");
        assert_eq!(ff(0.0_f64, "^10"), "   0.0    ");
        assert_eq!(ff(0.0_f64, "=10"), "       0.0");
        assert_eq!(ff(0.0_f64, "+"), "+0.0");
        assert_eq!(ff(0.0_f64, "-"), "0.0");
        assert_eq!(ff(0.0_f64, " "), " 0.0");
        assert_eq!(ff(0.0_f64, "010"), "00000000.0");
        assert_eq!(ff(0.0_f64, "010.2f"), "0000000.00");
        assert_eq!(ff(0.0_f64, "+010.2f"), "+000000.00");
        assert_eq!(ff(0.0_f64, "012,"), "00,000,000.0");
        assert_eq!(ff(0.0_f64, "012_.2f"), "0_000_000.00");
        assert_eq!(ff(0.0_f64, ","), "0.0");
        assert_eq!(ff(0.0_f64, "_"), "0.0");
        assert_eq!(ff(0.0_f64, ",.2f"), "0.00");
        assert_eq!(ff(0.0_f64, "_e"), "0.000000e+00");
        assert_eq!(ff(0.0_f64, ",g"), "0");
        assert_eq!(ff(0.0_f64, ",%"), "0.000000%");
        assert_eq!(ff(0.0_f64, "z"), "0.0");
        assert_eq!(ff(0.0_f64, "z.1f"), "0.0");
        assert_eq!(ff(0.0_f64, "z.1e"), "0.0e+00");
        assert_eq!(ff(0.0_f64, "+z.2f"), "+0.00");
        assert_eq!(ff(0.0_f64, "z"), "0.0");
        assert_eq!(
            ff(0.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(0.0_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(0.0_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(0.0_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(0.0_f64, "012,.3f"), "0,000,000.000");
        assert_eq!(ff(0.0_f64, "0=15,.3f"), "000,000,000.000");
        assert_eq!(ff(0.0_f64, "*^15,.2f"), "*****0.00******");
        assert_eq!(ff(0.0_f64, "#"), "0.0");
        assert_eq!(ff(0.0_f64, "#10"), "       0.0");
        assert_eq!(ff(0.0_f64, ".2"), "0.0");
        assert_eq!(ff(0.0_f64, "0"), "0.0");
        assert_eq!(ff(0.0_f64, "1,"), "0.0");
        assert_eq!(ff(0.0_f64, "30,.1f"), "                           0.0");
        assert_eq!(ff(0.0_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(0.0_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(0.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(0.0_f64, "=+12.4e"), "+ 0.0000e+00");
        assert_eq!(ff(-0.0_f64, ""), "-0.0");
        assert_eq!(ff(-0.0_f64, ".0"), "-0e+00");
        assert_eq!(ff(-0.0_f64, ".1"), "-0e+00");
        assert_eq!(ff(-0.0_f64, ".3"), "-0.0");
        assert_eq!(ff(-0.0_f64, ".10"), "-0.0");
        assert_eq!(ff(-0.0_f64, ".17"), "-0.0");
        assert_eq!(ff(-0.0_f64, "e"), "-0.000000e+00");
        assert_eq!(ff(-0.0_f64, "E"), "-0.000000E+00");
        assert_eq!(ff(-0.0_f64, ".2e"), "-0.00e+00");
        assert_eq!(ff(-0.0_f64, "#.0e"), "-0.e+00");
        assert_eq!(ff(-0.0_f64, "f"), "-0.000000");
        assert_eq!(ff(-0.0_f64, "F"), "-0.000000");
        assert_eq!(ff(-0.0_f64, ".2f"), "-0.00");
        assert_eq!(ff(-0.0_f64, "#.0f"), "-0.");
        assert_eq!(ff(-0.0_f64, "g"), "-0");
        assert_eq!(ff(-0.0_f64, "G"), "-0");
        assert_eq!(ff(-0.0_f64, ".3g"), "-0");
        assert_eq!(ff(-0.0_f64, "#g"), "-0.00000");
        assert_eq!(ff(-0.0_f64, "#.3g"), "-0.00");
        assert_eq!(ff(-0.0_f64, "n"), "-0");
        assert_eq!(ff(-0.0_f64, ".3n"), "-0");
        assert_eq!(ff(-0.0_f64, "%"), "-0.000000%");
        assert_eq!(ff(-0.0_f64, ".1%"), "-0.0%");
        assert_eq!(ff(-0.0_f64, "10"), "      -0.0");
        assert_eq!(ff(-0.0_f64, "<10"), "-0.0      ");
        assert_eq!(ff(-0.0_f64, "^10"), "   -0.0   ");
        assert_eq!(ff(-0.0_f64, "=10"), "-      0.0");
        assert_eq!(ff(-0.0_f64, "+"), "-0.0");
        assert_eq!(ff(-0.0_f64, "-"), "-0.0");
        assert_eq!(ff(-0.0_f64, " "), "-0.0");
        assert_eq!(ff(-0.0_f64, "010"), "-0000000.0");
        assert_eq!(ff(-0.0_f64, "010.2f"), "-000000.00");
        assert_eq!(ff(-0.0_f64, "+010.2f"), "-000000.00");
        assert_eq!(ff(-0.0_f64, "012,"), "-0,000,000.0");
        assert_eq!(ff(-0.0_f64, "012_.2f"), "-0_000_000.00");
        assert_eq!(ff(-0.0_f64, ","), "-0.0");
        assert_eq!(ff(-0.0_f64, "_"), "-0.0");
        assert_eq!(ff(-0.0_f64, ",.2f"), "-0.00");
        assert_eq!(ff(-0.0_f64, "_e"), "-0.000000e+00");
        assert_eq!(ff(-0.0_f64, ",g"), "-0");
        assert_eq!(ff(-0.0_f64, ",%"), "-0.000000%");
        assert_eq!(ff(-0.0_f64, "z"), "0.0");
        assert_eq!(ff(-0.0_f64, "z.1f"), "0.0");
        assert_eq!(ff(-0.0_f64, "z.1e"), "0.0e+00");
        assert_eq!(ff(-0.0_f64, "+z.2f"), "+0.00");
        assert_eq!(ff(-0.0_f64, "z"), "0.0");
        assert_eq!(
            ff(-0.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(-0.0_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(-0.0_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(-0.0_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(-0.0_f64, "012,.3f"), "-000,000.000");
        assert_eq!(ff(-0.0_f64, "0=15,.3f"), "-00,000,000.000");
        assert_eq!(ff(-0.0_f64, "*^15,.2f"), "*****-0.00*****");
        assert_eq!(ff(-0.0_f64, "#"), "-0.0");
        assert_eq!(ff(-0.0_f64, "#10"), "      -0.0");
        assert_eq!(ff(-0.0_f64, ".2"), "-0.0");
        assert_eq!(ff(-0.0_f64, "0"), "-0.0");
        assert_eq!(ff(-0.0_f64, "1,"), "-0.0");
        assert_eq!(ff(-0.0_f64, "30,.1f"), "                          -0.0");
        assert_eq!(ff(-0.0_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(-0.0_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(-0.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(-0.0_f64, "=+12.4e"), "- 0.0000e+00");
        assert_eq!(ff(1.0_f64, ""), "1.0");
        assert_eq!(ff(1.0_f64, ".0"), "1e+00");
        assert_eq!(ff(1.0_f64, ".1"), "1e+00");
        assert_eq!(ff(1.0_f64, ".3"), "1.0");
        assert_eq!(ff(1.0_f64, ".10"), "1.0");
        assert_eq!(ff(1.0_f64, ".17"), "1.0");
        assert_eq!(ff(1.0_f64, "e"), "1.000000e+00");
        assert_eq!(ff(1.0_f64, "E"), "1.000000E+00");
        assert_eq!(ff(1.0_f64, ".2e"), "1.00e+00");
        assert_eq!(ff(1.0_f64, "#.0e"), "1.e+00");
        assert_eq!(ff(1.0_f64, "f"), "1.000000");
        assert_eq!(ff(1.0_f64, "F"), "1.000000");
        assert_eq!(ff(1.0_f64, ".2f"), "1.00");
        assert_eq!(ff(1.0_f64, "#.0f"), "1.");
        assert_eq!(ff(1.0_f64, "g"), "1");
        assert_eq!(ff(1.0_f64, "G"), "1");
        assert_eq!(ff(1.0_f64, ".3g"), "1");
        assert_eq!(ff(1.0_f64, "#g"), "1.00000");
        assert_eq!(ff(1.0_f64, "#.3g"), "1.00");
        assert_eq!(ff(1.0_f64, "n"), "1");
        assert_eq!(ff(1.0_f64, ".3n"), "1");
        assert_eq!(ff(1.0_f64, "%"), "100.000000%");
        assert_eq!(ff(1.0_f64, ".1%"), "100.0%");
        assert_eq!(ff(1.0_f64, "10"), "       1.0");
        assert_eq!(ff(1.0_f64, "<10"), "1.0       ");
        assert_eq!(ff(1.0_f64, "^10"), "   1.0    ");
        assert_eq!(ff(1.0_f64, "=10"), "       1.0");
        assert_eq!(ff(1.0_f64, "+"), "+1.0");
        assert_eq!(ff(1.0_f64, "-"), "1.0");
        assert_eq!(ff(1.0_f64, " "), " 1.0");
        assert_eq!(ff(1.0_f64, "010"), "00000001.0");
        assert_eq!(ff(1.0_f64, "010.2f"), "0000001.00");
        assert_eq!(ff(1.0_f64, "+010.2f"), "+000001.00");
        assert_eq!(ff(1.0_f64, "012,"), "00,000,001.0");
        assert_eq!(ff(1.0_f64, "012_.2f"), "0_000_001.00");
        assert_eq!(ff(1.0_f64, ","), "1.0");
        assert_eq!(ff(1.0_f64, "_"), "1.0");
        assert_eq!(ff(1.0_f64, ",.2f"), "1.00");
        assert_eq!(ff(1.0_f64, "_e"), "1.000000e+00");
        assert_eq!(ff(1.0_f64, ",g"), "1");
        assert_eq!(ff(1.0_f64, ",%"), "100.000000%");
        assert_eq!(ff(1.0_f64, "z"), "1.0");
        assert_eq!(ff(1.0_f64, "z.1f"), "1.0");
        assert_eq!(ff(1.0_f64, "z.1e"), "1.0e+00");
        assert_eq!(ff(1.0_f64, "+z.2f"), "+1.00");
        assert_eq!(ff(1.0_f64, "z"), "1.0");
        assert_eq!(
            ff(1.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1.0_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1.0_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1.0_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(1.0_f64, "012,.3f"), "0,000,001.000");
        assert_eq!(ff(1.0_f64, "0=15,.3f"), "000,000,001.000");
        assert_eq!(ff(1.0_f64, "*^15,.2f"), "*****1.00******");
        assert_eq!(ff(1.0_f64, "#"), "1.0");
        assert_eq!(ff(1.0_f64, "#10"), "       1.0");
        assert_eq!(ff(1.0_f64, ".2"), "1.0");
        assert_eq!(ff(1.0_f64, "0"), "1.0");
        assert_eq!(ff(1.0_f64, "1,"), "1.0");
        assert_eq!(ff(1.0_f64, "30,.1f"), "                           1.0");
        assert_eq!(ff(1.0_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1.0_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1.0_f64, "=+12.4e"), "+ 1.0000e+00");
        assert_eq!(ff(-1.0_f64, ""), "-1.0");
        assert_eq!(ff(-1.0_f64, ".0"), "-1e+00");
        assert_eq!(ff(-1.0_f64, ".1"), "-1e+00");
        assert_eq!(ff(-1.0_f64, ".3"), "-1.0");
        assert_eq!(ff(-1.0_f64, ".10"), "-1.0");
        assert_eq!(ff(-1.0_f64, ".17"), "-1.0");
        assert_eq!(ff(-1.0_f64, "e"), "-1.000000e+00");
        assert_eq!(ff(-1.0_f64, "E"), "-1.000000E+00");
        assert_eq!(ff(-1.0_f64, ".2e"), "-1.00e+00");
        assert_eq!(ff(-1.0_f64, "#.0e"), "-1.e+00");
        assert_eq!(ff(-1.0_f64, "f"), "-1.000000");
        assert_eq!(ff(-1.0_f64, "F"), "-1.000000");
        assert_eq!(ff(-1.0_f64, ".2f"), "-1.00");
        assert_eq!(ff(-1.0_f64, "#.0f"), "-1.");
        assert_eq!(ff(-1.0_f64, "g"), "-1");
        assert_eq!(ff(-1.0_f64, "G"), "-1");
        assert_eq!(ff(-1.0_f64, ".3g"), "-1");
        assert_eq!(ff(-1.0_f64, "#g"), "-1.00000");
        assert_eq!(ff(-1.0_f64, "#.3g"), "-1.00");
        assert_eq!(ff(-1.0_f64, "n"), "-1");
        assert_eq!(ff(-1.0_f64, ".3n"), "-1");
        assert_eq!(ff(-1.0_f64, "%"), "-100.000000%");
        assert_eq!(ff(-1.0_f64, ".1%"), "-100.0%");
        assert_eq!(ff(-1.0_f64, "10"), "      -1.0");
        assert_eq!(ff(-1.0_f64, "<10"), "-1.0      ");
        assert_eq!(ff(-1.0_f64, "^10"), "   -1.0   ");
        assert_eq!(ff(-1.0_f64, "=10"), "-      1.0");
        assert_eq!(ff(-1.0_f64, "+"), "-1.0");
        assert_eq!(ff(-1.0_f64, "-"), "-1.0");
        assert_eq!(ff(-1.0_f64, " "), "-1.0");
        assert_eq!(ff(-1.0_f64, "010"), "-0000001.0");
        assert_eq!(ff(-1.0_f64, "010.2f"), "-000001.00");
        assert_eq!(ff(-1.0_f64, "+010.2f"), "-000001.00");
        assert_eq!(ff(-1.0_f64, "012,"), "-0,000,001.0");
        assert_eq!(ff(-1.0_f64, "012_.2f"), "-0_000_001.00");
        assert_eq!(ff(-1.0_f64, ","), "-1.0");
        assert_eq!(ff(-1.0_f64, "_"), "-1.0");
        assert_eq!(ff(-1.0_f64, ",.2f"), "-1.00");
        assert_eq!(ff(-1.0_f64, "_e"), "-1.000000e+00");
        assert_eq!(ff(-1.0_f64, ",g"), "-1");
        assert_eq!(ff(-1.0_f64, ",%"), "-100.000000%");
        assert_eq!(ff(-1.0_f64, "z"), "-1.0");
        assert_eq!(ff(-1.0_f64, "z.1f"), "-1.0");
        assert_eq!(ff(-1.0_f64, "z.1e"), "-1.0e+00");
        assert_eq!(ff(-1.0_f64, "+z.2f"), "-1.00");
        assert_eq!(ff(-1.0_f64, "z"), "-1.0");
        assert_eq!(
            ff(-1.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(-1.0_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(-1.0_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(-1.0_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(-1.0_f64, "012,.3f"), "-000,001.000");
        assert_eq!(ff(-1.0_f64, "0=15,.3f"), "-00,000,001.000");
        assert_eq!(ff(-1.0_f64, "*^15,.2f"), "*****-1.00*****");
        assert_eq!(ff(-1.0_f64, "#"), "-1.0");
        assert_eq!(ff(-1.0_f64, "#10"), "      -1.0");
        assert_eq!(ff(-1.0_f64, ".2"), "-1.0");
        assert_eq!(ff(-1.0_f64, "0"), "-1.0");
        assert_eq!(ff(-1.0_f64, "1,"), "-1.0");
        assert_eq!(ff(-1.0_f64, "30,.1f"), "                          -1.0");
        assert_eq!(ff(-1.0_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(-1.0_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(-1.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(-1.0_f64, "=+12.4e"), "- 1.0000e+00");
        assert_eq!(ff(1.5_f64, ""), "1.5");
        assert_eq!(ff(1.5_f64, ".0"), "2e+00");
        assert_eq!(ff(1.5_f64, ".1"), "2e+00");
        assert_eq!(ff(1.5_f64, ".3"), "1.5");
        assert_eq!(ff(1.5_f64, ".10"), "1.5");
        assert_eq!(ff(1.5_f64, ".17"), "1.5");
        assert_eq!(ff(1.5_f64, "e"), "1.500000e+00");
        assert_eq!(ff(1.5_f64, "E"), "1.500000E+00");
        assert_eq!(ff(1.5_f64, ".2e"), "1.50e+00");
        assert_eq!(ff(1.5_f64, "#.0e"), "2.e+00");
        assert_eq!(ff(1.5_f64, "f"), "1.500000");
        assert_eq!(ff(1.5_f64, "F"), "1.500000");
        assert_eq!(ff(1.5_f64, ".2f"), "1.50");
        assert_eq!(ff(1.5_f64, "#.0f"), "2.");
        assert_eq!(ff(1.5_f64, "g"), "1.5");
        assert_eq!(ff(1.5_f64, "G"), "1.5");
        assert_eq!(ff(1.5_f64, ".3g"), "1.5");
        assert_eq!(ff(1.5_f64, "#g"), "1.50000");
        assert_eq!(ff(1.5_f64, "#.3g"), "1.50");
        assert_eq!(ff(1.5_f64, "n"), "1.5");
        assert_eq!(ff(1.5_f64, ".3n"), "1.5");
        assert_eq!(ff(1.5_f64, "%"), "150.000000%");
        assert_eq!(ff(1.5_f64, ".1%"), "150.0%");
        assert_eq!(ff(1.5_f64, "10"), "       1.5");
        assert_eq!(ff(1.5_f64, "<10"), "1.5       ");
        assert_eq!(ff(1.5_f64, "^10"), "   1.5    ");
        assert_eq!(ff(1.5_f64, "=10"), "       1.5");
        assert_eq!(ff(1.5_f64, "+"), "+1.5");
        assert_eq!(ff(1.5_f64, "-"), "1.5");
        assert_eq!(ff(1.5_f64, " "), " 1.5");
        assert_eq!(ff(1.5_f64, "010"), "00000001.5");
        assert_eq!(ff(1.5_f64, "010.2f"), "0000001.50");
        assert_eq!(ff(1.5_f64, "+010.2f"), "+000001.50");
        assert_eq!(ff(1.5_f64, "012,"), "00,000,001.5");
        assert_eq!(ff(1.5_f64, "012_.2f"), "0_000_001.50");
        assert_eq!(ff(1.5_f64, ","), "1.5");
        assert_eq!(ff(1.5_f64, "_"), "1.5");
        assert_eq!(ff(1.5_f64, ",.2f"), "1.50");
        assert_eq!(ff(1.5_f64, "_e"), "1.500000e+00");
        assert_eq!(ff(1.5_f64, ",g"), "1.5");
        assert_eq!(ff(1.5_f64, ",%"), "150.000000%");
        assert_eq!(ff(1.5_f64, "z"), "1.5");
        assert_eq!(ff(1.5_f64, "z.1f"), "1.5");
        assert_eq!(ff(1.5_f64, "z.1e"), "1.5e+00");
        assert_eq!(ff(1.5_f64, "+z.2f"), "+1.50");
        assert_eq!(ff(1.5_f64, "z"), "1.5");
        assert_eq!(
            ff(1.5_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1.5_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1.5_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1.5_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(1.5_f64, "012,.3f"), "0,000,001.500");
        assert_eq!(ff(1.5_f64, "0=15,.3f"), "000,000,001.500");
        assert_eq!(ff(1.5_f64, "*^15,.2f"), "*****1.50******");
        assert_eq!(ff(1.5_f64, "#"), "1.5");
        assert_eq!(ff(1.5_f64, "#10"), "       1.5");
        assert_eq!(ff(1.5_f64, ".2"), "1.5");
        assert_eq!(ff(1.5_f64, "0"), "1.5");
        assert_eq!(ff(1.5_f64, "1,"), "1.5");
        assert_eq!(ff(1.5_f64, "30,.1f"), "                           1.5");
        assert_eq!(ff(1.5_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1.5_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1.5_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1.5_f64, "=+12.4e"), "+ 1.5000e+00");
        assert_eq!(ff(-2.5_f64, ""), "-2.5");
        assert_eq!(ff(-2.5_f64, ".0"), "-2e+00");
        assert_eq!(ff(-2.5_f64, ".1"), "-2e+00");
        assert_eq!(ff(-2.5_f64, ".3"), "-2.5");
        assert_eq!(ff(-2.5_f64, ".10"), "-2.5");
        assert_eq!(ff(-2.5_f64, ".17"), "-2.5");
        assert_eq!(ff(-2.5_f64, "e"), "-2.500000e+00");
        assert_eq!(ff(-2.5_f64, "E"), "-2.500000E+00");
        assert_eq!(ff(-2.5_f64, ".2e"), "-2.50e+00");
        assert_eq!(ff(-2.5_f64, "#.0e"), "-2.e+00");
        assert_eq!(ff(-2.5_f64, "f"), "-2.500000");
        assert_eq!(ff(-2.5_f64, "F"), "-2.500000");
        assert_eq!(ff(-2.5_f64, ".2f"), "-2.50");
        assert_eq!(ff(-2.5_f64, "#.0f"), "-2.");
        assert_eq!(ff(-2.5_f64, "g"), "-2.5");
        assert_eq!(ff(-2.5_f64, "G"), "-2.5");
        assert_eq!(ff(-2.5_f64, ".3g"), "-2.5");
        assert_eq!(ff(-2.5_f64, "#g"), "-2.50000");
        assert_eq!(ff(-2.5_f64, "#.3g"), "-2.50");
        assert_eq!(ff(-2.5_f64, "n"), "-2.5");
        assert_eq!(ff(-2.5_f64, ".3n"), "-2.5");
        assert_eq!(ff(-2.5_f64, "%"), "-250.000000%");
        assert_eq!(ff(-2.5_f64, ".1%"), "-250.0%");
        assert_eq!(ff(-2.5_f64, "10"), "      -2.5");
        assert_eq!(ff(-2.5_f64, "<10"), "-2.5      ");
        assert_eq!(ff(-2.5_f64, "^10"), "   -2.5   ");
        assert_eq!(ff(-2.5_f64, "=10"), "-      2.5");
        assert_eq!(ff(-2.5_f64, "+"), "-2.5");
        assert_eq!(ff(-2.5_f64, "-"), "-2.5");
        assert_eq!(ff(-2.5_f64, " "), "-2.5");
        assert_eq!(ff(-2.5_f64, "010"), "-0000002.5");
        assert_eq!(ff(-2.5_f64, "010.2f"), "-000002.50");
        assert_eq!(ff(-2.5_f64, "+010.2f"), "-000002.50");
        assert_eq!(ff(-2.5_f64, "012,"), "-0,000,002.5");
        assert_eq!(ff(-2.5_f64, "012_.2f"), "-0_000_002.50");
        assert_eq!(ff(-2.5_f64, ","), "-2.5");
        assert_eq!(ff(-2.5_f64, "_"), "-2.5");
        assert_eq!(ff(-2.5_f64, ",.2f"), "-2.50");
        assert_eq!(ff(-2.5_f64, "_e"), "-2.500000e+00");
        assert_eq!(ff(-2.5_f64, ",g"), "-2.5");
        assert_eq!(ff(-2.5_f64, ",%"), "-250.000000%");
        assert_eq!(ff(-2.5_f64, "z"), "-2.5");
        assert_eq!(ff(-2.5_f64, "z.1f"), "-2.5");
        assert_eq!(ff(-2.5_f64, "z.1e"), "-2.5e+00");
        assert_eq!(ff(-2.5_f64, "+z.2f"), "-2.50");
        assert_eq!(ff(-2.5_f64, "z"), "-2.5");
        assert_eq!(
            ff(-2.5_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(-2.5_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(-2.5_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(-2.5_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(-2.5_f64, "012,.3f"), "-000,002.500");
        assert_eq!(ff(-2.5_f64, "0=15,.3f"), "-00,000,002.500");
        assert_eq!(ff(-2.5_f64, "*^15,.2f"), "*****-2.50*****");
        assert_eq!(ff(-2.5_f64, "#"), "-2.5");
        assert_eq!(ff(-2.5_f64, "#10"), "      -2.5");
        assert_eq!(ff(-2.5_f64, ".2"), "-2.5");
        assert_eq!(ff(-2.5_f64, "0"), "-2.5");
        assert_eq!(ff(-2.5_f64, "1,"), "-2.5");
        assert_eq!(ff(-2.5_f64, "30,.1f"), "                          -2.5");
        assert_eq!(ff(-2.5_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(-2.5_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(-2.5_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(-2.5_f64, "=+12.4e"), "- 2.5000e+00");
        assert_eq!(ff(0.1_f64, ""), "0.1");
        assert_eq!(ff(0.1_f64, ".0"), "0.1");
        assert_eq!(ff(0.1_f64, ".1"), "0.1");
        assert_eq!(ff(0.1_f64, ".3"), "0.1");
        assert_eq!(ff(0.1_f64, ".10"), "0.1");
        assert_eq!(ff(0.1_f64, ".17"), "0.10000000000000001");
        assert_eq!(ff(0.1_f64, "e"), "1.000000e-01");
        assert_eq!(ff(0.1_f64, "E"), "1.000000E-01");
        assert_eq!(ff(0.1_f64, ".2e"), "1.00e-01");
        assert_eq!(ff(0.1_f64, "#.0e"), "1.e-01");
        assert_eq!(ff(0.1_f64, "f"), "0.100000");
        assert_eq!(ff(0.1_f64, "F"), "0.100000");
        assert_eq!(ff(0.1_f64, ".2f"), "0.10");
        assert_eq!(ff(0.1_f64, "#.0f"), "0.");
        assert_eq!(ff(0.1_f64, "g"), "0.1");
        assert_eq!(ff(0.1_f64, "G"), "0.1");
        assert_eq!(ff(0.1_f64, ".3g"), "0.1");
        assert_eq!(ff(0.1_f64, "#g"), "0.100000");
        assert_eq!(ff(0.1_f64, "#.3g"), "0.100");
        assert_eq!(ff(0.1_f64, "n"), "0.1");
        assert_eq!(ff(0.1_f64, ".3n"), "0.1");
        assert_eq!(ff(0.1_f64, "%"), "10.000000%");
        assert_eq!(ff(0.1_f64, ".1%"), "10.0%");
        assert_eq!(ff(0.1_f64, "10"), "       0.1");
        assert_eq!(ff(0.1_f64, "<10"), "0.1       ");
        assert_eq!(ff(0.1_f64, "^10"), "   0.1    ");
        assert_eq!(ff(0.1_f64, "=10"), "       0.1");
        assert_eq!(ff(0.1_f64, "+"), "+0.1");
        assert_eq!(ff(0.1_f64, "-"), "0.1");
        assert_eq!(ff(0.1_f64, " "), " 0.1");
        assert_eq!(ff(0.1_f64, "010"), "00000000.1");
        assert_eq!(ff(0.1_f64, "010.2f"), "0000000.10");
        assert_eq!(ff(0.1_f64, "+010.2f"), "+000000.10");
        assert_eq!(ff(0.1_f64, "012,"), "00,000,000.1");
        assert_eq!(ff(0.1_f64, "012_.2f"), "0_000_000.10");
        assert_eq!(ff(0.1_f64, ","), "0.1");
        assert_eq!(ff(0.1_f64, "_"), "0.1");
        assert_eq!(ff(0.1_f64, ",.2f"), "0.10");
        assert_eq!(ff(0.1_f64, "_e"), "1.000000e-01");
        assert_eq!(ff(0.1_f64, ",g"), "0.1");
        assert_eq!(ff(0.1_f64, ",%"), "10.000000%");
        assert_eq!(ff(0.1_f64, "z"), "0.1");
        assert_eq!(ff(0.1_f64, "z.1f"), "0.1");
        assert_eq!(ff(0.1_f64, "z.1e"), "1.0e-01");
        assert_eq!(ff(0.1_f64, "+z.2f"), "+0.10");
        assert_eq!(ff(0.1_f64, "z"), "0.1");
        assert_eq!(
            ff(0.1_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(0.1_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(0.1_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(0.1_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(0.1_f64, "012,.3f"), "0,000,000.100");
        assert_eq!(ff(0.1_f64, "0=15,.3f"), "000,000,000.100");
        assert_eq!(ff(0.1_f64, "*^15,.2f"), "*****0.10******");
        assert_eq!(ff(0.1_f64, "#"), "0.1");
        assert_eq!(ff(0.1_f64, "#10"), "       0.1");
        assert_eq!(ff(0.1_f64, ".2"), "0.1");
        assert_eq!(ff(0.1_f64, "0"), "0.1");
        assert_eq!(ff(0.1_f64, "1,"), "0.1");
        assert_eq!(ff(0.1_f64, "30,.1f"), "                           0.1");
        assert_eq!(ff(0.1_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(0.1_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(0.1_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(0.1_f64, "=+12.4e"), "+ 1.0000e-01");
        assert_eq!(ff(1234.5678_f64, ""), "1234.5678");
        assert_eq!(ff(1234.5678_f64, ".0"), "1e+03");
        assert_eq!(ff(1234.5678_f64, ".1"), "1e+03");
        assert_eq!(ff(1234.5678_f64, ".3"), "1.23e+03");
        assert_eq!(ff(1234.5678_f64, ".10"), "1234.5678");
        assert_eq!(ff(1234.5678_f64, ".17"), "1234.5678");
        assert_eq!(ff(1234.5678_f64, "e"), "1.234568e+03");
        assert_eq!(ff(1234.5678_f64, "E"), "1.234568E+03");
        assert_eq!(ff(1234.5678_f64, ".2e"), "1.23e+03");
        assert_eq!(ff(1234.5678_f64, "#.0e"), "1.e+03");
        assert_eq!(ff(1234.5678_f64, "f"), "1234.567800");
        assert_eq!(ff(1234.5678_f64, "F"), "1234.567800");
        assert_eq!(ff(1234.5678_f64, ".2f"), "1234.57");
        assert_eq!(ff(1234.5678_f64, "#.0f"), "1235.");
        assert_eq!(ff(1234.5678_f64, "g"), "1234.57");
        assert_eq!(ff(1234.5678_f64, "G"), "1234.57");
        assert_eq!(ff(1234.5678_f64, ".3g"), "1.23e+03");
        assert_eq!(ff(1234.5678_f64, "#g"), "1234.57");
        assert_eq!(ff(1234.5678_f64, "#.3g"), "1.23e+03");
        assert_eq!(ff(1234.5678_f64, "n"), "1234.57");
        assert_eq!(ff(1234.5678_f64, ".3n"), "1.23e+03");
        assert_eq!(ff(1234.5678_f64, "%"), "123456.780000%");
        assert_eq!(ff(1234.5678_f64, ".1%"), "123456.8%");
        assert_eq!(ff(1234.5678_f64, "10"), " 1234.5678");
        assert_eq!(ff(1234.5678_f64, "<10"), "1234.5678 ");
        assert_eq!(ff(1234.5678_f64, "^10"), "1234.5678 ");
        assert_eq!(ff(1234.5678_f64, "=10"), " 1234.5678");
        assert_eq!(ff(1234.5678_f64, "+"), "+1234.5678");
        assert_eq!(ff(1234.5678_f64, "-"), "1234.5678");
        assert_eq!(ff(1234.5678_f64, " "), " 1234.5678");
        assert_eq!(ff(1234.5678_f64, "010"), "01234.5678");
        assert_eq!(ff(1234.5678_f64, "010.2f"), "0001234.57");
        assert_eq!(ff(1234.5678_f64, "+010.2f"), "+001234.57");
        assert_eq!(ff(1234.5678_f64, "012,"), "001,234.5678");
        assert_eq!(ff(1234.5678_f64, "012_.2f"), "0_001_234.57");
        assert_eq!(ff(1234.5678_f64, ","), "1,234.5678");
        assert_eq!(ff(1234.5678_f64, "_"), "1_234.5678");
        assert_eq!(ff(1234.5678_f64, ",.2f"), "1,234.57");
        assert_eq!(ff(1234.5678_f64, "_e"), "1.234568e+03");
        assert_eq!(ff(1234.5678_f64, ",g"), "1,234.57");
        assert_eq!(ff(1234.5678_f64, ",%"), "123,456.780000%");
        assert_eq!(ff(1234.5678_f64, "z"), "1234.5678");
        assert_eq!(ff(1234.5678_f64, "z.1f"), "1234.6");
        assert_eq!(ff(1234.5678_f64, "z.1e"), "1.2e+03");
        assert_eq!(ff(1234.5678_f64, "+z.2f"), "+1234.57");
        assert_eq!(ff(1234.5678_f64, "z"), "1234.5678");
        assert_eq!(
            ff(1234.5678_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1234.5678_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1234.5678_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1234.5678_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(1234.5678_f64, "012,.3f"), "0,001,234.568");
        assert_eq!(ff(1234.5678_f64, "0=15,.3f"), "000,001,234.568");
        assert_eq!(ff(1234.5678_f64, "*^15,.2f"), "***1,234.57****");
        assert_eq!(ff(1234.5678_f64, "#"), "1234.5678");
        assert_eq!(ff(1234.5678_f64, "#10"), " 1234.5678");
        assert_eq!(ff(1234.5678_f64, ".2"), "1.2e+03");
        assert_eq!(ff(1234.5678_f64, "0"), "1234.5678");
        assert_eq!(ff(1234.5678_f64, "1,"), "1,234.5678");
        assert_eq!(
            ff(1234.5678_f64, "30,.1f"),
            "                       1,234.6"
        );
        assert_eq!(ff(1234.5678_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1234.5678_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1234.5678_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1234.5678_f64, "=+12.4e"), "+ 1.2346e+03");
        assert_eq!(ff(-1234567.891_f64, ""), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, ".0"), "-1e+06");
        assert_eq!(ff(-1234567.891_f64, ".1"), "-1e+06");
        assert_eq!(ff(-1234567.891_f64, ".3"), "-1.23e+06");
        assert_eq!(ff(-1234567.891_f64, ".10"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, ".17"), "-1234567.8910000001");
        assert_eq!(ff(-1234567.891_f64, "e"), "-1.234568e+06");
        assert_eq!(ff(-1234567.891_f64, "E"), "-1.234568E+06");
        assert_eq!(ff(-1234567.891_f64, ".2e"), "-1.23e+06");
        assert_eq!(ff(-1234567.891_f64, "#.0e"), "-1.e+06");
        assert_eq!(ff(-1234567.891_f64, "f"), "-1234567.891000");
        assert_eq!(ff(-1234567.891_f64, "F"), "-1234567.891000");
        assert_eq!(ff(-1234567.891_f64, ".2f"), "-1234567.89");
        assert_eq!(ff(-1234567.891_f64, "#.0f"), "-1234568.");
        assert_eq!(ff(-1234567.891_f64, "g"), "-1.23457e+06");
        assert_eq!(ff(-1234567.891_f64, "G"), "-1.23457E+06");
        assert_eq!(ff(-1234567.891_f64, ".3g"), "-1.23e+06");
        assert_eq!(ff(-1234567.891_f64, "#g"), "-1.23457e+06");
        assert_eq!(ff(-1234567.891_f64, "#.3g"), "-1.23e+06");
        assert_eq!(ff(-1234567.891_f64, "n"), "-1.23457e+06");
        assert_eq!(ff(-1234567.891_f64, ".3n"), "-1.23e+06");
        assert_eq!(ff(-1234567.891_f64, "%"), "-123456789.100000%");
        assert_eq!(ff(-1234567.891_f64, ".1%"), "-123456789.1%");
        assert_eq!(ff(-1234567.891_f64, "10"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "<10"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "^10"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "=10"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "+"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "-"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, " "), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "010"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "010.2f"), "-1234567.89");
        assert_eq!(ff(-1234567.891_f64, "+010.2f"), "-1234567.89");
        assert_eq!(ff(-1234567.891_f64, "012,"), "-1,234,567.891");
        assert_eq!(ff(-1234567.891_f64, "012_.2f"), "-1_234_567.89");
        assert_eq!(ff(-1234567.891_f64, ","), "-1,234,567.891");
        assert_eq!(ff(-1234567.891_f64, "_"), "-1_234_567.891");
        assert_eq!(ff(-1234567.891_f64, ",.2f"), "-1,234,567.89");
        assert_eq!(ff(-1234567.891_f64, "_e"), "-1.234568e+06");
        assert_eq!(ff(-1234567.891_f64, ",g"), "-1.23457e+06");
        assert_eq!(ff(-1234567.891_f64, ",%"), "-123,456,789.100000%");
        assert_eq!(ff(-1234567.891_f64, "z"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "z.1f"), "-1234567.9");
        assert_eq!(ff(-1234567.891_f64, "z.1e"), "-1.2e+06");
        assert_eq!(ff(-1234567.891_f64, "+z.2f"), "-1234567.89");
        assert_eq!(ff(-1234567.891_f64, "z"), "-1234567.891");
        assert_eq!(
            ff(-1234567.891_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(-1234567.891_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(-1234567.891_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(-1234567.891_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(-1234567.891_f64, "012,.3f"), "-1,234,567.891");
        assert_eq!(ff(-1234567.891_f64, "0=15,.3f"), "-01,234,567.891");
        assert_eq!(ff(-1234567.891_f64, "*^15,.2f"), "*-1,234,567.89*");
        assert_eq!(ff(-1234567.891_f64, "#"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "#10"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, ".2"), "-1.2e+06");
        assert_eq!(ff(-1234567.891_f64, "0"), "-1234567.891");
        assert_eq!(ff(-1234567.891_f64, "1,"), "-1,234,567.891");
        assert_eq!(
            ff(-1234567.891_f64, "30,.1f"),
            "                  -1,234,567.9"
        );
        assert_eq!(
            ff(-1234567.891_f64, "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            ff(-1234567.891_f64, ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(
            ff(-1234567.891_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(-1234567.891_f64, "=+12.4e"), "- 1.2346e+06");
        assert_eq!(ff(1e+16_f64, ""), "1e+16");
        assert_eq!(ff(1e+16_f64, ".0"), "1e+16");
        assert_eq!(ff(1e+16_f64, ".1"), "1e+16");
        assert_eq!(ff(1e+16_f64, ".3"), "1e+16");
        assert_eq!(ff(1e+16_f64, ".10"), "1e+16");
        assert_eq!(ff(1e+16_f64, ".17"), "1e+16");
        assert_eq!(ff(1e+16_f64, "e"), "1.000000e+16");
        assert_eq!(ff(1e+16_f64, "E"), "1.000000E+16");
        assert_eq!(ff(1e+16_f64, ".2e"), "1.00e+16");
        assert_eq!(ff(1e+16_f64, "#.0e"), "1.e+16");
        assert_eq!(ff(1e+16_f64, "f"), "10000000000000000.000000");
        assert_eq!(ff(1e+16_f64, "F"), "10000000000000000.000000");
        assert_eq!(ff(1e+16_f64, ".2f"), "10000000000000000.00");
        assert_eq!(ff(1e+16_f64, "#.0f"), "10000000000000000.");
        assert_eq!(ff(1e+16_f64, "g"), "1e+16");
        assert_eq!(ff(1e+16_f64, "G"), "1E+16");
        assert_eq!(ff(1e+16_f64, ".3g"), "1e+16");
        assert_eq!(ff(1e+16_f64, "#g"), "1.00000e+16");
        assert_eq!(ff(1e+16_f64, "#.3g"), "1.00e+16");
        assert_eq!(ff(1e+16_f64, "n"), "1e+16");
        assert_eq!(ff(1e+16_f64, ".3n"), "1e+16");
        assert_eq!(ff(1e+16_f64, "%"), "1000000000000000000.000000%");
        assert_eq!(ff(1e+16_f64, ".1%"), "1000000000000000000.0%");
        assert_eq!(ff(1e+16_f64, "10"), "     1e+16");
        assert_eq!(ff(1e+16_f64, "<10"), "1e+16     ");
        assert_eq!(ff(1e+16_f64, "^10"), "  1e+16   ");
        assert_eq!(ff(1e+16_f64, "=10"), "     1e+16");
        assert_eq!(ff(1e+16_f64, "+"), "+1e+16");
        assert_eq!(ff(1e+16_f64, "-"), "1e+16");
        assert_eq!(ff(1e+16_f64, " "), " 1e+16");
        assert_eq!(ff(1e+16_f64, "010"), "000001e+16");
        assert_eq!(ff(1e+16_f64, "010.2f"), "10000000000000000.00");
        assert_eq!(ff(1e+16_f64, "+010.2f"), "+10000000000000000.00");
        assert_eq!(ff(1e+16_f64, "012,"), "0,000,001e+16");
        assert_eq!(ff(1e+16_f64, "012_.2f"), "10_000_000_000_000_000.00");
        assert_eq!(ff(1e+16_f64, ","), "1e+16");
        assert_eq!(ff(1e+16_f64, "_"), "1e+16");
        assert_eq!(ff(1e+16_f64, ",.2f"), "10,000,000,000,000,000.00");
        assert_eq!(ff(1e+16_f64, "_e"), "1.000000e+16");
        assert_eq!(ff(1e+16_f64, ",g"), "1e+16");
        assert_eq!(ff(1e+16_f64, ",%"), "1,000,000,000,000,000,000.000000%");
        assert_eq!(ff(1e+16_f64, "z"), "1e+16");
        assert_eq!(ff(1e+16_f64, "z.1f"), "10000000000000000.0");
        assert_eq!(ff(1e+16_f64, "z.1e"), "1.0e+16");
        assert_eq!(ff(1e+16_f64, "+z.2f"), "+10000000000000000.00");
        assert_eq!(ff(1e+16_f64, "z"), "1e+16");
        assert_eq!(
            ff(1e+16_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+16_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+16_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+16_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(1e+16_f64, "012,.3f"), "10,000,000,000,000,000.000");
        assert_eq!(ff(1e+16_f64, "0=15,.3f"), "10,000,000,000,000,000.000");
        assert_eq!(ff(1e+16_f64, "*^15,.2f"), "10,000,000,000,000,000.00");
        assert_eq!(ff(1e+16_f64, "#"), "1.e+16");
        assert_eq!(ff(1e+16_f64, "#10"), "    1.e+16");
        assert_eq!(ff(1e+16_f64, ".2"), "1e+16");
        assert_eq!(ff(1e+16_f64, "0"), "1e+16");
        assert_eq!(ff(1e+16_f64, "1,"), "1e+16");
        assert_eq!(ff(1e+16_f64, "30,.1f"), "      10,000,000,000,000,000.0");
        assert_eq!(ff(1e+16_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1e+16_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1e+16_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1e+16_f64, "=+12.4e"), "+ 1.0000e+16");
        assert_eq!(ff(1e-05_f64, ""), "1e-05");
        assert_eq!(ff(1e-05_f64, ".0"), "1e-05");
        assert_eq!(ff(1e-05_f64, ".1"), "1e-05");
        assert_eq!(ff(1e-05_f64, ".3"), "1e-05");
        assert_eq!(ff(1e-05_f64, ".10"), "1e-05");
        assert_eq!(ff(1e-05_f64, ".17"), "1.0000000000000001e-05");
        assert_eq!(ff(1e-05_f64, "e"), "1.000000e-05");
        assert_eq!(ff(1e-05_f64, "E"), "1.000000E-05");
        assert_eq!(ff(1e-05_f64, ".2e"), "1.00e-05");
        assert_eq!(ff(1e-05_f64, "#.0e"), "1.e-05");
        assert_eq!(ff(1e-05_f64, "f"), "0.000010");
        assert_eq!(ff(1e-05_f64, "F"), "0.000010");
        assert_eq!(ff(1e-05_f64, ".2f"), "0.00");
        assert_eq!(ff(1e-05_f64, "#.0f"), "0.");
        assert_eq!(ff(1e-05_f64, "g"), "1e-05");
        assert_eq!(ff(1e-05_f64, "G"), "1E-05");
        assert_eq!(ff(1e-05_f64, ".3g"), "1e-05");
        assert_eq!(ff(1e-05_f64, "#g"), "1.00000e-05");
        assert_eq!(ff(1e-05_f64, "#.3g"), "1.00e-05");
        assert_eq!(ff(1e-05_f64, "n"), "1e-05");
        assert_eq!(ff(1e-05_f64, ".3n"), "1e-05");
        assert_eq!(ff(1e-05_f64, "%"), "0.001000%");
        assert_eq!(ff(1e-05_f64, ".1%"), "0.0%");
        assert_eq!(ff(1e-05_f64, "10"), "     1e-05");
        assert_eq!(ff(1e-05_f64, "<10"), "1e-05     ");
        assert_eq!(ff(1e-05_f64, "^10"), "  1e-05   ");
        assert_eq!(ff(1e-05_f64, "=10"), "     1e-05");
        assert_eq!(ff(1e-05_f64, "+"), "+1e-05");
        assert_eq!(ff(1e-05_f64, "-"), "1e-05");
        assert_eq!(ff(1e-05_f64, " "), " 1e-05");
        assert_eq!(ff(1e-05_f64, "010"), "000001e-05");
        assert_eq!(ff(1e-05_f64, "010.2f"), "0000000.00");
        assert_eq!(ff(1e-05_f64, "+010.2f"), "+000000.00");
        assert_eq!(ff(1e-05_f64, "012,"), "0,000,001e-05");
        assert_eq!(ff(1e-05_f64, "012_.2f"), "0_000_000.00");
        assert_eq!(ff(1e-05_f64, ","), "1e-05");
        assert_eq!(ff(1e-05_f64, "_"), "1e-05");
        assert_eq!(ff(1e-05_f64, ",.2f"), "0.00");
        assert_eq!(ff(1e-05_f64, "_e"), "1.000000e-05");
        assert_eq!(ff(1e-05_f64, ",g"), "1e-05");
        assert_eq!(ff(1e-05_f64, ",%"), "0.001000%");
        assert_eq!(ff(1e-05_f64, "z"), "1e-05");
        assert_eq!(ff(1e-05_f64, "z.1f"), "0.0");
        assert_eq!(ff(1e-05_f64, "z.1e"), "1.0e-05");
        assert_eq!(ff(1e-05_f64, "+z.2f"), "+0.00");
        assert_eq!(ff(1e-05_f64, "z"), "1e-05");
        assert_eq!(
            ff(1e-05_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1e-05_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1e-05_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1e-05_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(1e-05_f64, "012,.3f"), "0,000,000.000");
        assert_eq!(ff(1e-05_f64, "0=15,.3f"), "000,000,000.000");
        assert_eq!(ff(1e-05_f64, "*^15,.2f"), "*****0.00******");
        assert_eq!(ff(1e-05_f64, "#"), "1.e-05");
        assert_eq!(ff(1e-05_f64, "#10"), "    1.e-05");
        assert_eq!(ff(1e-05_f64, ".2"), "1e-05");
        assert_eq!(ff(1e-05_f64, "0"), "1e-05");
        assert_eq!(ff(1e-05_f64, "1,"), "1e-05");
        assert_eq!(ff(1e-05_f64, "30,.1f"), "                           0.0");
        assert_eq!(ff(1e-05_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1e-05_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1e-05_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1e-05_f64, "=+12.4e"), "+ 1.0000e-05");
        assert_eq!(ff(123456789.0_f64, ""), "123456789.0");
        assert_eq!(ff(123456789.0_f64, ".0"), "1e+08");
        assert_eq!(ff(123456789.0_f64, ".1"), "1e+08");
        assert_eq!(ff(123456789.0_f64, ".3"), "1.23e+08");
        assert_eq!(ff(123456789.0_f64, ".10"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, ".17"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "e"), "1.234568e+08");
        assert_eq!(ff(123456789.0_f64, "E"), "1.234568E+08");
        assert_eq!(ff(123456789.0_f64, ".2e"), "1.23e+08");
        assert_eq!(ff(123456789.0_f64, "#.0e"), "1.e+08");
        assert_eq!(ff(123456789.0_f64, "f"), "123456789.000000");
        assert_eq!(ff(123456789.0_f64, "F"), "123456789.000000");
        assert_eq!(ff(123456789.0_f64, ".2f"), "123456789.00");
        assert_eq!(ff(123456789.0_f64, "#.0f"), "123456789.");
        assert_eq!(ff(123456789.0_f64, "g"), "1.23457e+08");
        assert_eq!(ff(123456789.0_f64, "G"), "1.23457E+08");
        assert_eq!(ff(123456789.0_f64, ".3g"), "1.23e+08");
        assert_eq!(ff(123456789.0_f64, "#g"), "1.23457e+08");
        assert_eq!(ff(123456789.0_f64, "#.3g"), "1.23e+08");
        assert_eq!(ff(123456789.0_f64, "n"), "1.23457e+08");
        assert_eq!(ff(123456789.0_f64, ".3n"), "1.23e+08");
        assert_eq!(ff(123456789.0_f64, "%"), "12345678900.000000%");
        assert_eq!(ff(123456789.0_f64, ".1%"), "12345678900.0%");
        assert_eq!(ff(123456789.0_f64, "10"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "<10"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "^10"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "=10"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "+"), "+123456789.0");
        assert_eq!(ff(123456789.0_f64, "-"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, " "), " 123456789.0");
        assert_eq!(ff(123456789.0_f64, "010"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "010.2f"), "123456789.00");
        assert_eq!(ff(123456789.0_f64, "+010.2f"), "+123456789.00");
        assert_eq!(ff(123456789.0_f64, "012,"), "123,456,789.0");
        assert_eq!(ff(123456789.0_f64, "012_.2f"), "123_456_789.00");
        assert_eq!(ff(123456789.0_f64, ","), "123,456,789.0");
        assert_eq!(ff(123456789.0_f64, "_"), "123_456_789.0");
        assert_eq!(ff(123456789.0_f64, ",.2f"), "123,456,789.00");
        assert_eq!(ff(123456789.0_f64, "_e"), "1.234568e+08");
        assert_eq!(ff(123456789.0_f64, ",g"), "1.23457e+08");
        assert_eq!(ff(123456789.0_f64, ",%"), "12,345,678,900.000000%");
        assert_eq!(ff(123456789.0_f64, "z"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "z.1f"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "z.1e"), "1.2e+08");
        assert_eq!(ff(123456789.0_f64, "+z.2f"), "+123456789.00");
        assert_eq!(ff(123456789.0_f64, "z"), "123456789.0");
        assert_eq!(
            ff(123456789.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(123456789.0_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(123456789.0_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(123456789.0_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(123456789.0_f64, "012,.3f"), "123,456,789.000");
        assert_eq!(ff(123456789.0_f64, "0=15,.3f"), "123,456,789.000");
        assert_eq!(ff(123456789.0_f64, "*^15,.2f"), "123,456,789.00*");
        assert_eq!(ff(123456789.0_f64, "#"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "#10"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, ".2"), "1.2e+08");
        assert_eq!(ff(123456789.0_f64, "0"), "123456789.0");
        assert_eq!(ff(123456789.0_f64, "1,"), "123,456,789.0");
        assert_eq!(
            ff(123456789.0_f64, "30,.1f"),
            "                 123,456,789.0"
        );
        assert_eq!(
            ff(123456789.0_f64, "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            ff(123456789.0_f64, ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(
            ff(123456789.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(123456789.0_f64, "=+12.4e"), "+ 1.2346e+08");
        assert_eq!(ff(1e+300_f64, ""), "1e+300");
        assert_eq!(ff(1e+300_f64, ".0"), "1e+300");
        assert_eq!(ff(1e+300_f64, ".1"), "1e+300");
        assert_eq!(ff(1e+300_f64, ".3"), "1e+300");
        assert_eq!(ff(1e+300_f64, ".10"), "1e+300");
        assert_eq!(ff(1e+300_f64, ".17"), "1.0000000000000001e+300");
        assert_eq!(ff(1e+300_f64, "e"), "1.000000e+300");
        assert_eq!(ff(1e+300_f64, "E"), "1.000000E+300");
        assert_eq!(ff(1e+300_f64, ".2e"), "1.00e+300");
        assert_eq!(ff(1e+300_f64, "#.0e"), "1.e+300");
        assert_eq!(
            ff(1e+300_f64, "f"),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(
            ff(1e+300_f64, "F"),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(
            ff(1e+300_f64, ".2f"),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        );
        assert_eq!(
            ff(1e+300_f64, "#.0f"),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160."
        );
        assert_eq!(ff(1e+300_f64, "g"), "1e+300");
        assert_eq!(ff(1e+300_f64, "G"), "1E+300");
        assert_eq!(ff(1e+300_f64, ".3g"), "1e+300");
        assert_eq!(ff(1e+300_f64, "#g"), "1.00000e+300");
        assert_eq!(ff(1e+300_f64, "#.3g"), "1.00e+300");
        assert_eq!(ff(1e+300_f64, "n"), "1e+300");
        assert_eq!(ff(1e+300_f64, ".3n"), "1e+300");
        assert_eq!(
            ff(1e+300_f64, "%"),
            "100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%"
        );
        assert_eq!(
            ff(1e+300_f64, ".1%"),
            "100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.0%"
        );
        assert_eq!(ff(1e+300_f64, "10"), "    1e+300");
        assert_eq!(ff(1e+300_f64, "<10"), "1e+300    ");
        assert_eq!(ff(1e+300_f64, "^10"), "  1e+300  ");
        assert_eq!(ff(1e+300_f64, "=10"), "    1e+300");
        assert_eq!(ff(1e+300_f64, "+"), "+1e+300");
        assert_eq!(ff(1e+300_f64, "-"), "1e+300");
        assert_eq!(ff(1e+300_f64, " "), " 1e+300");
        assert_eq!(ff(1e+300_f64, "010"), "00001e+300");
        assert_eq!(
            ff(1e+300_f64, "010.2f"),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        );
        assert_eq!(
            ff(1e+300_f64, "+010.2f"),
            "+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        );
        assert_eq!(ff(1e+300_f64, "012,"), "000,001e+300");
        assert_eq!(
            ff(1e+300_f64, "012_.2f"),
            "1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.00"
        );
        assert_eq!(ff(1e+300_f64, ","), "1e+300");
        assert_eq!(ff(1e+300_f64, "_"), "1e+300");
        assert_eq!(
            ff(1e+300_f64, ",.2f"),
            "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"
        );
        assert_eq!(ff(1e+300_f64, "_e"), "1.000000e+300");
        assert_eq!(ff(1e+300_f64, ",g"), "1e+300");
        assert_eq!(
            ff(1e+300_f64, ",%"),
            "100,000,000,000,000,007,629,703,079,084,894,925,347,346,855,150,656,811,701,601,734,206,211,380,288,125,794,484,142,188,964,691,784,076,639,747,577,138,548,761,372,210,387,844,799,938,291,815,611,350,519,830,750,167,649,856,488,981,626,536,368,095,414,607,314,235,151,058,373,458,986,890,825,155,659,063,617,715,863,205,282,622,390,509,284,183,439,858,617,103,083,735,673,849,899,204,570,498,157,510,656.000000%"
        );
        assert_eq!(ff(1e+300_f64, "z"), "1e+300");
        assert_eq!(
            ff(1e+300_f64, "z.1f"),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0"
        );
        assert_eq!(ff(1e+300_f64, "z.1e"), "1.0e+300");
        assert_eq!(
            ff(1e+300_f64, "+z.2f"),
            "+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        );
        assert_eq!(ff(1e+300_f64, "z"), "1e+300");
        assert_eq!(
            ff(1e+300_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+300_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+300_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+300_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+300_f64, "012,.3f"),
            "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000"
        );
        assert_eq!(
            ff(1e+300_f64, "0=15,.3f"),
            "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000"
        );
        assert_eq!(
            ff(1e+300_f64, "*^15,.2f"),
            "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"
        );
        assert_eq!(ff(1e+300_f64, "#"), "1.e+300");
        assert_eq!(ff(1e+300_f64, "#10"), "   1.e+300");
        assert_eq!(ff(1e+300_f64, ".2"), "1e+300");
        assert_eq!(ff(1e+300_f64, "0"), "1e+300");
        assert_eq!(ff(1e+300_f64, "1,"), "1e+300");
        assert_eq!(
            ff(1e+300_f64, "30,.1f"),
            "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.0"
        );
        assert_eq!(ff(1e+300_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1e+300_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1e+300_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1e+300_f64, "=+12.4e"), "+1.0000e+300");
        assert_eq!(ff(5e-324_f64, ""), "5e-324");
        assert_eq!(ff(5e-324_f64, ".0"), "5e-324");
        assert_eq!(ff(5e-324_f64, ".1"), "5e-324");
        assert_eq!(ff(5e-324_f64, ".3"), "4.94e-324");
        assert_eq!(ff(5e-324_f64, ".10"), "4.940656458e-324");
        assert_eq!(ff(5e-324_f64, ".17"), "4.9406564584124654e-324");
        assert_eq!(ff(5e-324_f64, "e"), "4.940656e-324");
        assert_eq!(ff(5e-324_f64, "E"), "4.940656E-324");
        assert_eq!(ff(5e-324_f64, ".2e"), "4.94e-324");
        assert_eq!(ff(5e-324_f64, "#.0e"), "5.e-324");
        assert_eq!(ff(5e-324_f64, "f"), "0.000000");
        assert_eq!(ff(5e-324_f64, "F"), "0.000000");
        assert_eq!(ff(5e-324_f64, ".2f"), "0.00");
        assert_eq!(ff(5e-324_f64, "#.0f"), "0.");
        assert_eq!(ff(5e-324_f64, "g"), "4.94066e-324");
        assert_eq!(ff(5e-324_f64, "G"), "4.94066E-324");
        assert_eq!(ff(5e-324_f64, ".3g"), "4.94e-324");
        assert_eq!(ff(5e-324_f64, "#g"), "4.94066e-324");
        assert_eq!(ff(5e-324_f64, "#.3g"), "4.94e-324");
        assert_eq!(ff(5e-324_f64, "n"), "4.94066e-324");
        assert_eq!(ff(5e-324_f64, ".3n"), "4.94e-324");
        assert_eq!(ff(5e-324_f64, "%"), "0.000000%");
        assert_eq!(ff(5e-324_f64, ".1%"), "0.0%");
        assert_eq!(ff(5e-324_f64, "10"), "    5e-324");
        assert_eq!(ff(5e-324_f64, "<10"), "5e-324    ");
        assert_eq!(ff(5e-324_f64, "^10"), "  5e-324  ");
        assert_eq!(ff(5e-324_f64, "=10"), "    5e-324");
        assert_eq!(ff(5e-324_f64, "+"), "+5e-324");
        assert_eq!(ff(5e-324_f64, "-"), "5e-324");
        assert_eq!(ff(5e-324_f64, " "), " 5e-324");
        assert_eq!(ff(5e-324_f64, "010"), "00005e-324");
        assert_eq!(ff(5e-324_f64, "010.2f"), "0000000.00");
        assert_eq!(ff(5e-324_f64, "+010.2f"), "+000000.00");
        assert_eq!(ff(5e-324_f64, "012,"), "000,005e-324");
        assert_eq!(ff(5e-324_f64, "012_.2f"), "0_000_000.00");
        assert_eq!(ff(5e-324_f64, ","), "5e-324");
        assert_eq!(ff(5e-324_f64, "_"), "5e-324");
        assert_eq!(ff(5e-324_f64, ",.2f"), "0.00");
        assert_eq!(ff(5e-324_f64, "_e"), "4.940656e-324");
        assert_eq!(ff(5e-324_f64, ",g"), "4.94066e-324");
        assert_eq!(ff(5e-324_f64, ",%"), "0.000000%");
        assert_eq!(ff(5e-324_f64, "z"), "5e-324");
        assert_eq!(ff(5e-324_f64, "z.1f"), "0.0");
        assert_eq!(ff(5e-324_f64, "z.1e"), "4.9e-324");
        assert_eq!(ff(5e-324_f64, "+z.2f"), "+0.00");
        assert_eq!(ff(5e-324_f64, "z"), "5e-324");
        assert_eq!(
            ff(5e-324_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(5e-324_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(5e-324_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(5e-324_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(5e-324_f64, "012,.3f"), "0,000,000.000");
        assert_eq!(ff(5e-324_f64, "0=15,.3f"), "000,000,000.000");
        assert_eq!(ff(5e-324_f64, "*^15,.2f"), "*****0.00******");
        assert_eq!(ff(5e-324_f64, "#"), "5.e-324");
        assert_eq!(ff(5e-324_f64, "#10"), "   5.e-324");
        assert_eq!(ff(5e-324_f64, ".2"), "4.9e-324");
        assert_eq!(ff(5e-324_f64, "0"), "5e-324");
        assert_eq!(ff(5e-324_f64, "1,"), "5e-324");
        assert_eq!(ff(5e-324_f64, "30,.1f"), "                           0.0");
        assert_eq!(ff(5e-324_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(5e-324_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(5e-324_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(5e-324_f64, "=+12.4e"), "+4.9407e-324");
        assert_eq!(ff(f64::INFINITY, ""), "inf");
        assert_eq!(ff(f64::INFINITY, ".0"), "inf");
        assert_eq!(ff(f64::INFINITY, ".1"), "inf");
        assert_eq!(ff(f64::INFINITY, ".3"), "inf");
        assert_eq!(ff(f64::INFINITY, ".10"), "inf");
        assert_eq!(ff(f64::INFINITY, ".17"), "inf");
        assert_eq!(ff(f64::INFINITY, "e"), "inf");
        assert_eq!(ff(f64::INFINITY, "E"), "INF");
        assert_eq!(ff(f64::INFINITY, ".2e"), "inf");
        assert_eq!(ff(f64::INFINITY, "#.0e"), "inf");
        assert_eq!(ff(f64::INFINITY, "f"), "inf");
        assert_eq!(ff(f64::INFINITY, "F"), "INF");
        assert_eq!(ff(f64::INFINITY, ".2f"), "inf");
        assert_eq!(ff(f64::INFINITY, "#.0f"), "inf");
        assert_eq!(ff(f64::INFINITY, "g"), "inf");
        assert_eq!(ff(f64::INFINITY, "G"), "INF");
        assert_eq!(ff(f64::INFINITY, ".3g"), "inf");
        assert_eq!(ff(f64::INFINITY, "#g"), "inf");
        assert_eq!(ff(f64::INFINITY, "#.3g"), "inf");
        assert_eq!(ff(f64::INFINITY, "n"), "inf");
        assert_eq!(ff(f64::INFINITY, ".3n"), "inf");
        assert_eq!(ff(f64::INFINITY, "%"), "inf%");
        assert_eq!(ff(f64::INFINITY, ".1%"), "inf%");
        assert_eq!(ff(f64::INFINITY, "10"), "       inf");
        assert_eq!(ff(f64::INFINITY, "<10"), "inf       ");
        assert_eq!(ff(f64::INFINITY, "^10"), "   inf    ");
        assert_eq!(ff(f64::INFINITY, "=10"), "       inf");
        assert_eq!(ff(f64::INFINITY, "+"), "+inf");
        assert_eq!(ff(f64::INFINITY, "-"), "inf");
        assert_eq!(ff(f64::INFINITY, " "), " inf");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(f64::INFINITY, "010.2f"), "0000000inf");
        assert_eq!(ff(f64::INFINITY, "+010.2f"), "+000000inf");
        assert_eq!(ff(f64::INFINITY, "012,"), "000000000inf");
        assert_eq!(ff(f64::INFINITY, "012_.2f"), "000000000inf");
        assert_eq!(ff(f64::INFINITY, ","), "inf");
        assert_eq!(ff(f64::INFINITY, "_"), "inf");
        assert_eq!(ff(f64::INFINITY, ",.2f"), "inf");
        assert_eq!(ff(f64::INFINITY, "_e"), "inf");
        assert_eq!(ff(f64::INFINITY, ",g"), "inf");
        assert_eq!(ff(f64::INFINITY, ",%"), "inf%");
        assert_eq!(ff(f64::INFINITY, "z"), "inf");
        assert_eq!(ff(f64::INFINITY, "z.1f"), "inf");
        assert_eq!(ff(f64::INFINITY, "z.1e"), "inf");
        assert_eq!(ff(f64::INFINITY, "+z.2f"), "+inf");
        assert_eq!(ff(f64::INFINITY, "z"), "inf");
        assert_eq!(
            ff(f64::INFINITY, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::INFINITY, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::INFINITY, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::INFINITY, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(f64::INFINITY, "012,.3f"), "000000000inf");
        assert_eq!(ff(f64::INFINITY, "0=15,.3f"), "000000000000inf");
        assert_eq!(ff(f64::INFINITY, "*^15,.2f"), "******inf******");
        assert_eq!(ff(f64::INFINITY, "#"), "inf");
        assert_eq!(ff(f64::INFINITY, "#10"), "       inf");
        assert_eq!(ff(f64::INFINITY, ".2"), "inf");
        assert_eq!(ff(f64::INFINITY, "0"), "inf");
        assert_eq!(ff(f64::INFINITY, "1,"), "inf");
        assert_eq!(
            ff(f64::INFINITY, "30,.1f"),
            "                           inf"
        );
        assert_eq!(ff(f64::INFINITY, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(f64::INFINITY, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(f64::INFINITY, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(f64::INFINITY, "=+12.4e"), "+        inf");
        assert_eq!(ff(f64::NEG_INFINITY, ""), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".0"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".1"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".3"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".10"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".17"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "e"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "E"), "-INF");
        assert_eq!(ff(f64::NEG_INFINITY, ".2e"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "#.0e"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "f"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "F"), "-INF");
        assert_eq!(ff(f64::NEG_INFINITY, ".2f"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "#.0f"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "g"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "G"), "-INF");
        assert_eq!(ff(f64::NEG_INFINITY, ".3g"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "#g"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "#.3g"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "n"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".3n"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "%"), "-inf%");
        assert_eq!(ff(f64::NEG_INFINITY, ".1%"), "-inf%");
        assert_eq!(ff(f64::NEG_INFINITY, "10"), "      -inf");
        assert_eq!(ff(f64::NEG_INFINITY, "<10"), "-inf      ");
        assert_eq!(ff(f64::NEG_INFINITY, "^10"), "   -inf   ");
        assert_eq!(ff(f64::NEG_INFINITY, "=10"), "-      inf");
        assert_eq!(ff(f64::NEG_INFINITY, "+"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "-"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, " "), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "010"), "-000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "010.2f"), "-000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "+010.2f"), "-000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "012,"), "-00000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "012_.2f"), "-00000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, ","), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "_"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ",.2f"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "_e"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ",g"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, ",%"), "-inf%");
        assert_eq!(ff(f64::NEG_INFINITY, "z"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "z.1f"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "z.1e"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "+z.2f"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "z"), "-inf");
        assert_eq!(
            ff(f64::NEG_INFINITY, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::NEG_INFINITY, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::NEG_INFINITY, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::NEG_INFINITY, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(f64::NEG_INFINITY, "012,.3f"), "-00000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "0=15,.3f"), "-00000000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "*^15,.2f"), "*****-inf******");
        assert_eq!(ff(f64::NEG_INFINITY, "#"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "#10"), "      -inf");
        assert_eq!(ff(f64::NEG_INFINITY, ".2"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "0"), "-inf");
        assert_eq!(ff(f64::NEG_INFINITY, "1,"), "-inf");
        assert_eq!(
            ff(f64::NEG_INFINITY, "30,.1f"),
            "                          -inf"
        );
        assert_eq!(
            ff(f64::NEG_INFINITY, "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            ff(f64::NEG_INFINITY, ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(
            ff(f64::NEG_INFINITY, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(f64::NEG_INFINITY, "=+12.4e"), "-        inf");
        assert_eq!(ff(f64::NAN, ""), "nan");
        assert_eq!(ff(f64::NAN, ".0"), "nan");
        assert_eq!(ff(f64::NAN, ".1"), "nan");
        assert_eq!(ff(f64::NAN, ".3"), "nan");
        assert_eq!(ff(f64::NAN, ".10"), "nan");
        assert_eq!(ff(f64::NAN, ".17"), "nan");
        assert_eq!(ff(f64::NAN, "e"), "nan");
        assert_eq!(ff(f64::NAN, "E"), "NAN");
        assert_eq!(ff(f64::NAN, ".2e"), "nan");
        assert_eq!(ff(f64::NAN, "#.0e"), "nan");
        assert_eq!(ff(f64::NAN, "f"), "nan");
        assert_eq!(ff(f64::NAN, "F"), "NAN");
        assert_eq!(ff(f64::NAN, ".2f"), "nan");
        assert_eq!(ff(f64::NAN, "#.0f"), "nan");
        assert_eq!(ff(f64::NAN, "g"), "nan");
        assert_eq!(ff(f64::NAN, "G"), "NAN");
        assert_eq!(ff(f64::NAN, ".3g"), "nan");
        assert_eq!(ff(f64::NAN, "#g"), "nan");
        assert_eq!(ff(f64::NAN, "#.3g"), "nan");
        assert_eq!(ff(f64::NAN, "n"), "nan");
        assert_eq!(ff(f64::NAN, ".3n"), "nan");
        assert_eq!(ff(f64::NAN, "%"), "nan%");
        assert_eq!(ff(f64::NAN, ".1%"), "nan%");
        assert_eq!(ff(f64::NAN, "10"), "       nan");
        assert_eq!(ff(f64::NAN, "<10"), "nan       ");
        assert_eq!(ff(f64::NAN, "^10"), "   nan    ");
        assert_eq!(ff(f64::NAN, "=10"), "       nan");
        assert_eq!(ff(f64::NAN, "+"), "+nan");
        assert_eq!(ff(f64::NAN, "-"), "nan");
        assert_eq!(ff(f64::NAN, " "), " nan");
        assert_eq!(ff(f64::NAN, "010"), "0000000nan");
        assert_eq!(ff(f64::NAN, "010.2f"), "0000000nan");
        assert_eq!(ff(f64::NAN, "+010.2f"), "+000000nan");
        assert_eq!(ff(f64::NAN, "012,"), "000000000nan");
        assert_eq!(ff(f64::NAN, "012_.2f"), "000000000nan");
        assert_eq!(ff(f64::NAN, ","), "nan");
        assert_eq!(ff(f64::NAN, "_"), "nan");
        assert_eq!(ff(f64::NAN, ",.2f"), "nan");
        assert_eq!(ff(f64::NAN, "_e"), "nan");
        assert_eq!(ff(f64::NAN, ",g"), "nan");
        assert_eq!(ff(f64::NAN, ",%"), "nan%");
        assert_eq!(ff(f64::NAN, "z"), "nan");
        assert_eq!(ff(f64::NAN, "z.1f"), "nan");
        assert_eq!(ff(f64::NAN, "z.1e"), "nan");
        assert_eq!(ff(f64::NAN, "+z.2f"), "+nan");
        assert_eq!(ff(f64::NAN, "z"), "nan");
        assert_eq!(
            ff(f64::NAN, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::NAN, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::NAN, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(f64::NAN, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(f64::NAN, "012,.3f"), "000000000nan");
        assert_eq!(ff(f64::NAN, "0=15,.3f"), "000000000000nan");
        assert_eq!(ff(f64::NAN, "*^15,.2f"), "******nan******");
        assert_eq!(ff(f64::NAN, "#"), "nan");
        assert_eq!(ff(f64::NAN, "#10"), "       nan");
        assert_eq!(ff(f64::NAN, ".2"), "nan");
        assert_eq!(ff(f64::NAN, "0"), "nan");
        assert_eq!(ff(f64::NAN, "1,"), "nan");
        assert_eq!(ff(f64::NAN, "30,.1f"), "                           nan");
        assert_eq!(ff(f64::NAN, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(f64::NAN, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(f64::NAN, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(f64::NAN, "=+12.4e"), "+        nan");
        assert_eq!(ff(0.000123456_f64, ""), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ".0"), "0.0001");
        assert_eq!(ff(0.000123456_f64, ".1"), "0.0001");
        assert_eq!(ff(0.000123456_f64, ".3"), "0.000123");
        assert_eq!(ff(0.000123456_f64, ".10"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ".17"), "0.00012345600000000001");
        assert_eq!(ff(0.000123456_f64, "e"), "1.234560e-04");
        assert_eq!(ff(0.000123456_f64, "E"), "1.234560E-04");
        assert_eq!(ff(0.000123456_f64, ".2e"), "1.23e-04");
        assert_eq!(ff(0.000123456_f64, "#.0e"), "1.e-04");
        assert_eq!(ff(0.000123456_f64, "f"), "0.000123");
        assert_eq!(ff(0.000123456_f64, "F"), "0.000123");
        assert_eq!(ff(0.000123456_f64, ".2f"), "0.00");
        assert_eq!(ff(0.000123456_f64, "#.0f"), "0.");
        assert_eq!(ff(0.000123456_f64, "g"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "G"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ".3g"), "0.000123");
        assert_eq!(ff(0.000123456_f64, "#g"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "#.3g"), "0.000123");
        assert_eq!(ff(0.000123456_f64, "n"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ".3n"), "0.000123");
        assert_eq!(ff(0.000123456_f64, "%"), "0.012346%");
        assert_eq!(ff(0.000123456_f64, ".1%"), "0.0%");
        assert_eq!(ff(0.000123456_f64, "10"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "<10"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "^10"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "=10"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "+"), "+0.000123456");
        assert_eq!(ff(0.000123456_f64, "-"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, " "), " 0.000123456");
        assert_eq!(ff(0.000123456_f64, "010"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "010.2f"), "0000000.00");
        assert_eq!(ff(0.000123456_f64, "+010.2f"), "+000000.00");
        assert_eq!(ff(0.000123456_f64, "012,"), "00.000123456");
        assert_eq!(ff(0.000123456_f64, "012_.2f"), "0_000_000.00");
        assert_eq!(ff(0.000123456_f64, ","), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "_"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ",.2f"), "0.00");
        assert_eq!(ff(0.000123456_f64, "_e"), "1.234560e-04");
        assert_eq!(ff(0.000123456_f64, ",g"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ",%"), "0.012346%");
        assert_eq!(ff(0.000123456_f64, "z"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "z.1f"), "0.0");
        assert_eq!(ff(0.000123456_f64, "z.1e"), "1.2e-04");
        assert_eq!(ff(0.000123456_f64, "+z.2f"), "+0.00");
        assert_eq!(ff(0.000123456_f64, "z"), "0.000123456");
        assert_eq!(
            ff(0.000123456_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(0.000123456_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(0.000123456_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(0.000123456_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(0.000123456_f64, "012,.3f"), "0,000,000.000");
        assert_eq!(ff(0.000123456_f64, "0=15,.3f"), "000,000,000.000");
        assert_eq!(ff(0.000123456_f64, "*^15,.2f"), "*****0.00******");
        assert_eq!(ff(0.000123456_f64, "#"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "#10"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, ".2"), "0.00012");
        assert_eq!(ff(0.000123456_f64, "0"), "0.000123456");
        assert_eq!(ff(0.000123456_f64, "1,"), "0.000123456");
        assert_eq!(
            ff(0.000123456_f64, "30,.1f"),
            "                           0.0"
        );
        assert_eq!(
            ff(0.000123456_f64, "_n"),
            "ERR Cannot specify '_' with 'n'."
        );
        assert_eq!(
            ff(0.000123456_f64, ",n"),
            "ERR Cannot specify ',' with 'n'."
        );
        assert_eq!(
            ff(0.000123456_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(0.000123456_f64, "=+12.4e"), "+ 1.2346e-04");
        assert_eq!(ff(99.99_f64, ""), "99.99");
        assert_eq!(ff(99.99_f64, ".0"), "1e+02");
        assert_eq!(ff(99.99_f64, ".1"), "1e+02");
        assert_eq!(ff(99.99_f64, ".3"), "1e+02");
        assert_eq!(ff(99.99_f64, ".10"), "99.99");
        assert_eq!(ff(99.99_f64, ".17"), "99.989999999999995");
        assert_eq!(ff(99.99_f64, "e"), "9.999000e+01");
        assert_eq!(ff(99.99_f64, "E"), "9.999000E+01");
        assert_eq!(ff(99.99_f64, ".2e"), "1.00e+02");
        assert_eq!(ff(99.99_f64, "#.0e"), "1.e+02");
        assert_eq!(ff(99.99_f64, "f"), "99.990000");
        assert_eq!(ff(99.99_f64, "F"), "99.990000");
        assert_eq!(ff(99.99_f64, ".2f"), "99.99");
        assert_eq!(ff(99.99_f64, "#.0f"), "100.");
        assert_eq!(ff(99.99_f64, "g"), "99.99");
        assert_eq!(ff(99.99_f64, "G"), "99.99");
        assert_eq!(ff(99.99_f64, ".3g"), "100");
        assert_eq!(ff(99.99_f64, "#g"), "99.9900");
        assert_eq!(ff(99.99_f64, "#.3g"), "100.");
        assert_eq!(ff(99.99_f64, "n"), "99.99");
        assert_eq!(ff(99.99_f64, ".3n"), "100");
        assert_eq!(ff(99.99_f64, "%"), "9999.000000%");
        assert_eq!(ff(99.99_f64, ".1%"), "9999.0%");
        assert_eq!(ff(99.99_f64, "10"), "     99.99");
        assert_eq!(ff(99.99_f64, "<10"), "99.99     ");
        assert_eq!(ff(99.99_f64, "^10"), "  99.99   ");
        assert_eq!(ff(99.99_f64, "=10"), "     99.99");
        assert_eq!(ff(99.99_f64, "+"), "+99.99");
        assert_eq!(ff(99.99_f64, "-"), "99.99");
        assert_eq!(ff(99.99_f64, " "), " 99.99");
        assert_eq!(ff(99.99_f64, "010"), "0000099.99");
        assert_eq!(ff(99.99_f64, "010.2f"), "0000099.99");
        assert_eq!(ff(99.99_f64, "+010.2f"), "+000099.99");
        assert_eq!(ff(99.99_f64, "012,"), "0,000,099.99");
        assert_eq!(ff(99.99_f64, "012_.2f"), "0_000_099.99");
        assert_eq!(ff(99.99_f64, ","), "99.99");
        assert_eq!(ff(99.99_f64, "_"), "99.99");
        assert_eq!(ff(99.99_f64, ",.2f"), "99.99");
        assert_eq!(ff(99.99_f64, "_e"), "9.999000e+01");
        assert_eq!(ff(99.99_f64, ",g"), "99.99");
        assert_eq!(ff(99.99_f64, ",%"), "9,999.000000%");
        assert_eq!(ff(99.99_f64, "z"), "99.99");
        assert_eq!(ff(99.99_f64, "z.1f"), "100.0");
        assert_eq!(ff(99.99_f64, "z.1e"), "1.0e+02");
        assert_eq!(ff(99.99_f64, "+z.2f"), "+99.99");
        assert_eq!(ff(99.99_f64, "z"), "99.99");
        assert_eq!(
            ff(99.99_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(99.99_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(99.99_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(99.99_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(99.99_f64, "012,.3f"), "0,000,099.990");
        assert_eq!(ff(99.99_f64, "0=15,.3f"), "000,000,099.990");
        assert_eq!(ff(99.99_f64, "*^15,.2f"), "*****99.99*****");
        assert_eq!(ff(99.99_f64, "#"), "99.99");
        assert_eq!(ff(99.99_f64, "#10"), "     99.99");
        assert_eq!(ff(99.99_f64, ".2"), "1e+02");
        assert_eq!(ff(99.99_f64, "0"), "99.99");
        assert_eq!(ff(99.99_f64, "1,"), "99.99");
        assert_eq!(ff(99.99_f64, "30,.1f"), "                         100.0");
        assert_eq!(ff(99.99_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(99.99_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(99.99_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(99.99_f64, "=+12.4e"), "+ 9.9990e+01");
        assert_eq!(ff(1e+22_f64, ""), "1e+22");
        assert_eq!(ff(1e+22_f64, ".0"), "1e+22");
        assert_eq!(ff(1e+22_f64, ".1"), "1e+22");
        assert_eq!(ff(1e+22_f64, ".3"), "1e+22");
        assert_eq!(ff(1e+22_f64, ".10"), "1e+22");
        assert_eq!(ff(1e+22_f64, ".17"), "1e+22");
        assert_eq!(ff(1e+22_f64, "e"), "1.000000e+22");
        assert_eq!(ff(1e+22_f64, "E"), "1.000000E+22");
        assert_eq!(ff(1e+22_f64, ".2e"), "1.00e+22");
        assert_eq!(ff(1e+22_f64, "#.0e"), "1.e+22");
        assert_eq!(ff(1e+22_f64, "f"), "10000000000000000000000.000000");
        assert_eq!(ff(1e+22_f64, "F"), "10000000000000000000000.000000");
        assert_eq!(ff(1e+22_f64, ".2f"), "10000000000000000000000.00");
        assert_eq!(ff(1e+22_f64, "#.0f"), "10000000000000000000000.");
        assert_eq!(ff(1e+22_f64, "g"), "1e+22");
        assert_eq!(ff(1e+22_f64, "G"), "1E+22");
        assert_eq!(ff(1e+22_f64, ".3g"), "1e+22");
        assert_eq!(ff(1e+22_f64, "#g"), "1.00000e+22");
        assert_eq!(ff(1e+22_f64, "#.3g"), "1.00e+22");
        assert_eq!(ff(1e+22_f64, "n"), "1e+22");
        assert_eq!(ff(1e+22_f64, ".3n"), "1e+22");
        assert_eq!(ff(1e+22_f64, "%"), "999999999999999983222784.000000%");
        assert_eq!(ff(1e+22_f64, ".1%"), "999999999999999983222784.0%");
        assert_eq!(ff(1e+22_f64, "10"), "     1e+22");
        assert_eq!(ff(1e+22_f64, "<10"), "1e+22     ");
        assert_eq!(ff(1e+22_f64, "^10"), "  1e+22   ");
        assert_eq!(ff(1e+22_f64, "=10"), "     1e+22");
        assert_eq!(ff(1e+22_f64, "+"), "+1e+22");
        assert_eq!(ff(1e+22_f64, "-"), "1e+22");
        assert_eq!(ff(1e+22_f64, " "), " 1e+22");
        assert_eq!(ff(1e+22_f64, "010"), "000001e+22");
        assert_eq!(ff(1e+22_f64, "010.2f"), "10000000000000000000000.00");
        assert_eq!(ff(1e+22_f64, "+010.2f"), "+10000000000000000000000.00");
        assert_eq!(ff(1e+22_f64, "012,"), "0,000,001e+22");
        assert_eq!(
            ff(1e+22_f64, "012_.2f"),
            "10_000_000_000_000_000_000_000.00"
        );
        assert_eq!(ff(1e+22_f64, ","), "1e+22");
        assert_eq!(ff(1e+22_f64, "_"), "1e+22");
        assert_eq!(ff(1e+22_f64, ",.2f"), "10,000,000,000,000,000,000,000.00");
        assert_eq!(ff(1e+22_f64, "_e"), "1.000000e+22");
        assert_eq!(ff(1e+22_f64, ",g"), "1e+22");
        assert_eq!(
            ff(1e+22_f64, ",%"),
            "999,999,999,999,999,983,222,784.000000%"
        );
        assert_eq!(ff(1e+22_f64, "z"), "1e+22");
        assert_eq!(ff(1e+22_f64, "z.1f"), "10000000000000000000000.0");
        assert_eq!(ff(1e+22_f64, "z.1e"), "1.0e+22");
        assert_eq!(ff(1e+22_f64, "+z.2f"), "+10000000000000000000000.00");
        assert_eq!(ff(1e+22_f64, "z"), "1e+22");
        assert_eq!(
            ff(1e+22_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+22_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+22_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+22_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(
            ff(1e+22_f64, "012,.3f"),
            "10,000,000,000,000,000,000,000.000"
        );
        assert_eq!(
            ff(1e+22_f64, "0=15,.3f"),
            "10,000,000,000,000,000,000,000.000"
        );
        assert_eq!(
            ff(1e+22_f64, "*^15,.2f"),
            "10,000,000,000,000,000,000,000.00"
        );
        assert_eq!(ff(1e+22_f64, "#"), "1.e+22");
        assert_eq!(ff(1e+22_f64, "#10"), "    1.e+22");
        assert_eq!(ff(1e+22_f64, ".2"), "1e+22");
        assert_eq!(ff(1e+22_f64, "0"), "1e+22");
        assert_eq!(ff(1e+22_f64, "1,"), "1e+22");
        assert_eq!(ff(1e+22_f64, "30,.1f"), "10,000,000,000,000,000,000,000.0");
        assert_eq!(ff(1e+22_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(1e+22_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(1e+22_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(1e+22_f64, "=+12.4e"), "+ 1.0000e+22");
        assert_eq!(ff(2.5_f64, ""), "2.5");
        assert_eq!(ff(2.5_f64, ".0"), "2e+00");
        assert_eq!(ff(2.5_f64, ".1"), "2e+00");
        assert_eq!(ff(2.5_f64, ".3"), "2.5");
        assert_eq!(ff(2.5_f64, ".10"), "2.5");
        assert_eq!(ff(2.5_f64, ".17"), "2.5");
        assert_eq!(ff(2.5_f64, "e"), "2.500000e+00");
        assert_eq!(ff(2.5_f64, "E"), "2.500000E+00");
        assert_eq!(ff(2.5_f64, ".2e"), "2.50e+00");
        assert_eq!(ff(2.5_f64, "#.0e"), "2.e+00");
        assert_eq!(ff(2.5_f64, "f"), "2.500000");
        assert_eq!(ff(2.5_f64, "F"), "2.500000");
        assert_eq!(ff(2.5_f64, ".2f"), "2.50");
        assert_eq!(ff(2.5_f64, "#.0f"), "2.");
        assert_eq!(ff(2.5_f64, "g"), "2.5");
        assert_eq!(ff(2.5_f64, "G"), "2.5");
        assert_eq!(ff(2.5_f64, ".3g"), "2.5");
        assert_eq!(ff(2.5_f64, "#g"), "2.50000");
        assert_eq!(ff(2.5_f64, "#.3g"), "2.50");
        assert_eq!(ff(2.5_f64, "n"), "2.5");
        assert_eq!(ff(2.5_f64, ".3n"), "2.5");
        assert_eq!(ff(2.5_f64, "%"), "250.000000%");
        assert_eq!(ff(2.5_f64, ".1%"), "250.0%");
        assert_eq!(ff(2.5_f64, "10"), "       2.5");
        assert_eq!(ff(2.5_f64, "<10"), "2.5       ");
        assert_eq!(ff(2.5_f64, "^10"), "   2.5    ");
        assert_eq!(ff(2.5_f64, "=10"), "       2.5");
        assert_eq!(ff(2.5_f64, "+"), "+2.5");
        assert_eq!(ff(2.5_f64, "-"), "2.5");
        assert_eq!(ff(2.5_f64, " "), " 2.5");
        assert_eq!(ff(2.5_f64, "010"), "00000002.5");
        assert_eq!(ff(2.5_f64, "010.2f"), "0000002.50");
        assert_eq!(ff(2.5_f64, "+010.2f"), "+000002.50");
        assert_eq!(ff(2.5_f64, "012,"), "00,000,002.5");
        assert_eq!(ff(2.5_f64, "012_.2f"), "0_000_002.50");
        assert_eq!(ff(2.5_f64, ","), "2.5");
        assert_eq!(ff(2.5_f64, "_"), "2.5");
        assert_eq!(ff(2.5_f64, ",.2f"), "2.50");
        assert_eq!(ff(2.5_f64, "_e"), "2.500000e+00");
        assert_eq!(ff(2.5_f64, ",g"), "2.5");
        assert_eq!(ff(2.5_f64, ",%"), "250.000000%");
        assert_eq!(ff(2.5_f64, "z"), "2.5");
        assert_eq!(ff(2.5_f64, "z.1f"), "2.5");
        assert_eq!(ff(2.5_f64, "z.1e"), "2.5e+00");
        assert_eq!(ff(2.5_f64, "+z.2f"), "+2.50");
        assert_eq!(ff(2.5_f64, "z"), "2.5");
        assert_eq!(
            ff(2.5_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(2.5_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(2.5_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(2.5_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(2.5_f64, "012,.3f"), "0,000,002.500");
        assert_eq!(ff(2.5_f64, "0=15,.3f"), "000,000,002.500");
        assert_eq!(ff(2.5_f64, "*^15,.2f"), "*****2.50******");
        assert_eq!(ff(2.5_f64, "#"), "2.5");
        assert_eq!(ff(2.5_f64, "#10"), "       2.5");
        assert_eq!(ff(2.5_f64, ".2"), "2.5");
        assert_eq!(ff(2.5_f64, "0"), "2.5");
        assert_eq!(ff(2.5_f64, "1,"), "2.5");
        assert_eq!(ff(2.5_f64, "30,.1f"), "                           2.5");
        assert_eq!(ff(2.5_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(2.5_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(2.5_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(2.5_f64, "=+12.4e"), "+ 2.5000e+00");
        assert_eq!(ff(0.5_f64, ""), "0.5");
        assert_eq!(ff(0.5_f64, ".0"), "0.5");
        assert_eq!(ff(0.5_f64, ".1"), "0.5");
        assert_eq!(ff(0.5_f64, ".3"), "0.5");
        assert_eq!(ff(0.5_f64, ".10"), "0.5");
        assert_eq!(ff(0.5_f64, ".17"), "0.5");
        assert_eq!(ff(0.5_f64, "e"), "5.000000e-01");
        assert_eq!(ff(0.5_f64, "E"), "5.000000E-01");
        assert_eq!(ff(0.5_f64, ".2e"), "5.00e-01");
        assert_eq!(ff(0.5_f64, "#.0e"), "5.e-01");
        assert_eq!(ff(0.5_f64, "f"), "0.500000");
        assert_eq!(ff(0.5_f64, "F"), "0.500000");
        assert_eq!(ff(0.5_f64, ".2f"), "0.50");
        assert_eq!(ff(0.5_f64, "#.0f"), "0.");
        assert_eq!(ff(0.5_f64, "g"), "0.5");
        assert_eq!(ff(0.5_f64, "G"), "0.5");
        assert_eq!(ff(0.5_f64, ".3g"), "0.5");
        assert_eq!(ff(0.5_f64, "#g"), "0.500000");
        assert_eq!(ff(0.5_f64, "#.3g"), "0.500");
        assert_eq!(ff(0.5_f64, "n"), "0.5");
        assert_eq!(ff(0.5_f64, ".3n"), "0.5");
        assert_eq!(ff(0.5_f64, "%"), "50.000000%");
        assert_eq!(ff(0.5_f64, ".1%"), "50.0%");
        assert_eq!(ff(0.5_f64, "10"), "       0.5");
        assert_eq!(ff(0.5_f64, "<10"), "0.5       ");
        assert_eq!(ff(0.5_f64, "^10"), "   0.5    ");
        assert_eq!(ff(0.5_f64, "=10"), "       0.5");
        assert_eq!(ff(0.5_f64, "+"), "+0.5");
        assert_eq!(ff(0.5_f64, "-"), "0.5");
        assert_eq!(ff(0.5_f64, " "), " 0.5");
        assert_eq!(ff(0.5_f64, "010"), "00000000.5");
        assert_eq!(ff(0.5_f64, "010.2f"), "0000000.50");
        assert_eq!(ff(0.5_f64, "+010.2f"), "+000000.50");
        assert_eq!(ff(0.5_f64, "012,"), "00,000,000.5");
        assert_eq!(ff(0.5_f64, "012_.2f"), "0_000_000.50");
        assert_eq!(ff(0.5_f64, ","), "0.5");
        assert_eq!(ff(0.5_f64, "_"), "0.5");
        assert_eq!(ff(0.5_f64, ",.2f"), "0.50");
        assert_eq!(ff(0.5_f64, "_e"), "5.000000e-01");
        assert_eq!(ff(0.5_f64, ",g"), "0.5");
        assert_eq!(ff(0.5_f64, ",%"), "50.000000%");
        assert_eq!(ff(0.5_f64, "z"), "0.5");
        assert_eq!(ff(0.5_f64, "z.1f"), "0.5");
        assert_eq!(ff(0.5_f64, "z.1e"), "5.0e-01");
        assert_eq!(ff(0.5_f64, "+z.2f"), "+0.50");
        assert_eq!(ff(0.5_f64, "z"), "0.5");
        assert_eq!(
            ff(0.5_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(0.5_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(0.5_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(0.5_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(0.5_f64, "012,.3f"), "0,000,000.500");
        assert_eq!(ff(0.5_f64, "0=15,.3f"), "000,000,000.500");
        assert_eq!(ff(0.5_f64, "*^15,.2f"), "*****0.50******");
        assert_eq!(ff(0.5_f64, "#"), "0.5");
        assert_eq!(ff(0.5_f64, "#10"), "       0.5");
        assert_eq!(ff(0.5_f64, ".2"), "0.5");
        assert_eq!(ff(0.5_f64, "0"), "0.5");
        assert_eq!(ff(0.5_f64, "1,"), "0.5");
        assert_eq!(ff(0.5_f64, "30,.1f"), "                           0.5");
        assert_eq!(ff(0.5_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(0.5_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(0.5_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(0.5_f64, "=+12.4e"), "+ 5.0000e-01");
        assert_eq!(ff(-0.0001_f64, ""), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".0"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".1"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".3"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".10"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".17"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "e"), "-1.000000e-04");
        assert_eq!(ff(-0.0001_f64, "E"), "-1.000000E-04");
        assert_eq!(ff(-0.0001_f64, ".2e"), "-1.00e-04");
        assert_eq!(ff(-0.0001_f64, "#.0e"), "-1.e-04");
        assert_eq!(ff(-0.0001_f64, "f"), "-0.000100");
        assert_eq!(ff(-0.0001_f64, "F"), "-0.000100");
        assert_eq!(ff(-0.0001_f64, ".2f"), "-0.00");
        assert_eq!(ff(-0.0001_f64, "#.0f"), "-0.");
        assert_eq!(ff(-0.0001_f64, "g"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "G"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".3g"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "#g"), "-0.000100000");
        assert_eq!(ff(-0.0001_f64, "#.3g"), "-0.000100");
        assert_eq!(ff(-0.0001_f64, "n"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ".3n"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "%"), "-0.010000%");
        assert_eq!(ff(-0.0001_f64, ".1%"), "-0.0%");
        assert_eq!(ff(-0.0001_f64, "10"), "   -0.0001");
        assert_eq!(ff(-0.0001_f64, "<10"), "-0.0001   ");
        assert_eq!(ff(-0.0001_f64, "^10"), " -0.0001  ");
        assert_eq!(ff(-0.0001_f64, "=10"), "-   0.0001");
        assert_eq!(ff(-0.0001_f64, "+"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "-"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, " "), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "010"), "-0000.0001");
        assert_eq!(ff(-0.0001_f64, "010.2f"), "-000000.00");
        assert_eq!(ff(-0.0001_f64, "+010.2f"), "-000000.00");
        assert_eq!(ff(-0.0001_f64, "012,"), "-00,000.0001");
        assert_eq!(ff(-0.0001_f64, "012_.2f"), "-0_000_000.00");
        assert_eq!(ff(-0.0001_f64, ","), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "_"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ",.2f"), "-0.00");
        assert_eq!(ff(-0.0001_f64, "_e"), "-1.000000e-04");
        assert_eq!(ff(-0.0001_f64, ",g"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, ",%"), "-0.010000%");
        assert_eq!(ff(-0.0001_f64, "z"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "z.1f"), "0.0");
        assert_eq!(ff(-0.0001_f64, "z.1e"), "-1.0e-04");
        assert_eq!(ff(-0.0001_f64, "+z.2f"), "+0.00");
        assert_eq!(ff(-0.0001_f64, "z"), "-0.0001");
        assert_eq!(
            ff(-0.0001_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(-0.0001_f64, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            ff(-0.0001_f64, "s"),
            "ERR Unknown format code 's' for object of type 'float'"
        );
        assert_eq!(
            ff(-0.0001_f64, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(-0.0001_f64, "012,.3f"), "-000,000.000");
        assert_eq!(ff(-0.0001_f64, "0=15,.3f"), "-00,000,000.000");
        assert_eq!(ff(-0.0001_f64, "*^15,.2f"), "*****-0.00*****");
        assert_eq!(ff(-0.0001_f64, "#"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "#10"), "   -0.0001");
        assert_eq!(ff(-0.0001_f64, ".2"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "0"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "1,"), "-0.0001");
        assert_eq!(ff(-0.0001_f64, "30,.1f"), "                          -0.0");
        assert_eq!(ff(-0.0001_f64, "_n"), "ERR Cannot specify '_' with 'n'.");
        assert_eq!(ff(-0.0001_f64, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            ff(-0.0001_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'float'"
        );
        assert_eq!(ff(-0.0001_f64, "=+12.4e"), "- 1.0000e-04");
        assert_eq!(fs("", ""), "");
        assert_eq!(fs("", "5"), "     ");
        assert_eq!(fs("", "<5"), "     ");
        assert_eq!(fs("", ">5"), "     ");
        assert_eq!(fs("", "^5"), "     ");
        assert_eq!(fs("", "^6"), "      ");
        assert_eq!(fs("", "*^7"), "*******");
        assert_eq!(fs("", ".2"), "");
        assert_eq!(fs("", "8.3"), "        ");
        assert_eq!(fs("", "s"), "");
        assert_eq!(fs("", ".0"), "");
        assert_eq!(fs("", "0"), "");
        assert_eq!(fs("", "05"), "00000");
        assert_eq!(fs("", "<05"), "00000");
        assert_eq!(fs("", "x>6"), "xxxxxx");
        assert_eq!(
            fs("", "=5"),
            "ERR '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("", "+"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("", "-"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("", " "),
            "ERR Space not allowed in string format specifier"
        );
        assert_eq!(
            fs("", "z"),
            "ERR Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("", "#"),
            "ERR Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(fs("", ","), "ERR Cannot specify ',' with 's'.");
        assert_eq!(fs("", "_"), "ERR Cannot specify '_' with 's'.");
        assert_eq!(fs("", ",s"), "ERR Cannot specify ',' with 's'.");
        assert_eq!(
            fs("", "d"),
            "ERR Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("", "r"),
            "ERR Unknown format code 'r' for object of type 'str'"
        );
        assert_eq!(fs("", "\u{e9}^5"), "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}");
        assert_eq!(fs("", ".10"), "");
        assert_eq!(fs("a", ""), "a");
        assert_eq!(fs("a", "5"), "a    ");
        assert_eq!(fs("a", "<5"), "a    ");
        assert_eq!(fs("a", ">5"), "    a");
        assert_eq!(fs("a", "^5"), "  a  ");
        assert_eq!(fs("a", "^6"), "  a   ");
        assert_eq!(fs("a", "*^7"), "***a***");
        assert_eq!(fs("a", ".2"), "a");
        assert_eq!(fs("a", "8.3"), "a       ");
        assert_eq!(fs("a", "s"), "a");
        assert_eq!(fs("a", ".0"), "");
        assert_eq!(fs("a", "0"), "a");
        assert_eq!(fs("a", "05"), "a0000");
        assert_eq!(fs("a", "<05"), "a0000");
        assert_eq!(fs("a", "x>6"), "xxxxxa");
        assert_eq!(
            fs("a", "=5"),
            "ERR '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "+"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "-"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", " "),
            "ERR Space not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "z"),
            "ERR Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "#"),
            "ERR Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(fs("a", ","), "ERR Cannot specify ',' with 's'.");
        assert_eq!(fs("a", "_"), "ERR Cannot specify '_' with 's'.");
        assert_eq!(fs("a", ",s"), "ERR Cannot specify ',' with 's'.");
        assert_eq!(
            fs("a", "d"),
            "ERR Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("a", "r"),
            "ERR Unknown format code 'r' for object of type 'str'"
        );
        assert_eq!(fs("a", "\u{e9}^5"), "\u{e9}\u{e9}a\u{e9}\u{e9}");
        assert_eq!(fs("a", ".10"), "a");
        assert_eq!(fs("hello", ""), "hello");
        assert_eq!(fs("hello", "5"), "hello");
        assert_eq!(fs("hello", "<5"), "hello");
        assert_eq!(fs("hello", ">5"), "hello");
        assert_eq!(fs("hello", "^5"), "hello");
        assert_eq!(fs("hello", "^6"), "hello ");
        assert_eq!(fs("hello", "*^7"), "*hello*");
        assert_eq!(fs("hello", ".2"), "he");
        assert_eq!(fs("hello", "8.3"), "hel     ");
        assert_eq!(fs("hello", "s"), "hello");
        assert_eq!(fs("hello", ".0"), "");
        assert_eq!(fs("hello", "0"), "hello");
        assert_eq!(fs("hello", "05"), "hello");
        assert_eq!(fs("hello", "<05"), "hello");
        assert_eq!(fs("hello", "x>6"), "xhello");
        assert_eq!(
            fs("hello", "=5"),
            "ERR '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("hello", "+"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("hello", "-"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("hello", " "),
            "ERR Space not allowed in string format specifier"
        );
        assert_eq!(
            fs("hello", "z"),
            "ERR Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("hello", "#"),
            "ERR Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(fs("hello", ","), "ERR Cannot specify ',' with 's'.");
        assert_eq!(fs("hello", "_"), "ERR Cannot specify '_' with 's'.");
        assert_eq!(fs("hello", ",s"), "ERR Cannot specify ',' with 's'.");
        assert_eq!(
            fs("hello", "d"),
            "ERR Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("hello", "r"),
            "ERR Unknown format code 'r' for object of type 'str'"
        );
        assert_eq!(fs("hello", "\u{e9}^5"), "hello");
        assert_eq!(fs("hello", ".10"), "hello");
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", ""),
            "\u{65e5}\u{672c}\u{8a9e}"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "5"),
            "\u{65e5}\u{672c}\u{8a9e}  "
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "<5"),
            "\u{65e5}\u{672c}\u{8a9e}  "
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", ">5"),
            "  \u{65e5}\u{672c}\u{8a9e}"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "^5"),
            " \u{65e5}\u{672c}\u{8a9e} "
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "^6"),
            " \u{65e5}\u{672c}\u{8a9e}  "
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "*^7"),
            "**\u{65e5}\u{672c}\u{8a9e}**"
        );
        assert_eq!(fs("\u{65e5}\u{672c}\u{8a9e}", ".2"), "\u{65e5}\u{672c}");
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "8.3"),
            "\u{65e5}\u{672c}\u{8a9e}     "
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "s"),
            "\u{65e5}\u{672c}\u{8a9e}"
        );
        assert_eq!(fs("\u{65e5}\u{672c}\u{8a9e}", ".0"), "");
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "0"),
            "\u{65e5}\u{672c}\u{8a9e}"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "05"),
            "\u{65e5}\u{672c}\u{8a9e}00"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "<05"),
            "\u{65e5}\u{672c}\u{8a9e}00"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "x>6"),
            "xxx\u{65e5}\u{672c}\u{8a9e}"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "=5"),
            "ERR '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "+"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "-"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", " "),
            "ERR Space not allowed in string format specifier"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "z"),
            "ERR Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "#"),
            "ERR Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", ","),
            "ERR Cannot specify ',' with 's'."
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "_"),
            "ERR Cannot specify '_' with 's'."
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", ",s"),
            "ERR Cannot specify ',' with 's'."
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "d"),
            "ERR Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "r"),
            "ERR Unknown format code 'r' for object of type 'str'"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "\u{e9}^5"),
            "\u{e9}\u{65e5}\u{672c}\u{8a9e}\u{e9}"
        );
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", ".10"),
            "\u{65e5}\u{672c}\u{8a9e}"
        );
        assert_eq!(fs("ab\u{e9}", ""), "ab\u{e9}");
        assert_eq!(fs("ab\u{e9}", "5"), "ab\u{e9}  ");
        assert_eq!(fs("ab\u{e9}", "<5"), "ab\u{e9}  ");
        assert_eq!(fs("ab\u{e9}", ">5"), "  ab\u{e9}");
        assert_eq!(fs("ab\u{e9}", "^5"), " ab\u{e9} ");
        assert_eq!(fs("ab\u{e9}", "^6"), " ab\u{e9}  ");
        assert_eq!(fs("ab\u{e9}", "*^7"), "**ab\u{e9}**");
        assert_eq!(fs("ab\u{e9}", ".2"), "ab");
        assert_eq!(fs("ab\u{e9}", "8.3"), "ab\u{e9}     ");
        assert_eq!(fs("ab\u{e9}", "s"), "ab\u{e9}");
        assert_eq!(fs("ab\u{e9}", ".0"), "");
        assert_eq!(fs("ab\u{e9}", "0"), "ab\u{e9}");
        assert_eq!(fs("ab\u{e9}", "05"), "ab\u{e9}00");
        assert_eq!(fs("ab\u{e9}", "<05"), "ab\u{e9}00");
        assert_eq!(fs("ab\u{e9}", "x>6"), "xxxab\u{e9}");
        assert_eq!(
            fs("ab\u{e9}", "=5"),
            "ERR '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("ab\u{e9}", "+"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("ab\u{e9}", "-"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("ab\u{e9}", " "),
            "ERR Space not allowed in string format specifier"
        );
        assert_eq!(
            fs("ab\u{e9}", "z"),
            "ERR Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("ab\u{e9}", "#"),
            "ERR Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(fs("ab\u{e9}", ","), "ERR Cannot specify ',' with 's'.");
        assert_eq!(fs("ab\u{e9}", "_"), "ERR Cannot specify '_' with 's'.");
        assert_eq!(fs("ab\u{e9}", ",s"), "ERR Cannot specify ',' with 's'.");
        assert_eq!(
            fs("ab\u{e9}", "d"),
            "ERR Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("ab\u{e9}", "r"),
            "ERR Unknown format code 'r' for object of type 'str'"
        );
        assert_eq!(fs("ab\u{e9}", "\u{e9}^5"), "\u{e9}ab\u{e9}\u{e9}");
        assert_eq!(fs("ab\u{e9}", ".10"), "ab\u{e9}");
        assert_eq!(fc(0.0_f64, 1.0_f64, ""), "1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, ".2"), "1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, ".3f"), "0.000+1.000j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "e"), "0.000000e+00+1.000000e+00j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "10"), "        1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "<20"), "1j                  ");
        assert_eq!(fc(0.0_f64, 1.0_f64, "^20"), "         1j         ");
        assert_eq!(fc(0.0_f64, 1.0_f64, "*>20"), "******************1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "+"), "+1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "-"), "1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, " "), " 1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "+.2f"), "+0.00+1.00j");
        assert_eq!(fc(0.0_f64, 1.0_f64, " g"), " 0+1j");
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, 1.0_f64, "n"), "0+1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "g"), "0+1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "G"), "0+1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "E"), "0.000000E+00+1.000000E+00j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "F"), "0.000000+1.000000j");
        assert_eq!(fc(0.0_f64, 1.0_f64, ","), "1j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "_.2f"), "0.00+1.00j");
        assert_eq!(fc(0.0_f64, 1.0_f64, ",.2f"), "0.00+1.00j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "#"), "1.j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "#.0f"), "0.+1.j");
        assert_eq!(fc(0.0_f64, 1.0_f64, "z.1f"), "0.0+1.0j");
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, 1.0_f64, ".0e"), "0e+00+1e+00j");
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(0.0_f64, 1.0_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(1.0_f64, 2.0_f64, ""), "(1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, ".2"), "(1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, ".3f"), "1.000+2.000j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "e"), "1.000000e+00+2.000000e+00j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "10"), "    (1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, "<20"), "(1+2j)              ");
        assert_eq!(fc(1.0_f64, 2.0_f64, "^20"), "       (1+2j)       ");
        assert_eq!(fc(1.0_f64, 2.0_f64, "*>20"), "**************(1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, "+"), "(+1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, "-"), "(1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, " "), "( 1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, "+.2f"), "+1.00+2.00j");
        assert_eq!(fc(1.0_f64, 2.0_f64, " g"), " 1+2j");
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(1.0_f64, 2.0_f64, "n"), "1+2j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "g"), "1+2j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "G"), "1+2j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "E"), "1.000000E+00+2.000000E+00j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "F"), "1.000000+2.000000j");
        assert_eq!(fc(1.0_f64, 2.0_f64, ","), "(1+2j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, "_.2f"), "1.00+2.00j");
        assert_eq!(fc(1.0_f64, 2.0_f64, ",.2f"), "1.00+2.00j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "#"), "(1.+2.j)");
        assert_eq!(fc(1.0_f64, 2.0_f64, "#.0f"), "1.+2.j");
        assert_eq!(fc(1.0_f64, 2.0_f64, "z.1f"), "1.0+2.0j");
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(1.0_f64, 2.0_f64, ".0e"), "1e+00+2e+00j");
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(1.0_f64, 2.0_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(-0.0_f64, 1.0_f64, ""), "(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, ".2"), "(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, ".3f"), "-0.000+1.000j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "e"), "-0.000000e+00+1.000000e+00j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "10"), "   (-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "<20"), "(-0+1j)             ");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "^20"), "      (-0+1j)       ");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "*>20"), "*************(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "+"), "(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "-"), "(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, " "), "(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "+.2f"), "-0.00+1.00j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, " g"), "-0+1j");
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(-0.0_f64, 1.0_f64, "n"), "-0+1j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "g"), "-0+1j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "G"), "-0+1j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "E"), "-0.000000E+00+1.000000E+00j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "F"), "-0.000000+1.000000j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, ","), "(-0+1j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "_.2f"), "-0.00+1.00j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, ",.2f"), "-0.00+1.00j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "#"), "(-0.+1.j)");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "#.0f"), "-0.+1.j");
        assert_eq!(fc(-0.0_f64, 1.0_f64, "z.1f"), "0.0+1.0j");
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(-0.0_f64, 1.0_f64, ".0e"), "-0e+00+1e+00j");
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(-0.0_f64, 1.0_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(1.5_f64, -2.5_f64, ""), "(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, ".2"), "(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, ".3f"), "1.500-2.500j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "e"), "1.500000e+00-2.500000e+00j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "10"), "(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, "<20"), "(1.5-2.5j)          ");
        assert_eq!(fc(1.5_f64, -2.5_f64, "^20"), "     (1.5-2.5j)     ");
        assert_eq!(fc(1.5_f64, -2.5_f64, "*>20"), "**********(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, "+"), "(+1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, "-"), "(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, " "), "( 1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, "+.2f"), "+1.50-2.50j");
        assert_eq!(fc(1.5_f64, -2.5_f64, " g"), " 1.5-2.5j");
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(1.5_f64, -2.5_f64, "n"), "1.5-2.5j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "g"), "1.5-2.5j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "G"), "1.5-2.5j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "E"), "1.500000E+00-2.500000E+00j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "F"), "1.500000-2.500000j");
        assert_eq!(fc(1.5_f64, -2.5_f64, ","), "(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, "_.2f"), "1.50-2.50j");
        assert_eq!(fc(1.5_f64, -2.5_f64, ",.2f"), "1.50-2.50j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "#"), "(1.5-2.5j)");
        assert_eq!(fc(1.5_f64, -2.5_f64, "#.0f"), "2.-2.j");
        assert_eq!(fc(1.5_f64, -2.5_f64, "z.1f"), "1.5-2.5j");
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(1.5_f64, -2.5_f64, ".0e"), "2e+00-2e+00j");
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(1.5_f64, -2.5_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, 0.0_f64, ""), "0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, ".2"), "0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, ".3f"), "0.000+0.000j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "e"), "0.000000e+00+0.000000e+00j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "10"), "        0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "<20"), "0j                  ");
        assert_eq!(fc(0.0_f64, 0.0_f64, "^20"), "         0j         ");
        assert_eq!(fc(0.0_f64, 0.0_f64, "*>20"), "******************0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "+"), "+0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "-"), "0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, " "), " 0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "+.2f"), "+0.00+0.00j");
        assert_eq!(fc(0.0_f64, 0.0_f64, " g"), " 0+0j");
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, 0.0_f64, "n"), "0+0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "g"), "0+0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "G"), "0+0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "E"), "0.000000E+00+0.000000E+00j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "F"), "0.000000+0.000000j");
        assert_eq!(fc(0.0_f64, 0.0_f64, ","), "0j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "_.2f"), "0.00+0.00j");
        assert_eq!(fc(0.0_f64, 0.0_f64, ",.2f"), "0.00+0.00j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "#"), "0.j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "#.0f"), "0.+0.j");
        assert_eq!(fc(0.0_f64, 0.0_f64, "z.1f"), "0.0+0.0j");
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, 0.0_f64, ".0e"), "0e+00+0e+00j");
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(0.0_f64, 0.0_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(-1.0_f64, -0.0_f64, ""), "(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, ".2"), "(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, ".3f"), "-1.000-0.000j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "e"), "-1.000000e+00-0.000000e+00j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "10"), "   (-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "<20"), "(-1-0j)             ");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "^20"), "      (-1-0j)       ");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "*>20"), "*************(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "+"), "(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "-"), "(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, " "), "(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "+.2f"), "-1.00-0.00j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, " g"), "-1-0j");
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(-1.0_f64, -0.0_f64, "n"), "-1-0j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "g"), "-1-0j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "G"), "-1-0j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "E"), "-1.000000E+00-0.000000E+00j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "F"), "-1.000000-0.000000j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, ","), "(-1-0j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "_.2f"), "-1.00-0.00j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, ",.2f"), "-1.00-0.00j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "#"), "(-1.-0.j)");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "#.0f"), "-1.-0.j");
        assert_eq!(fc(-1.0_f64, -0.0_f64, "z.1f"), "-1.0+0.0j");
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(-1.0_f64, -0.0_f64, ".0e"), "-1e+00-0e+00j");
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(-1.0_f64, -0.0_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(f64::INFINITY, f64::NAN, ""), "(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, ".2"), "(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, ".3f"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "e"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "10"), "(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "<20"), "(inf+nanj)          ");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "^20"), "     (inf+nanj)     ");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "*>20"), "**********(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "+"), "(+inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "-"), "(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, " "), "( inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "+.2f"), "+inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, " g"), " inf+nanj");
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(f64::INFINITY, f64::NAN, "n"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "g"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "G"), "INF+NANj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "E"), "INF+NANj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "F"), "INF+NANj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, ","), "(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "_.2f"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, ",.2f"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "#"), "(inf+nanj)");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "#.0f"), "inf+nanj");
        assert_eq!(fc(f64::INFINITY, f64::NAN, "z.1f"), "inf+nanj");
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(f64::INFINITY, f64::NAN, ".0e"), "inf+nanj");
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(f64::INFINITY, f64::NAN, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(1234.5_f64, -6789.25_f64, ""), "(1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, ".2"), "(1.2e+03-6.8e+03j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, ".3f"), "1234.500-6789.250j");
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "e"),
            "1.234500e+03-6.789250e+03j"
        );
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "10"), "(1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "<20"), "(1234.5-6789.25j)   ");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "^20"), " (1234.5-6789.25j)  ");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "*>20"), "***(1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "+"), "(+1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "-"), "(1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, " "), "( 1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "+.2f"), "+1234.50-6789.25j");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, " g"), " 1234.5-6789.25j");
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "n"), "1234.5-6789.25j");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "g"), "1234.5-6789.25j");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "G"), "1234.5-6789.25j");
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "E"),
            "1.234500E+03-6.789250E+03j"
        );
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "F"),
            "1234.500000-6789.250000j"
        );
        assert_eq!(fc(1234.5_f64, -6789.25_f64, ","), "(1,234.5-6,789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "_.2f"), "1_234.50-6_789.25j");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, ",.2f"), "1,234.50-6,789.25j");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "#"), "(1234.5-6789.25j)");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "#.0f"), "1234.-6789.j");
        assert_eq!(fc(1234.5_f64, -6789.25_f64, "z.1f"), "1234.5-6789.2j");
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(1234.5_f64, -6789.25_f64, ".0e"), "1e+03-7e+03j");
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(1234.5_f64, -6789.25_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, -1.0_f64, ""), "-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, ".2"), "-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, ".3f"), "0.000-1.000j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "e"), "0.000000e+00-1.000000e+00j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "10"), "       -1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "<20"), "-1j                 ");
        assert_eq!(fc(0.0_f64, -1.0_f64, "^20"), "        -1j         ");
        assert_eq!(fc(0.0_f64, -1.0_f64, "*>20"), "*****************-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "+"), "-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "-"), "-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, " "), "-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "+.2f"), "+0.00-1.00j");
        assert_eq!(fc(0.0_f64, -1.0_f64, " g"), " 0-1j");
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, -1.0_f64, "n"), "0-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "g"), "0-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "G"), "0-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "E"), "0.000000E+00-1.000000E+00j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "F"), "0.000000-1.000000j");
        assert_eq!(fc(0.0_f64, -1.0_f64, ","), "-1j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "_.2f"), "0.00-1.00j");
        assert_eq!(fc(0.0_f64, -1.0_f64, ",.2f"), "0.00-1.00j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "#"), "-1.j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "#.0f"), "0.-1.j");
        assert_eq!(fc(0.0_f64, -1.0_f64, "z.1f"), "0.0-1.0j");
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(0.0_f64, -1.0_f64, ".0e"), "0e+00-1e+00j");
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(0.0_f64, -1.0_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, ""), "(1e+20+1e-20j)");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, ".2"), "(1e+20+1e-20j)");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, ".3f"),
            "100000000000000000000.000+0.000j"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "e"), "1.000000e+20+1.000000e-20j");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "10"), "(1e+20+1e-20j)");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "<20"), "(1e+20+1e-20j)      ");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "^20"), "   (1e+20+1e-20j)   ");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "*>20"), "******(1e+20+1e-20j)");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "+"), "(+1e+20+1e-20j)");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "-"), "(1e+20+1e-20j)");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, " "), "( 1e+20+1e-20j)");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "+.2f"),
            "+100000000000000000000.00+0.00j"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, " g"), " 1e+20+1e-20j");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "=10"),
            "ERR '=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "010"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "0<10"),
            "ERR Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "%"),
            "ERR Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "n"), "1e+20+1e-20j");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "g"), "1e+20+1e-20j");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "G"), "1E+20+1E-20j");
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "E"), "1.000000E+20+1.000000E-20j");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "F"),
            "100000000000000000000.000000+0.000000j"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, ","), "(1e+20+1e-20j)");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "_.2f"),
            "100_000_000_000_000_000_000.00+0.00j"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, ",.2f"),
            "100,000,000,000,000,000,000.00+0.00j"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, "#"), "(1.e+20+1.e-20j)");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "#.0f"),
            "100000000000000000000.+0.j"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "z.1f"),
            "100000000000000000000.0+0.0j"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "d"),
            "ERR Unknown format code 'd' for object of type 'complex'"
        );
        assert_eq!(fc(1e+20_f64, 1e-20_f64, ".0e"), "1e+20+1e-20j");
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "r"),
            "ERR Unknown format code 'r' for object of type 'complex'"
        );
        assert_eq!(
            fc(1e+20_f64, 1e-20_f64, "12.3,"),
            "ERR Unknown format code ',' for object of type 'complex'"
        );
    }
}
