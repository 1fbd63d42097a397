//! Standard-library modules written in Python (`py/*.py`), compiled and
//! run when first imported: keyword, operator, copy, collections.

use crate::vm::errors::PyResult;
use crate::vm::state::Vm;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::value::Value;

/// Create module `name` and run `source` in it.
fn load(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    let m = new_module(name);
    let dict = as_module(&m).unwrap().dict.clone();
    crate::vm::import::exec_source(vm, source, &format!("<frozen {name}>"), &dict)?;
    Ok(m)
}

pub fn keyword(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "keyword", include_str!("py/keyword.py"))
}

pub fn operator(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "operator", include_str!("py/operator.py"))
}

pub fn copy(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "copy", include_str!("py/copy.py"))
}

pub fn collections(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "collections", include_str!("py/collections.py"))
}

pub fn parallel(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "parallel", include_str!("py/parallel.py"))
}
