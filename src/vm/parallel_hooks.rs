//! The points where the memory model meets the core VM: the errors the
//! mutation guard raises (their classes live in the `parallel` module).

use super::errors::PyErr;

/// The error raised when a parallel context mutates an object it does not
/// own and that is not protected.
pub fn unprotected_error(op: &str, type_name: &str, owner_is_main: bool) -> PyErr {
    let msg = if crate::vm::heap::in_parallel_context() {
        let whose = if owner_is_main { "the main thread" } else { "another parallel context" };
        format!("{op}: cannot mutate a '{type_name}' object owned by {whose} from a parallel context (protect it with parallel.protect() first)")
    } else {
        format!("{op}: cannot mutate a '{type_name}' object owned by a running parallel context")
    };
    crate::runtime::errors::unprotected_error(msg)
}

/// The error raised when a context stores, into a protected object, a value
/// that cannot leave the context.
pub fn assignment_error(msg: String) -> PyErr {
    crate::runtime::errors::assignment_error(msg)
}
