//! `bytes` and `bytearray` data helpers. Methods live in `bytes_methods.rs`.

use crate::vm::atomic_buf::ByteBuf;
use std::borrow::Cow;
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::types;
use crate::vm::value::Value;

pub fn new_bytes(b: Vec<u8>) -> Value {
    heap::alloc(types().bytes.clone(), Payload::Bytes(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    heap::alloc(types().bytearray.clone(), Payload::ByteArray(ByteBuf::new(b)))
}

/// The bytes of a bytes or bytearray (a bytearray's are copied out in a
/// parallel context, see `ByteBuf::get`). Do not keep the result across a
/// call that may mutate the bytearray.
pub fn as_bytes(v: &Value) -> Option<Cow<'_, [u8]>> {
    match &v.as_obj()?.payload {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(b) => Some(b.get()),
        _ => None,
    }
}
