//! Text codecs for bytes.decode / str(b, enc) / bytes(s, enc): UTF-8, ASCII
//! and Latin-1 with the strict/ignore/replace/backslashreplace handlers, and
//! UnicodeDecodeError / UnicodeEncodeError with CPython's attributes and
//! messages.

use crate::vm::args::Args;
use crate::vm::builtins_registry::method;
use crate::vm::errors::{type_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::bytes::new_bytes;
use crate::vm::types::exception::{as_exception, new_exception};
use crate::vm::types::int::new_int;
use crate::vm::types::registry::{exc, none, ExcKind};
use crate::vm::types::str::{as_str, intern, new_str, new_string};
use crate::vm::types::tuple::new_tuple;
use crate::vm::value::Value;

/// The codecs implemented here (shared by `str.encode` and `bytes.decode`).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// Byte order: None = detect a BOM (little-endian without one), Some(true) = big-endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    Cp1252,
}

/// Windows-1252's 0x80..0x9F (0 = undefined; the rest is Latin-1).
pub(crate) const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// CPython's `encodings.normalize_encoding` plus the alias table entries
/// for the codecs we implement. Returns (canonical name, codec).
pub(crate) fn lookup_codec(name: &str) -> Option<(&'static str, Codec)> {
    let mut norm = String::new();
    let mut pending_sep = false;
    for c in name.trim().chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending_sep && !norm.is_empty() {
                norm.push('_');
            }
            pending_sep = false;
            norm.extend(c.to_lowercase());
        } else {
            pending_sep = true;
        }
    }
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => ("utf-8", Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => ("ascii", Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => ("latin-1", Codec::Latin1),
        "utf_16" | "utf16" | "u16" => ("utf-16", Codec::Utf16(None)),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => ("utf-16-le", Codec::Utf16(Some(false))),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => ("utf-16-be", Codec::Utf16(Some(true))),
        "utf_32" | "utf32" | "u32" => ("utf-32", Codec::Utf32(None)),
        "utf_32_le" | "utf_32le" => ("utf-32-le", Codec::Utf32(Some(false))),
        "utf_32_be" | "utf_32be" => ("utf-32-be", Codec::Utf32(Some(true))),
        "cp1252" | "windows_1252" | "1252" => ("cp1252", Codec::Cp1252),
        _ => return None,
    })
}

/// `lookup_codec`, or CPython's LookupError for an unknown encoding.
pub(crate) fn find_codec(enc: &str) -> PyResult<(&'static str, Codec)> {
    lookup_codec(enc).ok_or_else(|| PyErr::msg(ExcKind::LookupError, format!("unknown encoding: {enc}")))
}

