//! Reference-count changes to main-heap objects made by parallel contexts,
//! queued for the main thread.
//!
//! Main-heap counts are non-atomic and belong to the main thread. When a
//! context stores a main object into a protected main container (or hands
//! a main object to the main thread inside a promoted value), the new
//! reference must be counted; the context queues the change and the main
//! thread applies it (`apply`) before it releases any retired memory, so a
//! queued increment always lands before the object could be freed: while
//! the queue is not empty the main thread defers every free
//! (`epoch::must_defer`) and a retired object whose count came back above
//! zero is resurrected (`release_retired`).

use super::super::object::Obj;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Mutex;
use crate::vm::valgrind;

#[derive(Clone, Copy, Debug)]
pub enum MainOp {
    /// Add a reference to the main object at this address.
    Incref(usize),
    /// Drop a reference to the main object at this address.
    Decref(usize),
}

static QUEUE: Mutex<Vec<MainOp>> = Mutex::new(Vec::new());
static COUNT: AtomicUsize = AtomicUsize::new(0);

fn queue() -> valgrind::Guard<'static, Vec<MainOp>> {
    valgrind::lock(&QUEUE)
}

pub fn push(op: MainOp) {
    let mut q = queue();
    q.push(op);
    COUNT.store(q.len(), SeqCst);
}

pub fn push_many(ops: impl IntoIterator<Item = MainOp>) {
    let mut q = queue();
    q.extend(ops);
    COUNT.store(q.len(), SeqCst);
}

/// Operations waiting for the main thread.
pub fn pending() -> usize {
    COUNT.load(SeqCst)
}

/// Apply every queued operation (main thread only).
pub fn apply() {
    if COUNT.load(SeqCst) == 0 {
        return;
    }
    let ops = {
        let mut q = queue();
        COUNT.store(0, SeqCst);
        std::mem::take(&mut *q)
    };
    for op in ops {
        match op {
            // SAFETY: the queued address is a main object kept allocated:
            // it was referenced by a live context when queued, and main-heap
            // frees are deferred while the queue is not empty.
            MainOp::Incref(p) => super::incref(unsafe { &*(p as *const Obj) }),
            // SAFETY: as above; the reference being dropped was counted.
            MainOp::Decref(p) => super::decref(unsafe { &*(p as *const Obj) }),
        }
    }
}
