//! Operator support for bytes/bytearray: concatenation, membership, `%`,
//! and converting values to bytes.

use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::bytes::{as_bytes, new_bytearray, new_bytes};
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;

/// The bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_from_buffer(v: &Value) -> PyResult<Vec<u8>> {
    match crate::vm::types::bytes_methods::buffer_bytes(v) {
        Some(b) => Ok(b),
        None => Err(type_error(format!("can't concat {} to bytearray", type_name(v)))),
    }
}

/// A byte value 0..=255 from an int.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = ops::index_value(vm, v)?;
    if !(0..=255).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// bytes(x) / bytearray(x) conversion of an iterable or buffer.
pub fn bytes_from_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    if crate::vm::types::str::as_str(v).is_some() {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let items = ops::collect(vm, v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

pub fn bytes_concat(_vm: &mut Vm, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = as_bytes(a)?;
    let Some(y) = crate::vm::types::bytes_methods::buffer_bytes(b) else {
        return Some(Err(type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))));
    };
    let mut v = x.to_vec();
    v.extend_from_slice(&y);
    Some(Ok(match &a.as_obj().unwrap().payload {
        Payload::ByteArray(_) => new_bytearray(v),
        _ => new_bytes(v),
    }))
}

pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = as_bytes(container).unwrap().to_vec();
    if let Some(needle) = as_bytes(item) {
        return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == &*needle));
    }
    let b = byte_value(vm, item).map_err(|e| {
        if e.matches(crate::vm::types::registry::ExcKind::TypeError) {
            type_error(format!("a bytes-like object is required, not '{}'", type_name(item)))
        } else {
            e
        }
    })?;
    Ok(hay.contains(&b))
}

pub fn bytes_percent(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    // Bytes map to chars 1:1 (latin-1) so any byte survives the str formatter;
    // %b is %s in bytes mode and %r is %a (CPython's bytes % semantics).
    let fmt = bytes_percent_spec(&as_bytes(a).unwrap_or_default());
    let r = crate::vm::types::str_format::percent_format_str(vm, &fmt, b, true)?;
    let out: Vec<u8> = r.chars().map(|c| c as u32 as u8).collect();
    Ok(match &a.as_obj().unwrap().payload {
        Payload::ByteArray(_) => new_bytearray(out),
        _ => new_bytes(out),
    })
}

/// The format of `bytes % x` as a str for the shared %-formatter.
fn bytes_percent_spec(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        out.push(c as char);
        i += 1;
        if c != b'%' {
            continue;
        }
        let mut depth = 0;
        while i < b.len() {
            let d = b[i];
            if d == b'(' {
                depth += 1;
            } else if d == b')' && depth > 0 {
                depth -= 1;
            } else if depth == 0 && (d.is_ascii_alphabetic() || d == b'%') {
                out.push(match d {
                    b'b' => 's',
                    b'r' => 'a',
                    _ => d as char,
                });
                i += 1;
                break;
            }
            out.push(d as char);
            i += 1;
        }
    }
    out
}
