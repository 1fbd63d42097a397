//! `PyErr` (a raised Python exception) and constructors for the common ones.

use super::types::exception::new_exception;
use super::types::registry::{exc, ExcKind};
use super::types::str::new_str;
use super::value::Value;

/// A raised exception: the exception instance (its traceback lives in it).
#[derive(Debug, Clone)]
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(exc: Value) -> PyErr {
        PyErr { exc }
    }
    /// An exception of `kind` with a single string argument.
    pub fn msg(kind: ExcKind, msg: impl AsRef<str>) -> PyErr {
        PyErr { exc: new_exception(exc(kind), vec![new_str(msg.as_ref())]) }
    }
    /// An exception of `kind` with no arguments.
    pub fn empty(kind: ExcKind) -> PyErr {
        PyErr { exc: new_exception(exc(kind), vec![]) }
    }
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr { exc: new_exception(exc(kind), args) }
    }
    /// Is this exception an instance of `kind` (or a subclass)?
    pub fn matches(&self, kind: ExcKind) -> bool {
        super::types::typeobj::isinstance_cls(&self.exc, &exc(kind))
    }
}

pub fn type_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::TypeError, msg)
}
pub fn value_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::ValueError, msg)
}
pub fn index_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::IndexError, msg)
}
pub fn attribute_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::AttributeError, msg)
}
pub fn runtime_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::RuntimeError, msg)
}
pub fn overflow_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::OverflowError, msg)
}
pub fn zero_division(msg: impl AsRef<str>) -> PyErr {
    PyErr::msg(ExcKind::ZeroDivisionError, msg)
}
pub fn name_error(name: &str) -> PyErr {
    let e = PyErr::msg(ExcKind::NameError, format!("name '{name}' is not defined"));
    super::types::exception_ops::set_exc_attr(&e.exc, "name", new_str(name));
    e
}
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, vec![key])
}
pub fn stop_iteration(value: Option<Value>) -> PyErr {
    match value {
        Some(v) => PyErr::with_args(ExcKind::StopIteration, vec![v]),
        None => PyErr::empty(ExcKind::StopIteration),
    }
}