/// Apply the `errors` handler to the undecodable bytes `b[start..end]`.
fn on_decode_error(out: &mut String, name: &str, b: &[u8], start: usize, end: usize, reason: &str, errors: &str) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(name, b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" | "surrogateescape" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for c in &b[start..end] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

fn decode_utf16(b: &[u8], order: Option<bool>, errors: &str) -> PyResult<String> {
    let (mut i, be) = match (order, b) {
        (None, [0xff, 0xfe, ..]) => (2, false),
        (None, [0xfe, 0xff, ..]) => (2, true),
        (o, _) => (0, o.unwrap_or(false)),
    };
    let name = if be { "utf-16-be" } else { "utf-16-le" };
    let unit = |i: usize| if be { u16::from_be_bytes([b[i], b[i + 1]]) } else { u16::from_le_bytes([b[i], b[i + 1]]) };
    let mut out = String::with_capacity(b.len() / 2);
    while i < b.len() {
        if i + 2 > b.len() {
            on_decode_error(&mut out, name, b, i, b.len(), "truncated data", errors)?;
            break;
        }
        let u = unit(i);
        match u {
            0xd800..=0xdbff => {
                if i + 4 > b.len() {
                    on_decode_error(&mut out, name, b, i, b.len(), "unexpected end of data", errors)?;
                    break;
                }
                let u2 = unit(i + 2);
                if (0xdc00..=0xdfff).contains(&u2) {
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                } else {
                    on_decode_error(&mut out, name, b, i, i + 2, "illegal UTF-16 surrogate", errors)?;
                    i += 2;
                }
            }
            0xdc00..=0xdfff => {
                on_decode_error(&mut out, name, b, i, i + 2, "illegal encoding", errors)?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    Ok(out)
}

fn decode_utf32(b: &[u8], order: Option<bool>, errors: &str) -> PyResult<String> {
    let (mut i, be) = match (order, b) {
        (None, [0xff, 0xfe, 0, 0, ..]) => (4, false),
        (None, [0, 0, 0xfe, 0xff, ..]) => (4, true),
        (o, _) => (0, o.unwrap_or(false)),
    };
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(b.len() / 4);
    while i < b.len() {
        if i + 4 > b.len() {
            on_decode_error(&mut out, name, b, i, b.len(), "truncated data", errors)?;
            break;
        }
        let w = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let c = if be { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) };
        if (0xd800..0xe000).contains(&c) {
            on_decode_error(&mut out, name, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors)?;
        } else {
            match char::from_u32(c) {
                Some(ch) => out.push(ch),
                None => on_decode_error(&mut out, name, b, i, i + 4, "code point not in range(0x110000)", errors)?,
            }
        }
        i += 4;
    }
    Ok(out)
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::msg(ExcKind::LookupError, format!("unknown error handler name '{errors}'"))
}

fn set_attr(v: &Value, name: &str, val: Value) {
    if let Some(o) = v.as_obj() {
        let d = match o.dict.get() {
            Some(d) => d,
            None => {
                let d = crate::vm::types::module::new_dict_value();
                o.dict.set(Some(d.clone()));
                d
            }
        };
        if let Payload::Dict(dd) = &d.as_obj().unwrap().payload {
            dd.set_str(intern(name), val);
        }
    }
}

fn get_attr(v: &Value, name: &str) -> Option<Value> {
    v.as_obj()?.dict.get().and_then(|d| match &d.as_obj()?.payload {
        Payload::Dict(dd) => dd.get_str(name),
        _ => None,
    })
}

fn unicode_error(kind: ExcKind, args: Vec<Value>) -> PyErr {
    let e = new_exception(exc(kind), args.clone());
    set_fields(&e, &args);
    PyErr::new(e)
}

fn set_fields(e: &Value, args: &[Value]) {
    if args.len() == 5 {
        for (n, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(args.iter()) {
            set_attr(e, n, v.clone());
        }
    }
}

/// UnicodeDecodeError(encoding, object, start, end, reason).
pub fn decode_error(enc: &str, obj: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    unicode_error(
        ExcKind::UnicodeDecodeError,
        vec![new_str(enc), new_bytes(obj.to_vec()), new_int(start as i64), new_int(end as i64), new_str(reason)],
    )
}

/// Is `b` a byte that can never start a UTF-8 sequence?
fn bad_lead(b: u8) -> bool {
    (0x80..0xc2).contains(&b) || b >= 0xf5
}

/// Decode `b` with the named codec and error handler.
pub fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let (_, codec) = find_codec(encoding)?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Utf16(order) => decode_utf16(b, order, errors),
        Codec::Utf32(order) => decode_utf32(b, order, errors),
        Codec::Cp1252 => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                let u = if (0x80..0xa0).contains(&c) { CP1252_HIGH[(c - 0x80) as usize] as u32 } else { c as u32 };
                match char::from_u32(u).filter(|_| u != 0 || c == 0) {
                    Some(ch) => out.push(ch),
                    None => on_decode_error(&mut out, "charmap", b, i, i + 1, "character maps to <undefined>", errors)?,
                }
            }
            Ok(out)
        }
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    on_decode_error(&mut out, "ascii", b, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let start = base + good;
                        let (len, reason) = match e.error_len() {
                            Some(n) if bad_lead(rest[good]) => (n, "invalid start byte"),
                            Some(n) => (n, "invalid continuation byte"),
                            None => (rest.len() - good, "unexpected end of data"),
                        };
                        on_decode_error(&mut out, "utf-8", b, start, start + len, reason, errors)?;
                        rest = &rest[good + len..];
                        base = start + len;
                    }
                }
            }
        }
    }
}

