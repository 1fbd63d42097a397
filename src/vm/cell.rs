//! Interior-mutable slots for object fields.
//!
//! `Slot` holds an optional `Value` in an `AtomicUsize`: reads and writes are
//! atomics (a plain move and an exchange on x86-64), so a parallel context
//! reading a main-thread object while the main thread writes it never has a
//! data race. A store is a Release and a read an Acquire (free on x86-64:
//! the same instructions as relaxed ones), as in the containers: a reader
//! that loads an object pointer also sees the object's initialised contents
//! (with relaxed orderings the compiler may sink the initialising writes
//! below the store).
//! Growable containers keep their items in `atomic_buf`.

use super::value::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Slot(AtomicUsize);

impl Slot {
    pub const fn empty() -> Slot {
        Slot(AtomicUsize::new(0))
    }
    pub fn new(v: Option<Value>) -> Slot {
        Slot(AtomicUsize::new(v.map_or(0, Value::into_raw)))
    }
    pub fn with(v: Value) -> Slot {
        Slot::new(Some(v))
    }
    /// A new reference to the value in the slot.
    #[inline]
    pub fn get(&self) -> Option<Value> {
        self.get_ref().cloned()
    }
    /// Borrow the value in the slot. The borrow is valid until the slot is
    /// next written; callers must not hold it across calls into Python.
    #[inline]
    pub fn get_ref(&self) -> Option<&Value> {
        let p = &self.0 as *const AtomicUsize as *const Value;
        if self.0.load(Ordering::Acquire) == 0 {
            None
        } else {
            // For valgrind: the Release store we read happens before.
            super::valgrind::happens_after(&self.0);
            // SAFETY: a non-zero word in the slot is a valid Value encoding
            // that the slot owns (repr(transparent) over a NonNull word);
            // reinterpreting the atomic's storage as &Value is sound because
            // Value has the same size and alignment as usize.
            Some(unsafe { &*p })
        }
    }
    #[inline]
    pub fn peek_bits(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }
    /// Overwrite the raw word, releasing nothing (the heap's float free
    /// list: the previous word is an immortal class or a list link).
    ///
    /// # Safety
    /// The old word must own nothing, and `bits` must be 0, a Value
    /// encoding whose reference the slot takes over, or a word the caller
    /// overwrites again before the slot is read as a Value or dropped.
    #[inline(always)]
    pub(crate) unsafe fn store_bits(&self, bits: usize) {
        self.0.store(bits, Ordering::Relaxed)
    }
    /// `set` by the slot's only possible writer: a plain release store
    /// instead of a locked exchange (a new instance's first attribute store
    /// creates its dict here).
    ///
    /// # Safety
    /// No other thread may write this slot at the same time: the caller
    /// holds the object's mutation guard (`protocols::check_mutable`).
    #[inline]
    pub unsafe fn set_exclusive(&self, v: Option<Value>) {
        super::valgrind::happens_before(&self.0);
        let old = self.0.load(Ordering::Relaxed);
        self.0.store(v.map_or(0, Value::into_raw), Ordering::Release);
        if old != 0 {
            // SAFETY: the old word was owned by the slot, and with one
            // writer nobody else took it.
            drop(unsafe { Value::from_raw(old) });
        }
    }
    /// Store a value, dropping the previous one after the store (so a
    /// destructor that re-enters sees the new state).
    #[inline]
    pub fn set(&self, v: Option<Value>) {
        super::valgrind::happens_before(&self.0);
        let old = self.0.swap(v.map_or(0, Value::into_raw), Ordering::AcqRel);
        if old != 0 {
            // SAFETY: the old word was owned by the slot.
            drop(unsafe { Value::from_raw(old) });
        }
    }
    pub fn take(&self) -> Option<Value> {
        let old = self.0.swap(0, Ordering::AcqRel);
        // SAFETY: the old word was owned by the slot.
        if old == 0 { None } else { Some(unsafe { Value::from_raw(old) }) }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.set(None);
    }
}

impl Default for Slot {
    fn default() -> Self {
        Slot::empty()
    }
}
