//! Exception instances: args, traceback, cause, context.

use crate::vm::cell::Slot;
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::tuple::new_tuple;
use crate::vm::value::Value;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct ExcData {
    pub args: Slot,
    pub traceback: Slot,
    pub cause: Slot,
    pub context: Slot,
    /// BaseExceptionGroup: the tuple of sub-exceptions (args keep the
    /// sequence exactly as passed, like CPython).
    pub group: Slot,
    pub suppress_context: AtomicBool,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: Slot::with(args),
            traceback: Slot::empty(),
            cause: Slot::empty(),
            context: Slot::empty(),
            group: Slot::empty(),
            suppress_context: AtomicBool::new(false),
        }
    }
    pub fn suppress_context(&self) -> bool {
        self.suppress_context.load(Ordering::Relaxed)
    }
    pub fn set_suppress_context(&self, b: bool) {
        self.suppress_context.store(b, Ordering::Relaxed)
    }
    pub fn args_vec(&self) -> Vec<Value> {
        self.args.get_ref().and_then(crate::vm::types::tuple::as_tuple).map(|t| t.to_vec()).unwrap_or_default()
    }
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for s in [&self.args, &self.traceback, &self.cause, &self.context, &self.group] {
            if let Some(v) = s.get_ref() {
                visit(v);
            }
        }
    }
    pub fn clear_refs(&self) {
        for s in [&self.args, &self.traceback, &self.cause, &self.context, &self.group] {
            s.set(None);
        }
    }
}

/// A new exception instance of class `cls` with `args` (no `__init__` run).
pub fn new_exception(cls: Value, args: Vec<Value>) -> Value {
    heap::alloc(cls, Payload::Exception(Box::new(ExcData::new(new_tuple(args)))))
}

/// The sub-exceptions of an exception group (empty for other exceptions).
pub fn group_exceptions(v: &Value) -> Vec<Value> {
    as_exception(v)
        .and_then(|e| e.group.get())
        .and_then(|t| crate::vm::types::tuple::as_tuple(&t).map(|t| t.to_vec()))
        .unwrap_or_default()
}

pub fn as_exception(v: &Value) -> Option<&ExcData> {
    match &v.as_obj()?.payload {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}
