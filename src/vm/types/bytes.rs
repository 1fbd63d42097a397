//! `bytes` and `bytearray` data helpers. Methods live in `bytes_methods.rs`.

use crate::vm::cell::VecCell;
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::types;
use crate::vm::value::Value;

pub fn new_bytes(b: Vec<u8>) -> Value {
    heap::alloc(types().bytes.clone(), Payload::Bytes(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    heap::alloc(types().bytearray.clone(), Payload::ByteArray(VecCell::new(b)))
}

/// The bytes of a bytes or bytearray (copied out for bytearray).
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    match &v.as_obj()?.payload {
        Payload::Bytes(b) => Some(b),
        Payload::ByteArray(b) => Some(b.get()),
        _ => None,
    }
}
