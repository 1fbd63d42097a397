//! Counters behind `parallel.stats()`.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

pub static CONTEXTS_CREATED: AtomicUsize = AtomicUsize::new(0);
pub static CONTEXTS_DESTROYED: AtomicUsize = AtomicUsize::new(0);
pub static CALLBACKS_RUN: AtomicUsize = AtomicUsize::new(0);
pub fn get(c: &AtomicUsize) -> usize {
    c.load(Relaxed)
}
