//! Python-visible methods of `bytes` and `bytearray`: constructors, the
//! search/split/transform methods shared by both, bytearray's mutators and
//! the dunders subclasses and explicit calls need. Codecs live in
//! `bytes_codec` (decode/encode and UnicodeDecodeError).

use crate::vm::args::Args;
use crate::vm::builtins_registry::{attr, class_method, method, static_method};
use crate::vm::errors::{index_error, type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::bytes::{as_bytes, new_bytearray, new_bytes};
use crate::vm::types::bytes_codec::{decode_bytes, encode_text};
use crate::vm::types::int::new_int;
use crate::vm::types::list::new_list;
use crate::vm::types::registry::{none, not_implemented, py_bool, types, ExcKind};
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

pub use crate::vm::types::bytes_codec::decode_value;

// ------------------------------------------------------------------ helpers

/// The bytes of any bytes-like object (bytes, bytearray, memoryview), copied.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    match as_bytes(v) {
        Some(b) => Some(b.to_vec()),
        None => crate::vm::types::memoryview::view_bytes(v),
    }
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.payload), Some(Payload::ByteArray(_)))
}

/// A result of the same kind as `like`: bytearray methods return bytearrays.
fn make(like: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

fn kind_name(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// `self` of a method, copied out (a bytearray may change under us).
fn self_bytes(a: &Args, name: &str) -> PyResult<Vec<u8>> {
    a.args.first().and_then(|v| as_bytes(v).map(|b| b.to_vec())).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            a.args.first().map(type_name).unwrap_or_default()
        ))
    })
}

/// A bytes-like argument, or "a bytes-like object is required, not 'X'".
fn arg_buf(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// The sub-sequence argument of find/count/index: bytes-like or an int.
fn arg_sub(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if crate::vm::types::int::is_int_like(v) || lookup(&class_of(v), "__index__").is_some() {
        let i = ops::index_value(vm, v)?;
        if !(0..=255).contains(&i) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![i as u8]);
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v))))
}

/// A slice bound (None allowed), adjusted like CPython's ADJUST_INDICES.
fn bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize, is_end: bool) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) if ops::is_none(v) => Ok(default),
        Some(v) => {
            let i = ops::index_value(vm, v).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error("slice indices must be integers or None or have an __index__ method")
                } else {
                    e
                }
            })?;
            // Only the end is clamped: a start past the end means "not found".
            let len = len as i64;
            let j = if i < 0 { (i + len).max(0) } else { i };
            Ok(if is_end { j.min(len) } else { j } as usize)
        }
    }
}

fn find_at(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_at(hay, needle, i) {
        n += 1;
        i = p + needle.len();
    }
    n
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => ops::index_value(vm, v),
    }
}

// ------------------------------------------------------------------ constructors

/// The bytes for `bytes(x)` / `bytearray(x)` (no encoding given).
fn bytes_source(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if as_str(v).is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if crate::vm::types::int::is_int_like(v) || lookup(&class_of(v), "__index__").is_some() {
        let n = ops::index_value(vm, v)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if ops::iter(vm, v).is_err() {
        return Err(type_error(format!("cannot convert '{}' object to {what}", type_name(v))));
    }
    let items = ops::collect(vm, v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = ops::index_value(vm, it)?;
        if !(0..=255).contains(&i) {
            return Err(value_error(if what == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" }));
        }
        out.push(i as u8);
    }
    Ok(out)
}

/// Shared argument handling of bytes(source, encoding, errors) and bytearray(...).
fn construct(vm: &mut Vm, a: &Args, what: &str) -> PyResult<Vec<u8>> {
    let [src, encoding, errors] = a.bind(what, ["source", "encoding", "errors"], 0)?;
    let Some(src) = src else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
        }
        return Ok(vec![]);
    };
    if let Some(s) = as_str(&src) {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = as_str(&enc).ok_or_else(|| type_error(format!("{what}() argument 'encoding' must be str, not {}", type_name(&enc))))?.to_string();
        let errs = match &errors {
            Some(e) => as_str(e).ok_or_else(|| type_error(format!("{what}() argument 'errors' must be str, not {}", type_name(e))))?.to_string(),
            None => "strict".to_string(),
        };
        let _ = s;
        return encode_text(vm, &src, &enc, &errs);
    }
    if encoding.is_some() || errors.is_some() {
        return Err(type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
    }
    if what == "bytes" {
        if let Some(f) = lookup(&class_of(&src), "__bytes__") {
            let r = crate::vm::call::call_unbound(vm, &f, &src, &[])?;
            return as_bytes(&r)
                .map(|b| b.to_vec())
                .ok_or_else(|| type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r))));
        }
    }
    bytes_source(vm, &src, what)
}

