//! `submit_work` and what a work item does in its context: call the
//! function, then the callback with its result, or the errback with
//! `(type, value, traceback)`; an error nobody handled goes to the main
//! thread, where `run()` raises it.

use super::context::run_in_context;
use super::detach::{detach, Detached, Direction};
use super::{pool, scheduler, stats};
use crate::vm::call::call;
use crate::vm::errors::{PyErr, PyResult};
use crate::vm::heap::pinned::Pinned;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::value::Value;
use std::sync::atomic::Ordering::Relaxed;

/// A function call to make in a context, with what to do after it.
pub struct Work {
    pub func: Pinned,
    /// A tuple of positional arguments.
    pub args: Option<Pinned>,
    /// A dict of keyword arguments.
    pub kwds: Option<Pinned>,
    pub callback: Option<Pinned>,
    pub errback: Option<Pinned>,
}

impl Work {
    pub fn new(func: &Value, args: Option<&Value>, kwds: Option<&Value>, callback: Option<&Value>, errback: Option<&Value>) -> Work {
        Work {
            func: Pinned::new(func),
            args: args.map(Pinned::new),
            kwds: kwds.map(Pinned::new),
            callback: callback.map(Pinned::new),
            errback: errback.map(Pinned::new),
        }
    }

    /// Call the function (in the running context).
    pub fn call_func(&self, vm: &mut Vm) -> PyResult<Value> {
        let f = self.func.value();
        let mut args: Vec<Value> = match &self.args {
            Some(a) => as_tuple(&a.value()).map(|t| t.to_vec()).unwrap_or_default(),
            None => Vec::new(),
        };
        let mut kwnames = Vec::new();
        if let Some(k) = &self.kwds {
            if let Some(d) = as_dict(&k.value()) {
                for (k, v) in d.items() {
                    kwnames.push(k);
                    args.push(v);
                }
            }
        }
        stats::CALLBACKS_RUN.fetch_add(1, Relaxed);
        call(vm, &f, &args, &kwnames)
    }

    /// The whole item: function, then callback or errback. Returns the
    /// error no one handled.
    pub fn run(&self, vm: &mut Vm) -> Result<(), PyErr> {
        self.run_observing(vm, |_| {})
    }

    /// `run`, letting `observe` see the function's result before the
    /// callback gets it (timers keep a copy).
    pub fn run_observing(&self, vm: &mut Vm, observe: impl FnOnce(&Value)) -> Result<(), PyErr> {
        let v = match self.call_func(vm) {
            Ok(v) => v,
            Err(e) => return self.handle_error(vm, e),
        };
        observe(&v);
        match &self.callback {
            Some(cb) => {
                stats::CALLBACKS_RUN.fetch_add(1, Relaxed);
                call(vm, &cb.value(), &[v], &[]).map(drop)
            }
            None => Ok(()),
        }
    }

    /// Give `e` to the errback as `(type, value, traceback)`, or return it.
    pub fn handle_error(&self, vm: &mut Vm, e: PyErr) -> Result<(), PyErr> {
        let Some(eb) = &self.errback else { return Err(e) };
        let ty = e.exc.as_obj().and_then(|o| o.class.get()).unwrap_or_else(crate::vm::types::registry::none);
        let tb = crate::vm::types::exception::as_exception(&e.exc)
            .and_then(|d| d.traceback.get())
            .unwrap_or_else(crate::vm::types::registry::none);
        stats::CALLBACKS_RUN.fetch_add(1, Relaxed);
        call(vm, &eb.value(), &[new_tuple(vec![ty, e.exc.clone(), tb])], &[]).map(drop)
    }
}

/// Send an unhandled error to the main thread (called inside the context,
/// before its heap goes away).
pub fn report_error(e: &PyErr) {
    scheduler::post_error(detach_error(e));
}

/// Detach an error raised in a context, for the main thread. If the
/// exception cannot leave its context (say, it holds a generator), the
/// reason it cannot is sent instead, which always can.
pub fn detach_error(e: &PyErr) -> Detached {
    detach(&e.exc, Direction::Move)
        .unwrap_or_else(|moving| detach(&moving.exc, Direction::Move).expect("a plain exception detaches"))
}

/// `parallel.submit_work`.
pub fn submit(work: Work) {
    scheduler::outstanding_add();
    pool::submit(Box::new(move |vm: &mut Vm| {
        run_in_context(vm, |vm| {
            if let Err(e) = work.run(vm) {
                report_error(&e);
            }
        });
        // The pins are released outside the context (queued for the main
        // thread when they hold main objects).
        drop(work);
        scheduler::outstanding_done();
    }));
}
