//! The `parallel` module's exception classes, as seen from Rust.
//!
//! The classes are defined in Python (`parallel.py`) and registered here
//! when the module is imported; the VM's mutation guard raises
//! `UnprotectedError` through `vm::parallel_hooks`.

use crate::vm::errors::PyErr;
use crate::vm::heap;
use crate::vm::types::registry::ExcKind;
use crate::vm::types::str::new_str;
use crate::vm::value::Value;
use std::sync::OnceLock;

struct Classes {
    unprotected: Value,
    assignment: Value,
}

static CLASSES: OnceLock<Classes> = OnceLock::new();

/// Called once by `parallel.py` with its exception classes (made immortal:
/// every context may raise them).
pub fn register(unprotected: Value, assignment: Value) {
    heap::make_immortal(&unprotected);
    heap::make_immortal(&assignment);
    let _ = CLASSES.set(Classes { unprotected, assignment });
}

fn make(class: Option<&Value>, msg: String) -> PyErr {
    match class {
        Some(c) => PyErr::new(crate::vm::types::exception::new_exception(c.clone(), vec![new_str(&msg)])),
        None => PyErr::msg(ExcKind::RuntimeError, msg),
    }
}

pub fn unprotected_error(msg: String) -> PyErr {
    make(CLASSES.get().map(|c| &c.unprotected), msg)
}

pub fn assignment_error(msg: impl Into<String>) -> PyErr {
    make(CLASSES.get().map(|c| &c.assignment), msg.into())
}
