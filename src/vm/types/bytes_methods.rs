//! Python-visible methods of `bytes` and `bytearray`, and text codecs.

use crate::vm::args::Args;
use crate::vm::builtins_registry::static_method;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::state::Vm;
use crate::vm::types::bytes::{as_bytes, new_bytes};
use crate::vm::types::registry::types;
use crate::vm::types::str::{as_str, new_string};
use crate::vm::value::Value;

/// bytes.decode / str(b, encoding): UTF-8, ASCII and Latin-1.
pub fn decode_value(_vm: &mut Vm, v: &Value, encoding: Option<&Value>, _errors: Option<&Value>) -> PyResult<Value> {
    let b = as_bytes(v).ok_or_else(|| type_error("decoding str is not supported"))?;
    let enc = encoding.and_then(as_str).unwrap_or("utf-8").to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "latin-1" | "latin1" | "iso-8859-1" => Ok(new_string(b.iter().map(|&c| c as char).collect())),
        _ => match std::str::from_utf8(b) {
            Ok(s) => Ok(new_string(s.to_string())),
            Err(_) => Err(crate::vm::errors::value_error("invalid utf-8")),
        },
    }
}

fn bytes_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = &a.pos()[1..];
    match pos.first() {
        None => Ok(new_bytes(vec![])),
        Some(v) if as_str(v).is_some() => match pos.get(1).and_then(as_str) {
            Some(_) => Ok(new_bytes(as_str(v).unwrap().as_bytes().to_vec())),
            None => Err(type_error("string argument without an encoding")),
        },
        Some(v) if v.is_small_int() => Ok(new_bytes(vec![0; v.as_small_int().unwrap().max(0) as usize])),
        Some(v) => Ok(new_bytes(crate::vm::types::bytes_ops::bytes_from_value(vm, v)?)),
    }
}

pub fn register() {
    static_method(&types().bytes, "__new__", bytes_new);
}
