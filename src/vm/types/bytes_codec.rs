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

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn lookup_codec(enc: &str) -> PyResult<Codec> {
    let n = enc.to_ascii_lowercase().replace(['_', ' '], "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" => Ok(Codec::Latin1),
        _ => Err(PyErr::msg(ExcKind::LookupError, format!("unknown encoding: {enc}"))),
    }
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
    }
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

/// UnicodeEncodeError(encoding, object, start, end, reason).
pub fn encode_error(enc: &str, obj: &str, start: usize, end: usize, reason: &str) -> PyErr {
    unicode_error(
        ExcKind::UnicodeEncodeError,
        vec![new_str(enc), new_str(obj), new_int(start as i64), new_int(end as i64), new_str(reason)],
    )
}

/// Is `b` a byte that can never start a UTF-8 sequence?
fn bad_lead(b: u8) -> bool {
    (0x80..0xc2).contains(&b) || b >= 0xf5
}

/// Decode `b` with the named codec and error handler.
pub fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(encoding)?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                    continue;
                }
                match errors {
                    "strict" => return Err(decode_error("ascii", b, i, i + 1, "ordinal not in range(128)")),
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{c:02x}")),
                    "surrogateescape" => out.push('\u{fffd}'),
                    _ => return Err(unknown_handler(errors)),
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
                        match errors {
                            "strict" => return Err(decode_error("utf-8", b, start, start + len, reason)),
                            "ignore" => {}
                            "replace" | "surrogateescape" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for c in &rest[good..good + len] {
                                    out.push_str(&format!("\\x{c:02x}"));
                                }
                            }
                            _ => return Err(unknown_handler(errors)),
                        }
                        rest = &rest[good + len..];
                        base = start + len;
                    }
                }
            }
        }
    }
}

/// Encode `s` with the named codec and error handler.
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let reason = if codec == Codec::Ascii { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                return Err(encode_error(codec_name(codec), s, i, j, reason));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let n = c as u32;
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            _ => return Err(unknown_handler(errors)),
        }
        i += 1;
    }
    Ok(out)
}

/// bytes.decode / str(b, encoding, errors).
pub fn decode_value(_vm: &mut Vm, v: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
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

fn encode_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unicode_str(vm, a, false)
}

pub fn register() {
    let d = exc(ExcKind::UnicodeDecodeError);
    method(&d, "__init__", unicode_init);
    method(&d, "__str__", decode_error_str);
    let e = exc(ExcKind::UnicodeEncodeError);
    method(&e, "__init__", unicode_init);
    method(&e, "__str__", encode_error_str);
}
