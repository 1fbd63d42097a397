//! `str.encode`: the built-in text codecs (UTF-8/16/32, ASCII, Latin-1)
//! with the standard error handlers, raising `UnicodeEncodeError` with
//! CPython's attributes (encoding, object, start, end, reason) and message.

use crate::vm::args::Args;
use crate::vm::errors::{type_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::state::Vm;
use crate::vm::types::exception::{as_exception, new_exception};
use crate::vm::types::int::{new_int, to_i64};
use crate::vm::types::registry::{exc, ExcKind};
use crate::vm::types::str::{as_str, intern, new_str, new_string};
use crate::vm::value::Value;

use crate::vm::types::bytes_codec::{find_codec, Codec};

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.args[0].clone();
    let s = as_str(&this).unwrap_or("");
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [encoding, errors] = rest.bind("encode", ["encoding", "errors"], 0)?;
    let enc = match &encoding {
        None => "utf-8",
        Some(v) => as_str(v).ok_or_else(|| {
            type_error(format!("encode() argument 'encoding' must be str, not {}", crate::vm::types::typeobj::type_name(v)))
        })?,
    };
    let errs = match &errors {
        None => "strict",
        Some(v) => as_str(v).ok_or_else(|| {
            type_error(format!("encode() argument 'errors' must be str, not {}", crate::vm::types::typeobj::type_name(v)))
        })?,
    };
    let (name, codec) =
        find_codec(enc)?;
    let bytes = encode_str(&this, s, name, codec, errs)?;
    Ok(crate::vm::types::bytes::new_bytes(bytes))
}

fn encode_str(obj: &Value, s: &str, name: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    // CPython's cp1252 is a charmap codec and its errors name that.
    let name = if codec == Codec::Cp1252 { "charmap" } else { name };
    match codec {
        // Rust strings hold no lone surrogates, so UTF-8/16/32 never fail.
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = order.unwrap_or(false);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let be = order.unwrap_or(false);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            if codec == Codec::Ascii && s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            // The byte for a character, None if this single-byte codec cannot encode it.
            let map = |c: char| -> Option<u8> {
                let n = c as u32;
                if codec != Codec::Cp1252 {
                    return (n < limit).then_some(n as u8);
                }
                if n < 0x80 || (0xa0..0x100).contains(&n) {
                    return Some(n as u8);
                }
                let i = crate::vm::types::bytes_codec::CP1252_HIGH.iter().position(|&u| u != 0 && u as u32 == n)?;
                Some(0x80 + i as u8)
            };
            let reason = if codec == Codec::Cp1252 {
                "character maps to <undefined>".to_string()
            } else {
                format!("ordinal not in range({limit})")
            };
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                if let Some(b) = map(chars[i]) {
                    out.push(b);
                    i += 1;
                    continue;
                }
                // A run of unencodable characters is reported (and replaced) at once.
                let start = i;
                while i < chars.len() && map(chars[i]).is_none() {
                    i += 1;
                }
                match errors {
                    "strict" => {
                        return Err(encode_error(name, obj, start, i, &reason));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', i - start)),
                    "backslashreplace" => {
                        for &ch in &chars[start..i] {
                            out.extend_from_slice(escape_char(ch).as_bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &ch in &chars[start..i] {
                            out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                        }
                    }
                    "namereplace" => {
                        for &ch in &chars[start..i] {
                            out.extend_from_slice(escape_char(ch).as_bytes());
                        }
                    }
                    "surrogateescape" | "surrogatepass" => {
                        return Err(encode_error(name, obj, start, start + 1, &reason));
                    }
                    other => {
                        return Err(PyErr::msg(ExcKind::LookupError, format!("unknown error handler name '{other}'")))
                    }
                }
            }
            Ok(out)
        }
    }
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// A UnicodeEncodeError carrying CPython's five arguments and attributes.
fn encode_error(encoding: &str, obj: &Value, start: usize, end: usize, reason: &str) -> PyErr {
    let s = as_str(obj).unwrap_or("");
    let obj = new_str(s);
    let args = vec![new_str(encoding), obj.clone(), new_int(start as i64), new_int(end as i64), new_str(reason)];
    let e = new_exception(exc(ExcKind::UnicodeEncodeError), args.clone());
    for (name, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(args) {
        set_instance_attr(&e, name, v);
    }
    PyErr::new(e)
}

fn set_instance_attr(v: &Value, name: &str, val: Value) {
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

/// `UnicodeEncodeError.__str__`: the codec message built from the five
/// arguments, like CPython; other argument shapes print as BaseException.
pub fn unicode_encode_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__str__", 1)?;
    let args = as_exception(&v[0]).map(|e| e.args_vec()).unwrap_or_default();
    if args.len() == 5 {
        if let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) =
            (as_str(&args[0]), as_str(&args[1]), to_i64(&args[2]), to_i64(&args[3]), as_str(&args[4]))
        {
            let n = obj.chars().count() as i64;
            if start >= 0 && start < n && end == start + 1 {
                let c = obj.chars().nth(start as usize).unwrap_or('\0');
                let esc = escape_char(c);
                return Ok(new_string(format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")));
            }
            return Ok(new_string(format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            )));
        }
    }
    crate::vm::types::exception_ops::exc_str(vm, a)
}