fn bytes_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    if cls.is(&types().bytes) && rest.args.len() == 1 && !rest.has_kw() {
        if let Some(Payload::Bytes(_)) = rest.args[0].as_obj().map(|o| &o.payload) {
            if class_of(&rest.args[0]).is(&types().bytes) {
                return Ok(rest.args[0].clone());
            }
        }
    }
    let b = construct(vm, &rest, "bytes")?;
    if cls.is(&types().bytes) {
        return Ok(new_bytes(b));
    }
    Ok(heap::alloc(cls, Payload::Bytes(b.into_boxed_slice())))
}

fn bytearray_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    Ok(heap::alloc(cls, Payload::ByteArray(crate::vm::atomic_buf::ByteBuf::default())))
}

fn bytearray_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.args[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let b = construct(vm, &rest, "bytearray")?;
    let _guard = check_mutable(&me, "bytearray.__init__")?;
    if let Some(Payload::ByteArray(v)) = me.as_obj().map(|o| &o.payload) {
        v.replace(&b);
    }
    Ok(none())
}

fn fromhex_bytes(s: &Value) -> PyResult<Vec<u8>> {
    let s = as_str(s).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", type_name(s))))?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let hexval = |c: char| c.to_digit(16);
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = hexval(chars[i]).ok_or_else(|| value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
        let lo = chars
            .get(i + 1)
            .and_then(|&c| hexval(c))
            .ok_or_else(|| value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex` / `bytearray.fromhex` (a subclass is called with the result).
fn fromhex_entry(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("fromhex", 2)?;
    let cls = v[0].clone();
    let out = fromhex_bytes(&v[1])?;
    if cls.is(&types().bytes) {
        return Ok(new_bytes(out));
    }
    if cls.is(&types().bytearray) {
        return Ok(new_bytearray(out));
    }
    let b = if crate::vm::types::typeobj::is_subclass(&cls, &types().bytearray) { new_bytearray(out) } else { new_bytes(out) };
    crate::vm::call::call(vm, &cls, &[b], &[])
}

/// The hex() of a byte string, with an optional separator every `group` bytes
/// (counted from the right when `group` > 0, from the left when < 0).
pub fn hex_with_sep(b: &[u8], sep: Option<char>, group: i64) -> String {
    let digits = |x: u8| format!("{x:02x}");
    let Some(sep) = sep.filter(|_| group != 0 && !b.is_empty()) else {
        return b.iter().map(|&x| digits(x)).collect();
    };
    let g = group.unsigned_abs() as usize;
    let mut out = String::new();
    let n = b.len();
    for (i, &x) in b.iter().enumerate() {
        if i > 0 {
            let boundary = if group > 0 { (n - i).is_multiple_of(g) } else { i.is_multiple_of(g) };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&digits(x));
    }
    out
}

/// Shared by bytes.hex, bytearray.hex and memoryview.hex.
pub fn hex_method(vm: &mut Vm, b: &[u8], sep: Option<&Value>, group: Option<&Value>) -> PyResult<Value> {
    let sep_c = match sep {
        None => None,
        Some(s) => {
            let chars: Vec<char> = if let Some(st) = as_str(s) {
                st.chars().collect()
            } else if let Some(bb) = buffer_bytes(s) {
                bb.iter().map(|&c| c as char).collect()
            } else {
                return Err(type_error("sep must be str or bytes."));
            };
            if chars.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !chars[0].is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(chars[0])
        }
    };
    let g = int_arg(vm, group, 1)?;
    Ok(new_string(hex_with_sep(b, sep_c, g)))
}

fn bytes_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "hex")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [sep, group] = rest.bind("hex", ["sep", "bytes_per_sep"], 0)?;
    hex_method(vm, &b, sep.as_ref(), group.as_ref())
}

fn bytes_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "decode")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [enc, errs] = rest.bind("decode", ["encoding", "errors"], 0)?;
    let enc = match &enc {
        Some(e) => as_str(e).ok_or_else(|| type_error(format!("decode() argument 'encoding' must be str, not {}", type_name(e))))?.to_string(),
        None => "utf-8".into(),
    };
    let errs = match &errs {
        Some(e) => as_str(e).ok_or_else(|| type_error(format!("decode() argument 'errors' must be str, not {}", type_name(e))))?.to_string(),
        None => "strict".into(),
    };
    let _ = vm;
    decode_bytes(&b, &enc, &errs).map(new_string)
}

// ------------------------------------------------------------------ searching

/// (haystack window, offset) for find/count/index/startswith with start/end.
fn window(vm: &mut Vm, b: &[u8], start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let s = bound(vm, start, b.len(), 0, false)?;
    let e = bound(vm, end, b.len(), b.len(), true)?;
    Ok((s, e))
}

fn search(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let b = self_bytes(a, name)?;
    let p = a.range(name, 2, 4)?;
    let sub = arg_sub(vm, &p[1])?;
    let (s, e) = window(vm, &b, p.get(2), p.get(3))?;
    if s > e || (e - s) < sub.len() {
        return Ok(None);
    }
    let hay = &b[s..e];
    Ok(if rev { rfind_in(hay, &sub) } else { find_at(hay, &sub, 0) }.map(|i| i + s))
}

fn bytes_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_int(search(vm, &a, "find", false)?.map_or(-1, |i| i as i64)))
}

fn bytes_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_int(search(vm, &a, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn bytes_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    search(vm, &a, "index", false)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("subsection not found"))
}

fn bytes_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    search(vm, &a, "rindex", true)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("subsection not found"))
}

fn bytes_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "count")?;
    let p = a.range("count", 2, 4)?;
    let sub = arg_sub(vm, &p[1])?;
    let (s, e) = window(vm, &b, p.get(2), p.get(3))?;
    if s > e {
        return Ok(new_int(0));
    }
    Ok(new_int(count_in(&b[s..e], &sub) as i64))
}

fn prefix_check(vm: &mut Vm, a: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    let p = a.range(name, 2, 4)?;
    let (s, e) = window(vm, &b, p.get(2), p.get(3))?;
    let cands: Vec<Value> = match as_tuple(&p[1]) {
        Some(t) => t.to_vec(),
        None => vec![p[1].clone()],
    };
    let is_tuple = as_tuple(&p[1]).is_some();
    for c in &cands {
        let Some(sub) = buffer_bytes(c) else {
            return Err(type_error(if is_tuple {
                format!("a bytes-like object is required, not '{}'", type_name(c))
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(c))
            }));
        };
        if s > b.len() || s > e || e - s < sub.len() {
            continue;
        }
        let hay = &b[s..e];
        let ok = if suffix { hay.ends_with(&sub) } else { hay.starts_with(&sub) };
        if ok {
            return Ok(py_bool(true));
        }
    }
    Ok(py_bool(false))
}

fn bytes_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_check(vm, &a, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_check(vm, &a, "endswith", true)
}

// ------------------------------------------------------------------ split / join

fn split_whitespace(b: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    let mut splits = 0;
    loop {
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(b[i..].to_vec());
            break;
        }
        let st = i;
        while i < n && !is_space(b[i]) {
            i += 1;
        }
        out.push(b[st..i].to_vec());
        splits += 1;
    }
    out
}

fn rsplit_whitespace(b: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = b.len();
    let mut splits = 0;
    loop {
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(b[..i].to_vec());
            break;
        }
        let end = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(b[i..end].to_vec());
        splits += 1;
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [sep, maxsplit] = rest.bind(name, ["sep", "maxsplit"], 0)?;
    let maxsplit = int_arg(vm, maxsplit.as_ref(), -1)?;
    let parts = match sep.filter(|s| !ops::is_none(s)) {
        None => {
            if rev {
                rsplit_whitespace(&b, maxsplit)
            } else {
                split_whitespace(&b, maxsplit)
            }
        }
        Some(s) => {
            let sep = arg_buf(&s)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut out = Vec::new();
            if rev {
                let mut end = b.len();
                let mut n = 0;
                while maxsplit < 0 || n < maxsplit {
                    match rfind_in(&b[..end], &sep) {
                        Some(p) => {
                            out.push(b[p + sep.len()..end].to_vec());
                            end = p;
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push(b[..end].to_vec());
                out.reverse();
            } else {
                let mut st = 0;
                let mut n = 0;
                while maxsplit < 0 || n < maxsplit {
                    match find_at(&b, &sep, st) {
                        Some(p) => {
                            out.push(b[st..p].to_vec());
                            st = p + sep.len();
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push(b[st..].to_vec());
            }
            out
        }
    };
    let me = &a.args[0];
    Ok(new_list(parts.into_iter().map(|p| make(me, p)).collect()))
}

fn bytes_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, "rsplit", true)
}

fn bytes_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "splitlines")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [keep] = rest.bind("splitlines", ["keepends"], 0)?;
    let keep = match keep {
        Some(k) => ops::truthy(vm, &k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    while i < n {
        let st = i;
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            eol = if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' { i + 2 } else { i + 1 };
        }
        out.push(b[st..if keep { eol } else { i }].to_vec());
        i = eol;
    }
    let me = &a.args[0];
    Ok(new_list(out.into_iter().map(|p| make(me, p)).collect()))
}

fn bytes_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = self_bytes(&a, "join")?;
    let v = a.exact("join", 2)?;
    let items = ops::collect(vm, &v[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer_bytes(it) {
            Some(b) => out.extend_from_slice(&b),
            None => return Err(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(it)))),
        }
    }
    Ok(make(&v[0], out))
}

fn partition_impl(a: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    let v = a.exact(name, 2)?;
    let sep = arg_buf(&v[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let me = &v[0];
    let pos = if rev { rfind_in(&b, &sep) } else { find_at(&b, &sep, 0) };
    let parts = match pos {
        Some(p) => [b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], b.clone()],
        None => [b.clone(), vec![], vec![]],
    };
    Ok(new_tuple(parts.into_iter().map(|p| make(me, p)).collect()))
}

fn bytes_partition(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(&a, "partition", false)
}

fn bytes_rpartition(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(&a, "rpartition", true)
}

fn bytes_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "replace")?;
    let p = a.range("replace", 3, 4)?;
    let old = arg_buf(&p[1])?;
    let new = arg_buf(&p[2])?;
    let count = int_arg(vm, p.get(3), -1)?;
    let mut out = Vec::new();
    let mut n = 0;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            let _ = i;
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
        }
        return Ok(make(&p[0], out));
    }
    let mut i = 0;
    while count < 0 || n < count {
        match find_at(&b, &old, i) {
            Some(pos) => {
                out.extend_from_slice(&b[i..pos]);
                out.extend_from_slice(&new);
                i = pos + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(make(&p[0], out))
}

// ------------------------------------------------------------------ strip / pad

fn strip_impl(a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    let p = a.range(name, 1, 2)?;
    let chars: Option<Vec<u8>> = match p.get(1) {
        Some(c) if !ops::is_none(c) => Some(arg_buf(c)?),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(make(&p[0], b[s..e].to_vec()))
}

fn bytes_strip(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, "strip", true, true)
}
fn bytes_lstrip(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, "lstrip", true, false)
}
fn bytes_rstrip(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, "rstrip", false, true)
}

fn fill_arg(v: Option<&Value>, name: &str) -> PyResult<u8> {
    match v {
        None => Ok(b' '),
        Some(f) => match as_bytes(f) {
            Some(b) if b.len() == 1 => Ok(b[0]),
            _ => Err(type_error(format!("{name}() argument 2 must be a byte string of length 1, not {}", type_name(f)))),
        },
    }
}

fn pad_impl(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    let p = a.range(name, 2, 3)?;
    let width = ops::index_value(vm, &p[1])?;
    let fill = fill_arg(p.get(2), name)?;
    let n = b.len() as i64;
    if width <= n {
        return Ok(make(&p[0], b));
    }
    let total = (width - n) as usize;
    let (l, r) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        _ => {
            // CPython's centering: extra byte goes left when width is odd.
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(make(&p[0], out))
}

fn bytes_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, "center")
}
fn bytes_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, "ljust")
}
fn bytes_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, "rjust")
}

fn bytes_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "zfill")?;
    let p = a.exact("zfill", 2)?;
    let width = ops::index_value(vm, &p[1])?;
    if width <= b.len() as i64 {
        return Ok(make(&p[0], b));
    }
    let fill = width as usize - b.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&b);
    if !b.is_empty() && (b[0] == b'+' || b[0] == b'-') {
        out[0] = b[0];
        out[fill] = b'0';
    }
    Ok(make(&p[0], out))
}

fn bytes_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "expandtabs")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [ts] = rest.bind("expandtabs", ["tabsize"], 0)?;
    let ts = int_arg(vm, ts.as_ref(), 8)?;
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in &b {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(&a.args[0], out))
}

// ------------------------------------------------------------------ case / predicates

fn map_impl(a: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    let p = a.exact(name, 1)?;
    Ok(make(&p[0], f(&b)))
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if c.is_ascii_alphabetic() {
                if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            } else {
                c
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(b: &[u8]) -> Vec<u8> {
    b.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

fn swapcase_bytes(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .collect()
}

fn bytes_upper(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_impl(&a, "upper", |b| b.to_ascii_uppercase())
}
fn bytes_lower(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_impl(&a, "lower", |b| b.to_ascii_lowercase())
}
fn bytes_title(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_impl(&a, "title", title_bytes)
}
fn bytes_capitalize(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_impl(&a, "capitalize", capitalize_bytes)
}
fn bytes_swapcase(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_impl(&a, "swapcase", swapcase_bytes)
}

fn pred_impl(a: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = self_bytes(a, name)?;
    a.exact(name, 1)?;
    Ok(py_bool(f(&b)))
}

fn istitle_bytes(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn bytes_isalpha(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "isalpha", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()))
}
fn bytes_isdigit(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "isdigit", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()))
}
fn bytes_isalnum(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "isalnum", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric()))
}
fn bytes_isspace(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_space(c)))
}
fn bytes_islower(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "islower", |b| b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()))
}
fn bytes_isupper(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "isupper", |b| b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()))
}
fn bytes_istitle(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "istitle", istitle_bytes)
}
fn bytes_isascii(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_impl(&a, "isascii", |b| b.is_ascii())
}

// ------------------------------------------------------------------ translate / affixes

fn bytes_maketrans(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    let p = if p.len() == 3 { &p[1..] } else { p };
    if p.len() != 2 {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", p.len())));
    }
    let from = arg_buf(&p[0])?;
    let to = arg_buf(&p[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn bytes_translate(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "translate")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let p = rest.pos();
    if p.is_empty() {
        return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let table = if ops::is_none(&p[0]) { None } else { Some(arg_buf(&p[0])?) };
    if let Some(t) = &table {
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
    }
    let delete = match p.get(1).or_else(|| rest.kwarg("delete")) {
        Some(d) => arg_buf(d)?,
        None => vec![],
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make(&a.args[0], out))
}

fn bytes_removeprefix(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "removeprefix")?;
    let p = a.exact("removeprefix", 2)?;
    let pre = arg_buf(&p[1])?;
    Ok(make(&p[0], b.strip_prefix(pre.as_slice()).unwrap_or(&b).to_vec()))
}

fn bytes_removesuffix(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "removesuffix")?;
    let p = a.exact("removesuffix", 2)?;
    let suf = arg_buf(&p[1])?;
    Ok(make(&p[0], b.strip_suffix(suf.as_slice()).unwrap_or(&b).to_vec()))
}

// ------------------------------------------------------------------ bytearray mutators

fn ba_data<'a>(v: &'a Value, name: &str) -> PyResult<&'a crate::vm::atomic_buf::ByteBuf> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = ops::index_value(vm, v)?;
    if !(0..=255).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn ba_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("append", 2)?;
    let d = ba_data(&p[0], "append")?;
    let x = byte_arg(vm, &p[1])?;
    let _guard = check_mutable(&p[0], "bytearray.append")?;
    d.push(x);
    Ok(none())
}

fn ba_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("extend", 2)?;
    let d = ba_data(&p[0], "extend")?;
    let add = match buffer_bytes(&p[1]) {
        Some(b) => b,
        None => {
            if as_str(&p[1]).is_some() {
                return Err(type_error("expected iterable of integers; got: 'str'"));
            }
            if ops::iter(vm, &p[1]).is_err() {
                return Err(type_error(format!("can't extend bytearray with {}", type_name(&p[1]))));
            }
            let items = ops::collect(vm, &p[1])?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(byte_arg(vm, it)?);
            }
            out
        }
    };
    let _guard = check_mutable(&p[0], "bytearray.extend")?;
    d.extend_from_slice(&add);
    Ok(none())
}

fn ba_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("insert", 3)?;
    let d = ba_data(&p[0], "insert")?;
    let i = ops::index_value(vm, &p[1])?;
    let x = byte_arg(vm, &p[2])?;
    let _guard = check_mutable(&p[0], "bytearray.insert")?;
    d.with_mut(|v| {
        let n = v.len() as i64;
        let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(pos as usize, x);
    });
    Ok(none())
}

fn ba_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("pop", 1, 2)?;
    let d = ba_data(&p[0], "pop")?;
    let i = int_arg(vm, p.get(1), -1)?;
    let _guard = check_mutable(&p[0], "bytearray.pop")?;
    let n = d.len() as i64;
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    let j = j as usize;
    let x = d.byte(j).unwrap_or(0);
    d.splice(j, j + 1, &[]);
    Ok(new_int(x as i64))
}

fn ba_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("remove", 2)?;
    let d = ba_data(&p[0], "remove")?;
    let x = byte_arg(vm, &p[1])?;
    let _guard = check_mutable(&p[0], "bytearray.remove")?;
    let found = d.get().iter().position(|&c| c == x);
    match found {
        Some(i) => {
            d.splice(i, i + 1, &[]);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("clear", 1)?;
    let d = ba_data(&p[0], "clear")?;
    let _guard = check_mutable(&p[0], "bytearray.clear")?;
    d.replace(&[]);
    Ok(none())
}

fn ba_reverse(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("reverse", 1)?;
    let d = ba_data(&p[0], "reverse")?;
    let _guard = check_mutable(&p[0], "bytearray.reverse")?;
    d.with_mut(|v| v.reverse());
    Ok(none())
}

fn ba_copy(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("copy", 1)?;
    let d = ba_data(&p[0], "copy")?;
    Ok(new_bytearray(d.snapshot()))
}

// ------------------------------------------------------------------ dunders

fn d_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "__len__")?;
    Ok(new_int(b.len() as i64))
}

fn d_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__getitem__", 2)?;
    crate::vm::types::seq::getitem_impl(vm, &p[0], &p[1]).unwrap_or_else(|| Err(type_error("not subscriptable")))
}

fn d_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__setitem__", 3)?;
    crate::vm::types::seq::setitem_impl(vm, &p[0], &p[1], &p[2]).unwrap_or_else(|| Err(type_error("item assignment")))?;
    Ok(none())
}

fn d_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__delitem__", 2)?;
    crate::vm::types::seq::delitem_impl(vm, &p[0], &p[1]).unwrap_or_else(|| Err(type_error("item deletion")))?;
    Ok(none())
}

fn d_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__contains__", 2)?;
    crate::vm::types::bytes_ops::bytes_contains(vm, &p[0], &p[1]).map(py_bool)
}

fn d_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__iter__", 1)?;
    use crate::vm::types::iter::{new_iter, IterState};
    Ok(new_iter(types().iterator.clone(), IterState::Seq { seq: p[0].clone(), pos: 0 }))
}

fn d_add(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__add__", 2)?;
    let x = self_bytes(&a, "__add__")?;
    let Some(y) = buffer_bytes(&p[1]) else {
        return Err(type_error(format!("can't concat {} to {}", type_name(&p[1]), kind_name(&p[0]))));
    };
    let mut out = x;
    out.extend_from_slice(&y);
    Ok(make(&p[0], out))
}

fn d_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__mul__", 2)?;
    let x = self_bytes(&a, "__mul__")?;
    if !crate::vm::types::int::is_int_like(&p[1]) && lookup(&class_of(&p[1]), "__index__").is_none() {
        return Ok(not_implemented());
    }
    let n = ops::index_value(vm, &p[1])?.max(0) as usize;
    Ok(make(&p[0], x.repeat(n)))
}

fn d_mod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__mod__", 2)?;
    crate::vm::types::bytes_ops::bytes_percent(vm, &p[0], &p[1])
}

fn d_rmod(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("__rmod__", 2)?;
    Ok(not_implemented())
}

fn d_sizeof(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__sizeof__", 1)?;
    let b = self_bytes(&a, "__sizeof__")?;
    Ok(new_int(if is_bytearray(&p[0]) { 56 + b.len() as i64 + 1 } else { 33 + b.len() as i64 }))
}

fn d_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__iadd__", 2)?;
    let d = ba_data(&p[0], "__iadd__")?;
    let Some(y) = buffer_bytes(&p[1]) else {
        return Err(type_error(format!("can't concat {} to bytearray", type_name(&p[1]))));
    };
    let _guard = check_mutable(&p[0], "bytearray +=")?;
    d.extend_from_slice(&y);
    let _ = vm;
    Ok(p[0].clone())
}

fn d_imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__imul__", 2)?;
    let d = ba_data(&p[0], "__imul__")?;
    let n = ops::index_value(vm, &p[1])?.max(0) as usize;
    let _guard = check_mutable(&p[0], "bytearray *=")?;
    let v = d.get().repeat(n);
    d.replace(&v);
    Ok(p[0].clone())
}

fn cmp_impl(a: &Args, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let p = a.exact("__eq__", 2)?;
    let x = self_bytes(a, "__eq__")?;
    match buffer_bytes(&p[1]) {
        // bytes never compare equal to memoryviews from the bytes side? They do
        // in CPython via the buffer protocol, so accept any bytes-like object.
        Some(y) => Ok(py_bool(f(x.cmp(&y)))),
        None => Ok(not_implemented()),
    }
}

fn d_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_impl(&a, |o| o.is_eq())
}
fn d_ne(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_impl(&a, |o| o.is_ne())
}
fn d_lt(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_impl(&a, |o| o.is_lt())
}
fn d_le(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_impl(&a, |o| o.is_le())
}
fn d_gt(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_impl(&a, |o| o.is_gt())
}
fn d_ge(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp_impl(&a, |o| o.is_ge())
}

fn d_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "__hash__")?;
    Ok(new_int(crate::algo::hash::hash_bytes(&b)))
}

fn d_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__repr__", 1)?;
    let b = self_bytes(&a, "__repr__")?;
    let cls = class_of(&p[0]);
    Ok(new_string(if is_bytearray(&p[0]) {
        let name = crate::vm::types::typeobj::type_data(&cls).map(|t| t.name().to_string()).unwrap_or_default();
        crate::vm::types::repr::bytes_repr(&b, &format!("{name}("), ")")
    } else {
        crate::vm::types::repr::bytes_repr(&b, "", "")
    }))
}

fn d_bytes(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "__bytes__")?;
    let p = a.exact("__bytes__", 1)?;
    if class_of(&p[0]).is(&types().bytes) {
        return Ok(p[0].clone());
    }
    Ok(new_bytes(b))
}

fn d_getnewargs(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bytes(&a, "__getnewargs__")?;
    Ok(new_tuple(vec![new_bytes(b)]))
}

fn d_alloc(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__alloc__", 1)?;
    let d = ba_data(&p[0], "__alloc__")?;
    Ok(new_int(d.capacity().max(d.len() + 1) as i64))
}

pub fn register() {
    let t = types();
    let (b, ba) = (&t.bytes, &t.bytearray);
    static_method(b, "__new__", bytes_new);
    static_method(ba, "__new__", bytearray_new);
    method(ba, "__init__", bytearray_init);
    for cls in [b, ba] {
        class_method(cls, "fromhex", fromhex_entry);
        static_method(cls, "maketrans", bytes_maketrans);
        method(cls, "hex", bytes_hex);
        method(cls, "decode", bytes_decode);
        method(cls, "find", bytes_find);
        method(cls, "rfind", bytes_rfind);
        method(cls, "index", bytes_index);
        method(cls, "rindex", bytes_rindex);
        method(cls, "count", bytes_count);
        method(cls, "startswith", bytes_startswith);
        method(cls, "endswith", bytes_endswith);
        method(cls, "split", bytes_split);
        method(cls, "rsplit", bytes_rsplit);
        method(cls, "splitlines", bytes_splitlines);
        method(cls, "join", bytes_join);
        method(cls, "partition", bytes_partition);
        method(cls, "rpartition", bytes_rpartition);
        method(cls, "replace", bytes_replace);
        method(cls, "strip", bytes_strip);
        method(cls, "lstrip", bytes_lstrip);
        method(cls, "rstrip", bytes_rstrip);
        method(cls, "center", bytes_center);
        method(cls, "ljust", bytes_ljust);
        method(cls, "rjust", bytes_rjust);
        method(cls, "zfill", bytes_zfill);
        method(cls, "expandtabs", bytes_expandtabs);
        method(cls, "upper", bytes_upper);
        method(cls, "lower", bytes_lower);
        method(cls, "title", bytes_title);
        method(cls, "capitalize", bytes_capitalize);
        method(cls, "swapcase", bytes_swapcase);
        method(cls, "isalpha", bytes_isalpha);
        method(cls, "isdigit", bytes_isdigit);
        method(cls, "isalnum", bytes_isalnum);
        method(cls, "isspace", bytes_isspace);
        method(cls, "islower", bytes_islower);
        method(cls, "isupper", bytes_isupper);
        method(cls, "istitle", bytes_istitle);
        method(cls, "isascii", bytes_isascii);
        method(cls, "translate", bytes_translate);
        method(cls, "removeprefix", bytes_removeprefix);
        method(cls, "removesuffix", bytes_removesuffix);
        method(cls, "__len__", d_len);
        method(cls, "__getitem__", d_getitem);
        method(cls, "__contains__", d_contains);
        method(cls, "__iter__", d_iter);
        method(cls, "__add__", d_add);
        method(cls, "__mul__", d_mul);
        method(cls, "__rmul__", d_mul);
        method(cls, "__mod__", d_mod);
        method(cls, "__rmod__", d_rmod);
        method(cls, "__sizeof__", d_sizeof);
        method(cls, "__eq__", d_eq);
        method(cls, "__ne__", d_ne);
        method(cls, "__lt__", d_lt);
        method(cls, "__le__", d_le);
        method(cls, "__gt__", d_gt);
        method(cls, "__ge__", d_ge);
        method(cls, "__repr__", d_repr);
    }
    method(b, "__hash__", d_hash);
    method(b, "__bytes__", d_bytes);
    method(b, "__getnewargs__", d_getnewargs);
    attr(ba, "__hash__", none());
    method(ba, "append", ba_append);
    method(ba, "extend", ba_extend);
    method(ba, "insert", ba_insert);
    method(ba, "pop", ba_pop);
    method(ba, "remove", ba_remove);
    method(ba, "clear", ba_clear);
    method(ba, "reverse", ba_reverse);
    method(ba, "copy", ba_copy);
    method(ba, "__setitem__", d_setitem);
    method(ba, "__delitem__", d_delitem);
    method(ba, "__iadd__", d_iadd);
    method(ba, "__imul__", d_imul);
    method(ba, "__alloc__", d_alloc);
    crate::vm::types::bytes_codec::register();

}
