//! Python-visible methods of `tuple`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::static_method;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::types;
use crate::vm::types::tuple::new_tuple;
use crate::vm::value::Value;

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    a.no_kw("tuple")?;
    let rest = &a.pos()[1..];
    if rest.len() > 1 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", rest.len())));
    }
    let items = match rest.first() {
        Some(it) => ops::collect(vm, it)?,
        None => Vec::new(),
    };
    if cls.is(&types().tuple) {
        return Ok(new_tuple(items));
    }
    Ok(heap::alloc(cls, Payload::Tuple(items.into_boxed_slice())))
}

pub fn register() {
    static_method(&types().tuple, "__new__", tuple_new);
}
