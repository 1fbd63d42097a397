//! Generators: a suspended frame plus its running state.

use crate::vm::cell::Slot;
use crate::vm::frame::Frame;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    /// Frames of generators freed while suspended inside a try/with block:
    /// they still have to run their `finally`/`__exit__` (CPython closes a
    /// generator when it is deallocated). The interpreter drains this at
    /// its next safe point (`generator_ops::run_pending_closes`).
    static PENDING_CLOSE: RefCell<Vec<(Box<Frame>, Option<Value>)>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Are there freed generators waiting to be closed?
#[inline]
pub fn has_pending_closes() -> bool {
    HAS_PENDING.with(|h| h.get())
}

/// Take the frames (and qualnames) of freed generators to close.
pub fn take_pending_closes() -> Vec<(Box<Frame>, Option<Value>)> {
    HAS_PENDING.with(|h| h.set(false));
    PENDING_CLOSE.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

pub struct GeneratorData {
    /// None once the generator finished.
    pub frame: UnsafeCell<Option<Box<Frame>>>,
    pub running: AtomicBool,
    pub name: Slot,
    pub qualname: Slot,
    /// The exception being handled inside the suspended generator (it
    /// yielded from an except block); current again while it runs.
    pub exc_state: Slot,
}

impl GeneratorData {
    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::Relaxed)
    }
    pub fn set_running(&self, b: bool) {
        self.running.store(b, Ordering::Relaxed)
    }
    /// Take the frame out to run it (the generator is marked running).
    pub fn take_frame(&self) -> Option<Box<Frame>> {
        // SAFETY: only the owning thread resumes a generator, and `running`
        // prevents re-entrant resumption while the frame is out.
        unsafe { (*self.frame.get()).take() }
    }
    pub fn put_frame(&self, f: Option<Box<Frame>>) {
        // SAFETY: as in take_frame.
        unsafe { *self.frame.get() = f }
    }
    pub fn frame_ref(&self) -> Option<&Frame> {
        // SAFETY: read-only peek by the owning thread while not running.
        unsafe { (*self.frame.get()).as_deref() }
    }
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(f) = self.frame_ref() {
            f.trace(visit);
        }
        if let Some(e) = self.exc_state.get_ref() {
            visit(e);
        }
    }
    pub fn clear_refs(&self) {
        if !self.is_running() {
            drop(self.take_frame());
            self.exc_state.set(None);
        }
    }
}

impl Drop for GeneratorData {
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else { return };
        if frame.blocks.is_empty() || crate::vm::heap::in_parallel_context() {
            return;
        }
        let name = self.qualname.get();
        PENDING_CLOSE.with(|p| p.borrow_mut().push((frame, name)));
        HAS_PENDING.with(|h| h.set(true));
        crate::vm::finalize::mark_pending();
    }
}