/// Encode `s` (a str object) with str.encode's codecs and error handlers.
pub fn encode_text(vm: &mut Vm, s: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let r = crate::vm::types::str_encode::str_encode(vm, Args::new(&[s.clone(), new_str(encoding), new_str(errors)]))?;
    Ok(crate::vm::types::bytes::as_bytes(&r).map(|b| b.to_vec()).unwrap_or_default())
}

/// Is `encoding` a codec we know? (LookupError "unknown encoding: x" if not.)
pub fn check_codec(encoding: &str) -> PyResult<()> {
    find_codec(encoding).map(drop)
}

/// bytes.decode / str(b, encoding, errors).
pub fn decode_value(_vm: &mut Vm, v: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    // Argument types are checked before the object, as CPython's parser does.
    let enc = match encoding {
        Some(e) => as_str(e)
            .ok_or_else(|| type_error(format!("str() argument 'encoding' must be str, not {}", crate::vm::types::typeobj::type_name(e))))?
            .to_string(),
        None => "utf-8".into(),
    };
    let errs = match errors {
        Some(e) => as_str(e)
            .ok_or_else(|| type_error(format!("str() argument 'errors' must be str, not {}", crate::vm::types::typeobj::type_name(e))))?
            .to_string(),
        None => "strict".into(),
    };
    let b = match crate::vm::types::bytes_methods::buffer_bytes(v) {
        Some(b) => b,
        None if as_str(v).is_some() => return Err(type_error("decoding str is not supported")),
        None => {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                crate::vm::types::typeobj::type_name(v)
            )))
        }
    };
    decode_bytes(&b, &enc, &errs).map(new_string)
}

// ------------------------------------------------------------------ exception classes

fn unicode_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    let args = p[1..].to_vec();
    if let Some(e) = as_exception(&p[0]) {
        e.args.set(Some(new_tuple(args.clone())));
    }
    set_fields(&p[0], &args);
    Ok(none())
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn unicode_str(vm: &mut Vm, a: Args, decode: bool) -> PyResult<Value> {
    let v = &a.pos()[0];
    let fields: Option<Vec<Value>> = ["encoding", "object", "start", "end", "reason"].iter().map(|n| get_attr(v, n)).collect();
    let Some(f) = fields else {
        return crate::vm::types::exception_ops::exception_str(vm, v).map(new_string);
    };
    let enc = ops::str_string(vm, &f[0])?;
    let reason = ops::str_string(vm, &f[4])?;
    let start = f[2].as_small_int().unwrap_or(0);
    let end = f[3].as_small_int().unwrap_or(0);
    if decode {
        if let Some(b) = crate::vm::types::bytes::as_bytes(&f[1]) {
            if end == start + 1 && start >= 0 && (start as usize) < b.len() {
                return Ok(new_string(format!(
                    "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    b[start as usize]
                )));
            }
        }
        return Ok(new_string(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)));
    }
    if let Some(s) = as_str(&f[1]) {
        if end == start + 1 && start >= 0 {
            if let Some(c) = s.chars().nth(start as usize) {
                return Ok(new_string(format!(
                    "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
                    char_escape(c)
                )));
            }
        }
    }
    Ok(new_string(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1)))
}

fn decode_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unicode_str(vm, a, true)
}

pub fn register() {
    let d = exc(ExcKind::UnicodeDecodeError);
    method(&d, "__init__", unicode_init);
    method(&d, "__str__", decode_error_str);
    // UnicodeEncodeError.__str__ lives with str.encode (str_encode.rs).
    method(&exc(ExcKind::UnicodeEncodeError), "__init__", unicode_init);
}
