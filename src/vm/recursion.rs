//! CPython's recursion-depth accounting (`_Py_EnterRecursiveCall(where)`).
//!
//! CPython counts more than Python frames against the recursion limit:
//! `PyObject_Repr`, `PyObject_Str`, `PyObject_RichCompare` and calls of
//! built-in functions each take a level, and the RecursionError names the
//! operation that crossed the limit ("... while getting the repr of an
//! object", "... in comparison", "... while calling a Python object").
//! Counting the same levels in `vm.depth` makes recursion through
//! `__repr__`, `__str__` or `__eq__` fail at the same depth and with the
//! same message as CPython.

use crate::vm::errors::{PyErr, PyResult};
use crate::vm::state::{recursion_limit, Vm};
use crate::vm::types::registry::ExcKind;

pub const REPR: &str = " while getting the repr of an object";
pub const STR: &str = " while getting the str of an object";
pub const COMPARE: &str = " in comparison";
pub const CALL: &str = " while calling a Python object";

/// Run `f` one recursion level deeper; `where_` completes the message.
#[inline]
pub fn nested<T>(vm: &mut Vm, where_: &'static str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    if vm.depth >= recursion_limit() || vm.stack_low() {
        return Err(PyErr::msg(ExcKind::RecursionError, format!("maximum recursion depth exceeded{where_}")));
    }
    vm.depth += 1;
    let r = f(vm);
    vm.depth -= 1;
    r
}
