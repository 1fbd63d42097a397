//! The virtual machine: values, objects, heaps, the interpreter loop,
//! built-in types, exceptions, tracebacks and the import system.

pub mod args;
pub mod atomic_buf;
pub mod attr_cache;
pub mod builtins_registry;
pub mod call;
pub mod cell;
pub mod errors;
pub mod finalize;
pub mod frame;
pub mod global_cache;
pub mod heap;
pub mod import;
pub mod interp;
pub mod object;
pub mod ops;
pub mod parallel_hooks;
pub mod protection;
pub mod protocols;
pub mod recursion;
pub mod signals;
pub mod state;
pub mod traceback_groups;
pub mod traceback_print;
pub mod types;
pub mod valgrind;
pub mod value;
pub mod value_stack;

pub use errors::{PyErr, PyResult};
pub use state::Vm;
pub use value::Value;
