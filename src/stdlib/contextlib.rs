//! The `contextlib` module, written in Python (`py/contextlib.py`, a
//! subset of CPython's: contextmanager, suppress, closing, nullcontext,
//! redirect_stdout/stderr, ExitStack) and compiled when first imported.

use crate::vm::errors::PyResult;
use crate::vm::state::Vm;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::value::Value;

const SOURCE: &str = include_str!("py/contextlib.py");

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("contextlib");
    let dict = as_module(&m).unwrap().dict.clone();
    crate::vm::import::exec_source(vm, SOURCE, "<frozen contextlib>", &dict)?;
    Ok(m)
}
