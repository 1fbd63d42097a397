//! Number parsing and exact int/float conversions with CPython semantics:
//! `int(s, base)`, `float(s)`, `float.hex()`, `float.fromhex()`,
//! `float(int)`, `int(float)` and correctly rounded `int / int`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// Zero code points of the Unicode decimal-digit (Nd) runs outside ASCII
/// (Unicode 14, as used by CPython 3.11).  Every run is ten code points long.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a Unicode decimal digit (`unicodedata.decimal`),
/// including ASCII '0'..='9'.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 128 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept,
/// non-ASCII whitespace becomes ' ', non-ASCII decimal digits become ASCII
/// digits, anything else non-ASCII becomes '?' (which never parses).
fn to_ascii_number(s: &str) -> String {
    s.chars()
        .map(|c| {
            if (c as u32) < 127 {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = unicode_decimal(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

/// C's `isspace` in the "C" locale (CPython's `Py_ISSPACE`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn trim_c_space(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_c_space(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_c_space(b))
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

/// `int(s, base)`: `None` when CPython raises ValueError
/// ("invalid literal for int() with base N: ...") or when `base` is not 0
/// or in 2..=36.  (The 4300-digit str-conversion limit is the caller's job.)
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let ascii = to_ascii_number(s);
    let t = trim_c_space(ascii.as_bytes());
    let mut i = 0;
    let mut negative = false;
    if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
        negative = t[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let at = |k: usize| -> u8 { t.get(k).copied().unwrap_or(0) };
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    let body = &t[i..];
    if body.is_empty() || body[0] == b'_' {
        return None;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_underscore = false;
    for &b in body {
        if b == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        let d = (b as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        digits.push(d as u8);
        prev_underscore = false;
    }
    if prev_underscore {
        return None;
    }
    let mag = BigUint::from_radix_be(&digits, base)?;
    if error_if_nonzero && !mag.is_zero() {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, mag))
}

/// Remove underscores the way `_Py_string_to_number_with_underscores` does:
/// each underscore must sit between two ASCII digits.
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Parse "inf"/"infinity"/"nan" (any case) without sign.
fn parse_special(s: &[u8]) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    }
}

/// Check the decimal grammar `digits [. digits] [(e|E) [sign] digits]` with
/// at least one mantissa digit.
fn valid_decimal(s: &[u8]) -> bool {
    let mut i = 0;
    let n = s.len();
    let mut mant_digits = 0;
    while i < n && s[i].is_ascii_digit() {
        i += 1;
        mant_digits += 1;
    }
    if i < n && s[i] == b'.' {
        i += 1;
        while i < n && s[i].is_ascii_digit() {
            i += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return false;
    }
    if i < n && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < n && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < n && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == n
}

/// `float(s)` for a str: `None` when CPython raises
/// "could not convert string to float".  Overflowing literals give ±inf and
/// underflowing ones ±0.0, as in CPython.
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = to_ascii_number(s);
    let t = trim_c_space(ascii.as_bytes());
    let t = strip_underscores(t)?;
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let v = if let Some(v) = parse_special(body) {
        v
    } else {
        if !valid_decimal(body) {
            return None;
        }
        std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
    };
    if v.is_nan() {
        return Some(f64::NAN);
    }
    Some(if negative { -v } else { v })
}

/// `float.hex()`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "inf".to_string()
        } else {
            "-inf".to_string()
        };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        esign,
        exp.unsigned_abs()
    )
}

/// Why [`float_from_hex_checked`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// ValueError: "invalid hexadecimal floating-point string"
    Invalid,
    /// OverflowError: "hexadecimal value too large to represent as a float"
    Overflow,
}

impl FromHexError {
    /// CPython's exception message.
    pub fn message(self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::Overflow => "hexadecimal value too large to represent as a float",
        }
    }
}

/// `float.fromhex(s)`; `None` on any error (see [`float_from_hex_checked`]).
pub fn float_from_hex(s: &str) -> Option<f64> {
    float_from_hex_checked(s).ok()
}

