//! Running one callback in a parallel context on the current (worker)
//! thread: a fresh id, an arena heap, an epoch slot for deferred
//! reclamation, and the teardown that returns the memory in one step (or
//! hands the arena to the main thread when something there still refers
//! into it).

use super::stats;
use crate::vm::heap::arena::{self, Arena};
use crate::vm::heap::{context, epoch, persist};
use crate::vm::state::Vm;
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// A fresh context id with its registered heap, wrapping around after 2^31
/// contexts (0 and ids still held by persisted contexts are skipped).
fn new_heap() -> std::sync::Arc<persist::ContextHeap> {
    loop {
        let id = NEXT_ID.fetch_add(1, Relaxed) & !context::SHARED_WRITE;
        if id != 0 {
            if let Some(h) = persist::register(id) {
                return h;
            }
        }
    }
}

/// Run `f` inside a new context on this thread. Values `f` makes live in
/// the context's arena and must not escape it except through `detach`.
pub fn run_in_context<R>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> R) -> R {
    let heap = new_heap();
    let id = heap.id;
    let slot = loop {
        match epoch::register_slot() {
            Some(s) => break s,
            // Every slot is held (contexts waiting for adoption): let the
            // main thread catch up.
            None => std::thread::sleep(std::time::Duration::from_millis(1)),
        }
    };
    epoch::enter(slot);
    stats::CONTEXTS_CREATED.fetch_add(1, Relaxed);
    let mut a = Box::new(Arena::new());
    arena::install(&mut *a);
    context::set_current_context(id);
    let saved_handled = vm.handled.take();
    let r = f(vm);
    // Nothing of the context may stay in the thread's interpreter state.
    crate::vm::frame::Frame::forget_context_objects(vm);
    vm.handled = saved_handled;
    arena::install(std::ptr::null_mut());
    match heap.end(a, slot) {
        Some(a) => {
            drop(a); // still marked as in the context: nothing is counted
            context::set_current_context(0);
            epoch::exit(slot);
            epoch::release_slot(slot);
            stats::CONTEXTS_DESTROYED.fetch_add(1, Relaxed);
        }
        None => {
            // Persisting: the main thread adopts the arena and the slot.
            context::set_current_context(0);
            super::scheduler::wake_main();
        }
    }
    r
}
