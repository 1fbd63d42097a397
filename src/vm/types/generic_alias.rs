//! `list[int]`-style generic aliases (`types.GenericAlias`), minimal: they
//! print like CPython's and can be called to create the origin type.

use crate::vm::errors::PyResult;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::str::new_string;
use crate::vm::types::tuple::as_tuple;
use crate::vm::types::typeobj::type_data;
use crate::vm::value::Value;

/// `type[...]`-style subscription of a built-in class: returns a string-like
/// alias object. Full GenericAlias objects come with the `typing` work.
pub fn new_generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    let name = type_data(origin).map(|t| t.name().to_string()).unwrap_or_default();
    let items: Vec<Value> = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut parts = Vec::new();
    for it in &items {
        parts.push(match type_data(it) {
            Some(t) => t.name().to_string(),
            None => ops::repr_string(vm, it)?,
        });
    }
    Ok(new_string(format!("{name}[{}]", parts.join(", "))))
}
