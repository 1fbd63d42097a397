//! printf-style `%` formatting pieces (CPython 3.11 `PyUnicode_Format`).
//!
//! The object layer parses the format with [`parse_percent_partial`] (or
//! [`parse_percent`]), fetches arguments (mapping keys, `*` widths and
//! precisions, in order), converts them, and renders each spec with
//! [`percent_int`], [`percent_float`] or [`pad_percent_str`].
//!
//! `*` arguments: a negative width sets the left-justify flag and uses the
//! absolute value; a negative precision becomes 0.  Resolve them with
//! [`resolve_star_width`] / [`resolve_star_precision`].

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use super::float_repr::{DtoaFlags, double_to_string};

/// The flag characters `-`, `+`, space, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub left: bool,
    pub sign: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
}

/// A width or precision: a literal number or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    Star,
}

/// One `%...c` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The `(key)` of `%(key)s`.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// Conversion character; `%%` produces `Literal("%")`, not a spec.
    pub conv: char,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
}

/// An error found while parsing a `%` format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentParseError {
    /// CPython's ValueError message.
    pub message: String,
    /// True for "unsupported format character": CPython raises it only
    /// after fetching that conversion's argument, so the offending spec is
    /// the last piece returned by [`parse_percent_partial`] and the caller
    /// should fetch its argument(s) (possibly raising "not enough arguments
    /// for format string") before raising this error.  False for
    /// "incomplete format", "incomplete format key", "width too big",
    /// "precision too big", raised once all earlier pieces are processed.
    pub after_arg: bool,
}

const FLAG_CHARS: [char; 5] = ['-', '+', ' ', '#', '0'];

/// Parse a `%` format string.  Errors: "incomplete format",
/// "incomplete format key", "unsupported format character 'y' (0x79) at
/// index 3", "width too big", "precision too big".
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let (pieces, err) = parse_percent_partial(fmt);
    match err {
        Some(e) => Err(e.message),
        None => Ok(pieces),
    }
}

/// Parse as far as possible: the pieces before the first error, and the
/// error (see [`PercentParseError::after_arg`] for exact error ordering).
pub fn parse_percent_partial(fmt: &str) -> (Vec<PercentPiece>, Option<PercentParseError>) {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let err = |m: &str| {
        Some(PercentParseError {
            message: m.to_string(),
            after_arg: false,
        })
    };
    macro_rules! flush {
        () => {
            if !lit.is_empty() {
                pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
            }
        };
    }
    while i < n {
        let c = chars[i];
        if c != '%' {
            lit.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && chars[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conv: '\0',
        };
        if i < n && chars[i] == '(' {
            i += 1;
            let start = i;
            let mut depth = 1;
            while i < n && depth > 0 {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                flush!();
                return (pieces, err("incomplete format key"));
            }
            spec.key = Some(chars[start..i - 1].iter().collect());
        }
        while i < n && FLAG_CHARS.contains(&chars[i]) {
            match chars[i] {
                '-' => spec.flags.left = true,
                '+' => spec.flags.sign = true,
                ' ' => spec.flags.space = true,
                '#' => spec.flags.alternate = true,
                _ => spec.flags.zero = true,
            }
            i += 1;
        }
        if i < n && chars[i] == '*' {
            spec.width = Some(Count::Star);
            i += 1;
        } else if i < n && chars[i].is_ascii_digit() {
            let mut w: usize = 0;
            while i < n && chars[i].is_ascii_digit() {
                let d = chars[i] as usize - '0' as usize;
                if w > (isize::MAX as usize - d) / 10 {
                    flush!();
                    return (pieces, err("width too big"));
                }
                w = w * 10 + d;
                i += 1;
            }
            spec.width = Some(Count::Fixed(w));
        }
        if i < n && chars[i] == '.' {
            i += 1;
            if i < n && chars[i] == '*' {
                spec.precision = Some(Count::Star);
                i += 1;
            } else {
                let mut p: usize = 0;
                while i < n && chars[i].is_ascii_digit() {
                    let d = chars[i] as usize - '0' as usize;
                    if p > (i32::MAX as usize - d) / 10 {
                        flush!();
                        return (pieces, err("precision too big"));
                    }
                    p = p * 10 + d;
                    i += 1;
                }
                spec.precision = Some(Count::Fixed(p));
            }
        }
        if i < n && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            flush!();
            return (pieces, err("incomplete format"));
        }
        spec.conv = chars[i];
        i += 1;
        flush!();
        if !matches!(
            spec.conv,
            's' | 'r'
                | 'a'
                | 'i'
                | 'd'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        ) {
            let message = unsupported_char_message(spec.conv, i - 1);
            pieces.push(PercentPiece::Spec(spec));
            return (
                pieces,
                Some(PercentParseError {
                    message,
                    after_arg: true,
                }),
            );
        }
        pieces.push(PercentPiece::Spec(spec));
    }
    flush!();
    (pieces, None)
}

/// "unsupported format character 'y' (0x79) at index 3" (index in chars).
pub fn unsupported_char_message(conv: char, index: usize) -> String {
    let shown = if (31..=126).contains(&(conv as u32)) {
        conv
    } else {
        '?'
    };
    format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, conv as u32, index
    )
}

/// Apply a `*` width argument: returns (width, left_justify_forced).
pub fn resolve_star_width(arg: i64) -> (usize, bool) {
    (arg.unsigned_abs() as usize, arg < 0)
}

/// Apply a `*` precision argument (negative → 0).
pub fn resolve_star_precision(arg: i64) -> usize {
    arg.max(0) as usize
}

