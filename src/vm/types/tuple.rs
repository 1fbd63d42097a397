//! `tuple`: an immutable boxed slice of values.

use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::{singletons, types};
use crate::vm::value::Value;

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        if let Some(r) = crate::vm::types::registry::try_registry() {
            return r.singletons.empty_tuple.clone();
        }
    }
    heap::alloc(types().tuple.clone(), Payload::Tuple(items.into_boxed_slice()))
}

pub fn empty_tuple() -> Value {
    singletons().empty_tuple.clone()
}

/// The items of a tuple (or tuple subclass).
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    match &v.as_obj()?.payload {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}
