//! `call_from_main_thread(func, args, kwds)` and its `_and_wait` form.
//!
//! From the main thread both simply call. From a context, the arguments
//! are detached (copied towards the main heap) and the call is queued; the
//! main thread runs it inside `run()`/`run_once()` (or while it waits in
//! `map()`). `_and_wait` blocks the context until the answer comes back,
//! copied into the context's heap, or the main thread's exception, which
//! is raised in the context.

use super::detach::{attach, detach, Direction};
use super::scheduler::{self, MainCall, Reply};
use crate::vm::call::call;
use crate::vm::errors::{PyErr, PyResult};
use crate::vm::heap::in_parallel_context;
use crate::vm::heap::pinned::Pinned;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::registry::none;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::value::Value;

pub fn call_from_main_thread(vm: &mut Vm, func: &Value, args: &Value, kwds: Option<&Value>, wait: bool) -> PyResult<Value> {
    if !in_parallel_context() {
        let mut a: Vec<Value> = as_tuple(args).map(|t| t.to_vec()).unwrap_or_default();
        let mut names = Vec::new();
        if let Some(d) = kwds.and_then(as_dict) {
            for (k, v) in d.items() {
                names.push(k);
                a.push(v);
            }
        }
        return call(vm, func, &a, &names);
    }
    let args_d = detach(args, Direction::Move)?;
    let kwds_d = kwds.map(|k| detach(k, Direction::Move)).transpose()?;
    let reply = wait.then(Reply::new);
    scheduler::post_call(MainCall { func: Pinned::new(func), args: args_d, kwds: kwds_d, reply: reply.clone() });
    let Some(reply) = reply else { return Ok(none()) };
    // The main thread may need to write what this context is reading.
    let waiting = crate::vm::protection::waiting();
    let answer = reply.wait();
    drop(waiting);
    match answer {
        Ok(v) => attach(vm, v),
        Err(e) => Err(PyErr::new(attach(vm, e)?)),
    }
}

/// Positional arguments as `parallel` takes them: None → (), a tuple as
/// is, anything else → a 1-tuple.
pub fn args_tuple(args: Option<&Value>) -> Value {
    match args {
        None => new_tuple(vec![]),
        Some(a) if a.is(&none()) => new_tuple(vec![]),
        Some(a) if as_tuple(a).is_some() => a.clone(),
        Some(a) => new_tuple(vec![a.clone()]),
    }
}
