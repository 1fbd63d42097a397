//! `Pinned`: a counted reference that crosses threads.
//!
//! Work handed to another thread (a function to run in a context, its
//! arguments, a value returned to the main thread) must keep its objects
//! alive until the other side is done, whoever made them:
//! * a main object is counted: directly on the main thread, through the
//!   main-op queue from anywhere else;
//! * a context object counts as a main-side reference into its context
//!   (which then persists until the pin is released);
//! * immortal objects and small ints need nothing.

use super::super::object::flags;
use super::super::value::Value;
use super::context::on_main_thread;
use super::main_ops::{self, MainOp};
use super::persist;
use std::mem::ManuallyDrop;

pub struct Pinned {
    bits: usize,
}

enum Kind {
    Uncounted,
    Main,
    Context,
}

impl Pinned {
    fn kind(v: &Value) -> Kind {
        match v.as_obj() {
            None => Kind::Uncounted,
            Some(o) if o.flags() & flags::IMMORTAL != 0 => Kind::Uncounted,
            Some(o) if o.flags() & flags::CONTEXT != 0 => Kind::Context,
            Some(_) => Kind::Main,
        }
    }

    pub fn new(v: &Value) -> Pinned {
        match Self::kind(v) {
            Kind::Uncounted => {}
            Kind::Main if on_main_thread() => std::mem::forget(v.clone()),
            Kind::Main => main_ops::push(MainOp::Incref(v.bits())),
            Kind::Context => persist::context_refop(v.as_obj().expect("an object"), 1),
        }
        Pinned { bits: v.bits() }
    }

    /// The pinned value, as a new reference for the current thread (a plain
    /// copy in a context; counted on the main thread).
    pub fn value(&self) -> Value {
        // SAFETY: `bits` is a valid Value kept alive by this pin; the
        // ManuallyDrop wrapper never gives the pin's own count away.
        let v = ManuallyDrop::new(unsafe { Value::from_raw(self.bits) });
        (*v).clone()
    }
}

impl Drop for Pinned {
    fn drop(&mut self) {
        // SAFETY: as in `value`; the wrapper is never dropped.
        let v = ManuallyDrop::new(unsafe { Value::from_raw(self.bits) });
        match Self::kind(&v) {
            Kind::Uncounted => {}
            Kind::Main if on_main_thread() => {
                // SAFETY: the pin owns one count of this main object.
                drop(ManuallyDrop::into_inner(v));
            }
            Kind::Main => main_ops::push(MainOp::Decref(self.bits)),
            Kind::Context => persist::context_refop(v.as_obj().expect("an object"), -1),
        }
    }
}