/// CPython's `unicode_format_arg_output`: sign/prefix aware padding.
/// `numeric` is true for d/i/u/o/x/X/e/f/g conversions (CPython's
/// `arg->sign`).
fn output(
    s: &str,
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    if width.is_none_or(|w| w <= len)
        && precision.is_none_or(|p| p >= len)
        && !(flags.sign || flags.space)
    {
        return s.to_string();
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    if let (true, Some(p)) = (matches!(conv, 's' | 'r' | 'a'), precision) {
        len = len.min(p);
    }
    let mut pindex = 0;
    let mut signchar = None;
    if numeric {
        let ch = chars.first().copied().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = Some(ch);
            len -= 1;
            pindex = 1;
        } else if flags.sign {
            signchar = Some('+');
        } else if flags.space {
            signchar = Some(' ');
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::new();
    if let Some(sc) = signchar {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = flags.alternate && matches!(conv, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(sc) = signchar {
            out.push(sc);
        }
        if prefixed {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
    }
    out.extend(chars[pindex..pindex + len].iter());
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

/// `%d %i %u %o %x %X` of an int (width/precision already resolved).
pub fn percent_int(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let conv = spec.conv;
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mut digits = n.abs().to_str_radix(radix);
    if let Some(p) = precision.filter(|&p| p > digits.len()) {
        digits = "0".repeat(p - digits.len()) + &digits;
    }
    let mut s = String::new();
    if n.sign() == Sign::Minus {
        s.push('-');
    }
    if spec.flags.alternate {
        s.push_str(prefix);
    }
    s.push_str(&digits);
    if conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    output(&s, conv, &spec.flags, width, precision, true)
}

/// `%e %E %f %F %g %G` of a float (width/precision already resolved;
/// precision defaults to 6).
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let flags = DtoaFlags {
        alt: spec.flags.alternate,
        ..DtoaFlags::default()
    };
    let s = double_to_string(x, spec.conv, precision.unwrap_or(6), flags);
    output(&s, spec.conv, &spec.flags, width, precision, true)
}

/// Pad an already converted `%s %r %a %c` result: precision truncates (not
/// for %c), width pads with spaces (on the right with '-').
pub fn pad_percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    output(s, spec.conv, &spec.flags, width, precision, false)
}

/// A pre-converted argument for [`percent_format_simple`].
#[derive(Clone, Debug)]
pub enum PercentArg {
    Int(BigInt),
    Float(f64),
    Str(String),
}

fn next_arg<'a>(it: &mut std::slice::Iter<'a, PercentArg>) -> Result<&'a PercentArg, String> {
    it.next()
        .ok_or_else(|| "not enough arguments for format string".to_string())
}

/// Format `fmt % args` for already-converted positional args (no mapping
/// keys); a test helper and a reference for the object layer.  Arguments
/// are consumed in order (`*` counts consume an `Int` argument first).  `%s/%r/%a` take `Str` (already str()/repr()/ascii()-converted),
/// `%c` takes a one-char `Str` or an `Int`, integer conversions take `Int`
/// and float conversions `Float` (or `Int`, converted losslessly if small).
pub fn percent_format_simple(fmt: &str, args: &[PercentArg]) -> Result<String, String> {
    let pieces = parse_percent(fmt)?;
    let mut it = args.iter();
    let mut out = String::new();
    for p in pieces {
        match p {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(spec) => {
                let mut spec = spec;
                let width = match spec.width {
                    Some(Count::Star) => match next_arg(&mut it)? {
                        PercentArg::Int(i) => {
                            let v: i64 = i.try_into().map_err(|_| "width too big".to_string())?;
                            let (w, left) = resolve_star_width(v);
                            if left {
                                spec.flags.left = true;
                            }
                            Some(w)
                        }
                        _ => return Err("* wants int".to_string()),
                    },
                    Some(Count::Fixed(w)) => Some(w),
                    None => None,
                };
                let precision = match spec.precision {
                    Some(Count::Star) => match next_arg(&mut it)? {
                        PercentArg::Int(i) => {
                            let v: i64 =
                                i.try_into().map_err(|_| "precision too big".to_string())?;
                            Some(resolve_star_precision(v))
                        }
                        _ => return Err("* wants int".to_string()),
                    },
                    Some(Count::Fixed(p)) => Some(p),
                    None => None,
                };
                let arg = next_arg(&mut it)?;
                let s = match (spec.conv, arg) {
                    ('d' | 'i' | 'u' | 'o' | 'x' | 'X', PercentArg::Int(n)) => {
                        percent_int(n, &spec, width, precision)
                    }
                    ('e' | 'E' | 'f' | 'F' | 'g' | 'G', PercentArg::Float(x)) => {
                        percent_float(*x, &spec, width, precision)
                    }
                    ('e' | 'E' | 'f' | 'F' | 'g' | 'G', PercentArg::Int(n)) => {
                        let x = super::number_parse::bigint_to_f64(n)
                            .ok_or_else(|| "int too large to convert to float".to_string())?;
                        percent_float(x, &spec, width, precision)
                    }
                    ('c', PercentArg::Int(n)) => {
                        let c = u32::try_from(n)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
                        pad_percent_str(&c.to_string(), &spec, width, precision)
                    }
                    ('s' | 'r' | 'a' | 'c', PercentArg::Str(s)) => {
                        pad_percent_str(s, &spec, width, precision)
                    }
                    _ => return Err("bad argument type".to_string()),
                };
                out.push_str(&s);
            }
        }
    }
    if it.next().is_some() {
        return Err("not all arguments converted during string formatting".to_string());
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    fn i(v: i64) -> PercentArg {
        PercentArg::Int(BigInt::from(v))
    }
    fn b(v: &str) -> PercentArg {
        PercentArg::Int(v.parse().unwrap())
    }
    fn f(v: f64) -> PercentArg {
        PercentArg::Float(v)
    }
    fn s(v: &str) -> PercentArg {
        PercentArg::Str(v.to_string())
    }
    fn run(fmt: &str, args: &[PercentArg]) -> String {
        match percent_format_simple(fmt, args) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e),
        }
    }

    #[test]
    fn parse_pieces() {
        let p = parse_percent("a%(k(x))-+ #05.3ld%%b").unwrap();
        assert_eq!(
            p,
            vec![
                PercentPiece::Literal("a".to_string()),
                PercentPiece::Spec(PercentSpec {
                    key: Some("k(x)".to_string()),
                    flags: PercentFlags {
                        left: true,
                        sign: true,
                        space: true,
                        alternate: true,
                        zero: true
                    },
                    width: Some(Count::Fixed(5)),
                    precision: Some(Count::Fixed(3)),
                    conv: 'd',
                }),
                PercentPiece::Literal("%b".to_string()),
            ]
        );
        let p = parse_percent("%*.*f").unwrap();
        assert_eq!(
            p,
            vec![PercentPiece::Spec(PercentSpec {
                key: None,
                flags: PercentFlags::default(),
                width: Some(Count::Star),
                precision: Some(Count::Star),
                conv: 'f',
            })]
        );
        assert_eq!(parse_percent("%.f").unwrap().len(), 1);
    }

    #[test]
    fn parse_errors() {
        assert_eq!(parse_percent("ab%").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("%d %").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("%(a").unwrap_err(), "incomplete format key");
        assert_eq!(
            parse_percent("%5%").unwrap_err(),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            parse_percent("%lld").unwrap_err(),
            "unsupported format character 'l' (0x6c) at index 2"
        );
        assert_eq!(
            parse_percent("%\u{e9}").unwrap_err(),
            "unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            parse_percent("%\x01").unwrap_err(),
            "unsupported format character '?' (0x1) at index 1"
        );
        assert_eq!(
            parse_percent("日本%y").unwrap_err(),
            "unsupported format character 'y' (0x79) at index 3"
        );
        assert_eq!(
            parse_percent("%99999999999999999999d").unwrap_err(),
            "width too big"
        );
        assert_eq!(
            parse_percent("%.99999999999d").unwrap_err(),
            "precision too big"
        );
        let (pieces, e) = parse_percent_partial("x%dy%5%");
        assert_eq!(pieces.len(), 4);
        assert!(e.unwrap().after_arg);
        let (pieces, e) = parse_percent_partial("x%dy%");
        assert_eq!(pieces.len(), 3);
        assert!(!e.unwrap().after_arg);
    }

    #[test]
    fn generated_cases() {
        // Generated with CPython 3.11: fmt % tuple(args).
        assert_eq!(run("%d", &[i(0)]), "0");
        assert_eq!(run("%i", &[i(0)]), "0");
        assert_eq!(run("%u", &[i(0)]), "0");
        assert_eq!(run("%5d", &[i(0)]), "    0");
        assert_eq!(run("%-5d|", &[i(0)]), "0    |");
        assert_eq!(run("%05d", &[i(0)]), "00000");
        assert_eq!(run("%-05d|", &[i(0)]), "0    |");
        assert_eq!(run("%+d", &[i(0)]), "+0");
        assert_eq!(run("% d", &[i(0)]), " 0");
        assert_eq!(run("%+05d", &[i(0)]), "+0000");
        assert_eq!(run("% 05d", &[i(0)]), " 0000");
        assert_eq!(run("%.3d", &[i(0)]), "000");
        assert_eq!(run("%+.3d", &[i(0)]), "+000");
        assert_eq!(run("%8.3d", &[i(0)]), "     000");
        assert_eq!(run("%-8.3d|", &[i(0)]), "000     |");
        assert_eq!(run("%08.3d", &[i(0)]), "00000000");
        assert_eq!(run("%x", &[i(0)]), "0");
        assert_eq!(run("%X", &[i(0)]), "0");
        assert_eq!(run("%#x", &[i(0)]), "0x0");
        assert_eq!(run("%#X", &[i(0)]), "0X0");
        assert_eq!(run("%#o", &[i(0)]), "0o0");
        assert_eq!(run("%o", &[i(0)]), "0");
        assert_eq!(run("%#010x", &[i(0)]), "0x00000000");
        assert_eq!(run("%#010X", &[i(0)]), "0X00000000");
        assert_eq!(run("%#010o", &[i(0)]), "0o00000000");
        assert_eq!(run("%-#10x|", &[i(0)]), "0x0       |");
        assert_eq!(run("%.5x", &[i(0)]), "00000");
        assert_eq!(run("%#.5x", &[i(0)]), "0x00000");
        assert_eq!(run("%#.5o", &[i(0)]), "0o00000");
        assert_eq!(run("%#5X", &[i(0)]), "  0X0");
        assert_eq!(run("%0#5X", &[i(0)]), "0X000");
        assert_eq!(run("%#-8o|", &[i(0)]), "0o0     |");
        assert_eq!(run("%+#x", &[i(0)]), "+0x0");
        assert_eq!(run("% #o", &[i(0)]), " 0o0");
        assert_eq!(run("%+08x", &[i(0)]), "+0000000");
        assert_eq!(run("%d", &[i(1)]), "1");
        assert_eq!(run("%i", &[i(1)]), "1");
        assert_eq!(run("%u", &[i(1)]), "1");
        assert_eq!(run("%5d", &[i(1)]), "    1");
        assert_eq!(run("%-5d|", &[i(1)]), "1    |");
        assert_eq!(run("%05d", &[i(1)]), "00001");
        assert_eq!(run("%-05d|", &[i(1)]), "1    |");
        assert_eq!(run("%+d", &[i(1)]), "+1");
        assert_eq!(run("% d", &[i(1)]), " 1");
        assert_eq!(run("%+05d", &[i(1)]), "+0001");
        assert_eq!(run("% 05d", &[i(1)]), " 0001");
        assert_eq!(run("%.3d", &[i(1)]), "001");
        assert_eq!(run("%+.3d", &[i(1)]), "+001");
        assert_eq!(run("%8.3d", &[i(1)]), "     001");
        assert_eq!(run("%-8.3d|", &[i(1)]), "001     |");
        assert_eq!(run("%08.3d", &[i(1)]), "00000001");
        assert_eq!(run("%x", &[i(1)]), "1");
        assert_eq!(run("%X", &[i(1)]), "1");
        assert_eq!(run("%#x", &[i(1)]), "0x1");
        assert_eq!(run("%#X", &[i(1)]), "0X1");
        assert_eq!(run("%#o", &[i(1)]), "0o1");
        assert_eq!(run("%o", &[i(1)]), "1");
        assert_eq!(run("%#010x", &[i(1)]), "0x00000001");
        assert_eq!(run("%#010X", &[i(1)]), "0X00000001");
        assert_eq!(run("%#010o", &[i(1)]), "0o00000001");
        assert_eq!(run("%-#10x|", &[i(1)]), "0x1       |");
        assert_eq!(run("%.5x", &[i(1)]), "00001");
        assert_eq!(run("%#.5x", &[i(1)]), "0x00001");
        assert_eq!(run("%#.5o", &[i(1)]), "0o00001");
        assert_eq!(run("%#5X", &[i(1)]), "  0X1");
        assert_eq!(run("%0#5X", &[i(1)]), "0X001");
        assert_eq!(run("%#-8o|", &[i(1)]), "0o1     |");
        assert_eq!(run("%+#x", &[i(1)]), "+0x1");
        assert_eq!(run("% #o", &[i(1)]), " 0o1");
        assert_eq!(run("%+08x", &[i(1)]), "+0000001");
        assert_eq!(run("%d", &[i(-1)]), "-1");
        assert_eq!(run("%i", &[i(-1)]), "-1");
        assert_eq!(run("%u", &[i(-1)]), "-1");
        assert_eq!(run("%5d", &[i(-1)]), "   -1");
        assert_eq!(run("%-5d|", &[i(-1)]), "-1   |");
        assert_eq!(run("%05d", &[i(-1)]), "-0001");
        assert_eq!(run("%-05d|", &[i(-1)]), "-1   |");
        assert_eq!(run("%+d", &[i(-1)]), "-1");
        assert_eq!(run("% d", &[i(-1)]), "-1");
        assert_eq!(run("%+05d", &[i(-1)]), "-0001");
        assert_eq!(run("% 05d", &[i(-1)]), "-0001");
        assert_eq!(run("%.3d", &[i(-1)]), "-001");
        assert_eq!(run("%+.3d", &[i(-1)]), "-001");
        assert_eq!(run("%8.3d", &[i(-1)]), "    -001");
        assert_eq!(run("%-8.3d|", &[i(-1)]), "-001    |");
        assert_eq!(run("%08.3d", &[i(-1)]), "-0000001");
        assert_eq!(run("%x", &[i(-1)]), "-1");
        assert_eq!(run("%X", &[i(-1)]), "-1");
        assert_eq!(run("%#x", &[i(-1)]), "-0x1");
        assert_eq!(run("%#X", &[i(-1)]), "-0X1");
        assert_eq!(run("%#o", &[i(-1)]), "-0o1");
        assert_eq!(run("%o", &[i(-1)]), "-1");
        assert_eq!(run("%#010x", &[i(-1)]), "-0x0000001");
        assert_eq!(run("%#010X", &[i(-1)]), "-0X0000001");
        assert_eq!(run("%#010o", &[i(-1)]), "-0o0000001");
        assert_eq!(run("%-#10x|", &[i(-1)]), "-0x1      |");
        assert_eq!(run("%.5x", &[i(-1)]), "-00001");
        assert_eq!(run("%#.5x", &[i(-1)]), "-0x00001");
        assert_eq!(run("%#.5o", &[i(-1)]), "-0o00001");
        assert_eq!(run("%#5X", &[i(-1)]), " -0X1");
        assert_eq!(run("%0#5X", &[i(-1)]), "-0X01");
        assert_eq!(run("%#-8o|", &[i(-1)]), "-0o1    |");
        assert_eq!(run("%+#x", &[i(-1)]), "-0x1");
        assert_eq!(run("% #o", &[i(-1)]), "-0o1");
        assert_eq!(run("%+08x", &[i(-1)]), "-0000001");
        assert_eq!(run("%d", &[i(3)]), "3");
        assert_eq!(run("%i", &[i(3)]), "3");
        assert_eq!(run("%u", &[i(3)]), "3");
        assert_eq!(run("%5d", &[i(3)]), "    3");
        assert_eq!(run("%-5d|", &[i(3)]), "3    |");
        assert_eq!(run("%05d", &[i(3)]), "00003");
        assert_eq!(run("%-05d|", &[i(3)]), "3    |");
        assert_eq!(run("%+d", &[i(3)]), "+3");
        assert_eq!(run("% d", &[i(3)]), " 3");
        assert_eq!(run("%+05d", &[i(3)]), "+0003");
        assert_eq!(run("% 05d", &[i(3)]), " 0003");
        assert_eq!(run("%.3d", &[i(3)]), "003");
        assert_eq!(run("%+.3d", &[i(3)]), "+003");
        assert_eq!(run("%8.3d", &[i(3)]), "     003");
        assert_eq!(run("%-8.3d|", &[i(3)]), "003     |");
        assert_eq!(run("%08.3d", &[i(3)]), "00000003");
        assert_eq!(run("%x", &[i(3)]), "3");
        assert_eq!(run("%X", &[i(3)]), "3");
        assert_eq!(run("%#x", &[i(3)]), "0x3");
        assert_eq!(run("%#X", &[i(3)]), "0X3");
        assert_eq!(run("%#o", &[i(3)]), "0o3");
        assert_eq!(run("%o", &[i(3)]), "3");
        assert_eq!(run("%#010x", &[i(3)]), "0x00000003");
        assert_eq!(run("%#010X", &[i(3)]), "0X00000003");
        assert_eq!(run("%#010o", &[i(3)]), "0o00000003");
        assert_eq!(run("%-#10x|", &[i(3)]), "0x3       |");
        assert_eq!(run("%.5x", &[i(3)]), "00003");
        assert_eq!(run("%#.5x", &[i(3)]), "0x00003");
        assert_eq!(run("%#.5o", &[i(3)]), "0o00003");
        assert_eq!(run("%#5X", &[i(3)]), "  0X3");
        assert_eq!(run("%0#5X", &[i(3)]), "0X003");
        assert_eq!(run("%#-8o|", &[i(3)]), "0o3     |");
        assert_eq!(run("%+#x", &[i(3)]), "+0x3");
        assert_eq!(run("% #o", &[i(3)]), " 0o3");
        assert_eq!(run("%+08x", &[i(3)]), "+0000003");
        assert_eq!(run("%d", &[i(-3)]), "-3");
        assert_eq!(run("%i", &[i(-3)]), "-3");
        assert_eq!(run("%u", &[i(-3)]), "-3");
        assert_eq!(run("%5d", &[i(-3)]), "   -3");
        assert_eq!(run("%-5d|", &[i(-3)]), "-3   |");
        assert_eq!(run("%05d", &[i(-3)]), "-0003");
        assert_eq!(run("%-05d|", &[i(-3)]), "-3   |");
        assert_eq!(run("%+d", &[i(-3)]), "-3");
        assert_eq!(run("% d", &[i(-3)]), "-3");
        assert_eq!(run("%+05d", &[i(-3)]), "-0003");
        assert_eq!(run("% 05d", &[i(-3)]), "-0003");
        assert_eq!(run("%.3d", &[i(-3)]), "-003");
        assert_eq!(run("%+.3d", &[i(-3)]), "-003");
        assert_eq!(run("%8.3d", &[i(-3)]), "    -003");
        assert_eq!(run("%-8.3d|", &[i(-3)]), "-003    |");
        assert_eq!(run("%08.3d", &[i(-3)]), "-0000003");
        assert_eq!(run("%x", &[i(-3)]), "-3");
        assert_eq!(run("%X", &[i(-3)]), "-3");
        assert_eq!(run("%#x", &[i(-3)]), "-0x3");
        assert_eq!(run("%#X", &[i(-3)]), "-0X3");
        assert_eq!(run("%#o", &[i(-3)]), "-0o3");
        assert_eq!(run("%o", &[i(-3)]), "-3");
        assert_eq!(run("%#010x", &[i(-3)]), "-0x0000003");
        assert_eq!(run("%#010X", &[i(-3)]), "-0X0000003");
        assert_eq!(run("%#010o", &[i(-3)]), "-0o0000003");
        assert_eq!(run("%-#10x|", &[i(-3)]), "-0x3      |");
        assert_eq!(run("%.5x", &[i(-3)]), "-00003");
        assert_eq!(run("%#.5x", &[i(-3)]), "-0x00003");
        assert_eq!(run("%#.5o", &[i(-3)]), "-0o00003");
        assert_eq!(run("%#5X", &[i(-3)]), " -0X3");
        assert_eq!(run("%0#5X", &[i(-3)]), "-0X03");
        assert_eq!(run("%#-8o|", &[i(-3)]), "-0o3    |");
        assert_eq!(run("%+#x", &[i(-3)]), "-0x3");
        assert_eq!(run("% #o", &[i(-3)]), "-0o3");
        assert_eq!(run("%+08x", &[i(-3)]), "-0000003");
        assert_eq!(run("%d", &[i(255)]), "255");
        assert_eq!(run("%i", &[i(255)]), "255");
        assert_eq!(run("%u", &[i(255)]), "255");
        assert_eq!(run("%5d", &[i(255)]), "  255");
        assert_eq!(run("%-5d|", &[i(255)]), "255  |");
        assert_eq!(run("%05d", &[i(255)]), "00255");
        assert_eq!(run("%-05d|", &[i(255)]), "255  |");
        assert_eq!(run("%+d", &[i(255)]), "+255");
        assert_eq!(run("% d", &[i(255)]), " 255");
        assert_eq!(run("%+05d", &[i(255)]), "+0255");
        assert_eq!(run("% 05d", &[i(255)]), " 0255");
        assert_eq!(run("%.3d", &[i(255)]), "255");
        assert_eq!(run("%+.3d", &[i(255)]), "+255");
        assert_eq!(run("%8.3d", &[i(255)]), "     255");
        assert_eq!(run("%-8.3d|", &[i(255)]), "255     |");
        assert_eq!(run("%08.3d", &[i(255)]), "00000255");
        assert_eq!(run("%x", &[i(255)]), "ff");
        assert_eq!(run("%X", &[i(255)]), "FF");
        assert_eq!(run("%#x", &[i(255)]), "0xff");
        assert_eq!(run("%#X", &[i(255)]), "0XFF");
        assert_eq!(run("%#o", &[i(255)]), "0o377");
        assert_eq!(run("%o", &[i(255)]), "377");
        assert_eq!(run("%#010x", &[i(255)]), "0x000000ff");
        assert_eq!(run("%#010X", &[i(255)]), "0X000000FF");
        assert_eq!(run("%#010o", &[i(255)]), "0o00000377");
        assert_eq!(run("%-#10x|", &[i(255)]), "0xff      |");
        assert_eq!(run("%.5x", &[i(255)]), "000ff");
        assert_eq!(run("%#.5x", &[i(255)]), "0x000ff");
        assert_eq!(run("%#.5o", &[i(255)]), "0o00377");
        assert_eq!(run("%#5X", &[i(255)]), " 0XFF");
        assert_eq!(run("%0#5X", &[i(255)]), "0X0FF");
        assert_eq!(run("%#-8o|", &[i(255)]), "0o377   |");
        assert_eq!(run("%+#x", &[i(255)]), "+0xff");
        assert_eq!(run("% #o", &[i(255)]), " 0o377");
        assert_eq!(run("%+08x", &[i(255)]), "+00000ff");
        assert_eq!(run("%d", &[i(-255)]), "-255");
        assert_eq!(run("%i", &[i(-255)]), "-255");
        assert_eq!(run("%u", &[i(-255)]), "-255");
        assert_eq!(run("%5d", &[i(-255)]), " -255");
        assert_eq!(run("%-5d|", &[i(-255)]), "-255 |");
        assert_eq!(run("%05d", &[i(-255)]), "-0255");
        assert_eq!(run("%-05d|", &[i(-255)]), "-255 |");
        assert_eq!(run("%+d", &[i(-255)]), "-255");
        assert_eq!(run("% d", &[i(-255)]), "-255");
        assert_eq!(run("%+05d", &[i(-255)]), "-0255");
        assert_eq!(run("% 05d", &[i(-255)]), "-0255");
        assert_eq!(run("%.3d", &[i(-255)]), "-255");
        assert_eq!(run("%+.3d", &[i(-255)]), "-255");
        assert_eq!(run("%8.3d", &[i(-255)]), "    -255");
        assert_eq!(run("%-8.3d|", &[i(-255)]), "-255    |");
        assert_eq!(run("%08.3d", &[i(-255)]), "-0000255");
        assert_eq!(run("%x", &[i(-255)]), "-ff");
        assert_eq!(run("%X", &[i(-255)]), "-FF");
        assert_eq!(run("%#x", &[i(-255)]), "-0xff");
        assert_eq!(run("%#X", &[i(-255)]), "-0XFF");
        assert_eq!(run("%#o", &[i(-255)]), "-0o377");
        assert_eq!(run("%o", &[i(-255)]), "-377");
        assert_eq!(run("%#010x", &[i(-255)]), "-0x00000ff");
        assert_eq!(run("%#010X", &[i(-255)]), "-0X00000FF");
        assert_eq!(run("%#010o", &[i(-255)]), "-0o0000377");
        assert_eq!(run("%-#10x|", &[i(-255)]), "-0xff     |");
        assert_eq!(run("%.5x", &[i(-255)]), "-000ff");
        assert_eq!(run("%#.5x", &[i(-255)]), "-0x000ff");
        assert_eq!(run("%#.5o", &[i(-255)]), "-0o00377");
        assert_eq!(run("%#5X", &[i(-255)]), "-0XFF");
        assert_eq!(run("%0#5X", &[i(-255)]), "-0XFF");
        assert_eq!(run("%#-8o|", &[i(-255)]), "-0o377  |");
        assert_eq!(run("%+#x", &[i(-255)]), "-0xff");
        assert_eq!(run("% #o", &[i(-255)]), "-0o377");
        assert_eq!(run("%+08x", &[i(-255)]), "-00000ff");
        assert_eq!(run("%d", &[i(8)]), "8");
        assert_eq!(run("%i", &[i(8)]), "8");
        assert_eq!(run("%u", &[i(8)]), "8");
        assert_eq!(run("%5d", &[i(8)]), "    8");
        assert_eq!(run("%-5d|", &[i(8)]), "8    |");
        assert_eq!(run("%05d", &[i(8)]), "00008");
        assert_eq!(run("%-05d|", &[i(8)]), "8    |");
        assert_eq!(run("%+d", &[i(8)]), "+8");
        assert_eq!(run("% d", &[i(8)]), " 8");
        assert_eq!(run("%+05d", &[i(8)]), "+0008");
        assert_eq!(run("% 05d", &[i(8)]), " 0008");
        assert_eq!(run("%.3d", &[i(8)]), "008");
        assert_eq!(run("%+.3d", &[i(8)]), "+008");
        assert_eq!(run("%8.3d", &[i(8)]), "     008");
        assert_eq!(run("%-8.3d|", &[i(8)]), "008     |");
        assert_eq!(run("%08.3d", &[i(8)]), "00000008");
        assert_eq!(run("%x", &[i(8)]), "8");
        assert_eq!(run("%X", &[i(8)]), "8");
        assert_eq!(run("%#x", &[i(8)]), "0x8");
        assert_eq!(run("%#X", &[i(8)]), "0X8");
        assert_eq!(run("%#o", &[i(8)]), "0o10");
        assert_eq!(run("%o", &[i(8)]), "10");
        assert_eq!(run("%#010x", &[i(8)]), "0x00000008");
        assert_eq!(run("%#010X", &[i(8)]), "0X00000008");
        assert_eq!(run("%#010o", &[i(8)]), "0o00000010");
        assert_eq!(run("%-#10x|", &[i(8)]), "0x8       |");
        assert_eq!(run("%.5x", &[i(8)]), "00008");
        assert_eq!(run("%#.5x", &[i(8)]), "0x00008");
        assert_eq!(run("%#.5o", &[i(8)]), "0o00010");
        assert_eq!(run("%#5X", &[i(8)]), "  0X8");
        assert_eq!(run("%0#5X", &[i(8)]), "0X008");
        assert_eq!(run("%#-8o|", &[i(8)]), "0o10    |");
        assert_eq!(run("%+#x", &[i(8)]), "+0x8");
        assert_eq!(run("% #o", &[i(8)]), " 0o10");
        assert_eq!(run("%+08x", &[i(8)]), "+0000008");
        assert_eq!(
            run("%d", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%i", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%u", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%5d", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%-5d|", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000|"
        );
        assert_eq!(
            run("%05d", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%-05d|", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000|"
        );
        assert_eq!(
            run("%+d", &[b("1000000000000000000000000000000")]),
            "+1000000000000000000000000000000"
        );
        assert_eq!(
            run("% d", &[b("1000000000000000000000000000000")]),
            " 1000000000000000000000000000000"
        );
        assert_eq!(
            run("%+05d", &[b("1000000000000000000000000000000")]),
            "+1000000000000000000000000000000"
        );
        assert_eq!(
            run("% 05d", &[b("1000000000000000000000000000000")]),
            " 1000000000000000000000000000000"
        );
        assert_eq!(
            run("%.3d", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%+.3d", &[b("1000000000000000000000000000000")]),
            "+1000000000000000000000000000000"
        );
        assert_eq!(
            run("%8.3d", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%-8.3d|", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000|"
        );
        assert_eq!(
            run("%08.3d", &[b("1000000000000000000000000000000")]),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            run("%x", &[b("1000000000000000000000000000000")]),
            "c9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("%X", &[b("1000000000000000000000000000000")]),
            "C9F2C9CD04674EDEA40000000"
        );
        assert_eq!(
            run("%#x", &[b("1000000000000000000000000000000")]),
            "0xc9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("%#X", &[b("1000000000000000000000000000000")]),
            "0XC9F2C9CD04674EDEA40000000"
        );
        assert_eq!(
            run("%#o", &[b("1000000000000000000000000000000")]),
            "0o1447626234640431647336510000000000"
        );
        assert_eq!(
            run("%o", &[b("1000000000000000000000000000000")]),
            "1447626234640431647336510000000000"
        );
        assert_eq!(
            run("%#010x", &[b("1000000000000000000000000000000")]),
            "0xc9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("%#010X", &[b("1000000000000000000000000000000")]),
            "0XC9F2C9CD04674EDEA40000000"
        );
        assert_eq!(
            run("%#010o", &[b("1000000000000000000000000000000")]),
            "0o1447626234640431647336510000000000"
        );
        assert_eq!(
            run("%-#10x|", &[b("1000000000000000000000000000000")]),
            "0xc9f2c9cd04674edea40000000|"
        );
        assert_eq!(
            run("%.5x", &[b("1000000000000000000000000000000")]),
            "c9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("%#.5x", &[b("1000000000000000000000000000000")]),
            "0xc9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("%#.5o", &[b("1000000000000000000000000000000")]),
            "0o1447626234640431647336510000000000"
        );
        assert_eq!(
            run("%#5X", &[b("1000000000000000000000000000000")]),
            "0XC9F2C9CD04674EDEA40000000"
        );
        assert_eq!(
            run("%0#5X", &[b("1000000000000000000000000000000")]),
            "0XC9F2C9CD04674EDEA40000000"
        );
        assert_eq!(
            run("%#-8o|", &[b("1000000000000000000000000000000")]),
            "0o1447626234640431647336510000000000|"
        );
        assert_eq!(
            run("%+#x", &[b("1000000000000000000000000000000")]),
            "+0xc9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("% #o", &[b("1000000000000000000000000000000")]),
            " 0o1447626234640431647336510000000000"
        );
        assert_eq!(
            run("%+08x", &[b("1000000000000000000000000000000")]),
            "+c9f2c9cd04674edea40000000"
        );
        assert_eq!(
            run("%d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%i", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%u", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%5d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%-5d|", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000|"
        );
        assert_eq!(
            run("%05d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%-05d|", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000|"
        );
        assert_eq!(
            run("%+d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("% d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%+05d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("% 05d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%.3d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%+.3d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%8.3d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%-8.3d|", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000|"
        );
        assert_eq!(
            run("%08.3d", &[b("-10000000000000000000000000")]),
            "-10000000000000000000000000"
        );
        assert_eq!(
            run("%x", &[b("-10000000000000000000000000")]),
            "-84595161401484a000000"
        );
        assert_eq!(
            run("%X", &[b("-10000000000000000000000000")]),
            "-84595161401484A000000"
        );
        assert_eq!(
            run("%#x", &[b("-10000000000000000000000000")]),
            "-0x84595161401484a000000"
        );
        assert_eq!(
            run("%#X", &[b("-10000000000000000000000000")]),
            "-0X84595161401484A000000"
        );
        assert_eq!(
            run("%#o", &[b("-10000000000000000000000000")]),
            "-0o4105452130240024411200000000"
        );
        assert_eq!(
            run("%o", &[b("-10000000000000000000000000")]),
            "-4105452130240024411200000000"
        );
        assert_eq!(
            run("%#010x", &[b("-10000000000000000000000000")]),
            "-0x84595161401484a000000"
        );
        assert_eq!(
            run("%#010X", &[b("-10000000000000000000000000")]),
            "-0X84595161401484A000000"
        );
        assert_eq!(
            run("%#010o", &[b("-10000000000000000000000000")]),
            "-0o4105452130240024411200000000"
        );
        assert_eq!(
            run("%-#10x|", &[b("-10000000000000000000000000")]),
            "-0x84595161401484a000000|"
        );
        assert_eq!(
            run("%.5x", &[b("-10000000000000000000000000")]),
            "-84595161401484a000000"
        );
        assert_eq!(
            run("%#.5x", &[b("-10000000000000000000000000")]),
            "-0x84595161401484a000000"
        );
        assert_eq!(
            run("%#.5o", &[b("-10000000000000000000000000")]),
            "-0o4105452130240024411200000000"
        );
        assert_eq!(
            run("%#5X", &[b("-10000000000000000000000000")]),
            "-0X84595161401484A000000"
        );
        assert_eq!(
            run("%0#5X", &[b("-10000000000000000000000000")]),
            "-0X84595161401484A000000"
        );
        assert_eq!(
            run("%#-8o|", &[b("-10000000000000000000000000")]),
            "-0o4105452130240024411200000000|"
        );
        assert_eq!(
            run("%+#x", &[b("-10000000000000000000000000")]),
            "-0x84595161401484a000000"
        );
        assert_eq!(
            run("% #o", &[b("-10000000000000000000000000")]),
            "-0o4105452130240024411200000000"
        );
        assert_eq!(
            run("%+08x", &[b("-10000000000000000000000000")]),
            "-84595161401484a000000"
        );
        assert_eq!(run("%f", &[f(0.0_f64)]), "0.000000");
        assert_eq!(run("%F", &[f(0.0_f64)]), "0.000000");
        assert_eq!(run("%e", &[f(0.0_f64)]), "0.000000e+00");
        assert_eq!(run("%E", &[f(0.0_f64)]), "0.000000E+00");
        assert_eq!(run("%g", &[f(0.0_f64)]), "0");
        assert_eq!(run("%G", &[f(0.0_f64)]), "0");
        assert_eq!(run("%.0f", &[f(0.0_f64)]), "0");
        assert_eq!(run("%.0e", &[f(0.0_f64)]), "0e+00");
        assert_eq!(run("%#.0f", &[f(0.0_f64)]), "0.");
        assert_eq!(run("%#.0e", &[f(0.0_f64)]), "0.e+00");
        assert_eq!(run("%#g", &[f(0.0_f64)]), "0.00000");
        assert_eq!(run("%#.3g", &[f(0.0_f64)]), "0.00");
        assert_eq!(run("%.3g", &[f(0.0_f64)]), "0");
        assert_eq!(run("%10.3f", &[f(0.0_f64)]), "     0.000");
        assert_eq!(run("%-10.3f|", &[f(0.0_f64)]), "0.000     |");
        assert_eq!(run("%010.3f", &[f(0.0_f64)]), "000000.000");
        assert_eq!(run("%+f", &[f(0.0_f64)]), "+0.000000");
        assert_eq!(run("% f", &[f(0.0_f64)]), " 0.000000");
        assert_eq!(run("%+010.2f", &[f(0.0_f64)]), "+000000.00");
        assert_eq!(run("% 010.2e", &[f(0.0_f64)]), " 00.00e+00");
        assert_eq!(run("%.10g", &[f(0.0_f64)]), "0");
        assert_eq!(run("%.20f", &[f(0.0_f64)]), "0.00000000000000000000");
        assert_eq!(run("%15.7E", &[f(0.0_f64)]), "  0.0000000E+00");
        assert_eq!(run("%-+12.3g|", &[f(0.0_f64)]), "+0          |");
        assert_eq!(run("%.1f", &[f(0.0_f64)]), "0.0");
        assert_eq!(run("%#G", &[f(0.0_f64)]), "0.00000");
        assert_eq!(run("%.17g", &[f(0.0_f64)]), "0");
        assert_eq!(run("%0-10.1f|", &[f(0.0_f64)]), "0.0       |");
        assert_eq!(run("%f", &[f(-0.0_f64)]), "-0.000000");
        assert_eq!(run("%F", &[f(-0.0_f64)]), "-0.000000");
        assert_eq!(run("%e", &[f(-0.0_f64)]), "-0.000000e+00");
        assert_eq!(run("%E", &[f(-0.0_f64)]), "-0.000000E+00");
        assert_eq!(run("%g", &[f(-0.0_f64)]), "-0");
        assert_eq!(run("%G", &[f(-0.0_f64)]), "-0");
        assert_eq!(run("%.0f", &[f(-0.0_f64)]), "-0");
        assert_eq!(run("%.0e", &[f(-0.0_f64)]), "-0e+00");
        assert_eq!(run("%#.0f", &[f(-0.0_f64)]), "-0.");
        assert_eq!(run("%#.0e", &[f(-0.0_f64)]), "-0.e+00");
        assert_eq!(run("%#g", &[f(-0.0_f64)]), "-0.00000");
        assert_eq!(run("%#.3g", &[f(-0.0_f64)]), "-0.00");
        assert_eq!(run("%.3g", &[f(-0.0_f64)]), "-0");
        assert_eq!(run("%10.3f", &[f(-0.0_f64)]), "    -0.000");
        assert_eq!(run("%-10.3f|", &[f(-0.0_f64)]), "-0.000    |");
        assert_eq!(run("%010.3f", &[f(-0.0_f64)]), "-00000.000");
        assert_eq!(run("%+f", &[f(-0.0_f64)]), "-0.000000");
        assert_eq!(run("% f", &[f(-0.0_f64)]), "-0.000000");
        assert_eq!(run("%+010.2f", &[f(-0.0_f64)]), "-000000.00");
        assert_eq!(run("% 010.2e", &[f(-0.0_f64)]), "-00.00e+00");
        assert_eq!(run("%.10g", &[f(-0.0_f64)]), "-0");
        assert_eq!(run("%.20f", &[f(-0.0_f64)]), "-0.00000000000000000000");
        assert_eq!(run("%15.7E", &[f(-0.0_f64)]), " -0.0000000E+00");
        assert_eq!(run("%-+12.3g|", &[f(-0.0_f64)]), "-0          |");
        assert_eq!(run("%.1f", &[f(-0.0_f64)]), "-0.0");
        assert_eq!(run("%#G", &[f(-0.0_f64)]), "-0.00000");
        assert_eq!(run("%.17g", &[f(-0.0_f64)]), "-0");
        assert_eq!(run("%0-10.1f|", &[f(-0.0_f64)]), "-0.0      |");
        assert_eq!(run("%f", &[f(1.0_f64)]), "1.000000");
        assert_eq!(run("%F", &[f(1.0_f64)]), "1.000000");
        assert_eq!(run("%e", &[f(1.0_f64)]), "1.000000e+00");
        assert_eq!(run("%E", &[f(1.0_f64)]), "1.000000E+00");
        assert_eq!(run("%g", &[f(1.0_f64)]), "1");
        assert_eq!(run("%G", &[f(1.0_f64)]), "1");
        assert_eq!(run("%.0f", &[f(1.0_f64)]), "1");
        assert_eq!(run("%.0e", &[f(1.0_f64)]), "1e+00");
        assert_eq!(run("%#.0f", &[f(1.0_f64)]), "1.");
        assert_eq!(run("%#.0e", &[f(1.0_f64)]), "1.e+00");
        assert_eq!(run("%#g", &[f(1.0_f64)]), "1.00000");
        assert_eq!(run("%#.3g", &[f(1.0_f64)]), "1.00");
        assert_eq!(run("%.3g", &[f(1.0_f64)]), "1");
        assert_eq!(run("%10.3f", &[f(1.0_f64)]), "     1.000");
        assert_eq!(run("%-10.3f|", &[f(1.0_f64)]), "1.000     |");
        assert_eq!(run("%010.3f", &[f(1.0_f64)]), "000001.000");
        assert_eq!(run("%+f", &[f(1.0_f64)]), "+1.000000");
        assert_eq!(run("% f", &[f(1.0_f64)]), " 1.000000");
        assert_eq!(run("%+010.2f", &[f(1.0_f64)]), "+000001.00");
        assert_eq!(run("% 010.2e", &[f(1.0_f64)]), " 01.00e+00");
        assert_eq!(run("%.10g", &[f(1.0_f64)]), "1");
        assert_eq!(run("%.20f", &[f(1.0_f64)]), "1.00000000000000000000");
        assert_eq!(run("%15.7E", &[f(1.0_f64)]), "  1.0000000E+00");
        assert_eq!(run("%-+12.3g|", &[f(1.0_f64)]), "+1          |");
        assert_eq!(run("%.1f", &[f(1.0_f64)]), "1.0");
        assert_eq!(run("%#G", &[f(1.0_f64)]), "1.00000");
        assert_eq!(run("%.17g", &[f(1.0_f64)]), "1");
        assert_eq!(run("%0-10.1f|", &[f(1.0_f64)]), "1.0       |");
        assert_eq!(run("%f", &[f(-1.0_f64)]), "-1.000000");
        assert_eq!(run("%F", &[f(-1.0_f64)]), "-1.000000");
        assert_eq!(run("%e", &[f(-1.0_f64)]), "-1.000000e+00");
        assert_eq!(run("%E", &[f(-1.0_f64)]), "-1.000000E+00");
        assert_eq!(run("%g", &[f(-1.0_f64)]), "-1");
        assert_eq!(run("%G", &[f(-1.0_f64)]), "-1");
        assert_eq!(run("%.0f", &[f(-1.0_f64)]), "-1");
        assert_eq!(run("%.0e", &[f(-1.0_f64)]), "-1e+00");
        assert_eq!(run("%#.0f", &[f(-1.0_f64)]), "-1.");
        assert_eq!(run("%#.0e", &[f(-1.0_f64)]), "-1.e+00");
        assert_eq!(run("%#g", &[f(-1.0_f64)]), "-1.00000");
        assert_eq!(run("%#.3g", &[f(-1.0_f64)]), "-1.00");
        assert_eq!(run("%.3g", &[f(-1.0_f64)]), "-1");
        assert_eq!(run("%10.3f", &[f(-1.0_f64)]), "    -1.000");
        assert_eq!(run("%-10.3f|", &[f(-1.0_f64)]), "-1.000    |");
        assert_eq!(run("%010.3f", &[f(-1.0_f64)]), "-00001.000");
        assert_eq!(run("%+f", &[f(-1.0_f64)]), "-1.000000");
        assert_eq!(run("% f", &[f(-1.0_f64)]), "-1.000000");
        assert_eq!(run("%+010.2f", &[f(-1.0_f64)]), "-000001.00");
        assert_eq!(run("% 010.2e", &[f(-1.0_f64)]), "-01.00e+00");
        assert_eq!(run("%.10g", &[f(-1.0_f64)]), "-1");
        assert_eq!(run("%.20f", &[f(-1.0_f64)]), "-1.00000000000000000000");
        assert_eq!(run("%15.7E", &[f(-1.0_f64)]), " -1.0000000E+00");
        assert_eq!(run("%-+12.3g|", &[f(-1.0_f64)]), "-1          |");
        assert_eq!(run("%.1f", &[f(-1.0_f64)]), "-1.0");
        assert_eq!(run("%#G", &[f(-1.0_f64)]), "-1.00000");
        assert_eq!(run("%.17g", &[f(-1.0_f64)]), "-1");
        assert_eq!(run("%0-10.1f|", &[f(-1.0_f64)]), "-1.0      |");
        assert_eq!(run("%f", &[f(3.14159_f64)]), "3.141590");
        assert_eq!(run("%F", &[f(3.14159_f64)]), "3.141590");
        assert_eq!(run("%e", &[f(3.14159_f64)]), "3.141590e+00");
        assert_eq!(run("%E", &[f(3.14159_f64)]), "3.141590E+00");
        assert_eq!(run("%g", &[f(3.14159_f64)]), "3.14159");
        assert_eq!(run("%G", &[f(3.14159_f64)]), "3.14159");
        assert_eq!(run("%.0f", &[f(3.14159_f64)]), "3");
        assert_eq!(run("%.0e", &[f(3.14159_f64)]), "3e+00");
        assert_eq!(run("%#.0f", &[f(3.14159_f64)]), "3.");
        assert_eq!(run("%#.0e", &[f(3.14159_f64)]), "3.e+00");
        assert_eq!(run("%#g", &[f(3.14159_f64)]), "3.14159");
        assert_eq!(run("%#.3g", &[f(3.14159_f64)]), "3.14");
        assert_eq!(run("%.3g", &[f(3.14159_f64)]), "3.14");
        assert_eq!(run("%10.3f", &[f(3.14159_f64)]), "     3.142");
        assert_eq!(run("%-10.3f|", &[f(3.14159_f64)]), "3.142     |");
        assert_eq!(run("%010.3f", &[f(3.14159_f64)]), "000003.142");
        assert_eq!(run("%+f", &[f(3.14159_f64)]), "+3.141590");
        assert_eq!(run("% f", &[f(3.14159_f64)]), " 3.141590");
        assert_eq!(run("%+010.2f", &[f(3.14159_f64)]), "+000003.14");
        assert_eq!(run("% 010.2e", &[f(3.14159_f64)]), " 03.14e+00");
        assert_eq!(run("%.10g", &[f(3.14159_f64)]), "3.14159");
        assert_eq!(run("%.20f", &[f(3.14159_f64)]), "3.14158999999999988262");
        assert_eq!(run("%15.7E", &[f(3.14159_f64)]), "  3.1415900E+00");
        assert_eq!(run("%-+12.3g|", &[f(3.14159_f64)]), "+3.14       |");
        assert_eq!(run("%.1f", &[f(3.14159_f64)]), "3.1");
        assert_eq!(run("%#G", &[f(3.14159_f64)]), "3.14159");
        assert_eq!(run("%.17g", &[f(3.14159_f64)]), "3.1415899999999999");
        assert_eq!(run("%0-10.1f|", &[f(3.14159_f64)]), "3.1       |");
        assert_eq!(run("%f", &[f(-3.14159_f64)]), "-3.141590");
        assert_eq!(run("%F", &[f(-3.14159_f64)]), "-3.141590");
        assert_eq!(run("%e", &[f(-3.14159_f64)]), "-3.141590e+00");
        assert_eq!(run("%E", &[f(-3.14159_f64)]), "-3.141590E+00");
        assert_eq!(run("%g", &[f(-3.14159_f64)]), "-3.14159");
        assert_eq!(run("%G", &[f(-3.14159_f64)]), "-3.14159");
        assert_eq!(run("%.0f", &[f(-3.14159_f64)]), "-3");
        assert_eq!(run("%.0e", &[f(-3.14159_f64)]), "-3e+00");
        assert_eq!(run("%#.0f", &[f(-3.14159_f64)]), "-3.");
        assert_eq!(run("%#.0e", &[f(-3.14159_f64)]), "-3.e+00");
        assert_eq!(run("%#g", &[f(-3.14159_f64)]), "-3.14159");
        assert_eq!(run("%#.3g", &[f(-3.14159_f64)]), "-3.14");
        assert_eq!(run("%.3g", &[f(-3.14159_f64)]), "-3.14");
        assert_eq!(run("%10.3f", &[f(-3.14159_f64)]), "    -3.142");
        assert_eq!(run("%-10.3f|", &[f(-3.14159_f64)]), "-3.142    |");
        assert_eq!(run("%010.3f", &[f(-3.14159_f64)]), "-00003.142");
        assert_eq!(run("%+f", &[f(-3.14159_f64)]), "-3.141590");
        assert_eq!(run("% f", &[f(-3.14159_f64)]), "-3.141590");
        assert_eq!(run("%+010.2f", &[f(-3.14159_f64)]), "-000003.14");
        assert_eq!(run("% 010.2e", &[f(-3.14159_f64)]), "-03.14e+00");
        assert_eq!(run("%.10g", &[f(-3.14159_f64)]), "-3.14159");
        assert_eq!(run("%.20f", &[f(-3.14159_f64)]), "-3.14158999999999988262");
        assert_eq!(run("%15.7E", &[f(-3.14159_f64)]), " -3.1415900E+00");
        assert_eq!(run("%-+12.3g|", &[f(-3.14159_f64)]), "-3.14       |");
        assert_eq!(run("%.1f", &[f(-3.14159_f64)]), "-3.1");
        assert_eq!(run("%#G", &[f(-3.14159_f64)]), "-3.14159");
        assert_eq!(run("%.17g", &[f(-3.14159_f64)]), "-3.1415899999999999");
        assert_eq!(run("%0-10.1f|", &[f(-3.14159_f64)]), "-3.1      |");
        assert_eq!(run("%f", &[f(12345.678_f64)]), "12345.678000");
        assert_eq!(run("%F", &[f(12345.678_f64)]), "12345.678000");
        assert_eq!(run("%e", &[f(12345.678_f64)]), "1.234568e+04");
        assert_eq!(run("%E", &[f(12345.678_f64)]), "1.234568E+04");
        assert_eq!(run("%g", &[f(12345.678_f64)]), "12345.7");
        assert_eq!(run("%G", &[f(12345.678_f64)]), "12345.7");
        assert_eq!(run("%.0f", &[f(12345.678_f64)]), "12346");
        assert_eq!(run("%.0e", &[f(12345.678_f64)]), "1e+04");
        assert_eq!(run("%#.0f", &[f(12345.678_f64)]), "12346.");
        assert_eq!(run("%#.0e", &[f(12345.678_f64)]), "1.e+04");
        assert_eq!(run("%#g", &[f(12345.678_f64)]), "12345.7");
        assert_eq!(run("%#.3g", &[f(12345.678_f64)]), "1.23e+04");
        assert_eq!(run("%.3g", &[f(12345.678_f64)]), "1.23e+04");
        assert_eq!(run("%10.3f", &[f(12345.678_f64)]), " 12345.678");
        assert_eq!(run("%-10.3f|", &[f(12345.678_f64)]), "12345.678 |");
        assert_eq!(run("%010.3f", &[f(12345.678_f64)]), "012345.678");
        assert_eq!(run("%+f", &[f(12345.678_f64)]), "+12345.678000");
        assert_eq!(run("% f", &[f(12345.678_f64)]), " 12345.678000");
        assert_eq!(run("%+010.2f", &[f(12345.678_f64)]), "+012345.68");
        assert_eq!(run("% 010.2e", &[f(12345.678_f64)]), " 01.23e+04");
        assert_eq!(run("%.10g", &[f(12345.678_f64)]), "12345.678");
        assert_eq!(
            run("%.20f", &[f(12345.678_f64)]),
            "12345.67799999999988358468"
        );
        assert_eq!(run("%15.7E", &[f(12345.678_f64)]), "  1.2345678E+04");
        assert_eq!(run("%-+12.3g|", &[f(12345.678_f64)]), "+1.23e+04   |");
        assert_eq!(run("%.1f", &[f(12345.678_f64)]), "12345.7");
        assert_eq!(run("%#G", &[f(12345.678_f64)]), "12345.7");
        assert_eq!(run("%.17g", &[f(12345.678_f64)]), "12345.678");
        assert_eq!(run("%0-10.1f|", &[f(12345.678_f64)]), "12345.7   |");
        assert_eq!(run("%f", &[f(1e-05_f64)]), "0.000010");
        assert_eq!(run("%F", &[f(1e-05_f64)]), "0.000010");
        assert_eq!(run("%e", &[f(1e-05_f64)]), "1.000000e-05");
        assert_eq!(run("%E", &[f(1e-05_f64)]), "1.000000E-05");
        assert_eq!(run("%g", &[f(1e-05_f64)]), "1e-05");
        assert_eq!(run("%G", &[f(1e-05_f64)]), "1E-05");
        assert_eq!(run("%.0f", &[f(1e-05_f64)]), "0");
        assert_eq!(run("%.0e", &[f(1e-05_f64)]), "1e-05");
        assert_eq!(run("%#.0f", &[f(1e-05_f64)]), "0.");
        assert_eq!(run("%#.0e", &[f(1e-05_f64)]), "1.e-05");
        assert_eq!(run("%#g", &[f(1e-05_f64)]), "1.00000e-05");
        assert_eq!(run("%#.3g", &[f(1e-05_f64)]), "1.00e-05");
        assert_eq!(run("%.3g", &[f(1e-05_f64)]), "1e-05");
        assert_eq!(run("%10.3f", &[f(1e-05_f64)]), "     0.000");
        assert_eq!(run("%-10.3f|", &[f(1e-05_f64)]), "0.000     |");
        assert_eq!(run("%010.3f", &[f(1e-05_f64)]), "000000.000");
        assert_eq!(run("%+f", &[f(1e-05_f64)]), "+0.000010");
        assert_eq!(run("% f", &[f(1e-05_f64)]), " 0.000010");
        assert_eq!(run("%+010.2f", &[f(1e-05_f64)]), "+000000.00");
        assert_eq!(run("% 010.2e", &[f(1e-05_f64)]), " 01.00e-05");
        assert_eq!(run("%.10g", &[f(1e-05_f64)]), "1e-05");
        assert_eq!(run("%.20f", &[f(1e-05_f64)]), "0.00001000000000000000");
        assert_eq!(run("%15.7E", &[f(1e-05_f64)]), "  1.0000000E-05");
        assert_eq!(run("%-+12.3g|", &[f(1e-05_f64)]), "+1e-05      |");
        assert_eq!(run("%.1f", &[f(1e-05_f64)]), "0.0");
        assert_eq!(run("%#G", &[f(1e-05_f64)]), "1.00000E-05");
        assert_eq!(run("%.17g", &[f(1e-05_f64)]), "1.0000000000000001e-05");
        assert_eq!(run("%0-10.1f|", &[f(1e-05_f64)]), "0.0       |");
        assert_eq!(run("%f", &[f(1e+16_f64)]), "10000000000000000.000000");
        assert_eq!(run("%F", &[f(1e+16_f64)]), "10000000000000000.000000");
        assert_eq!(run("%e", &[f(1e+16_f64)]), "1.000000e+16");
        assert_eq!(run("%E", &[f(1e+16_f64)]), "1.000000E+16");
        assert_eq!(run("%g", &[f(1e+16_f64)]), "1e+16");
        assert_eq!(run("%G", &[f(1e+16_f64)]), "1E+16");
        assert_eq!(run("%.0f", &[f(1e+16_f64)]), "10000000000000000");
        assert_eq!(run("%.0e", &[f(1e+16_f64)]), "1e+16");
        assert_eq!(run("%#.0f", &[f(1e+16_f64)]), "10000000000000000.");
        assert_eq!(run("%#.0e", &[f(1e+16_f64)]), "1.e+16");
        assert_eq!(run("%#g", &[f(1e+16_f64)]), "1.00000e+16");
        assert_eq!(run("%#.3g", &[f(1e+16_f64)]), "1.00e+16");
        assert_eq!(run("%.3g", &[f(1e+16_f64)]), "1e+16");
        assert_eq!(run("%10.3f", &[f(1e+16_f64)]), "10000000000000000.000");
        assert_eq!(run("%-10.3f|", &[f(1e+16_f64)]), "10000000000000000.000|");
        assert_eq!(run("%010.3f", &[f(1e+16_f64)]), "10000000000000000.000");
        assert_eq!(run("%+f", &[f(1e+16_f64)]), "+10000000000000000.000000");
        assert_eq!(run("% f", &[f(1e+16_f64)]), " 10000000000000000.000000");
        assert_eq!(run("%+010.2f", &[f(1e+16_f64)]), "+10000000000000000.00");
        assert_eq!(run("% 010.2e", &[f(1e+16_f64)]), " 01.00e+16");
        assert_eq!(run("%.10g", &[f(1e+16_f64)]), "1e+16");
        assert_eq!(
            run("%.20f", &[f(1e+16_f64)]),
            "10000000000000000.00000000000000000000"
        );
        assert_eq!(run("%15.7E", &[f(1e+16_f64)]), "  1.0000000E+16");
        assert_eq!(run("%-+12.3g|", &[f(1e+16_f64)]), "+1e+16      |");
        assert_eq!(run("%.1f", &[f(1e+16_f64)]), "10000000000000000.0");
        assert_eq!(run("%#G", &[f(1e+16_f64)]), "1.00000E+16");
        assert_eq!(run("%.17g", &[f(1e+16_f64)]), "10000000000000000");
        assert_eq!(run("%0-10.1f|", &[f(1e+16_f64)]), "10000000000000000.0|");
        assert_eq!(
            run("%f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(
            run("%F", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(run("%e", &[f(1e+300_f64)]), "1.000000e+300");
        assert_eq!(run("%E", &[f(1e+300_f64)]), "1.000000E+300");
        assert_eq!(run("%g", &[f(1e+300_f64)]), "1e+300");
        assert_eq!(run("%G", &[f(1e+300_f64)]), "1E+300");
        assert_eq!(
            run("%.0f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
        );
        assert_eq!(run("%.0e", &[f(1e+300_f64)]), "1e+300");
        assert_eq!(
            run("%#.0f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160."
        );
        assert_eq!(run("%#.0e", &[f(1e+300_f64)]), "1.e+300");
        assert_eq!(run("%#g", &[f(1e+300_f64)]), "1.00000e+300");
        assert_eq!(run("%#.3g", &[f(1e+300_f64)]), "1.00e+300");
        assert_eq!(run("%.3g", &[f(1e+300_f64)]), "1e+300");
        assert_eq!(
            run("%10.3f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000"
        );
        assert_eq!(
            run("%-10.3f|", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000|"
        );
        assert_eq!(
            run("%010.3f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000"
        );
        assert_eq!(
            run("%+f", &[f(1e+300_f64)]),
            "+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(
            run("% f", &[f(1e+300_f64)]),
            " 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(
            run("%+010.2f", &[f(1e+300_f64)]),
            "+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        );
        assert_eq!(run("% 010.2e", &[f(1e+300_f64)]), " 1.00e+300");
        assert_eq!(run("%.10g", &[f(1e+300_f64)]), "1e+300");
        assert_eq!(
            run("%.20f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000000"
        );
        assert_eq!(run("%15.7E", &[f(1e+300_f64)]), " 1.0000000E+300");
        assert_eq!(run("%-+12.3g|", &[f(1e+300_f64)]), "+1e+300     |");
        assert_eq!(
            run("%.1f", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0"
        );
        assert_eq!(run("%#G", &[f(1e+300_f64)]), "1.00000E+300");
        assert_eq!(run("%.17g", &[f(1e+300_f64)]), "1.0000000000000001e+300");
        assert_eq!(
            run("%0-10.1f|", &[f(1e+300_f64)]),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0|"
        );
        assert_eq!(run("%f", &[f(5e-324_f64)]), "0.000000");
        assert_eq!(run("%F", &[f(5e-324_f64)]), "0.000000");
        assert_eq!(run("%e", &[f(5e-324_f64)]), "4.940656e-324");
        assert_eq!(run("%E", &[f(5e-324_f64)]), "4.940656E-324");
        assert_eq!(run("%g", &[f(5e-324_f64)]), "4.94066e-324");
        assert_eq!(run("%G", &[f(5e-324_f64)]), "4.94066E-324");
        assert_eq!(run("%.0f", &[f(5e-324_f64)]), "0");
        assert_eq!(run("%.0e", &[f(5e-324_f64)]), "5e-324");
        assert_eq!(run("%#.0f", &[f(5e-324_f64)]), "0.");
        assert_eq!(run("%#.0e", &[f(5e-324_f64)]), "5.e-324");
        assert_eq!(run("%#g", &[f(5e-324_f64)]), "4.94066e-324");
        assert_eq!(run("%#.3g", &[f(5e-324_f64)]), "4.94e-324");
        assert_eq!(run("%.3g", &[f(5e-324_f64)]), "4.94e-324");
        assert_eq!(run("%10.3f", &[f(5e-324_f64)]), "     0.000");
        assert_eq!(run("%-10.3f|", &[f(5e-324_f64)]), "0.000     |");
        assert_eq!(run("%010.3f", &[f(5e-324_f64)]), "000000.000");
        assert_eq!(run("%+f", &[f(5e-324_f64)]), "+0.000000");
        assert_eq!(run("% f", &[f(5e-324_f64)]), " 0.000000");
        assert_eq!(run("%+010.2f", &[f(5e-324_f64)]), "+000000.00");
        assert_eq!(run("% 010.2e", &[f(5e-324_f64)]), " 4.94e-324");
        assert_eq!(run("%.10g", &[f(5e-324_f64)]), "4.940656458e-324");
        assert_eq!(run("%.20f", &[f(5e-324_f64)]), "0.00000000000000000000");
        assert_eq!(run("%15.7E", &[f(5e-324_f64)]), " 4.9406565E-324");
        assert_eq!(run("%-+12.3g|", &[f(5e-324_f64)]), "+4.94e-324  |");
        assert_eq!(run("%.1f", &[f(5e-324_f64)]), "0.0");
        assert_eq!(run("%#G", &[f(5e-324_f64)]), "4.94066E-324");
        assert_eq!(run("%.17g", &[f(5e-324_f64)]), "4.9406564584124654e-324");
        assert_eq!(run("%0-10.1f|", &[f(5e-324_f64)]), "0.0       |");
        assert_eq!(run("%f", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%F", &[f(f64::INFINITY)]), "INF");
        assert_eq!(run("%e", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%E", &[f(f64::INFINITY)]), "INF");
        assert_eq!(run("%g", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%G", &[f(f64::INFINITY)]), "INF");
        assert_eq!(run("%.0f", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%.0e", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%#.0f", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%#.0e", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%#g", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%#.3g", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%.3g", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%10.3f", &[f(f64::INFINITY)]), "       inf");
        assert_eq!(run("%-10.3f|", &[f(f64::INFINITY)]), "inf       |");
        assert_eq!(run("%010.3f", &[f(f64::INFINITY)]), "0000000inf");
        assert_eq!(run("%+f", &[f(f64::INFINITY)]), "+inf");
        assert_eq!(run("% f", &[f(f64::INFINITY)]), " inf");
        assert_eq!(run("%+010.2f", &[f(f64::INFINITY)]), "+000000inf");
        assert_eq!(run("% 010.2e", &[f(f64::INFINITY)]), " 000000inf");
        assert_eq!(run("%.10g", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%.20f", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%15.7E", &[f(f64::INFINITY)]), "            INF");
        assert_eq!(run("%-+12.3g|", &[f(f64::INFINITY)]), "+inf        |");
        assert_eq!(run("%.1f", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%#G", &[f(f64::INFINITY)]), "INF");
        assert_eq!(run("%.17g", &[f(f64::INFINITY)]), "inf");
        assert_eq!(run("%0-10.1f|", &[f(f64::INFINITY)]), "inf       |");
        assert_eq!(run("%f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%F", &[f(f64::NEG_INFINITY)]), "-INF");
        assert_eq!(run("%e", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%E", &[f(f64::NEG_INFINITY)]), "-INF");
        assert_eq!(run("%g", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%G", &[f(f64::NEG_INFINITY)]), "-INF");
        assert_eq!(run("%.0f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%.0e", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%#.0f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%#.0e", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%#g", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%#.3g", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%.3g", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%10.3f", &[f(f64::NEG_INFINITY)]), "      -inf");
        assert_eq!(run("%-10.3f|", &[f(f64::NEG_INFINITY)]), "-inf      |");
        assert_eq!(run("%010.3f", &[f(f64::NEG_INFINITY)]), "-000000inf");
        assert_eq!(run("%+f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("% f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%+010.2f", &[f(f64::NEG_INFINITY)]), "-000000inf");
        assert_eq!(run("% 010.2e", &[f(f64::NEG_INFINITY)]), "-000000inf");
        assert_eq!(run("%.10g", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%.20f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%15.7E", &[f(f64::NEG_INFINITY)]), "           -INF");
        assert_eq!(run("%-+12.3g|", &[f(f64::NEG_INFINITY)]), "-inf        |");
        assert_eq!(run("%.1f", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%#G", &[f(f64::NEG_INFINITY)]), "-INF");
        assert_eq!(run("%.17g", &[f(f64::NEG_INFINITY)]), "-inf");
        assert_eq!(run("%0-10.1f|", &[f(f64::NEG_INFINITY)]), "-inf      |");
        assert_eq!(run("%f", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%F", &[f(f64::NAN)]), "NAN");
        assert_eq!(run("%e", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%E", &[f(f64::NAN)]), "NAN");
        assert_eq!(run("%g", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%G", &[f(f64::NAN)]), "NAN");
        assert_eq!(run("%.0f", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%.0e", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%#.0f", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%#.0e", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%#g", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%#.3g", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%.3g", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%10.3f", &[f(f64::NAN)]), "       nan");
        assert_eq!(run("%-10.3f|", &[f(f64::NAN)]), "nan       |");
        assert_eq!(run("%010.3f", &[f(f64::NAN)]), "0000000nan");
        assert_eq!(run("%+f", &[f(f64::NAN)]), "+nan");
        assert_eq!(run("% f", &[f(f64::NAN)]), " nan");
        assert_eq!(run("%+010.2f", &[f(f64::NAN)]), "+000000nan");
        assert_eq!(run("% 010.2e", &[f(f64::NAN)]), " 000000nan");
        assert_eq!(run("%.10g", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%.20f", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%15.7E", &[f(f64::NAN)]), "            NAN");
        assert_eq!(run("%-+12.3g|", &[f(f64::NAN)]), "+nan        |");
        assert_eq!(run("%.1f", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%#G", &[f(f64::NAN)]), "NAN");
        assert_eq!(run("%.17g", &[f(f64::NAN)]), "nan");
        assert_eq!(run("%0-10.1f|", &[f(f64::NAN)]), "nan       |");
        assert_eq!(run("%f", &[f(0.5_f64)]), "0.500000");
        assert_eq!(run("%F", &[f(0.5_f64)]), "0.500000");
        assert_eq!(run("%e", &[f(0.5_f64)]), "5.000000e-01");
        assert_eq!(run("%E", &[f(0.5_f64)]), "5.000000E-01");
        assert_eq!(run("%g", &[f(0.5_f64)]), "0.5");
        assert_eq!(run("%G", &[f(0.5_f64)]), "0.5");
        assert_eq!(run("%.0f", &[f(0.5_f64)]), "0");
        assert_eq!(run("%.0e", &[f(0.5_f64)]), "5e-01");
        assert_eq!(run("%#.0f", &[f(0.5_f64)]), "0.");
        assert_eq!(run("%#.0e", &[f(0.5_f64)]), "5.e-01");
        assert_eq!(run("%#g", &[f(0.5_f64)]), "0.500000");
        assert_eq!(run("%#.3g", &[f(0.5_f64)]), "0.500");
        assert_eq!(run("%.3g", &[f(0.5_f64)]), "0.5");
        assert_eq!(run("%10.3f", &[f(0.5_f64)]), "     0.500");
        assert_eq!(run("%-10.3f|", &[f(0.5_f64)]), "0.500     |");
        assert_eq!(run("%010.3f", &[f(0.5_f64)]), "000000.500");
        assert_eq!(run("%+f", &[f(0.5_f64)]), "+0.500000");
        assert_eq!(run("% f", &[f(0.5_f64)]), " 0.500000");
        assert_eq!(run("%+010.2f", &[f(0.5_f64)]), "+000000.50");
        assert_eq!(run("% 010.2e", &[f(0.5_f64)]), " 05.00e-01");
        assert_eq!(run("%.10g", &[f(0.5_f64)]), "0.5");
        assert_eq!(run("%.20f", &[f(0.5_f64)]), "0.50000000000000000000");
        assert_eq!(run("%15.7E", &[f(0.5_f64)]), "  5.0000000E-01");
        assert_eq!(run("%-+12.3g|", &[f(0.5_f64)]), "+0.5        |");
        assert_eq!(run("%.1f", &[f(0.5_f64)]), "0.5");
        assert_eq!(run("%#G", &[f(0.5_f64)]), "0.500000");
        assert_eq!(run("%.17g", &[f(0.5_f64)]), "0.5");
        assert_eq!(run("%0-10.1f|", &[f(0.5_f64)]), "0.5       |");
        assert_eq!(run("%f", &[f(2.5_f64)]), "2.500000");
        assert_eq!(run("%F", &[f(2.5_f64)]), "2.500000");
        assert_eq!(run("%e", &[f(2.5_f64)]), "2.500000e+00");
        assert_eq!(run("%E", &[f(2.5_f64)]), "2.500000E+00");
        assert_eq!(run("%g", &[f(2.5_f64)]), "2.5");
        assert_eq!(run("%G", &[f(2.5_f64)]), "2.5");
        assert_eq!(run("%.0f", &[f(2.5_f64)]), "2");
        assert_eq!(run("%.0e", &[f(2.5_f64)]), "2e+00");
        assert_eq!(run("%#.0f", &[f(2.5_f64)]), "2.");
        assert_eq!(run("%#.0e", &[f(2.5_f64)]), "2.e+00");
        assert_eq!(run("%#g", &[f(2.5_f64)]), "2.50000");
        assert_eq!(run("%#.3g", &[f(2.5_f64)]), "2.50");
        assert_eq!(run("%.3g", &[f(2.5_f64)]), "2.5");
        assert_eq!(run("%10.3f", &[f(2.5_f64)]), "     2.500");
        assert_eq!(run("%-10.3f|", &[f(2.5_f64)]), "2.500     |");
        assert_eq!(run("%010.3f", &[f(2.5_f64)]), "000002.500");
        assert_eq!(run("%+f", &[f(2.5_f64)]), "+2.500000");
        assert_eq!(run("% f", &[f(2.5_f64)]), " 2.500000");
        assert_eq!(run("%+010.2f", &[f(2.5_f64)]), "+000002.50");
        assert_eq!(run("% 010.2e", &[f(2.5_f64)]), " 02.50e+00");
        assert_eq!(run("%.10g", &[f(2.5_f64)]), "2.5");
        assert_eq!(run("%.20f", &[f(2.5_f64)]), "2.50000000000000000000");
        assert_eq!(run("%15.7E", &[f(2.5_f64)]), "  2.5000000E+00");
        assert_eq!(run("%-+12.3g|", &[f(2.5_f64)]), "+2.5        |");
        assert_eq!(run("%.1f", &[f(2.5_f64)]), "2.5");
        assert_eq!(run("%#G", &[f(2.5_f64)]), "2.50000");
        assert_eq!(run("%.17g", &[f(2.5_f64)]), "2.5");
        assert_eq!(run("%0-10.1f|", &[f(2.5_f64)]), "2.5       |");
        assert_eq!(run("%f", &[f(123456789.0_f64)]), "123456789.000000");
        assert_eq!(run("%F", &[f(123456789.0_f64)]), "123456789.000000");
        assert_eq!(run("%e", &[f(123456789.0_f64)]), "1.234568e+08");
        assert_eq!(run("%E", &[f(123456789.0_f64)]), "1.234568E+08");
        assert_eq!(run("%g", &[f(123456789.0_f64)]), "1.23457e+08");
        assert_eq!(run("%G", &[f(123456789.0_f64)]), "1.23457E+08");
        assert_eq!(run("%.0f", &[f(123456789.0_f64)]), "123456789");
        assert_eq!(run("%.0e", &[f(123456789.0_f64)]), "1e+08");
        assert_eq!(run("%#.0f", &[f(123456789.0_f64)]), "123456789.");
        assert_eq!(run("%#.0e", &[f(123456789.0_f64)]), "1.e+08");
        assert_eq!(run("%#g", &[f(123456789.0_f64)]), "1.23457e+08");
        assert_eq!(run("%#.3g", &[f(123456789.0_f64)]), "1.23e+08");
        assert_eq!(run("%.3g", &[f(123456789.0_f64)]), "1.23e+08");
        assert_eq!(run("%10.3f", &[f(123456789.0_f64)]), "123456789.000");
        assert_eq!(run("%-10.3f|", &[f(123456789.0_f64)]), "123456789.000|");
        assert_eq!(run("%010.3f", &[f(123456789.0_f64)]), "123456789.000");
        assert_eq!(run("%+f", &[f(123456789.0_f64)]), "+123456789.000000");
        assert_eq!(run("% f", &[f(123456789.0_f64)]), " 123456789.000000");
        assert_eq!(run("%+010.2f", &[f(123456789.0_f64)]), "+123456789.00");
        assert_eq!(run("% 010.2e", &[f(123456789.0_f64)]), " 01.23e+08");
        assert_eq!(run("%.10g", &[f(123456789.0_f64)]), "123456789");
        assert_eq!(
            run("%.20f", &[f(123456789.0_f64)]),
            "123456789.00000000000000000000"
        );
        assert_eq!(run("%15.7E", &[f(123456789.0_f64)]), "  1.2345679E+08");
        assert_eq!(run("%-+12.3g|", &[f(123456789.0_f64)]), "+1.23e+08   |");
        assert_eq!(run("%.1f", &[f(123456789.0_f64)]), "123456789.0");
        assert_eq!(run("%#G", &[f(123456789.0_f64)]), "1.23457E+08");
        assert_eq!(run("%.17g", &[f(123456789.0_f64)]), "123456789");
        assert_eq!(run("%0-10.1f|", &[f(123456789.0_f64)]), "123456789.0|");
        assert_eq!(run("%f", &[f(-0.00012345_f64)]), "-0.000123");
        assert_eq!(run("%F", &[f(-0.00012345_f64)]), "-0.000123");
        assert_eq!(run("%e", &[f(-0.00012345_f64)]), "-1.234500e-04");
        assert_eq!(run("%E", &[f(-0.00012345_f64)]), "-1.234500E-04");
        assert_eq!(run("%g", &[f(-0.00012345_f64)]), "-0.00012345");
        assert_eq!(run("%G", &[f(-0.00012345_f64)]), "-0.00012345");
        assert_eq!(run("%.0f", &[f(-0.00012345_f64)]), "-0");
        assert_eq!(run("%.0e", &[f(-0.00012345_f64)]), "-1e-04");
        assert_eq!(run("%#.0f", &[f(-0.00012345_f64)]), "-0.");
        assert_eq!(run("%#.0e", &[f(-0.00012345_f64)]), "-1.e-04");
        assert_eq!(run("%#g", &[f(-0.00012345_f64)]), "-0.000123450");
        assert_eq!(run("%#.3g", &[f(-0.00012345_f64)]), "-0.000123");
        assert_eq!(run("%.3g", &[f(-0.00012345_f64)]), "-0.000123");
        assert_eq!(run("%10.3f", &[f(-0.00012345_f64)]), "    -0.000");
        assert_eq!(run("%-10.3f|", &[f(-0.00012345_f64)]), "-0.000    |");
        assert_eq!(run("%010.3f", &[f(-0.00012345_f64)]), "-00000.000");
        assert_eq!(run("%+f", &[f(-0.00012345_f64)]), "-0.000123");
        assert_eq!(run("% f", &[f(-0.00012345_f64)]), "-0.000123");
        assert_eq!(run("%+010.2f", &[f(-0.00012345_f64)]), "-000000.00");
        assert_eq!(run("% 010.2e", &[f(-0.00012345_f64)]), "-01.23e-04");
        assert_eq!(run("%.10g", &[f(-0.00012345_f64)]), "-0.00012345");
        assert_eq!(
            run("%.20f", &[f(-0.00012345_f64)]),
            "-0.00012344999999999999"
        );
        assert_eq!(run("%15.7E", &[f(-0.00012345_f64)]), " -1.2345000E-04");
        assert_eq!(run("%-+12.3g|", &[f(-0.00012345_f64)]), "-0.000123   |");
        assert_eq!(run("%.1f", &[f(-0.00012345_f64)]), "-0.0");
        assert_eq!(run("%#G", &[f(-0.00012345_f64)]), "-0.000123450");
        assert_eq!(
            run("%.17g", &[f(-0.00012345_f64)]),
            "-0.00012344999999999999"
        );
        assert_eq!(run("%0-10.1f|", &[f(-0.00012345_f64)]), "-0.0      |");
        assert_eq!(run("%s", &[s("")]), "");
        assert_eq!(run("%5s", &[s("")]), "     ");
        assert_eq!(run("%-5s|", &[s("")]), "     |");
        assert_eq!(run("%.2s", &[s("")]), "");
        assert_eq!(run("%10.2s|", &[s("")]), "          |");
        assert_eq!(run("%-10.3s|", &[s("")]), "          |");
        assert_eq!(run("%05s", &[s("")]), "     ");
        assert_eq!(run("%+5s", &[s("")]), "     ");
        assert_eq!(run("% s", &[s("")]), "");
        assert_eq!(run("%.0s", &[s("")]), "");
        assert_eq!(run("%r", &[s("''")]), "''");
        assert_eq!(run("%8r", &[s("''")]), "      ''");
        assert_eq!(run("%.3r", &[s("''")]), "''");
        assert_eq!(run("%a", &[s("''")]), "''");
        assert_eq!(run("%-8a|", &[s("''")]), "''      |");
        assert_eq!(run("%0s", &[s("")]), "");
        assert_eq!(run("%s", &[s("a")]), "a");
        assert_eq!(run("%5s", &[s("a")]), "    a");
        assert_eq!(run("%-5s|", &[s("a")]), "a    |");
        assert_eq!(run("%.2s", &[s("a")]), "a");
        assert_eq!(run("%10.2s|", &[s("a")]), "         a|");
        assert_eq!(run("%-10.3s|", &[s("a")]), "a         |");
        assert_eq!(run("%05s", &[s("a")]), "    a");
        assert_eq!(run("%+5s", &[s("a")]), "    a");
        assert_eq!(run("% s", &[s("a")]), "a");
        assert_eq!(run("%.0s", &[s("a")]), "");
        assert_eq!(run("%r", &[s("'a'")]), "'a'");
        assert_eq!(run("%8r", &[s("'a'")]), "     'a'");
        assert_eq!(run("%.3r", &[s("'a'")]), "'a'");
        assert_eq!(run("%a", &[s("'a'")]), "'a'");
        assert_eq!(run("%-8a|", &[s("'a'")]), "'a'     |");
        assert_eq!(run("%c", &[s("a")]), "a");
        assert_eq!(run("%5c|", &[s("a")]), "    a|");
        assert_eq!(run("%-5c|", &[s("a")]), "a    |");
        assert_eq!(run("%.1c", &[s("a")]), "a");
        assert_eq!(run("%0s", &[s("a")]), "a");
        assert_eq!(run("%s", &[s("hello")]), "hello");
        assert_eq!(run("%5s", &[s("hello")]), "hello");
        assert_eq!(run("%-5s|", &[s("hello")]), "hello|");
        assert_eq!(run("%.2s", &[s("hello")]), "he");
        assert_eq!(run("%10.2s|", &[s("hello")]), "        he|");
        assert_eq!(run("%-10.3s|", &[s("hello")]), "hel       |");
        assert_eq!(run("%05s", &[s("hello")]), "hello");
        assert_eq!(run("%+5s", &[s("hello")]), "hello");
        assert_eq!(run("% s", &[s("hello")]), "hello");
        assert_eq!(run("%.0s", &[s("hello")]), "");
        assert_eq!(run("%r", &[s("'hello'")]), "'hello'");
        assert_eq!(run("%8r", &[s("'hello'")]), " 'hello'");
        assert_eq!(run("%.3r", &[s("'hello'")]), "'he");
        assert_eq!(run("%a", &[s("'hello'")]), "'hello'");
        assert_eq!(run("%-8a|", &[s("'hello'")]), "'hello' |");
        assert_eq!(run("%0s", &[s("hello")]), "hello");
        assert_eq!(
            run("%s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}"
        );
        assert_eq!(
            run("%5s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}"
        );
        assert_eq!(
            run("%-5s|", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}|"
        );
        assert_eq!(
            run("%.2s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}"
        );
        assert_eq!(
            run("%10.2s|", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "        \u{65e5}\u{672c}|"
        );
        assert_eq!(
            run("%-10.3s|", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}       |"
        );
        assert_eq!(
            run("%05s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}"
        );
        assert_eq!(
            run("%+5s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}"
        );
        assert_eq!(
            run("% s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}"
        );
        assert_eq!(
            run("%.0s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            ""
        );
        assert_eq!(
            run("%r", &[s("'\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}'")]),
            "'\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}'"
        );
        assert_eq!(
            run("%8r", &[s("'\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}'")]),
            " '\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}'"
        );
        assert_eq!(
            run("%.3r", &[s("'\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}'")]),
            "'\u{65e5}\u{672c}"
        );
        assert_eq!(
            run("%a", &[s("'\\u65e5\\u672c\\u8a9e\\u3067\\u3059'")]),
            "'\\u65e5\\u672c\\u8a9e\\u3067\\u3059'"
        );
        assert_eq!(
            run("%-8a|", &[s("'\\u65e5\\u672c\\u8a9e\\u3067\\u3059'")]),
            "'\\u65e5\\u672c\\u8a9e\\u3067\\u3059'|"
        );
        assert_eq!(
            run("%0s", &[s("\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}")]),
            "\u{65e5}\u{672c}\u{8a9e}\u{3067}\u{3059}"
        );
        assert_eq!(run("%s", &[s("ab\u{e9}")]), "ab\u{e9}");
        assert_eq!(run("%5s", &[s("ab\u{e9}")]), "  ab\u{e9}");
        assert_eq!(run("%-5s|", &[s("ab\u{e9}")]), "ab\u{e9}  |");
        assert_eq!(run("%.2s", &[s("ab\u{e9}")]), "ab");
        assert_eq!(run("%10.2s|", &[s("ab\u{e9}")]), "        ab|");
        assert_eq!(run("%-10.3s|", &[s("ab\u{e9}")]), "ab\u{e9}       |");
        assert_eq!(run("%05s", &[s("ab\u{e9}")]), "  ab\u{e9}");
        assert_eq!(run("%+5s", &[s("ab\u{e9}")]), "  ab\u{e9}");
        assert_eq!(run("% s", &[s("ab\u{e9}")]), "ab\u{e9}");
        assert_eq!(run("%.0s", &[s("ab\u{e9}")]), "");
        assert_eq!(run("%r", &[s("'ab\u{e9}'")]), "'ab\u{e9}'");
        assert_eq!(run("%8r", &[s("'ab\u{e9}'")]), "   'ab\u{e9}'");
        assert_eq!(run("%.3r", &[s("'ab\u{e9}'")]), "'ab");
        assert_eq!(run("%a", &[s("'ab\\xe9'")]), "'ab\\xe9'");
        assert_eq!(run("%-8a|", &[s("'ab\\xe9'")]), "'ab\\xe9'|");
        assert_eq!(run("%0s", &[s("ab\u{e9}")]), "ab\u{e9}");
        assert_eq!(run("%c", &[i(65)]), "A");
        assert_eq!(run("%5c|", &[i(65)]), "    A|");
        assert_eq!(run("%-3c|", &[i(65)]), "A  |");
        assert_eq!(run("%c", &[i(1114111)]), "\u{10ffff}");
        assert_eq!(run("%5c|", &[i(1114111)]), "    \u{10ffff}|");
        assert_eq!(run("%-3c|", &[i(1114111)]), "\u{10ffff}  |");
        assert_eq!(
            run("%c", &[i(1114112)]),
            "ERR %c arg not in range(0x110000)"
        );
        assert_eq!(
            run("%5c|", &[i(1114112)]),
            "ERR %c arg not in range(0x110000)"
        );
        assert_eq!(
            run("%-3c|", &[i(1114112)]),
            "ERR %c arg not in range(0x110000)"
        );
        assert_eq!(run("%c", &[i(233)]), "\u{e9}");
        assert_eq!(run("%5c|", &[i(233)]), "    \u{e9}|");
        assert_eq!(run("%-3c|", &[i(233)]), "\u{e9}  |");
        assert_eq!(run("%*d", &[i(-5), i(3)]), "3    ");
        assert_eq!(run("%*d|", &[i(5), i(3)]), "    3|");
        assert_eq!(run("%.*f", &[i(-2), f(3.14159_f64)]), "3");
        assert_eq!(run("%.*f", &[i(2), f(3.14159_f64)]), "3.14");
        assert_eq!(run("%-*d|", &[i(-5), i(3)]), "3    |");
        assert_eq!(run("%*.*f|", &[i(10), i(2), f(3.14159_f64)]), "      3.14|");
        assert_eq!(run("%d %s %f", &[i(1), s("x"), f(2.5_f64)]), "1 x 2.500000");
        assert_eq!(
            run("%d", &[i(1), i(2)]),
            "ERR not all arguments converted during string formatting"
        );
        assert_eq!(
            run("%d %d", &[i(1)]),
            "ERR not enough arguments for format string"
        );
        assert_eq!(run("%%", &[]), "%");
        assert_eq!(run("%% %d %%", &[i(5)]), "% 5 %");
        assert_eq!(run("ab%", &[]), "ERR incomplete format");
        assert_eq!(
            run("%y", &[i(1)]),
            "ERR unsupported format character 'y' (0x79) at index 1"
        );
        assert_eq!(
            run("%5%", &[i(1)]),
            "ERR unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            run("%ld %hd %Lf", &[i(1), i(2), f(3.0_f64)]),
            "1 2 3.000000"
        );
        assert_eq!(run("x%sy%sz", &[s("a"), s("b")]), "xaybz");
        assert_eq!(run("100%%", &[]), "100%");
        assert_eq!(
            run("%.3s|%-4d|%+.1e", &[s("abcdef"), i(7), f(1234.5_f64)]),
            "abc|7   |+1.2e+03"
        );
        assert_eq!(run("%e", &[b("100000000000000000000")]), "1.000000e+20");
        assert_eq!(run("%f", &[i(3)]), "3.000000");
        assert_eq!(run("%x", &[b("18446744073709551616")]), "10000000000000000");
        assert_eq!(run("%s", &[]), "ERR not enough arguments for format string");
    }
}