/// `float.fromhex(s)` distinguishing ValueError from OverflowError.
pub fn float_from_hex_checked(s: &str) -> Result<f64, FromHexError> {
    let t = trim_c_space(s.as_bytes());
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if let Some(v) = parse_special(body) {
        if v.is_nan() {
            return Ok(f64::NAN);
        }
        return Ok(if negative { -v } else { v });
    }
    let mut i = 0;
    let n = body.len();
    if n >= 2 && body[0] == b'0' && (body[1] == b'x' || body[1] == b'X') {
        i = 2;
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut any = false;
    while i < n && body[i].is_ascii_hexdigit() {
        digits.push((body[i] as char).to_digit(16).unwrap_or(0) as u8);
        any = true;
        i += 1;
    }
    if i < n && body[i] == b'.' {
        i += 1;
        while i < n && body[i].is_ascii_hexdigit() {
            digits.push((body[i] as char).to_digit(16).unwrap_or(0) as u8);
            frac_digits += 1;
            any = true;
            i += 1;
        }
    }
    if !any {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < n && (body[i] == b'p' || body[i] == b'P') {
        i += 1;
        let mut eneg = false;
        if i < n && (body[i] == b'+' || body[i] == b'-') {
            eneg = body[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < n && body[i].is_ascii_digit() {
            // Saturate: anything this large over/underflows anyway.
            exp = (exp * 10 + (body[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(FromHexError::Invalid);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != n {
        return Err(FromHexError::Invalid);
    }
    // Drop leading zero digits so the mantissa stays small.
    let first = digits.iter().position(|&d| d != 0).unwrap_or(digits.len());
    let digits = &digits[first..];
    if digits.is_empty() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let mant = BigUint::from_radix_be(digits, 16).ok_or(FromHexError::Invalid)?;
    let e2 = exp - 4 * frac_digits;
    round_to_f64(negative, &mant, e2, false).ok_or(FromHexError::Overflow)
}

/// Correctly round `(mant + delta) * 2**e2` to a double (round-half-even),
/// where `sticky` says 0 < delta < 1 (the value lies strictly above
/// `mant * 2**e2`).  When `sticky` is set the mantissa must carry at least
/// two bits beyond double precision.  Returns `None` on overflow.
pub fn round_to_f64(negative: bool, mant: &BigUint, e2: i64, sticky: bool) -> Option<f64> {
    let signed = |v: f64| if negative { -v } else { v };
    if mant.is_zero() {
        return Some(signed(0.0));
    }
    let len = mant.bits() as i64;
    let top = len - 1 + e2;
    if top > 1100 {
        return None;
    }
    let mut lsb = (top - 52).max(-1074);
    let shift = lsb - e2;
    let mut q: u64 = if shift <= 0 {
        (mant << ((-shift) as usize)).to_u64()?
    } else if shift > len {
        // Value below half the smallest unit at this position: rounds to 0.
        0
    } else {
        let sh = shift as u64;
        let q = (mant >> sh).to_u64()?;
        let half_bit = mant.bit(sh - 1);
        let lower_nonzero = mant.trailing_zeros().is_some_and(|tz| tz < sh - 1);
        let round_up = half_bit && (lower_nonzero || sticky || (q & 1) == 1);
        if round_up { q + 1 } else { q }
    };
    if q == 1u64 << 53 {
        q = 1u64 << 52;
        lsb += 1;
    }
    let bits = if q >= 1u64 << 52 {
        let biased = lsb + 52 + 1023;
        if biased >= 2047 {
            return None;
        }
        ((biased as u64) << 52) | (q - (1u64 << 52))
    } else {
        q
    };
    Some(signed(f64::from_bits(bits)))
}

/// `float(n)`: correctly rounded; `None` on overflow
/// ("int too large to convert to float").
pub fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    round_to_f64(n.sign() == Sign::Minus, n.magnitude(), 0, false)
}

/// `int(x)` (truncation toward zero); `None` for nan/inf.
pub fn f64_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let x = x.trunc();
    if x == 0.0 {
        return Some(BigInt::zero());
    }
    let bits = x.to_bits();
    let negative = (bits >> 63) != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x is integral and nonzero, hence normal.
    let mant = frac | (1u64 << 52);
    let e = biased - 1075;
    let mag = if e >= 0 {
        BigUint::from(mant) << (e as usize)
    } else {
        BigUint::from(mant >> ((-e) as usize))
    };
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, mag))
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
/// `None` when `b == 0` (the caller raises ZeroDivisionError
/// "division by zero") or on overflow ("integer division result too large
/// for a float").  `0 / negative` gives -0.0 as in CPython.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let na = a.magnitude();
    let nb = b.magnitude();
    if na.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let la = na.bits() as i64;
    let lb = nb.bits() as i64;
    // Scale so the integer quotient has at least 56 bits.
    let k = 56 - (la - lb);
    let (num, den) = if k >= 0 {
        (na << (k as usize), nb.clone())
    } else {
        (na.clone(), nb << ((-k) as usize))
    };
    let (q, r) = num.div_rem(&den);
    round_to_f64(negative, &q, -k, !r.is_zero())
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn ints() {
        let ok: &[(&str, u32, &str)] = &[
            ("\t 12 \n", 10, "12"),
            ("0b101", 0, "5"),
            ("0b101", 2, "5"),
            ("0b101", 16, "45313"),
            ("0x_1f", 16, "31"),
            ("0X_1F", 0, "31"),
            ("-0x1f", 0, "-31"),
            ("0", 0, "0"),
            ("00", 0, "0"),
            ("000_0", 0, "0"),
            ("0o17", 8, "15"),
            ("0o17", 0, "15"),
            ("0o_17", 0, "15"),
            ("z", 36, "35"),
            ("Z", 36, "35"),
            ("-zz", 36, "-1295"),
            ("12", 3, "5"),
            ("1_000_000", 10, "1000000"),
            ("+0", 0, "0"),
            ("-0", 0, "0"),
            ("\u{2002}1\u{2003}", 10, "1"),
            (
                "999999999999999999999999999999",
                10,
                "999999999999999999999999999999",
            ),
            (
                "0xffffffffffffffffffffffffffffffffffffffff",
                0,
                "1461501637330902918203684832716283019655932542975",
            ),
            ("  -7  ", 10, "-7"),
            ("\u{663}", 10, "3"),
            ("0_0", 0, "0"),
            ("0b1_0_1", 0, "5"),
        ];
        for (s, b, want) in ok {
            assert_eq!(parse_int(s, *b), Some(big(want)), "int({:?}, {})", s, b);
        }
        let bad: &[(&str, u32)] = &[
            ("1 2", 10),
            ("", 10),
            ("  ", 10),
            ("0x", 16),
            ("1__0", 10),
            ("_1", 10),
            ("1_", 10),
            ("010", 0),
            ("0_1", 0),
            ("-  1", 10),
            ("+_1", 10),
            ("0b", 0),
            ("2", 2),
            ("0x1__f", 16),
            ("0_", 0),
            ("\x1c1\x1f", 10),
            ("1\x00", 10),
            ("0b_", 0),
            ("0__0", 0),
            ("0x1g", 16),
            ("ff", 15),
            ("1", 1),
            ("1", 37),
        ];
        for (s, b) in bad {
            assert_eq!(parse_int(s, *b), None, "int({:?}, {})", s, b);
        }
    }

    #[test]
    fn floats() {
        let ok: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -1.5e3 ", -1500.0),
            ("1_000.000_1", 1000.0001),
            (".5", 0.5),
            ("1.", 1.0),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("+iNf", f64::INFINITY),
            ("1e500", f64::INFINITY),
            ("-1e500", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("1E+5", 100000.0),
            ("+.5e-3", 0.0005),
            ("0.1e0_1", 1.0),
            ("1.7976931348623157e308", 1.7976931348623157e308),
            ("1.7976931348623158e308", 1.7976931348623157e308),
            ("1.7976931348623159e308", f64::INFINITY),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("1_1e1_1", 1100000000000.0),
            ("00012", 12.0),
            ("\u{2003}1.5\u{3000}", 1.5),
            ("\u{661}.\u{665}", 1.5),
        ];
        for (s, want) in ok {
            let got = parse_float(s).unwrap_or_else(|| panic!("float({:?}) failed", s));
            assert_eq!(got.to_bits(), want.to_bits(), "float({:?})", s);
        }
        assert!(parse_float("nAn").unwrap().is_nan());
        assert!(parse_float("-nan").unwrap().is_nan());
        assert!(parse_float("-nan").unwrap().is_sign_positive());
        assert_eq!(parse_float("-0").unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(parse_float("-0.0").unwrap().to_bits(), (-0.0f64).to_bits());
        let bad = [
            "1_.5",
            "1._5",
            "1e_5",
            "1e5_",
            "_1",
            "1e",
            ".",
            "infinit",
            "infinityy",
            "0x1p3",
            "1e+_5",
            "++1",
            "1 .5",
            "  ",
            "",
            "1__0",
            "i_nf",
            "nan_",
            "1\x00",
            "\x1c1",
            "e5",
            "-",
            "+inf_",
        ];
        for s in bad {
            assert_eq!(parse_float(s), None, "float({:?})", s);
        }
    }

    #[test]
    fn hex_roundtrip() {
        let cases: &[(f64, &str)] = &[
            (1.0, "0x1.0000000000000p+0"),
            (0.5, "0x1.0000000000000p-1"),
            (-0.1, "-0x1.999999999999ap-4"),
            (5e-324, "0x0.0000000000001p-1022"),
            (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
            (1.7976931348623157e308, "0x1.fffffffffffffp+1023"),
            (0.0, "0x0.0p+0"),
            (-0.0, "-0x0.0p+0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (3.5, "0x1.c000000000000p+1"),
            (1e100, "0x1.249ad2594c37dp+332"),
        ];
        for (x, want) in cases {
            assert_eq!(float_to_hex(*x), *want);
            assert_eq!(float_from_hex(want).unwrap().to_bits(), x.to_bits());
        }
        assert_eq!(float_to_hex(f64::NAN), "nan");
    }

    #[test]
    fn fromhex() {
        let ok: &[(&str, f64)] = &[
            ("0x1p3", 8.0),
            ("1", 1.0),
            ("  0X.8P1  ", 1.0),
            ("0x1.", 1.0),
            ("-0x1p-1074", -5e-324),
            ("0x1p-1075", 0.0),
            ("0x1.8p-1074", 1e-323),
            ("0x1.0000000000001p-1075", 5e-324),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            ("0x1.000000000000081p0", 1.0000000000000002),
            ("0x1.fffffffffffff8p1023", f64::NAN), // placeholder, checked below
            ("0xffp-8", 0.99609375),
            ("+Infinity", f64::INFINITY),
            ("-inf", f64::NEG_INFINITY),
            ("0x0p99999999999999", 0.0),
            ("1.8p1", 3.0),
            ("000000000000000000000000000000001", 1.0),
            ("abc.def", 2748.870849609375),
            ("0x1p-99999999999999999999", 0.0),
        ];
        for (s, want) in ok {
            if want.is_nan() {
                continue;
            }
            let got = float_from_hex(s).unwrap_or_else(|| panic!("fromhex({:?})", s));
            assert_eq!(got.to_bits(), want.to_bits(), "fromhex({:?})", s);
        }
        assert!(float_from_hex("nan").unwrap().is_nan());
        assert_eq!(
            float_from_hex_checked("0x1.fffffffffffff8p1023"),
            Err(FromHexError::Overflow)
        );
        assert_eq!(
            float_from_hex_checked("0x1.fffffffffffff7p1023"),
            Ok(1.7976931348623157e308)
        );
        assert_eq!(
            float_from_hex_checked("0x1p1024"),
            Err(FromHexError::Overflow)
        );
        assert_eq!(
            float_from_hex_checked("0x1p99999999999999999999"),
            Err(FromHexError::Overflow)
        );
        for s in [
            "", "0x", "0x.", "x1", "0x1p", "0x1p+", "0x1 p1", "0x1g", "0x1.2.3", "--1", "0x_1",
        ] {
            assert_eq!(
                float_from_hex_checked(s),
                Err(FromHexError::Invalid),
                "{:?}",
                s
            );
        }
    }

    #[test]
    fn int_to_float() {
        let cases: &[(&str, f64)] = &[
            ("0", 0.0),
            ("1", 1.0),
            ("-1", -1.0),
            ("9007199254740993", 9007199254740992.0),
            ("9007199254740995", 9007199254740996.0),
            ("9007199254740997", 9007199254740996.0),
            ("18014398509481987", 18014398509481988.0),
            ("-18014398509481986", -18014398509481984.0),
            ("123456789012345678901234567890", 1.2345678901234568e29),
        ];
        for (s, want) in cases {
            assert_eq!(bigint_to_f64(&big(s)), Some(*want), "float({})", s);
        }
        let two = BigInt::from(2);
        let m = num_traits::pow(two.clone(), 1024) - num_traits::pow(two.clone(), 971);
        assert_eq!(bigint_to_f64(&m), Some(1.7976931348623157e308));
        // 2**1024 - 2**970 rounds up to 2**1024: overflow.
        let p = num_traits::pow(two.clone(), 1024) - num_traits::pow(two.clone(), 970);
        assert_eq!(bigint_to_f64(&p), None);
        let p = num_traits::pow(two.clone(), 1024) - num_traits::pow(two.clone(), 970) - 1;
        assert_eq!(bigint_to_f64(&p), Some(1.7976931348623157e308));
        assert_eq!(bigint_to_f64(&num_traits::pow(two, 1024)), None);
    }

    #[test]
    fn float_to_int() {
        assert_eq!(f64_to_bigint(1.9), Some(big("1")));
        assert_eq!(f64_to_bigint(-1.9), Some(big("-1")));
        assert_eq!(f64_to_bigint(-0.5), Some(big("0")));
        assert_eq!(f64_to_bigint(1e20), Some(big("100000000000000000000")));
        assert_eq!(
            f64_to_bigint(1e300),
            Some(big(
                "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
            ))
        );
        assert_eq!(
            f64_to_bigint(-4503599627370499.0),
            Some(big("-4503599627370499"))
        );
        assert_eq!(f64_to_bigint(f64::NAN), None);
        assert_eq!(f64_to_bigint(f64::INFINITY), None);
    }

    #[test]
    fn true_divide() {
        let cases: &[(&str, &str, f64)] = &[
            ("1", "3", 0.3333333333333333),
            ("-7", "2", -3.5),
            ("0", "-5", -0.0),
            ("10", "4", 2.5),
            ("1", "49", 0.02040816326530612),
            (
                "12345678901234567890123456789",
                "987654321",
                1.249999988734375e19,
            ),
            ("9007199254740993", "1", 9007199254740992.0),
            ("9007199254740993", "-1", -9007199254740992.0),
        ];
        for (a, b, want) in cases {
            let got = int_true_divide(&big(a), &big(b)).unwrap();
            assert_eq!(got.to_bits(), want.to_bits(), "{} / {}", a, b);
        }
        let ten = BigInt::from(10);
        let a = num_traits::pow(ten.clone(), 300) + 1;
        assert_eq!(int_true_divide(&a, &big("3")), Some(3.3333333333333335e299));
        assert_eq!(
            int_true_divide(&big("1"), &num_traits::pow(ten, 308)),
            Some(1e-308)
        );
        assert_eq!(int_true_divide(&big("1"), &big("0")), None);
        let two = BigInt::from(2);
        let huge = num_traits::pow(two.clone(), 2000);
        assert_eq!(int_true_divide(&huge, &big("3")), None);
        assert_eq!(int_true_divide(&big("1"), &huge), Some(0.0));
        assert_eq!(
            int_true_divide(&big("-1"), &huge).map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        // 2**-1074 * 1.5 rounds to even (2 * 2**-1074)
        let d = num_traits::pow(two.clone(), 1075);
        assert_eq!(int_true_divide(&big("3"), &d), Some(1e-323));
        assert_eq!(int_true_divide(&big("1"), &d), Some(0.0));
        assert_eq!(int_true_divide(&big("1"), &(d.clone() - 1)), Some(5e-324));
    }

    #[test]
    fn generated_random_divisions() {
        // Generated with CPython 3.11: (a, b, (a / b).hex() or "overflow", float(a).hex() or "overflow").
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "-2036394892662158355670433987113410094292774311214806755861213753382412298545575613510478006925076462990077278794833965364580838154081839273768",
                "9349495608961447982865781473544058365373894156896747057915560397417779783458194252778854120605001918081503501585758994147489625080469167159206543090829326093559374604855764043926",
                "-0x1.287702649c180p-122",
                "-0x1.5601974c4b73cp+469",
            ),
            (
                "135262004431401215184630163136843982178",
                "177266396294060870691",
                "0x1.52dc06117c2ddp+59",
                "0x1.970a0ed07f333p+126",
            ),
            (
                "173992788678809188721518746768360011509002271230645834074569102017269572512650801228049173624521244513874522462263202946268437637612622319559889970558625923706621353257676478493128876494041987180273422013024679374175794846169191017228548955349774466513920609479681306390847432767111514443129322446847566595",
                "7997",
                "0x1.03e8440f846c6p+1001",
                "0x1.fb70e9618bbadp+1013",
            ),
            (
                "-197077041504922678279472256803906604634972601944109205070075957354632940265975291154326385655045415684178576609306709425430136733859123640390228387340119441483831233",
                "39210114555254792562023967969729720773235123288826377960011754204454221045882244772371293168915418236602091362411752802711923642821411012955635362410328343772147285394101705711874154844331475082880263873943277122",
                "-0x1.d621119c1e60ep-158",
                "-0x1.b60e020533f75p+545",
            ),
            (
                "-279522514541734064019414647917463083276511459426338997834461284894176014204113368190843118640983857310539404729060549810757092171597335195858018865897708557496815359381393833919",
                "15238200702189954635886539513106850113725225537349",
                "-0x1.b1935edf329e8p+422",
                "-0x1.1a8a2226099eap+586",
            ),
            (
                "441795189138423637620463834292958803321239040151560376783884760041775761348686892487146696063152629266303812188697709235756655505690978017980280721619778269818674242887790979059006128670945236012608800143260702967488049600194420738734973884024866314912058049710470363027206215601538251920672542014623490418882702714801392089248516033019749420284879289",
                "181159176084",
                "overflow",
                "overflow",
            ),
            (
                "-130810757762521065001852499882186371327360758692177275528137979101339444402912070436728376604563755774292352053866304850364553931753362050584607881313906273572578249623832095663327014059841001769951814926438517385932264504675434094044012841410644948642580196381753745306593075411271108349227464420382523",
                "42516605143884861853064966048978425342352191813598977936610395775339958020356049018450671250544201543491989602701673087117326588692101879121889001269760669303368616909843026122894384947921530441031423679509977794700327477995066509138703808404091807749608872032119509735560676289953495993541035",
                "-0x1.6ec55fd0614bfp+31",
                "-0x1.86a8b0ca693bfp+1003",
            ),
            (
                "-6256442686263125648687466966",
                "119927037",
                "-0x1.69fe4d5a6bc50p+65",
                "-0x1.43735459fb65bp+92",
            ),
            (
                "-193060208953935333312162536389225490347314134021522857987079938656446778442325006813101496231655175534245732200485993301235632188470367125264276471567586145279483886873460560",
                "50282659169590490461207808487494252525284438241942186798799362750912488163123813014234047102590448714646081066001400628188122227976948614297251643349247232239581182293063462937660043112327825549565980666720880163852699233",
                "-0x1.6721bb16c1b83p-158",
                "-0x1.8fa7acdb571bbp+575",
            ),
            (
                "-3148506682490391190101487159618026702778408994158240145887751319101973143224310726255584048460274488016180346814072184986332645006726426943856922504894071125535274571472845400782268393732588007255730564912529087382362189571385896317436406090090628980663323045185597674895027531813329346627124887750018416906480335853359463503682090750823916170116767379612624129",
                "3697",
                "overflow",
                "overflow",
            ),
            (
                "4700834434670992247262760137318802813396285817457478934275746530998774346846539827702637647064014915374814021684626261363700082248408562365453692418964157786284944269169633790933834890410320778211197082427414032482809729049856435672916685849214433546670686287926832269634209918777042",
                "227335040831905281305309955336904425937309908150992323709525389554048966420313098",
                "0x1.0e243f47b76e9p+672",
                "0x1.02f83fc4451d4p+939",
            ),
            (
                "-2823860666651152172166323678207967016039902674986398897599094501084906563027518501968193822798220332009921990855701150413457115653091643163967383811087737265090795349969360341135865720854937624852158589595579226840675278199837307690251511680464860117651389722854004497160541773526582675171586497423732290924025480329712",
                "201225741",
                "overflow",
                "overflow",
            ),
            (
                "3564882601054012677954316589421571621095360186036369111109795211878283373228826907138901085860085910763330459850671833797247866273559908748107648418911775879942487869144859286317045110699355298227486964057361024921975846691006760153329934724678713490477230096022",
                "93567815",
                "0x1.4c95b3a002ec1p+842",
                "0x1.cfb671772abf5p+868",
            ),
            (
                "471081555436445893060309190015312864229060548682395850114523182694839468572251863039315908962725360066943331046525109",
                "791801634934423666839924582755705055849622860891486548824688666291704716436948867566650285084594111000951935395268022427795781111373077802894966401823573151812676195362744347312577",
                "0x1.f53e56399f2c9p-211",
                "0x1.7e95b74e225fap+387",
            ),
            (
                "42290423538058738955055935544612724438038428367651748863767410740055022517335903456573619542531997899855471234541685459251328732541206012887734443083810746020",
                "669335009698325",
                "0x1.4b9ac56e345f8p+474",
                "0x1.8a453e89f19e4p+523",
            ),
            (
                "505769276282346774044939754375253308298838331485040970444275524305675453375985327727806630207242080769321845482357998008433442359354641257702687",
                "224547319825935796030068753605053990672759192399347201794580954864655923722552992063694832385081017809482656630109261286294825486181753768037623249143278427529356364309729558614354788712316930686663301743298085550809010718793109552297112027894283817987705451719918",
                "0x1.743d639f50dbap-398",
                "0x1.4bce6228450b3p+477",
            ),
            (
                "75461372414324635372478627998277841002635647886225768329642574538537345584854807908483343098583291483865172431204374082921537576876611701120140695182212884646638729929793141591267660225208034366300104045086257672797955818192725405029593071273402347240461215827039966635692354764598388086005831603996127",
                "30508574091758732758575219681821716788460508355932847908357165792352515434195850610132550026868922654139204564164191305022448315331089137969266107796270604772275940810786575773151194327386966956229694064689310083808706246660652521277630000188641143246027584740473647",
                "0x1.dc5e6733b73b4p+120",
                "0x1.c2b8e62dc83c2p+1002",
            ),
            (
                "494498357166419249955185996225048891633706297897754493594444010147961721193202067463307977671489627420590494732798085291377082843754560539423178940820954712234587029485269499108651957989743858672602474671354",
                "83295329576399386134804881572404193925890858322798407294858267657280041375693755360673185966392664028861417309353396681302098647768327614844974207969439062676816190314581132548680447635468528",
                "0x1.51762d08047a0p+52",
                "0x1.8a4d093e9825bp+686",
            ),
            (
                "9085920791565673064800379008965054718560038310656131916470069508732010976414643390239591585",
                "22658438642998625759550809745671321911172543376448608493968395409252012624",
                "0x1.6427b57882442p+58",
                "0x1.1d7698360f593p+302",
            ),
            (
                "5239908861167715265645067443023992153694479402371822197498083558944932694362583931183824214985454031772218905587467441412155561860518372015941111627210336955062400880199044476772773350755390235088666775385493831761231659793953247054727937535987826460266",
                "432815875769071",
                "0x1.dbf3eeb0e0c9cp+790",
                "0x1.6dedeefa27576p+839",
            ),
            (
                "-1973346437896395061517113692544651049229387714876601155856887417048330702514257221852037619408927459441",
                "623061328238733805176088944129108573445484952672151570279",
                "-0x1.1c0ada2043a5ap+151",
                "-0x1.c31a1df20125dp+339",
            ),
            (
                "318364194122128159511458570003955075347022002562438482890496033533377667848458027904111088059829290039172003133996656164035456286828506831525802295125901620904308197419587199728816469336411164624012622113356516280791447321625152331850959381191123932112804662317716268091519705746070097894670986207979969224321746",
                "16514754036",
                "0x1.cc92208a3015ep+1000",
                "overflow",
            ),
            (
                "20067119547773273833472126242321215822234854329642707075828496219657658640835797254270857569647134482718177317028723825764215900631905004555633899759173027651236766375917",
                "63080334452691537175372893557866944095502512856881266009339619314311981116577701076191966699696233267456130629090497593737767576918771295595951236291015",
                "0x1.1a8c205dfbd13p+58",
                "0x1.544de6c6a0993p+562",
            ),
            (
                "47622992589477178559909952163170708436379743784343495156694109507128934252396094973782945765",
                "24724233396782333",
                "0x1.108afc80f06ecp+250",
                "0x1.760ea1b197429p+304",
            ),
            (
                "239867488419518314299536980595780845987145181854684072130124406940189748651669175561713813920008252837936243740322388667606021034958034443633590214430862237141175308122954816675179633828812788753254769707010930547060929869506848050357920377762894192581986372906083938171618766499604818279943057288002872302379945622054917777342000460554664343717",
                "418613647308750467306018347746458490333868611931106902484327859310564997967911644964950603458871912636019561102728170704672758893746640485527944845304253654109364974786687873682574879996695107390056922386808884805412938536335023838815542469724837615817548518791375753768771787864227530717402440465041545326",
                "0x1.af14a53d3fb1fp+128",
                "overflow",
            ),
            (
                "6729439018095563254241393825008292170725260359591930144102176212496375479788609888968128729077609322490795455347633454947730825609281917100447183860216052541950563187446920187199534252874502174204603",
                "202029412232846545620279726609624647913164010545392350577832914060786036847752094268757693746217476632044088639376343057683637417544596607840944393072451095921555114794765113476631001289596481124668993172894264466381922679573003464930289699927240149",
                "0x1.8ecc6a36d5c8fp-165",
                "0x1.68194bc3f8778p+660",
            ),
            (
                "67204806742682500903324867383488986886468697510510079957910618913993560579599097396252165491169786474533514044425800443075549629703655021880467535022047542317772673421432255553034866063995043629290350907484350165493503690784399147993897463283727229121933968298209168200130265279298006854765485375940338855893824472299352038259",
                "207593434343795525607838479065354914854975354971928535604388848053045933084072513591937276396900229984892849580379924760131467047845806642",
                "0x1.299c7d81fd24dp+626",
                "overflow",
            ),
            (
                "44823473363021249327785594327404454748731042558655552862569",
                "960386936072916005482414232914554718466849888272159838059794147445976325993724775347192156480319560874670392239254397969989367720402",
                "0x1.51c48abb44d9bp-244",
                "0x1.c902b97275d03p+194",
            ),
            (
                "29819388201743261929265186412489963475274041888754258363090599086987881751694440613105896240776109342353346279810862730772189502826310916992117989",
                "354761689978257326156717969922140215083210172182668575229010829830278211531332739883146926844277765529661182464429658954202735418979536234915295300743931424451995704020601958950795579695006645246377368306992801333440128627192626828779691374180770477368297029852349963930603114438414703678085271733578897984906452906671531143100",
                "0x1.65283c1028552p-602",
                "0x1.31ab278de5068p+483",
            ),
            (
                "140500779872752721007100989393110368313546943433832666677646477744431163207616248475987254992932233856346952902408677172881071835927873353315018015126918618799021831875226041548110609817693014739888723264716632367423921715650704998",
                "224252203297877998416889253155340940349665372414045905977142426619899361796721666258637656722390174367749996653603534137654801072163372783797878391170977623243772033238463300835879024079231009763517874028030290259",
                "0x1.163c3cfcf2c25p+59",
                "0x1.72aeb460b341fp+764",
            ),
            (
                "-509101001059270735953567012134289725232967468669275034284245764506901140720623605803237677510080010415693648690051583076735882264300699066511027567286063694797267220028607633442160105926278304353861004634015012870",
                "1719123999540721549508955469725499116446014774689039208245051264924218315048499066981059818939734988558389328594101030330662881066736991702477407579595255998251",
                "-0x1.8bc1879580c1dp+177",
                "-0x1.832398a3043cbp+706",
            ),
            (
                "-9894650158958562951818786794191270357402861529925685882907133301356405042195869953384052026229425909",
                "23663648487072929260400114672430884814010668756942508966897143148056192845013942586013919983045455083867598738669430447914335314070328356015441623259196940192038065456260394820995336593257263325184154299151787336026721715388070737037394634668427537704",
                "-0x1.5e64d68ddc7dap-500",
                "-0x1.2185adf3acd0bp+332",
            ),
            (
                "-211690497375514764779364623147537515416545868389372767770649371324",
                "39476462164",
                "-0x1.bfe4818927955p+181",
                "-0x1.014ba8f39dd23p+217",
            ),
            (
                "-3923181316064743391397432340428008456580778892157461973876342030020540549082870628341103934775603433939911023341525324314704048166852779290089239560221480450524190446447493878454793504601760270007560581269624019581294968093645133778278956145194373855036",
                "127489797336992112",
                "-0x1.35b4218e1c417p+782",
                "-0x1.11f9c4ebc76edp+839",
            ),
            (
                "676640444695024607205342543408471836468102084082216076212967861586409618506701148446625823471088024811471331900065603997108160307254567221439586202177419058092284359752898130819723775970341522171215663672794338401921007822632138806132593321645232771145476885213198649972330011",
                "887638747416885928770727939251458458239793306075405808524209511465328282992059545901677013557405111591581666927257613420727558881858627483349636824269878367314249457990330614484900852238257367617028686127274705380532122936486652777675976106139839686016442290",
                "0x1.5286a275b7749p+59",
                "0x1.38b218820ee6bp+916",
            ),
            (
                "-1373852055524268921768476715561995091332544095724464447317361009195381490294377941047495537652930948506094421744114566069668843398294434862600887886719813309539478050986043967276320610848718",
                "172454121651108292361686669646669597754766061847785648678608057441705578328808025141416914742417784331533148148945801364944015566496861105773742670378107022659627921103160122232769204088460011690873408608129849109",
                "-0x1.34302e8d036a1p-77",
                "-0x1.3bbfde808338dp+628",
            ),
            (
                "128178185578422055247214628551698390894411122478790297052350886572765006281300433841118035580884087725755844171999500",
                "236499457377513792450213552642756734484387314053703242975637234778110023657787097761440044259876201",
                "0x1.e1602faa7d281p+58",
                "0x1.a0652e53f15cdp+385",
            ),
            (
                "4950816291988219588456205120899827804454783364022231141375761908619622952201227581584146573947902549243029630533704589867362031170781825614874027135456253912202708942327508274142199360140611217440093035131640338013031685264984926805377451083579164899219208",
                "45784",
                "0x1.e34cc2a25a0e0p+833",
                "0x1.51a328191b99cp+849",
            ),
            (
                "15610944260078165706879745849390798448235234941312065102735",
                "32890289926287760641217331022378211906050637783038744029598452030559880261768489903158870793352940190428476",
                "0x1.632a5c5f363bap-161",
                "0x1.3e54ee746c3dap+193",
            ),
            (
                "126",
                "31895318275880715823995221924020273063392672341381642870117778598614600210571918089724561415178756821689538612809131741067509121301235861898659866389869813410467079751097971151825468592763961575916381064858830542035175848588194327920164",
                "0x1.91f065ced8600p-776",
                "0x1.f800000000000p+6",
            ),
            (
                "1132968556938045525",
                "1",
                "0x1.f7239ccb3f551p+59",
                "0x1.f7239ccb3f551p+59",
            ),
            (
                "4123097352900157495",
                "1802785104661978027488411187289518188706789517034371547043169436260604153906384467614596062910729036550877529100448029694235440503091411239253162935520728727679850051041475183565286764718",
                "0x1.1433c53fd4ac9p-557",
                "0x1.c9c179942fbd0p+61",
            ),
            (
                "428923300478990071276892472265918924397455470924469485358508832153981406705083771689197051208963821521919792917334552619336415033124332949348235273212025287583191388691890145709522093350238065330860224623061",
                "1478056988600973890111930289917479666161227112438455736855644872410824771212275441177460816476471682280322145413201062652691492503359261351651721209514848361652523500083837124948738721810292",
                "0x1.01be7b2948a1ep+58",
                "0x1.56035228adec6p+686",
            ),
            (
                "20353301487667995749126515241357080824596965492127828126139856822906015777263854107787445759685820521394174895435397290236979762800630135",
                "9176403866",
                "0x1.a367cf4de4df4p+419",
                "0x1.c00a3d997aba8p+452",
            ),
            (
                "91973069928819543424512610285298070119901169626765818001888994392588354304969994362496627545807060738",
                "2589722341810230002534621782302668866119771037741062042254534818785188512307937867711",
                "0x1.f8b186bad0b67p+54",
                "0x1.5065a11d23012p+335",
            ),
            (
                "-12951239972235549333106020785506104528189451737589292848216378042162872575909599400797409711205125330200386519521687537860867981935972827904397554192429560",
                "9689575111924691436172412756082385970",
                "-0x1.0f6159515f0ffp+389",
                "-0x1.ee90af4339228p+511",
            ),
            (
                "4007351095690646240780575712051626891970589978850567708106950357628746807867134494166807768364890288362042570893459242973569464603442640294921929649691605872767855649217376591678641616540951863102666220325517719502375473878653246915134236676920807109022775614888964075202278597282498874535051531614232148569873805913069860329636",
                "44101377526883122611489595326939050975145359452246636611805959737552065821516314009550245618295541043807202830026675761638146",
                "0x1.28c68aced16adp+674",
                "overflow",
            ),
            (
                "2299563443760805832795202952312202762701729615735472477151585283624809729107680290474597862580719952708344253282838858529395361397147975544399921173097211252532278576876397949931601972597805989585068601139973298550128686811111237177647093122812240284415989144112828789204094067703854709962915838640269617514873634",
                "31544457342614145625155967575418090101389071642200961118072437742735194106723557173408385667643634363885951368641970207565799215955274306281563879003940632907753968108193240052",
                "0x1.912f42e2cbf8fp+454",
                "overflow",
            ),
            (
                "718380456027249230327021472608120206628411128372952630606056145227709",
                "4609671990415546557806268628114759924660715145540089",
                "0x1.14d4bb6a2f8e8p+57",
                "0x1.aa56e275143ebp+228",
            ),
            (
                "64893293308920636598548849043628008177368708215820938975769284289310386904535883196351084801441452625351690729025768966290694233313080579473541582551436921582718987487264117489989854155366910786317790626542790278037768683615836940411688886911424756604710185609047812959810133241937701",
                "104913842331542929927856251259500303232329190658446566879478211702247322078288977629969655723094554773578930162748146735117167514362145873698980362748556561710846150457432033542542058750939708586268992535625227323425081340089060671521586008470516453035849698048089278",
                "0x1.12afbb76f5a8bp+59",
                "0x1.bedf6c073501ep+942",
            ),
            (
                "17218279275933600730",
                "29",
                "0x1.07abb6ec9c212p+59",
                "0x1.dde73b8cdafc1p+63",
            ),
            (
                "-173671953141257366153411089818700973449601656591362415792519496771082682977874530807493",
                "420492241250606509915058789733165586827865792687090020561419838960131511117781",
                "-0x1.89e31acf9e9b9p+28",
                "-0x1.659834927b406p+286",
            ),
            (
                "151721519053530587589386344398988789790116320394513746863074087053732874286947018304948338359694612374017524491192750666750448304705060648241337539723330696314911066799387312368970901851928806105481746229199075086786427147281426766115190493299384192865959467112008928469335951650826946556391733071",
                "113977877061077098290514525344032271231310434492689",
                "0x1.85e7fbddb7634p+817",
                "0x1.db1e2fecda43cp+983",
            ),
            (
                "96",
                "2209520695518155988",
                "0x1.90bd7c4479dfap-55",
                "0x1.8000000000000p+6",
            ),
            (
                "2026643310863116154513061940080278862585681173964103592278929501359377525718139768522517490945258875184037328662506829834440707819151803180854315307860089728058381409927264961266272292137456616671206183309223959996012260600872126889692948044813747231479700079211394251088024570169903314037034110424360230783562987004315473751902",
                "680034400628969773706613084184945885063744387297073116329230",
                "0x1.71b35ff118cbcp+888",
                "overflow",
            ),
            (
                "-93313278495144779318068584618672108755017242741601107252006740542898184207740332751753986253751880737015380594183333105127137602073478779118183665373658902194509395261091711531173422993932029749344797443482496384578171180659884919902243479950040963948862017272912219542565",
                "201006812969860041611979438618018764797608048110845440323060607351638496632234667622098589223194597422611794782935096210077705935288439247673531313883175907618719486391187103693222282064504660038254543759980831990299458237514208125928908060786396736636198198762860066313468483831813362287569547069711992647731035514028545",
                "-0x1.5b60b11314a84p-161",
                "-0x1.6143280eea7dep+903",
            ),
            (
                "-8613559797651566780162599724706971917820983965816030709844296983",
                "2350588648437596202426026476571986063242514305531437334065604351405277254310832363069748391339682855048888291085326173783523340214743381450566987233897651415584105130317286756937859642839530904171",
                "-0x1.4cee4facbd8edp-437",
                "-0x1.4f03b3e74c7fbp+212",
            ),
            (
                "1743613685184459858393025912024065114551451526313083043721219394896084869458287797854672790483424",
                "46920866755386794",
                "0x1.40ed241e8b1d2p+264",
                "0x1.a1f2882746512p+319",
            ),
            (
                "9430909335189934783410261317400306015508548145673469480267048263391593722330664006184629607082487678055527217895525186396595666824071803073939123149657290965",
                "19492130349924356857214840212248129003278264424275904330758582257309023183558896234722990502372379818060076881709847887255609409754856098816029417486549281044817207",
                "0x1.03c15057ea2e7p-21",
                "0x1.5fb1d64b8f0fbp+521",
            ),
            (
                "455126651059873071710725491044909381713050958519582726946809268082194563955983729587981647597529427868048166407812523779754688802442098544180716855185673309396154854848061755255654574657686286389269474472847729538202377989222573727383713758644453355416260214584882981856681655163985026437002000273259623204374222010029985729903505617925427847864",
                "2244564243466721625598433818293967375228353531920951659795992",
                "0x1.5d1456fa53fa2p+944",
                "overflow",
            ),
            (
                "-5283759950121945544236657544002314055598568897756186217737897243975563153829755024756204516404728943126757158973264350268571507004721030639748945170477137359536546",
                "199782355914321650582347470199999591797615905312071907883146197606435892173903798987455843590895082642249774970834144815674669882599383055104757582005769211265552092835817168564531691164601302168271350504985191464232055048821128446",
                "-0x1.6d11a8fddc404p-225",
                "-0x1.77d32347fb09fp+540",
            ),
            (
                "419618078371128430035752107462071566897295225107586988067221176824812013473616723482158706693681329780019140985857478228476646747222695419038009408315187783428531348989789864179615450808689709795392",
                "117523835822606567227611919652434866006193571714945391471662484752698252444119174512946",
                "0x1.7c134fc6d8e97p+370",
                "0x1.6744486040540p+656",
            ),
            (
                "133572942932123409702078955759963717859505308185728356115541081",
                "179357953559506774024036509250890253473842580",
                "0x1.4ab9ce0800eb1p+59",
                "0x1.4c7d9708708d9p+206",
            ),
            (
                "-24605548691737098688746",
                "17602455330954351345394754261353886064959336689706956875907987225348917115647749271641986354097",
                "-0x1.3c21d7c98aa27p-239",
                "-0x1.4d77a55a5671dp+74",
            ),
            (
                "-182528295627039434176318361286222485208952802788230513187150584460962100717987204998508456180877600428860690917004282527151344179379578052332",
                "1384950734428059380323497269342339102220595270385191164467316076888165791174610004278027175239266541423194414207144578549415576791205436792712201652894343082851233707504772145916267060375900718809279266571207120426670606067886460797727558425543766813761004517262549136378501985398443278737275886897700539135185084288215353",
                "-0x1.1800dbc8fd68ap-601",
                "-0x1.ea7b2230d3a93p+465",
            ),
            (
                "-36822303375578918649612063178",
                "68356711864935656494744905243554751326094192906316007627688342325166100311410883553720192573066791815311814992837494940085054",
                "-0x1.268e6be418acfp-320",
                "-0x1.dbeac82725045p+94",
            ),
            (
                "2853954634699117867",
                "3",
                "0x1.a6785bf098c0ep+59",
                "0x1.3cda44f47290bp+61",
            ),
            (
                "4076041909968816940281094286156913215489109605984774060715802545321620696390743837498952453867605776308874801997051219074351965232274170507298064072493030680200908274761841553647222140994487860516383617827105",
                "357461623118688671342058879604470190257743330319205992086537602013567476847594669093206367830838139434691753942",
                "0x1.55a83e5b699a2p+322",
                "0x1.96445cf5b9fa0p+689",
            ),
            (
                "26964519917813340593207516802",
                "1606891667652",
                "0x1.dcee8b0a0e304p+53",
                "0x1.5c821cc6fc001p+94",
            ),
            (
                "81707957723505018786143010172501086429701945847814177297434204404923915181629920777454194525890272408074592606826728286908199981344560349812029455611550515088831661572",
                "89288478312583450312873618375263983562018067387448661843944397161888501378126477499084971460357957008155638900801393384586872771808494982099969025464",
                "0x1.9662ea7717b24p+59",
                "0x1.62b889f9b1014p+554",
            ),
            (
                "16342122389632267316189749183532122010011",
                "693256563055099157477370924400127251943328175641488738990952510055782304174724601561575961213274077749248941520148221163903624426694293249236916",
                "0x1.b0844a35ab1c3p-345",
                "0x1.8033924ac249cp+133",
            ),
            (
                "-29346419767827836693258170779072453695616859582501875965460882836386851007115426166820248687485228128152707045057358349592045509528185195197856431067172465334668686588914092941325788635586021",
                "621237761296765888520908063040258260314303069133419710254422582897326543333390064948935189917582661799313122800472836567673035858193268488829752644656489408511379472881250188785284303855107774710681595691828354069639414249542351250799670495271597058495103433",
                "-0x1.46076e95ba8aap-224",
                "-0x1.a58a005cd049ep+632",
            ),
            (
                "351232501515005483031374693548064220455052109126289231912486201377492097525995972244482899190403157422624155585559970653531554146837761607119189358864115312704879932207774614380",
                "332076863294020124652864023080688983549791526603235644607263151602124468345235661785892641789540931786285342034336400101906415435583338277681425402817586349496",
                "0x1.d5b4ca04885edp+59",
                "0x1.6306098d5abc9p+586",
            ),
            (
                "22923856461167131754691837287250731991053998694578353197991100449413181171361817701176724442208462139340067487342919544736525625051708610489722006364645",
                "55823407493",
                "0x1.13de8894cf912p+467",
                "0x1.c032a9eb1426cp+502",
            ),
            (
                "577581319250545828552359414034234411491708270185666389554476881340995719025886678187543661",
                "706963413415170568421297826013480707738402758136380731372992986858109335",
                "0x1.6ad0e4cf38b59p+59",
                "0x1.225853dcae61ep+298",
            ),
            (
                "3953789087371299900690990171932461792775934739870171348598257553241789584360651380314512",
                "239515713443438523999313619055403694594358539338449510026788621944090920732956410042447330904473519222467755177580170638409563027",
                "0x1.7020c547199cep-136",
                "0x1.fccf15bf7538ap+290",
            ),
            (
                "38945071216976554488841864298609366804822385913129021227860675207975809838757351145754879619013532740875406836430097313907592389284467030118892689780497531294888928236220147578556901224177177417",
                "75797286729780153815955898676577495789447480398500771023811395862771469734403131818294457070402201584813711779227160143224686327280520722994544911090067840896604334045761235119789876344614013759494015071095914961217",
                "0x1.369391390756bp-71",
                "0x1.11270d5f967acp+643",
            ),
            (
                "-27793779498542631708681408643726869035145639086867544834725163606346",
                "1017208622207971852890700518082341765039697999412565058688174350116505495",
                "-0x1.ca69e01edba97p-16",
                "-0x1.07eaef71e489ap+224",
            ),
            (
                "44693219852644120130545837775187824382423400581854865833888385763678318432338356561309953715772054074312847646856213620326850783897727320216052881093472817351266888656223074275979774588506330983487817055303510410485824386735582125223298868276078777789346604955",
                "51127149619221983728321253686340704396045124919527452238905375635826168034357239388254531221044345888505325156355744220460139774237130759370655040626350346889732436532478170736270644596542612246423819156757682319647927109877260775032672581730",
                "0x1.8434499f4760ap+59",
                "0x1.741212673caddp+862",
            ),
            (
                "-58302242835723975841316038179207304635214321494040535167976023723515",
                "884762364",
                "-0x1.4fee350d6e63ep+195",
                "-0x1.14ce73651fa3bp+225",
            ),
            (
                "-58712056543512211416467797600204765187726013709831247204788718298870126316559723",
                "5029168777836831817687402276844152058127311763602051669065789364287539080816813222584489228727078724064583740760639126636387267518991382",
                "-0x1.251f8c27577b5p-186",
                "-0x1.fb0c1661db081p+264",
            ),
            (
                "18798977942677913907245979442591248525938869795622476271943665444883041674734607916",
                "45802329346019558678733669300807288362544441705898022901409941686326301156245781692258206132821319152551792811",
                "0x1.04253c946bb1ep-91",
                "0x1.3d179232d6aa7p+273",
            ),
            (
                "-1254561629201099064408348271756487556236744259623368852461684777631681263921809009309863975951737274575413814864260320044657",
                "13985352146700550337897462991302597380485092957528536552913179322836404575047763742341604880927609536542974314838464954701727176139527416515743920745481646556532350483447556107885148644016345965684112106282728790768879498872544379819754739857998435850460500280077",
                "-0x1.11796d4010329p-462",
                "-0x1.e5d72c766013bp+408",
            ),
            (
                "84030578933991462985317601669951778955014998768846635145185116015952094502504225838004116789871111735260004363523511309853800804",
                "9363552249091359786478940469900332064818656151257355656539831419954206440179335885283575607629901214940048338268637055511628489048467968541629668117971974927837772982012250743504459704595393888275206165764887979160638934014804744424010159202471923211404960482360281401429001274630463842715226607480478206",
                "0x1.22ed5508bf62fp-585",
                "0x1.f08bae0ed851ep+424",
            ),
            (
                "-8476837887521551207266880858718792349381092",
                "8452333166230",
                "-0x1.951157e67fa28p+99",
                "-0x1.853cc02084815p+142",
            ),
            (
                "-63221743173895502179005832986547658665735855477585212512851371542630751650952845307755666834998682098362584194669781663347721767566",
                "883644345393469547696698701869796716459041213845372711105058330809990159081674160",
                "-0x1.87a221d995e5ep+165",
                "-0x1.6cd4001e729c2p+434",
            ),
            (
                "-138452605746660017122007022763902023245269383773197841287157497450199093470411844158209137507976465704619108066063383339235366831165683618396547980941300371731050573997261200110537141340933547384349198262104859097310800035352195089394559915171477563548558966737682229342501214977502760171203999882",
                "1042869705",
                "-0x1.be66a9597fb09p+953",
                "-0x1.b190eec6b12e2p+983",
            ),
            (
                "-914256128049790972288659700276388214275605316270708748324110371221131838040991063575838453180283156598602589237056177994679837097446555540552232464237930666392857898373972202298933741057440423277434414196182425458681825151438084166257863837240003441494851666040433063069711526262005800",
                "108711595",
                "-0x1.e5cf38676a156p+919",
                "-0x1.897d0891d25e6p+946",
            ),
            (
                "-217892713722990666527154762141928707842380226323674002509183458898014974658704941984804392424182596545873398915936918036346383915105031121429457568086394777427074617306353289672172417967041167692915930828572445820160040570715",
                "111543883296705284801005177479455255851446126522891348657616537105792138840492920742633484671004359580083451064980264",
                "-0x1.a9dc911103ec2p+359",
                "-0x1.2d65185be3d29p+745",
            ),
            (
                "-14285970213552889510853425144161300369358453038254042673270373729283097031102784873148390697487767345295876208790816043",
                "205285307502012789178319115859346603982924968374842273849540203060246647286826874339729314659885494758544849405006962349373056813460434689427481946430339159022928102132324643293273404733779795692232097534981520305061428601330175913173007265620208769727028529260296162202493472375832242669752226040123",
                "-0x1.27b2d5a3947aap-602",
                "-0x1.6a91d2487c703p+392",
            ),
            (
                "391685740716679767118970349948468371586784111860472021821074992700779112282079551604457542869883192925187288550560538668871841429359401692262213822656295799377786531662100318633082906225074443594089626746641357199472931094954741622622224771862122013774351549630386702370232043516834446941",
                "715998439298052099310529351464296834557577126048438174887582542083203713635654353013339112141684685226314418049181395368951006574075765031720387108423578488210651397035846516996906435309494428108414494121035646466234074337617004001175155026502768466967687408041646884666",
                "0x1.e5e062e688e94p+58",
                "0x1.49412e47f0668p+955",
            ),
            (
                "4667144553107580022949909943338",
                "6047925669089",
                "0x1.56b362fcdf4f6p+59",
                "0x1.d742dbec29403p+101",
            ),
            (
                "239859020724323758113911554776",
                "2859286232780",
                "0x1.2a07714b47ed4p+56",
                "0x1.83835da7fd2afp+97",
            ),
            (
                "35490068675064462246610867679614185509746318046392247569425106107427316313575611972563736794063255518711265886304449",
                "96355815636523364619729774066622974162638820861604789161639770348146151647128809376345812590563567",
                "0x1.4722f7ab3f24dp+58",
                "0x1.cd2ad16d715efp+383",
            ),
            (
                "39601612684085002208835799044789753378855523282139582183641470666093777015076183301104697460016006488412475487318280456459388979165101699117507903984274843857027344662553011435856132948972913411958188326953474009710551714967211890466132999410635729088999076389181599136155446952401489383804515663919508565039060303608569697261000",
                "38964129937535423607062149054267538268215773699853136709765492075204755746354524595563794470256870569371215916077600285602450262720962744221428074475923864658196751038855426638051682751821036337282963946599805007968381117048874340120163252178444980211990169714245183075477811098643586080979455606165670075879796",
                "0x1.c35ad737d16e8p+59",
                "overflow",
            ),
            (
                "27175354007382203965872695058840504913876173026725850275566567144175633510464166329986645729704949982846670858981357063862640634985316466571301343947932583247424553782637037803",
                "166955148361702944981726245414018056380475461086659916535306209170606797715303046304832144349282157346028118613345602814722281249208527437434027889501114504460426859418541953",
                "0x1.458a70157c40cp+7",
                "0x1.b77fb1b8dab94p+582",
            ),
            (
                "-71258198432329057490391640282040789852075842484",
                "208380465041620114",
                "-0x1.143c14ff3ce1fp+98",
                "-0x1.8f6a80088ee06p+155",
            ),
            (
                "4352172486266016492074276918877029065298594161435832675332386030821289367716814904116386242397119027653215769328403340692405503975909774279322286403096544366731869265358893073220944389187472858068730169020",
                "14119672056714410116442547859466885802469521068677914033417587971421061178089012406416053128933547087320818072802751006937122967771064653327095429",
                "0x1.88d6410fade02p+197",
                "0x1.bc3351a7ab000p+679",
            ),
            (
                "633111338879572166875232541149831898950270251539484415455750316962735999513687173820296",
                "664402488780315872448046683004680124866546794665755128297956515864164",
                "0x1.a72c90bb9bb40p+59",
                "0x1.45e5d02cb49bfp+288",
            ),
            (
                "150745982470503725137022770467918869855348646431669149594838609756228824661386987297481746212107527206614571343581659518057208044651995097100445864214810434352489676408152990048071308621411911739085682205573342837488551957673164374534266576716498919029802983600815953794557962838355314075663897651493633640353139291018888803864934422181183761103",
                "197843040599119213027538834001785372069429033265110790464368999039990079299284359186056643123199566960285066677198919660550846967918202989234173382281926378174954356873614921212510945665384240746511008317327700694101222050292685330158204246201016028812934659945748809097362148730835323857009695793726902246963406612480877186069",
                "0x1.525f62c7fa6bap+59",
                "overflow",
            ),
            (
                "3",
                "22150902448893749596992149253265988464782294517864383458298386044273633592195749237677362267917808248709936945889839946127700102588411821209191460274449",
                "0x1.c5f871c345f20p-502",
                "0x1.8000000000000p+1",
            ),
            (
                "-13182882319737564141366599211747615260056111836299013937543902812795966356980850133820876513712170240848991247701120173301976508621306465979513112321744336053028430328400476296754663976448146993508957186006786720585415642424106503380559145853612291717432033089034664029619864857773585686353142693595012748520549260118820675799335439673622182892744399125",
                "291450021848467677375927312163450621581390232078670476368282982183159482070431923728541520290154220188640739943285307636059758402035473005376748339525358370180707192729970581471496690170730572901182968313176871251323487064809717900219549296555383663119884280452330911796636882912078672170193386427657050307521979209059778407226369",
                "-0x1.328119e432729p+75",
                "overflow",
            ),
            (
                "-1557465409926148993611853902234747866038324493232946589427618396665702661668602250700706514943042876581082606445148806020787915950394167332457329195754182449044009467140693626378898498539182084162819387578864472659804333522849",
                "1788304513829326195546411502915825145105870644710681672827756347567516245949501859801",
                "-0x1.2489263831e17p+468",
                "-0x1.0d4a760610ff9p+748",
            ),
            (
                "243070125823154912961502717404594714131076315708340947380620883418366021",
                "507315180548914977957707529408073807884451308416349403",
                "0x1.a98da3e837765p+58",
                "0x1.19bfc6c6174c6p+237",
            ),
            (
                "580147155588474792461679098709187628870541256101135257167602957638160308767037237880053002470731542995133095995209003438464620152483287728927688956980449965120711619794548133158701550068018847185254072984662615799740170561550963820899422871235506002376655081570839755342934463305311326353996949789582974856624616156985475090202745257297870162021",
                "8267664954511799676769414242470344008823242264301731173085171542165163169507744715771051759662484509562768293650220636622581062252429394179331162558206183395998729275263913333738703067419950860195939116808732169350564511429401966822434151979788515283569054712017501457024435676360519952998915211381952194378047133122060634758979",
                "0x1.f2979c19f6b67p+55",
                "overflow",
            ),
            (
                "2325284138002129429274642730734352102880526243370236511225994229061535417881914131628425726472638002947370694354777836230229384427902615565578559983975267774432293863133114067243865342288180340180498996490956859330054856865081171157041703483452528889198421190882081290180424265793754678491334388864727",
                "21689990857839274853886264765525876797975305119225139023819246508550139605588304396727305280690691486079327153742442600369466748550839231347218048435272816761920940987223415346803858111552451428566299643935515119678406670204387593276550139701139802308106356342197",
                "0x1.429c092675be1p+126",
                "0x1.bc6fe69bdd05cp+997",
            ),
            (
                "16233092721317210393006",
                "46922518495084915681231190663323732338653224527617743317787458364048635793483497322623925165655525998141077264308153371248071662735238858996801674121677802679240703710268983171034232635261912432187832906378548408636545182393719402589154112162929266422435922532593488824017101301656720051261996829720573067745540646404595663",
                "0x1.da7d0702cc36bp-999",
                "0x1.b7ffb547b69dcp+73",
            ),
            (
                "23613059516845071531289263918266065895358883292081356600885045224517275732186359930596154286622606121684574247316857616374076883190027156911412406163426046578118523313702707579751741030693516298476846377913763815099982750231532852373391583664841475270108515489315844640981101148218690838830713650449520267168742997",
                "15069293162931207187450171884551515557990337257386039947378548945323769880883895283941198941997774621138080110287947349469221810520794185137135366565695171319327463700714027000738786393920313229694652292980900905137159669641848805701382368494135727447494851194962999195077937435115321564807752002498540394402449989960681238765656266582184663412204021731943698667",
                "0x1.2522bab5403cep-159",
                "overflow",
            ),
            (
                "1504911231567737644190909693240897579847542109683191515736313882766950693861850054324649893319993072869888455524203171678505537411268749566657510658495348637193319774180874064527079143039304295763730498507781992967295116099398174156752971464353221258401171447062724044484917560829042435592167770826140148975640678333182570088",
                "3191383888795622804221943719770757048363971155673095326812605457788327585030745472532190372328721658240221938635900010879484394664470404419852703515995576195744367322810902179081554667779467756329621538405732259228209133403118877214144230512850695366809052840270707978590438526046368946450976052270219222948",
                "0x1.a2d310bf0aa62p+58",
                "overflow",
            ),
            (
                "284143972771403539932076047503750177641839014683276526769465822807750979395285301340711325382080918427030509188974637556841603686280116351770392355196019581527539509280688866542670281863264415764481706358181399136873088747531408299896702534777563115846366474874698397",
                "1230948102038698168801847310129812467226681061540817247786916905020762032232785168295083357645165835492100509000181655341448058495049575263630785737416238071217639892135428502391553818175964478297593767008388307810092777190248361715244650950978317782",
                "0x1.9a0ae4102f503p+57",
                "0x1.19fd32a8a90a1p+885",
            ),
            (
                "-5935395381545124082676112799071279951203156342417378646430937991470981684194165331690827716639613244751426751663576360575960724284122978556109175196265450616787682515461733361854069739276581073942467143003469676331",
                "11281194506847984372263066896459469569084287674133298455059677271344233862487402387056855794718792117367493984570373639216040906187215294784272197577358350401009786628678515285334083795478641120335445136031874861957368657096062604860216236095475832067610487942250596372962755764908447646834906572064065100011",
                "-0x1.18f3e33959bebp-310",
                "-0x1.1a17df6660588p+710",
            ),
            (
                "2006186866443958250717182762222837717758267866914467453713545897613651620192740999067386476615614436731781804546690550961666087678916039869873245056661964182444560199133141137345395220",
                "119535156197370416725341170883363095960951293532746322788226994605410492445518776780407936668173766923352358600467879387278800552247953574714905577701171763116610239034669344965859411005064903256735589930110997659911164252049169252756231964303395750843253927138342359415615255757533135",
                "0x1.2cb8a97c4105cp-335",
                "0x1.e37996dd3cf6dp+608",
            ),
            (
                "-5298663260626225554586729753795890490592652895287985353386115069327407059117909593283740695863514854618113917343617255928969495612918508688573988770583905997552335293819184246294243087797642425222181150172421011422556634653802178061454213384370734072362515419673573064889921283098422765",
                "7647460592528619247539577766903071793321832682399030826801990924254994530328499077178229941476994240390202481867978595256291823043651337169219105912868696152000210987205211645842864987841570707300167118171239075554724546753955865331138316431897287041442049719146411228698728457783308055584273408693481426474",
                "-0x1.a2cfc6c83e853p-71",
                "-0x1.1d100d5ed78f6p+949",
            ),
            (
                "-775576781211947744537987491568822794694681760830821563353330459586489073156337456039456901690587248694632870267672627057025202402163713425908024541722485371218",
                "140542724552797286433925629514371065406183727790462764889169405161706416382484319080523819561135853335234529589996612945099253400330636978175073047518180635919149321606547924523634862568753572472857728668606486469343077299908979235982543006635209100140802684592613573450",
                "-0x1.a8aed476c14c0p-367",
                "-0x1.c3ea516527343p+527",
            ),
            (
                "-9834482500860992157233652227229445582455571131387313680836717926157563339685615434496619648635989927003774813370490888960930041687772538810136787983583309631052599386174660731630040077791592855963756525087057094785137825990227018741260512131593185640784940990168753966257328050699856311221208438362695863858585754992489346384583056858607990472775670471510",
                "23569726444703720314652018618125235493298395205788857585375945328804824684517658113958687271495249668809",
                "-0x1.d23839b2adbacp+835",
                "overflow",
            ),
            (
                "1957045257425117438801410497",
                "4504312736",
                "0x1.81e5e49b168ddp+58",
                "0x1.94b51cff35773p+90",
            ),
            (
                "5020115250631413365296980518927400610132609306325657715330608215807998470220220670142776939069745892049425803402596553404619527693289994673089253941136642171035556540357114031481235194790545968847902124307373814073455365179385606989805137169348256940079472154740",
                "47201654228864247511643567102795217367886111776278492095280297031704420832387681993725016993269546787875444249559588401999395311829001970713826577225680987",
                "0x1.72fa53fec192ep+355",
                "0x1.4680d0ad4d40fp+869",
            ),
            (
                "-406531470312088180994640889166838052807399313454469101667368107391573532529635727687021873",
                "12803582600690807671554749228",
                "-0x1.3c2498eb6bf61p+204",
                "-0x1.98b835304ac89p+297",
            ),
            (
                "-183930099047093393012804164967305026771431707831541861486674614460837",
                "181181305341496637025693058732123149749242223073962719800987750006860261693827913117157549224964140113366320669749113226687628468566294936137216295758075152553986979131985712108640422293011785619780221973",
                "-0x1.79c99151ac60dp-449",
                "-0x1.b4a153692493ep+226",
            ),
            (
                "511283688425377246943600864065927054003988155380503831839348906331316196479804686061450078778526307242750756829130403976167602308462264683899402813055038871202667051330198865372386590969547792435002501647188004438232775885784894167780532602690610361209986935496218204",
                "3944057966171599895009049801703910247113062967243808861543851821573820492313350970533412339221952969028698555653118019557978987002764721",
                "0x1.7608936206fa8p+435",
                "0x1.fb67fa7abd486p+885",
            ),
            (
                "15256349064196093308836819352093249926544133730811603194412491905240970347780807760402084107467342703076796805398162316949250762061178506656981173920583582663850714716341219864777364633601383732526911244426627646502677577902539270452032027199043534201671755190471609518",
                "17701127472189049925079903608561066877642457610289521693581773755487815400562969739162323362595323490505082623165995787326613721217849391024334427729283811831498321523418616067563048200373764820835570150658915103163244848",
                "0x1.2df095c527fd4p+159",
                "0x1.d9252c02987cfp+890",
            ),
            (
                "-3067391329573302248410232191352109350",
                "107772125952282",
                "-0x1.81baca4342f9cp+74",
                "-0x1.276108ceac252p+121",
            ),
            (
                "-2885978864033756970023082870276612309602584364566614837854707151352497449926232334848932113770774860279288949408330088029195495237712524968004273755070625468978072947829508588250084601296354918407492636136870663432066583041018966384342228671837101736024321964561267274612075755434673370078194457933712764850395154797656669",
                "139307458118410006597142691",
                "-0x1.037f551214061p+981",
                "overflow",
            ),
            (
                "28032759871590787006624931660065206975611880691146615031410447455643950445071343740517158725036894985273823436748387972905777436333756021602377959501082885277804962317177976293903151504082825244530",
                "43505870353556656922422095045",
                "0x1.5da9df209cdcap+557",
                "0x1.8003f1bb4ab51p+652",
            ),
            (
                "-72723335240050860785902622707604947233282456650298039315451042515615525275578618864941660103343904906467336040402075023674593736223934700025853546666894552664303498405241816931189397374032073819076471170330298702624995109788845060089315791135918089661000859603576361632015577589163204073058930004772154065341623249786508008278991433424898015492651030479677",
                "282328578644758554692658565134211498433249949598994984348225776903603303578472633231751441157760131003669804552783984010590346920981883427084335786388654341868587487141045965928777236273904090647031827309245163929011312887697159226472436378938174821862055782082717076674115127888329225522245937869429714",
                "-0x1.583b1346fdc1ap+177",
                "overflow",
            ),
            (
                "-1542008576057366714426633147551271095622753603672148483554615886796861644616242217344226676909078048869647671540961945954166416888095704738945272375009259583394317005658151183851974950329310372941084984735488970148968126680677397927414023661718235953191789849523271764174673164618196916254310672871049789296651622098303995738382031212648765111",
                "110731715485711445",
                "overflow",
                "overflow",
            ),
            (
                "-65622084218946976029846891200927831035335556401184574661977342552026378733854368187815362780300547035490293536064228888665436205300363939138673599417000609274426924351902958780129299701302436760684984728175201798105654698242509080751771850415788321569752836927182",
                "548909706337397279567768464270475492372190170427605264981447927764490546420324246665013111030314281853110940104697877013239355365865405846982888278018087544264395820705695781064041834252419731290524579676049713169196985820289285583931282621722020699227202171294340178805673102301983117223790166870971909503987615257959567380454773039547671038127907847546789539",
                "-0x1.057c4c6287211p-322",
                "-0x1.0abfe587dc278p+873",
            ),
            (
                "373185627023139030155121714361394046288198944792816559188815094694039130703565034510482391928185496330205608440331851086289157964774",
                "6993515677995414859890046111330558277042612336304560879027794200532628036152699005495633720122354399256541473484129135195504893751069063325884038200015958709222274313342041037458158117542147427439446852022577123296587834607528085260012078300645654946990421869313361458335183503569297478722919347566793557406450",
                "0x1.bad9a05ad8feep-593",
                "0x1.0d304c5d1639ap+437",
            ),
            (
                "-7515864935171086660629716334646583857335607754222236974850821061379327809585413204412039297473578822934218969818430289473912178854657990632224970317174244203016103706433655668524205145571105503111353965662462608461209418073345466576103496158257088002948196759295522588195663371630274312499788149046445340640677636124830579039726841331700523320372746",
                "4972572545247808815202241224248078593184822498701429480964487797044012320327525274627954",
                "-0x1.8937627d512b1p+867",
                "overflow",
            ),
            (
                "-237343091400169033860287027020917625512330463491363214587707",
                "9538406811630206584474397138579446801352612099017145028616138775404316726844136300112638061662710624200403764827258298526194972273167755317862266292106903578783380811",
                "-0x1.d38215a7be87dp-355",
                "-0x1.2e7ccbf707499p+197",
            ),
            (
                "10447196880135804926257480",
                "24890648",
                "0x1.74ca237f9b60bp+58",
                "0x1.1488f5afa5c5cp+83",
            ),
            (
                "48020836049414537480295247392663550557",
                "114438836398730569969",
                "0x1.74b2908829300p+58",
                "0x1.2103d0190339ep+125",
            ),
            (
                "-429122396056979295582838813959197526428640552821533091377064446677327567596526120876282509698556971337337985476395134638716796589079465029434988350715670732958173759722243526805140360227621054854307120421116758535028111410255015379259655824266845995248870898063988838778456819369292269396567676026120973661263389830631840383303396827460314491803517518514",
                "74",
                "overflow",
                "overflow",
            ),
            (
                "-158437225378358486816447576686565211683532467430346800928828710708683",
                "2368707618596463560320263671100893541481084878723133591146791639903472702947820287048171955992351128669406975636139190085926854361105218025068468241754824343654364078007473707920100191435754251326986149921872025907307265110094154564168935099436358704",
                "-0x1.1c366452d317ap-602",
                "-0x1.781ce3da5034cp+226",
            ),
            (
                "2615201685282941634657497184458050323843145243081794500698418733804580612736656947628497874970926259473767423075174845123133481391318734590586406837281261527075517608047335224791895286512622132083594109370404167213885391343323223491891346977678182087888450505211035288407968128013213078827138195",
                "131264132531571328790834080400916983161580538257786014052971073858936136741398803788334007173",
                "0x1.0447dd0aa38acp+672",
                "0x1.0610b27f004a8p+978",
            ),
            (
                "-10399578402192627323714785436389129331195273785115585620351608185635880144949525784731878316983511030185344347674926083901091362422702268349577969942904517773072370487173256515732909005619908557410226198204828409791450264800088102943758276806481123820917788",
                "359950171719138030937969632909376397737546093203293585601441192625093489540578237034508160231925848872127067331949702866023421660911619928632723897815941291647777957217568437647835280588470504289742894311153632583861924841872910064016336256055339767195770512860533807436452636014788489588200701650445692250",
                "-0x1.59e8daa9636f9p-165",
                "-0x1.629deac5341c8p+850",
            ),
            (
                "128329758576166838473463764100443982171717103645974088950549469025960106722136964884336928030059210927291888050131408603239955255279228387865672298963407273378904803801844787384423164323240300398173941349429808304236657477220848231",
                "153542201277312750360883855416136569507837438666755230554422417368644794242330817150035930409839608853250902087321743685062997265197628894219278582318332450733057051985753",
                "0x1.0a4cafb844310p+199",
                "0x1.52925afcd5ca8p+764",
            ),
            (
                "-23071459505377669945210504033118852487106670948722055671735609255219438679337314218112938425428463642362036445519066543139200835503981157966986102277361763557339",
                "3969456383543803183379",
                "-0x1.f3c9c73303260p+460",
                "-0x1.a41ac0fc32dd0p+532",
            ),
            (
                "15683212087140025545288345865832129055722814598546049731522665430465838587686316185755242167925691524526491703989949439428171295042715561397096522225722573925231459495733546066756765705425235272391067933215560041134984394414434357882650849233993976534218376880802566359958805465748380298741960757880112652092210910738974147030077231009586615812933540132575465958132",
                "26728877808417885653580786044795685853274313234711070086013400232138331438707903230276093798188684045165952546653417602333836126361834294888965371162348977497614935769847889875319720165564650419962073678140397144474475146590239016237500004568598753606047933333782183553943099087731964586664159484376602274609845358845732322167244491616233443298031",
                "0x1.0491ef608e760p+59",
                "overflow",
            ),
            (
                "2897371784955533884542458714673413474326451054928908406052298480794585337182865679599483258115534959581516452254884202800291335459883894394758400722370839798830334686153026738250277610871848759910685751504809875513322151132104176759862346800363656410",
                "708724087501594064109119765269277233867638813073632767513908526656645678543519003345593580908433532376877831415860362696088220987781976248685288164060926545910855397399513332239898750752889141876125377034729779550690085052796157466612289081272666",
                "0x1.ff04dd0f1c216p+11",
                "0x1.9e637a374f6d1p+828",
            ),
            (
                "9487651788262932160454514467873858036081885761682524115455279093196282631912936082263104382569668",
                "219098",
                "0x1.54209cac11e3dp+304",
                "0x1.1c46a3c20691cp+322",
            ),
            (
                "-1",
                "21254554327925699345187360005454810713535132185",
                "-0x1.130c180e69c7ap-154",
                "-0x1.0000000000000p+0",
            ),
            (
                "7881585607244",
                "2816498806557123",
                "0x1.6ec979c8eef7cp-9",
                "0x1.cac4c71093000p+42",
            ),
            (
                "135020094602457818253334452065310472645255353425217731833694222214129309391573179358218126653403260259714734412775621098436347502740241213271681106002491258248575228609541050049106717327135909758123462115577667330418563547157001",
                "96722022924042585728037324689876976594350337552116800100118022614335373141990096352739250853819551177232230668342955878490339839816833481478294638692769967611015392479339845507143990327422262797556711762153810058",
                "0x1.3d6793fb43cd0p+50",
                "0x1.6cc5a9f3b66e0p+754",
            ),
            (
                "-11782546803548160383716632727",
                "157983882331265928049267026216800260244592891384706122814129190810998681651901860136887704185378295528644306",
                "-0x1.1afacad3a7af6p-263",
                "-0x1.30925ab0ba456p+93",
            ),
            (
                "1802536182383693381325136953495073295283090889865912036183938435013452830784729366381102227226648121634687467606798431119658868964870089170136615132208655101995852632817978548556348271669782430806107338396832364295272655632203215698197945685711358009277656955090771873046667554581877158805791489818673892524738131812722772",
                "35924537288530499277868501894647763764825278726356399419142201705187399493972607482447505719995289450418941301016344320182381765977556767206679134532053",
                "0x1.a9725e783a1bep+563",
                "overflow",
            ),
            (
                "2405359958817598708153842614656077916711582597156395239693600832257755022268649203912466972327502415079396627691399255066016493710768014840186150967704513379312387946746168599224455028847149183768944827195069957445813551338338410621453550287782393143051429753931",
                "7820069855431575925876592408730755062874710064104274037044676789729107979399365804414848718196498520893886549188500",
                "0x1.8a1f6d4dc87a0p+486",
                "0x1.38e2631e251dap+868",
            ),
            (
                "-25936945480867777359873389912750818107403901474128044785016852117498955336537186985242158907285767637170531553280972812011528470772442440554755142767883216122089451993376258128093451859496889286535655356460977999347895075069306637463966213850586971235576172668558749189239997693191937435593613641847251156364242667113720792758065310973956624964",
                "603181124547938186172687624045684435549590553282225905682726320135842202937850656186078957",
                "-0x1.775da52adf6d6p+842",
                "overflow",
            ),
            (
                "127123634479869365474466258287517501579242963411392550105230394115372023419989060700003646379754394996065110481032629896781915262805885758355132884408804003131416552266774356417169791540536707",
                "121914525215132736329426950280861993118987845376586272904112652270965403467459034941782918263566138737090838084030757592172686202047247843107982893956613118021128493696856578",
                "0x1.cf1065e5ce89bp+59",
                "0x1.c882372d6d897p+634",
            ),
            (
                "7312045629866938",
                "60071880",
                "0x1.d054c12ba68aap+26",
                "0x1.9fa444a5983bap+52",
            ),
            (
                "-23078464129552177738471218024508863372358518692289892312973614535490719",
                "33832371869892890736797729357254700168156403928012960709072052258215674964626124902181949094825010590455199237492965333404742938649173243515127306884620211337224304680365995725002925277188201240494287082911155647",
                "-0x1.0a2f2c626bf7fp-469",
                "-0x1.ac038f4f63805p+233",
            ),
            (
                "453956951558431744960882894722613145197954421075332421821705030182630620092976910955810162033061379694581620002162444185451027659404818849129126461577509865352049723371",
                "870136912583061542636182085623910977361283491935623628530175575104764882449120706930269653278766183611971895060603715519437610515414161159126066760403",
                "0x1.cf5e8d23590bep+58",
                "0x1.ecb19926a254ep+556",
            ),
            (
                "202368551164484264367797823933998579219353290120211283616057448791226832079808171582125464135453574318651900834031414518471253249222366624292192346613936273638264734675840482150920643777774236957004206821712301875006481497286684796699946317005242175734718812877111973850820966074954212691712947605884080327244174627442108750309415382325",
                "179466546477226520297656932361379389276479891917671501884559827830917075949427395971328129419156043966958473982843782312411574730828300621832089342156290510394626599327549781537294809935784992450960253810163826537407392107759537313103054752658929960486467409669070798518021608276123563499042873513535249498755752201469",
                "0x1.f4c29774cef05p+59",
                "overflow",
            ),
            (
                "-7271401945594312266238108000758153004659606270008919993401566775162769404875728777259838413665679967018165845398466379242169138308501467596420961971466018163653815347765062287305745979668116653402253223034663669178705848099225937383450589752873404825403281747214493677090987",
                "149694591670582",
                "-0x1.9462ba853705dp+862",
                "-0x1.ae1f5580970d7p+909",
            ),
            (
                "945299603985851163595728751201957408581335266900211281883096293972743578956993654795378447802904808487538430083371548722841088949091545871346288692189380164366232475872098033085047087488706156718057852753142687481478584924925466970658601",
                "1339329373931411073807074195997219190925540149649031577537154496974711707574758505412373831887841143414061594400635479901840378546572235476934788901513405177345692119939693997363912695701174110085044101970331341813128631",
                "0x1.39703fc932d34p+59",
                "0x1.294e3138356cbp+787",
            ),
            (
                "25212821728005980532426186",
                "475838361",
                "0x1.787d2a399094bp+55",
                "0x1.4db05cdfa3ecep+84",
            ),
            (
                "-708211419967918456597172821388637688293545954587038912530117213907090150129892082673170514549",
                "1079692920841731207523288005582299671093406839387503015120392628833733753755742138069830179335577062533587690830100269433571901945115204218379353970663076506900015356930009537087201121231892341300178235591987722",
                "-0x1.a772e713b344cp-390",
                "-0x1.5baae82fafa1bp+308",
            ),
            (
                "-138863574142973797188643611005002273111939518322312108869469433698798575325692546259749626281945161454157216104369563491656379920459533491563888239129786214520643482899567761321108594959104628135705064784356966340892835358549629774801545034929343485920153392528422650067156707037060294995033447359175395588427699801543991020097854688714854460400598905664125030",
                "4823511358770901812095283907928494473589976248031200107171984895972055367514670608073923815085819641146269397408676402475683025520461858814764084864960483568738844598006039485733631532477176937897473697539382361828271023089514404775728490456682",
                "-0x1.761729e2f8be7p+383",
                "overflow",
            ),
            (
                "65854175053347464989034855691210373306399536192891952025392096339772416649291816677268658152129294345989693148504337587248840886309035050261141248977319519725443033058827095434875780434795431672332863629063807618855188766242325198542364438070750265696977836330834597668521642198307290992726726385455277279649031784",
                "84158674557471880703646803954439405727684060442162852211826273366265433436142828615782411135461892261661136830629697595751424194673347266738692200914849593073813583376738963250860015710601158379206538026780390189525134756393737413599777060159249294726250499567646518796405620339005441561846363132",
                "0x1.5b7ff78e3bfa9p+59",
                "overflow",
            ),
            (
                "2590113653185316245664526195435271008136150485674624658268168883504866742809387982006355",
                "1177781611558010463805199638829180158708029171201793330190055158835393795010546176397876111767177078606313012067932575647003080410760496635791448142249093046422362134990",
                "0x1.0b03660bc5713p-268",
                "0x1.4d51a8a970a10p+290",
            ),
            (
                "-25915561867708503327723613584609362099328061094816483252090961810241318524632469113749850340534005844913074431864029503959039446922830794149867506461731",
                "3301790525515836076530050808933466162338171974747629535913732881525198069992353192922773575533124575176182457580111556641466035830946514779087304365347704444402032496996861431803769048998816289391588109542143525",
                "-0x1.939bc1bdcd287p-197",
                "-0x1.fab0c552bdb22p+502",
            ),
            (
                "-7489859125112024236991741088552177606399543467728613965104743385665429823465432589032418960202895405842023205205546417448816428326678407207228458496384928525584016231009489391188993932147085511575244326279757084023187383297580727871831420",
                "205290452646861399703868364558098968135421889789142369588196945642078670557472897482225954267361471185945008831691263023019965984527288787849722552065850440207270381872196842309668353434215560404415996333448374895686161658905498110729030334717704",
                "-0x1.39659df60c1d9p-25",
                "-0x1.267426c159464p+790",
            ),
            (
                "-314601661816460884599311283384300946437743817124339999823853045851542508324328349553476011021601049521663389387917913200613584086957287431091553403249",
                "144874056154212695472427431033572701029092223647",
                "-0x1.f069579ee31e7p+339",
                "-0x1.89a963135e29cp+496",
            ),
            (
                "3843403699262688132722447312045868007",
                "1095450548231661949802154500127346723985082239026136622624787764620520377298102495392898527874014974084172716174244874896296002405753946739",
                "0x1.f6ec5b1b57a55p-338",
                "0x1.721b375ee2577p+121",
            ),
            (
                "-31452676452280864021577",
                "393454290839333778490131616767228383005606433070828241054795943625923738511540444308662664566733880528704167354809511302670952768822271463471604788578901510481235841624158913006832351312541042915132049821798290206663329770434851409",
                "-0x1.a47e95701362ap-692",
                "-0x1.aa4364777b5d9p+74",
            ),
            (
                "-743473019209410133496325938031023158251230944846564141354056514300040995764784118053288681257475101713637506310676206344791840258346590777376235527184270881815901860170762356141087929009294045808299518700669855580258359719576644758445600424876202372855065",
                "15506262336126119791686387148703608740072719240603909558529768064723994443964041012489870037759132783700991532352789878527473592017819747043168410375544309936574382138629135246039463406961934077209586805965600677907972213479526526792664479796103068343197600955006213835428596328506799722208330108148260350457438013693886336822532126709534880244",
                "-0x1.86ad10e57f6ffp-294",
                "-0x1.95a0fcea9b6f1p+846",
            ),
            (
                "544423697414424507258077586634756553372869940519106207625496141185799033561810364574102981780980195856416981178997662454843593236146874098928082363306758594532600992798379447873145913253088239716913619533492",
                "7087279741229534110913999202635497306592602375275677332187098994201278458705902115037319115369324322870309776607553090439044183089420964904282705495702002707944552482299887262889545054828312",
                "0x1.10e8abcf170a1p+56",
                "0x1.b21c341e15670p+686",
            ),
            (
                "14978071949390530235597310409338706394477682659476989151278214438107717496266551988664807",
                "6029417929103482900836889234153310819774577963148732092053851766591672287525145114961537559402117650792348804970183749644564806159289260766339431038551439160427",
                "0x1.18e7ad94a1b06p-238",
                "0x1.e1e0c7dc144c6p+292",
            ),
            (
                "192378467390488911188101957425424187972608092048744239285588055686883803159168754398070225190734639832123548165707328558443271191012991200610819440883197762280275996037849553906044504015767172824074583694",
                "201734032769853",
                "0x1.b656bf8d2d675p+627",
                "0x1.3a28acf62e059p+675",
            ),
            (
                "-532974647163109236165432674334296336332125017202998090404198249947537650788574780893072285468405118847508040281260798209741914279112355765094424503625126771935353085930536727313031447220538713538284029721472884508560560877224044565916990797836792006805772268266571391302904237904684493217616696347900197489772932672303",
                "104011541982319719",
                "-0x1.e9b2f86a6feedp+998",
                "overflow",
            ),
            (
                "123285137354948929839286173290997050403091335542369577135251620126008581029679360933780860655178099354205371185359892588582687311778313746183946827449787951835382753835282113334575482642447192136572047664518523176886023053837149772063268939019066401961886113685850917353734041353929584068704589847635393783420570863470344641790535267851",
                "237471769594856069676635988575679030034474244772703812726712566552260328675964628805257211851746034937676834481796932358075901981071957769928761936216396290366104092903031636665839089755164961361418219212684545499407449549206597391530780968406415437171251267797099196497193363425957290385900477272781515265936055036917",
                "0x1.cd1aa40e16a68p+58",
                "overflow",
            ),
            (
                "-445558107156692419878582971178127747803482235202092687275294955720060989948381164950953303086947747982293235447840275547140286035123702",
                "6423967",
                "-0x1.99d9188be4f81p+424",
                "-0x1.39dc3661bd42ap+447",
            ),
            (
                "-974516944308531110906817405129667612209818943640495905001572464250378765296002861830586063866267100485283064064859847606673412536925838136833101161905178049976082948066987017501421209882589195236686013745266172306742328814909934641920798886157316929146737706663964415102",
                "4151284",
                "-0x1.dd1f963f8d05dp+874",
                "-0x1.d83ac9df3a07bp+896",
            ),
            (
                "5149605564045391875043091179050616383932321470916299947357072912758415038894170881",
                "6071482865235453298052215166184676928555004901958370282909858560",
                "0x1.78a8f0afb2c9ep+59",
                "0x1.5b71b9295122bp+271",
            ),
            (
                "2755165335387487373435396747092382024023629098303450985751730632279871139187315354766976039767165191521651612672916241084351504404826096243317641903394068133370428279460347651452566606510489535589770358060956173949458550138964056950393635462038143286419209438429956899906440440940483574334933562667638966146716495502388548262651559254458612654998691297276275842322242488723807500",
                "3322846964264252060131789001915240122344833212463530156920510467336923087582884863709401360252482759427099739460845793484810724293656069911716778743189954532560774767284373229342462550642116603589670482650686125110762575121580712786869539635106263927314447181648989847778272997931093918771621059231605370221192095681213244317226896472353342214897952420391208442",
                "0x1.70385b8985c9dp+59",
                "overflow",
            ),
            (
                "23380776869120346630005628934804593574192257455135431474850702382949782959445219729545415466347442475026204189611430935839975050528353916697026553490446095715142141509444003",
                "8949208270995180453532202693484914870326834285135267119439290969598746981410571804770476317593371287843669073679861076425917768367977564281888282547917075609301386977273951467847579274746459263508155755490298030414135171889625595771736",
                "0x1.1323c89beb8bfp-208",
                "0x1.833493c6730eep+572",
            ),
            (
                "18722702368547253011326904083463498900449462428733392640545794233176811704605207879102368202794567646413336214698660419460340701430816169606146213365172074925720459121558578012955514526765539604378111680169687801624623663957875793492730122163885716",
                "19987668626370024979896265572530427014574629250533979900399189703304912818586190011242887416484621999809063316887585735750258079124879823957750762435412879711692445202244917863948171496813055618725900919493185915152380345861521501",
                "0x1.9ffbe69f17c43p+59",
                "0x1.56c0edabf49c2p+821",
            ),
            (
                "6562898916071281891891143961936446628448016493613767102423609898582899286983973230019376172850123204558677309105473092747892016330271068638711699815585956415899114",
                "24494497306919000207959028073740500979361047374288309961902936854529728048513867816717008691488207814619211586542979470987060872987890283608178402867665",
                "0x1.f310b2a46a97fp+37",
                "0x1.d2cec63013d47p+540",
            ),
            (
                "111393940007001889666",
                "122",
                "0x1.957b7b57dc770p+59",
                "0x1.8279b18fbe216p+66",
            ),
            (
                "-24003395305686110712265461748548238960544762162479118195194281228637396853581998902011970075272770492751328972693956438550420899519203485426165892430300068168820226911288512350408392842681544767447514763796248",
                "3",
                "-0x1.8ebe83f221104p+690",
                "-0x1.2b0ee2f598cc3p+692",
            ),
            (
                "-1744670070734162157724181655385335294708484916342862457665552990568913134576199918622275428473336306848762894584513437936929499731107643529416",
                "3298209012514060822028394371238059660299460843629621473298243623470386801918237668461683769542477995380977659650954184978338701417011831405418016222156026663600744246808827495711214693202220275765278729341092400748194558531153673811310768453467087256037495626251190091837680116454258697402488460649140852656545016936653605116857928978",
                "-0x1.34ead8e2c083fp-639",
                "-0x1.25030e254440fp+469",
            ),
            (
                "-26603761034865425510863457934077101142872769707352618150941018928428726020254724278330564895723196846246793394515855164687963730099863834513281919232680799153553573146290244519432445021837576568334780185818924813752338367699665281",
                "9704",
                "-0x1.da04c8627127cp+748",
                "-0x1.18c1152f4e453p+762",
            ),
            (
                "-1200496197741298919787753459300432772760888583511948210315198800887826175472014879691128888040938179222650558869153089300507808694361820736094294009617919119163383703775795636733967473675609423679748845313120955583273316677162542102206466774860916644558711",
                "4775269495294465038366912422097537059166710396302170650871662603894823329703997085415129248300367702792908357465361748",
                "-0x1.59e12817ea570p+456",
                "-0x1.477cbdebb7c91p+847",
            ),
            (
                "-4852690615530070246896487851934056373700423069083",
                "54",
                "-0x1.f7b56f9565fe3p+155",
                "-0x1.a90116260e0e8p+161",
            ),
            (
                "-110657174002158916770658573814484748570114334286768063291284481676690150621421636467255806086849062834963147736205677512204607287438979387600591359028788740908979304415462656266310005325892902995884803963122768602811279705611638988370467673993168534009734330411942938653261486533091971951220261087541000298434544697583271353656603599491015116",
                "1120785066666731357076823332611933348141454177031419288956221469268599634610242557329028130405297830673428602762844830978827057402413625075665898106028754537295696256078518475688062113372289580423714680675732442440611924900266691408219230522141085336019920936139272806430862289527837556803128464639882962703789006137401086021857560805675700566144650430327195400",
                "-0x1.d23f790f1ce4cp-64",
                "overflow",
            ),
            (
                "786215611516528749057364376747475069181336260283926787",
                "2231274270576879419810549326805559075",
                "0x1.38f5c6c78f994p+58",
                "0x1.06abd1a42f6b9p+179",
            ),
            (
                "85522369503340100202389774726051674460529779825",
                "32765282712246293060472841087647906201203897",
                "0x1.4644dd82669cbp+11",
                "0x1.df5e94f19be7dp+155",
            ),
            (
                "210813197969114467919473432354350277407939923991091978002966278789264467191397936814492997343831680060801099999392542053994402673231650096018683958819308590645932565912270278525550009858595655",
                "276613649550619671001461000203",
                "0x1.b1aac7923867cp+537",
                "0x1.7a857ee4253c3p+635",
            ),
            (
                "13923373391995671395530380856886863683290860984390614160581270269745337656583382859403815348264708033008715662778623766979444806777294660006307740624344373817358323240986434207135307178290241645718731763566629130420275836026460031209625555986353107322006889953223010872999936631944531923120740129692662468344922262804745777783277551731371661400437944",
                "190170381192884450115356603786055095177331998732701023269140048375156113939401941019734052737572334716284258139817982097021564432558571644013499519530404986794539720491",
                "0x1.1a4f03591668dp+604",
                "overflow",
            ),
            (
                "46975330334512489840121060984665578994276730774960156604714348811326170602029847271211435463456388909505429831230345425471490529310736886919197640788159981847967830274265821095005262593868771607139005258465156306471868066397695940542002367690942878086858168060365",
                "3051367",
                "0x1.0679c581ea322p+851",
                "0x1.7de748ed50f0cp+872",
            ),
            (
                "819648966405123014616937902377444477755925447511172729265803598696845001412880988090938865626900064294085933274151211094805829254233972362658068431268737616032651228002508128812868523832971909569798178771849265518715713047805899377231",
                "77014980935541393936698828973690718904306809392496999059810135673426717727767571429720566340569701338387700067865125955920877230055797972034661577034532816397946325741222096064578153364455288443386557085771611297700445879087841897978368990701168766917852269108020641394815751578176116546515909578958200423158090",
                "0x1.3b7ad34e1be4bp-256",
                "0x1.07f95b1dc03a7p+777",
            ),
            (
                "-70667980198682484642128738028206809871675085902061828137434656562789508481648623783703878866350448340786548740552635662579160838997150728470795539386510420806632672745925467893301776636709847605053041715067325703512982395765940775339763975977597509048745306351438032285334870139870329291010055441418930173263487907186",
                "787631059728304207784340096935250117299777003525761758954237930526187562797742655362646592109681894748407802328954576775936415537242004091303042894384896172588116828247878073559",
                "-0x1.e231ab6e2c046p+464",
                "overflow",
            ),
            (
                "-99356618336269024425042046658985998970782841902088842043",
                "6849337259346981632235794060832642899376875895667994587851117498036484744280594876859111084660850002186531940203701944903963170562566087742346418860964441412067083",
                "-0x1.108b45ac4e000p-355",
                "-0x1.0355373eb8f75p+186",
            ),
            (
                "742884933982473676992264092372806862856346667865390017581354935659988569202145354496013510813785970585312653572581951023403133741762985168469244528973558455232883669257808373464944117743355752330345921378275",
                "50151623191562299704187733636020085172214634796250967525690314121749662218982548717205292557902174560738817465348130248210434522571690640917362410152005435066717191277033224449063616213980345350710137353927034712319421952249712651950296767590529443657875368018431748288970976676142274292684804746419660406450103292157302265759",
                "0x1.32009c3764166p-395",
                "0x1.282ddd5558d74p+687",
            ),
            (
                "323901664564338084647015331962173560792368732745189149384617696659588685833808321975280676930",
                "102030893006235660779493412554839298546396533465951941911542090241401607940462224564805332096301616645",
                "0x1.b44e5fa6d8cc9p-29",
                "0x1.3e0340e557a4ap+307",
            ),
            (
                "3129112093507805506244683373242581817493593436980095524728145893035740365956680943499358617987814329428045010719182314873225705391873803311161487700048385127490173049781982526183908831149440334207525816183908516155517994822528207005900239653655226043685650613503370244769664468986687793670162531877386143170958079288883101",
                "5292303386885201731753922113814392774751674915031848684216760896367937452224443519706935795208016627094326959305311234889543270157326329846457187421026339751724071623076904222863858028033647569348268964823250665886473681731951091544428121282749410962316729685969469599819361371126686902305005106472644367",
                "0x1.0692272b12d9dp+59",
                "overflow",
            ),
            (
                "63",
                "2703935582993647222110307296",
                "0x1.cd7dd98641133p-86",
                "0x1.f800000000000p+5",
            ),
            (
                "3367419905472350455749639564888357700753167220184344299639417723140334271822038693456833087950971120712996189148",
                "29053746",
                "0x1.9dfca597f0c94p+345",
                "0x1.66755e297b238p+370",
            ),
            (
                "-46265353969356647341148582291721207502701886664137684745917898368976210612027927709345168276888706770461816173752201710993450965263817834089882920387245808307040339788965852261205136354344271496053075079487351330698734418469297188919368650833754667324040229916525134768133066881031536960930590113084148896987615999",
                "19422447403296928299663397312460466232845878684594960982408622963074902122425371747039934463695562419965383794974188156943770312524268304704534706683146630652460517451201387060730155151979648006254435867652939073698405953213244161014858773994730621653951251639682203294207615964576383428229183681172592595",
                "-0x1.1bf69321a5c47p+31",
                "overflow",
            ),
            (
                "1040637474944973478378035290922612984907716663604452787531096558258471795522235717723713775345358376984489867346307532237327604283374394872534759534712199052670561559",
                "2145902517083297358887542804382747326848697944883346191290099192165999436326581009829431938351566770574828953288998986478282965672555399210985320207",
                "0x1.aeb6f63f138c6p+58",
                "0x1.2122c0f11f44dp+548",
            ),
        ];
        for (a, b, q, fa) in cases {
            let (a, b) = (big(a), big(b));
            let got = int_true_divide(&a, &b)
                .map(float_to_hex)
                .unwrap_or_else(|| "overflow".to_string());
            assert_eq!(got, *q);
            let got = bigint_to_f64(&a)
                .map(float_to_hex)
                .unwrap_or_else(|| "overflow".to_string());
            assert_eq!(got, *fa);
        }
    }
}
