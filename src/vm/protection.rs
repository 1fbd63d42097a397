//! Protected objects: shared mutable state under reader/writer locks.
//!
//! `parallel.protect(obj)` sets the object's PROTECTED flag. Every mutation
//! of a protected object — from the main thread or any context — takes its
//! write lock (see `protocols::check_mutable`, which hands back the
//! `MutationGuard` that holds it); `parallel.read_lock(obj)` and
//! `write_lock(obj)` hold it across several steps, and an augmented
//! assignment to an item or attribute of a protected object (`d[k] += 1`)
//! holds it from the read to the store, so concurrent updates never get
//! lost. Plain reads take no lock: containers are safe to read while
//! another thread writes them (atomic slots, epoch-deferred frees).
//!
//! Locks are striped: an object's lock is one of `STRIPES` reentrant
//! reader/writer locks chosen by its address. A thread may re-acquire a
//! lock it holds (a write inside its own write, a read inside a write, a
//! write after its own reads when it is the only reader).

use super::heap::context::{self, SHARED_WRITE};
use super::object::{flags, Obj};
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Condvar, Mutex};
use crate::vm::valgrind;

const STRIPES: usize = 256;

#[derive(Default)]
struct State {
    /// Token of the writing thread (0: none), and its nesting depth.
    writer: u64,
    depth: u32,
    /// Read acquisitions held, by all threads.
    readers: u32,
}

struct Stripe {
    state: Mutex<State>,
    changed: Condvar,
}

#[allow(clippy::declare_interior_mutable_const)]
const STRIPE: Stripe = Stripe { state: Mutex::new(State { writer: 0, depth: 0, readers: 0 }), changed: Condvar::new() };
static LOCKS: [Stripe; STRIPES] = [STRIPE; STRIPES];

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static TOKEN: u64 = NEXT_TOKEN.fetch_add(1, Relaxed);
    /// Read acquisitions this thread holds, per stripe.
    static MY_READS: RefCell<Vec<u32>> = RefCell::new(vec![0; STRIPES]);
}

fn stripe_of(o: &Obj) -> usize {
    let a = o as *const Obj as usize;
    (a >> 4 ^ a >> 12) % STRIPES
}

fn my_reads(s: usize) -> u32 {
    MY_READS.with(|r| r.borrow()[s])
}

fn add_my_reads(s: usize, d: i32) {
    MY_READS.with(|r| {
        let mut r = r.borrow_mut();
        r[s] = (r[s] as i32 + d) as u32;
    });
}

/// How a lock was taken (so that release undoes exactly that).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LockKind {
    Read,
    Write,
}

/// One acquisition of an object's lock, released on drop.
pub struct Held {
    stripe: usize,
    /// What to undo: a shared read, or one level of write depth.
    as_write: bool,
}

/// Acquire the lock of `o` (blocking).
pub fn acquire(o: &Obj, kind: LockKind) -> Held {
    let s = stripe_of(o);
    let me = TOKEN.with(|t| *t);
    let lock = &LOCKS[s];
    let mut g = valgrind::lock(&lock.state);
    loop {
        if g.writer == me {
            // Anything inside our own write is part of it.
            g.depth += 1;
            return Held { stripe: s, as_write: true };
        }
        match kind {
            LockKind::Read if g.writer == 0 => {
                g.readers += 1;
                add_my_reads(s, 1);
                return Held { stripe: s, as_write: false };
            }
            LockKind::Write if g.writer == 0 && g.readers == my_reads(s) => {
                g.writer = me;
                g.depth = 1;
                return Held { stripe: s, as_write: true };
            }
            _ => g = valgrind::wait(&lock.changed, g),
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let lock = &LOCKS[self.stripe];
        let mut g = valgrind::lock(&lock.state);
        if self.as_write {
            g.depth -= 1;
            if g.depth == 0 {
                g.writer = 0;
            }
        } else {
            g.readers -= 1;
            add_my_reads(self.stripe, -1);
        }
        drop(g);
        lock.changed.notify_all();
    }
}

/// Held for the duration of one mutation (see `protocols::check_mutable`):
/// the write lock of a protected object, and, in a context writing an
/// object it does not own, the SHARED_WRITE mark that makes the containers
/// export what they store (see `heap::shared`).
#[must_use = "the guard must live until the mutation is done"]
pub struct MutationGuard {
    /// Dropped by `release` only, so that the guard's drop glue is the one
    /// inline test of `Drop::drop` (the lock's own release is large).
    held: std::mem::ManuallyDrop<Option<Held>>,
    /// The context word to restore (u32::MAX: nothing to restore).
    saved_word: u32,
}

impl MutationGuard {
    pub const NONE: MutationGuard = MutationGuard { held: std::mem::ManuallyDrop::new(None), saved_word: u32::MAX };

    /// Lock protected object `o` for writing.
    pub fn write(o: &Obj) -> MutationGuard {
        let held = std::mem::ManuallyDrop::new(Some(acquire(o, LockKind::Write)));
        let word = context::context_word();
        let foreign = word != 0 && !super::heap::in_own_context(o);
        if foreign {
            context::set_current_context(word | SHARED_WRITE);
            MutationGuard { held, saved_word: word }
        } else {
            MutationGuard { held, saved_word: u32::MAX }
        }
    }
}

impl Drop for MutationGuard {
    /// Inline: almost every guard holds nothing (an unprotected object
    /// mutated by its owner), and its drop must cost one test.
    #[inline(always)]
    fn drop(&mut self) {
        if self.saved_word != u32::MAX || self.held.is_some() {
            self.release();
        }
    }
}

impl MutationGuard {
    #[cold]
    #[inline(never)]
    fn release(&mut self) {
        if self.saved_word != u32::MAX {
            context::set_current_context(self.saved_word);
        }
        // `take` leaves None inside (nothing more to drop); dropping what it
        // returns releases the lock.
        drop(self.held.take());
    }
}

/// `DupForUpdate`: an augmented assignment to an item or attribute of
/// `target` begins in frame `frame`; lock a protected target until its store.
#[inline]
pub fn begin_update(vm: &mut super::state::Vm, frame: usize, target: &super::value::Value) {
    if !super::heap::epoch::parallel_started() {
        return;
    }
    if let Some(o) = target.as_obj() {
        if o.flags() & flags::PROTECTED != 0 {
            vm.update_locks.push((frame, acquire(o, LockKind::Write)));
        }
    }
}

/// The store ending an augmented assignment of frame `frame` is done.
#[inline]
pub fn end_update(vm: &mut super::state::Vm, frame: usize) {
    if vm.update_locks.last().is_some_and(|(f, _)| *f == frame) {
        vm.update_locks.pop();
    }
}

/// An exception leaves or unwinds frame `frame`: release its update locks.
#[cold]
pub fn abort_updates(vm: &mut super::state::Vm, frame: usize) {
    while vm.update_locks.last().is_some_and(|(f, _)| *f == frame) {
        vm.update_locks.pop();
    }
}
