//! The points where the memory model meets the core VM. Parallel contexts
//! (the `parallel` module) plug their exception types in here.

use super::errors::PyErr;
use super::types::registry::ExcKind;

/// The error raised when a parallel context mutates an unprotected
/// main-heap object.
pub fn unprotected_error(op: &str, type_name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::RuntimeError,
        format!("{op} on a main-thread '{type_name}' object from a parallel context (protect it first)"),
    )
}
