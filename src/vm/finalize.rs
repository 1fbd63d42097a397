//! Finalizers: `__del__` methods and the closing of suspended generators,
//! run when the last reference to an object goes away.
//!
//! Deallocation happens deep inside reference counting, where no `Vm` is
//! at hand and running Python code would be unsafe. So the heap only
//! queues the work (resurrecting a `__del__` object with the queue's
//! reference) and the interpreter drains the queue at its next safe point:
//! before the next instruction, or once a returning function's frame is released.
//! Each object's `__del__` runs at most once (PEP 442).

use super::object::{flags, Obj, Payload};
use super::state::Vm;
use super::types::typeobj::tflags;
use super::value::Value;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the main thread when it queues a finalizer. A plain global (one
/// relaxed load, a `mov` on x86-64) because the interpreter checks it
/// before every instruction; parallel contexts never free, so never set it.
static HAS_PENDING: AtomicBool = AtomicBool::new(false);

thread_local! {
    static PENDING_DEL: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Is any finalizer waiting to run?
#[inline(always)]
pub fn has_pending() -> bool {
    HAS_PENDING.load(Ordering::Relaxed)
}

pub fn mark_pending() {
    HAS_PENDING.store(true, Ordering::Relaxed);
}

/// Does `o` have a `__del__` that has not run yet?
#[inline(always)]
fn wants_del(o: &Obj) -> bool {
    if o.flags() & (flags::FINALIZED | flags::IMMORTAL) != 0 {
        return false;
    }
    let cls = o.class_ptr();
    if cls.is_null() {
        return false;
    }
    // SAFETY: an object's class outlives it (the object holds a reference).
    let has_del = match unsafe { &(*cls).payload } {
        Payload::Type(t) => t.has_flag(tflags::HAS_DEL),
        _ => false,
    };
    has_del && !crate::vm::heap::in_parallel_context()
}

/// Called by the heap when `o`'s count reached zero: if its class defines
/// `__del__` that has not run yet, keep the object alive (count 1, owned by
/// the queue) and return true; the heap must not free it now.
/// Inlined into every free: the common answer is a flag test.
#[inline(always)]
pub fn resurrect_for_del(o: &Obj) -> bool {
    if !wants_del(o) {
        return false;
    }
    resurrect(o);
    true
}

#[cold]
#[inline(never)]
fn resurrect(o: &Obj) {
    o.set_flag(flags::FINALIZED);
    // The queue's reference: the count goes from 0 back to 1.
    let v = Value::from_obj_ref(o);
    PENDING_DEL.with(|q| q.borrow_mut().push(v));
    mark_pending();
}

/// Cyclic garbage found by the collector: queue the `__del__` of objects
/// that have one (they stay alive until it ran). Returns how many were
/// queued; the collector leaves the cycle intact then and frees it on a
/// later collection, after the finalizers ran (as CPython does).
pub fn queue_cyclic_finalizers(garbage: &[Value]) -> usize {
    let mut n = 0;
    for g in garbage {
        if let Some(o) = g.as_obj() {
            if wants_del(o) {
                o.set_flag(flags::FINALIZED);
                PENDING_DEL.with(|q| q.borrow_mut().push(g.clone()));
                n += 1;
            }
        }
    }
    if n > 0 {
        mark_pending();
    }
    n
}

/// Run every queued finalizer (and the ones they queue in turn).
pub fn run_pending(vm: &mut Vm) {
    if crate::vm::heap::in_parallel_context() {
        return;
    }
    while has_pending() {
        HAS_PENDING.store(false, Ordering::Relaxed);
        super::types::generator_ops::run_pending_closes(vm);
        let objs = PENDING_DEL.with(|q| std::mem::take(&mut *q.borrow_mut()));
        for obj in objs {
            call_del(vm, &obj);
            drop(obj);
        }
    }
}

fn call_del(vm: &mut Vm, obj: &Value) {
    let Some(f) = super::types::typeobj::lookup(&super::types::typeobj::class_of(obj), "__del__") else { return };
    let saved = vm.handled.clone();
    let r = super::call::call_unbound(vm, &f, obj, &[]);
    vm.handled = saved;
    if let Err(e) = r {
        report_unraisable(vm, &f, &e.exc);
    }
}

/// CPython's "Exception ignored in: ..." report for errors in finalizers.
pub fn report_unraisable(vm: &mut Vm, what: &Value, exc: &Value) {
    let desc = super::ops::repr_string(vm, what).unwrap_or_else(|_| "<object>".into());
    crate::stdlib::io::flush_stdout();
    let _ = crate::stdlib::sys::write_stderr(vm, &format!("Exception ignored in: {desc}\n"));
    super::traceback_print::print_exception(vm, exc);
}

/// Interpreter shutdown: release `__main__`'s globals in insertion order
/// (what CPython 3.11's module teardown amounts to for the main module), so
/// objects only they reference are finalized, running what gets queued.
pub fn shutdown(vm: &mut Vm, globals: &Value) {
    run_pending(vm);
    let Some(d) = super::types::dict_methods::as_dict(globals) else { return };
    for k in d.keys() {
        if super::types::str::as_str(&k).is_none_or(|n| n == "__builtins__") {
            continue;
        }
        d.set_str(k, super::types::registry::none());
        run_pending(vm);
    }
}
