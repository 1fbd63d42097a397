//! Generators: a suspended frame plus its running state.

use crate::vm::cell::Slot;
use crate::vm::frame::Frame;
use crate::vm::value::Value;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

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
