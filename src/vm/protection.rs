//! Protected objects: shared mutable state under reader/writer locks.
//!
//! `parallel.protect(obj)` sets the object's PROTECTED flag. Every mutation
//! of a protected object — from the main thread or any context — takes its
//! write lock (see `protocols::check_mutable`, which hands back the
//! `MutationGuard` that holds it). Every built-in read of one takes its
//! read lock for the length of that read (`read`, held by `ReadGuard`): a
//! `len`, a subscript, an `in`, a copy, a repr, a comparison, an iteration
//! step, any built-in method or function called on it. So a read sees the
//! object wholly before or wholly after each write, and readers never
//! block each other. `parallel.read_lock(obj)` and `write_lock(obj)` hold
//! a lock across several steps, and an augmented assignment to an item or
//! attribute of a protected object (`d[k] += 1`) holds the write lock from
//! the read to the store, so concurrent updates never get lost.
//!
//! Locks are striped: an object's lock is one of `STRIPES` reader/writer
//! locks chosen by its address. A reader counts itself in its own thread's
//! `Node` (a cache line no other thread writes) and then checks the
//! stripe's word for a writer; a writer claims the word, which holds new
//! readers back, and waits for the sum of all threads' counts to drain. So
//! readers on different cores never write a shared cache line, and a
//! thread sleeps (on the stripe's condvar) only when it truly has to wait.
//! The locks are reentrant per thread: a read or write inside one's own
//! write is part of it, a read inside one's own read is always granted,
//! and a write is granted to the only reader.
//!
//! Why built-in reads cannot deadlock: a built-in read may run Python code
//! (a key's `__eq__`, an item's `__repr__`, a `sort` key) that takes other
//! locks, or writes the object it reads. Like CPython's per-object
//! critical sections, a thread that has to wait (for a lock, or for other
//! threads: `map`, `call_from_main_thread_and_wait`) first *suspends* the
//! read locks of its built-in reads. It takes them back together with the
//! lock it waited for, all or nothing (if one is being written, it gives
//! the lock back and waits for that writer), or when the wait for other
//! threads ends. So a thread never waits while holding an implicit read
//! lock; only locks the program took itself (`read_lock`, `write_lock`,
//! the write of a mutating method in progress) are held across a wait.
//! A built-in method reads its receiver and its positional arguments
//! (`a.extend(b)`, `d.update(e)`, `s.update(a, b)`) before it takes the
//! receiver's write lock, so two threads doing `a.extend(b)` and
//! `b.extend(a)` do not hold a write each while waiting to read the other.
//! A writer that waits makes new readers wait behind it (writers do not
//! starve), except a thread that already holds a read (of that stripe, or
//! any `read_lock`), which must be let through to avoid a cycle.

use super::heap::context::{self, SHARED_WRITE};
use super::object::{flags, Obj};
use super::value::Value;
use crate::vm::valgrind;
use std::cell::Cell;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

const STRIPES: usize = 256;

/// The lock word of a stripe: a writer claimed it (it waits for the
/// readers to leave, and new readers wait), a writer holds it, someone
/// sleeps on the condvar. Readers are not counted here: each thread counts
/// its reads in its own `Node`, so readers on different cores never write
/// a shared cache line (one shared reader count made two cores reading one
/// protected dict slower than one).
const CLAIMED: u64 = 1;
const GRANTED: u64 = 2;
const PARKED: u64 = 1 << 63;

/// One lock (a cache line each: threads taking different stripes do not
/// contend on one line).
#[repr(align(64))]
struct Stripe {
    word: AtomicU64,
    park: Mutex<()>,
    wake: Condvar,
}

#[allow(clippy::declare_interior_mutable_const)]
const STRIPE: Stripe = Stripe { word: AtomicU64::new(0), park: Mutex::new(()), wake: Condvar::new() };
static LOCKS: [Stripe; STRIPES] = [STRIPE; STRIPES];

/// A thread's read counts, one per stripe: written by the thread, read by
/// writers waiting for the readers of a stripe to leave.
#[repr(align(64))]
struct Node {
    counts: [AtomicU32; STRIPES],
}

/// Every thread's node (a thread registers at its first read). Past
/// `MAX_NODES` threads, later ones share nodes: counts change by atomic
/// additions, so a shared node still sums right.
const MAX_NODES: usize = 1024;
#[allow(clippy::declare_interior_mutable_const)]
const NO_NODE: valgrind::OnceLock<&'static Node> = valgrind::OnceLock::new();
static NODES: [valgrind::OnceLock<&'static Node>; MAX_NODES] = [NO_NODE; MAX_NODES];
static NODE_COUNT: AtomicUsize = AtomicUsize::new(0);

/// What this thread holds, per stripe.
struct Mine {
    /// This thread's node (None until its first read).
    node: Cell<Option<&'static Node>>,
    /// Read acquisitions (all of them counted in the node).
    reads: [Cell<u32>; STRIPES],
    /// Of those, the implicit ones (built-in reads) a wait suspends.
    implicit: [Cell<u32>; STRIPES],
    /// Write nesting depth (0: not the writer).
    writes: [Cell<u32>; STRIPES],
    /// Explicit reads held on all stripes (`read_lock`).
    explicit_reads: Cell<u32>,
    /// Implicit reads held on all stripes.
    implicit_reads: Cell<u32>,
}

thread_local! {
    static MINE: Mine = const {
        Mine {
            node: Cell::new(None),
            reads: [const { Cell::new(0) }; STRIPES],
            implicit: [const { Cell::new(0) }; STRIPES],
            writes: [const { Cell::new(0) }; STRIPES],
            explicit_reads: Cell::new(0),
            implicit_reads: Cell::new(0),
        }
    };
}

fn bump(c: &Cell<u32>, d: i32) {
    c.set(c.get().wrapping_add_signed(d));
}

fn stripe_of(o: &Obj) -> usize {
    let a = o as *const Obj as usize;
    (a >> 4 ^ a >> 12) % STRIPES
}

/// How a lock is taken.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LockKind {
    /// A built-in read: suspended while its thread waits.
    ImplicitRead,
    /// `read_lock`: held across waits.
    Read,
    Write,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum How {
    Read { implicit: bool },
    Write,
    /// Inside this thread's own write: one level of its depth.
    Nested,
}

/// One acquisition of an object's lock, released on drop.
pub struct Held {
    stripe: u16,
    how: How,
}

fn node(m: &Mine) -> &'static Node {
    match m.node.get() {
        Some(n) => n,
        None => register(m),
    }
}

#[cold]
fn register(m: &Mine) -> &'static Node {
    let i = NODE_COUNT.fetch_add(1, Ordering::SeqCst) % MAX_NODES;
    let n = *NODES[i].get_or_init(|| Box::leak(Box::new(Node { counts: [const { AtomicU32::new(0) }; STRIPES] })));
    m.node.set(Some(n));
    n
}

/// Reads of stripe `s` held by all threads.
fn all_reads(s: usize) -> u32 {
    let n = NODE_COUNT.load(Ordering::SeqCst).min(MAX_NODES);
    NODES[..n].iter().filter_map(|slot| slot.get()).map(|node| node.counts[s].load(Ordering::SeqCst)).sum()
}

/// Try to add a reader of stripe `s`: refused while a writer holds it, and
/// while one has claimed it unless `bypass`. The count goes up first, then
/// the word is read (both sequentially consistent): a writer that claims
/// and then sums the counts cannot miss a reader that missed its claim.
fn try_read(s: usize, m: &Mine, bypass: bool) -> bool {
    try_read_parked(s, m, bypass, false)
}

/// `try_read`, as the attempt of `sleep_until` on stripe `s` when
/// `parking` (this thread then holds the stripe's `park` mutex).
fn try_read_parked(s: usize, m: &Mine, bypass: bool, parking: bool) -> bool {
    let lock = &LOCKS[s];
    let count = &node(m).counts[s];
    count.fetch_add(1, Ordering::SeqCst);
    let w = lock.word.load(Ordering::SeqCst);
    if w & GRANTED != 0 || (!bypass && w & CLAIMED != 0) {
        // Back out: the claiming writer may have seen this count and gone
        // to sleep waiting for it to go.
        leave_parked(s, m, 1, parking);
        return false;
    }
    valgrind::happens_after(&lock.word);
    true
}

/// Give back `n` reads of stripe `s`, waking a writer that sleeps until
/// the readers have left. The count goes down first, then the word is
/// read (both sequentially consistent): a writer that announces its sleep
/// (`sleep_until`) and then sums the counts either sees this count gone
/// or is seen asleep.
fn leave(s: usize, m: &Mine, n: u32) {
    leave_parked(s, m, n, false);
}

/// `leave`, by a thread that holds the stripe's `park` mutex when
/// `parking` (a reader backing out inside `sleep_until`): it wakes the
/// sleepers directly and leaves PARKED set, as it is about to sleep too.
fn leave_parked(s: usize, m: &Mine, n: u32, parking: bool) {
    let count = &node(m).counts[s];
    valgrind::happens_before(count);
    count.fetch_sub(n, Ordering::SeqCst);
    let lock = &LOCKS[s];
    if lock.word.load(Ordering::SeqCst) & PARKED != 0 {
        if parking {
            lock.wake.notify_all();
        } else {
            wake_sleepers(lock);
        }
    }
}

/// Claim stripe `s` for a write: refused while another writer has it.
fn claim(lock: &Stripe) -> bool {
    let w = lock.word.load(Ordering::Relaxed);
    w & (CLAIMED | GRANTED) == 0 && lock.word.compare_exchange(w, w | CLAIMED, Ordering::SeqCst, Ordering::Relaxed).is_ok()
}

/// With the claim held: if no other thread reads stripe `s` (this thread
/// reads it `mine` times), hold the write. A reader let past the claim
/// (`bypass`) may come in between the sum and the grant: sum again after.
fn try_grant(s: usize, mine: u32) -> bool {
    let lock = &LOCKS[s];
    if all_reads(s) != mine {
        return false;
    }
    lock.word.fetch_or(GRANTED, Ordering::SeqCst);
    if all_reads(s) != mine {
        lock.word.fetch_and(!GRANTED, Ordering::SeqCst);
        return false;
    }
    #[cfg(feature = "valgrind")]
    for slot in &NODES[..NODE_COUNT.load(Ordering::SeqCst).min(MAX_NODES)] {
        if let Some(node) = slot.get() {
            valgrind::happens_after(&node.counts[s]);
        }
    }
    valgrind::happens_after(&lock.word);
    true
}

/// Try to become the writer of stripe `s` at once.
fn try_write(s: usize, m: &Mine) -> bool {
    let lock = &LOCKS[s];
    if !claim(lock) {
        return false;
    }
    if try_grant(s, m.reads[s].get()) {
        return true;
    }
    release_bits(lock, CLAIMED);
    false
}

/// With the claim of stripe `s` held: become its writer once the other
/// readers have left. Readers usually leave within a few instructions, so
/// spin, then yield, before sleeping until the last one wakes us (`leave`).
fn grant_when_readers_leave(s: usize, mine: u32) {
    for round in 0..128 {
        if try_grant(s, mine) {
            return;
        }
        if round < 64 {
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
    sleep_until(&LOCKS[s], || try_grant(s, mine));
}

/// Take `bits` off the lock word (a release), waking sleepers if any.
fn release_bits(s: &Stripe, bits: u64) {
    valgrind::happens_before(&s.word);
    if s.word.fetch_sub(bits, Ordering::Release) & PARKED != 0 {
        wake_sleepers(s);
    }
}

/// Wake the threads sleeping on `s` (they try again, and sleep again if
/// they still cannot go on).
fn wake_sleepers(s: &Stripe) {
    let g = valgrind::lock(&s.park);
    s.word.fetch_and(!PARKED, Ordering::Relaxed);
    s.wake.notify_all();
    drop(g);
}

/// Sleep on stripe `s` until `attempt` succeeds.
fn sleep_until(s: &Stripe, mut attempt: impl FnMut() -> bool) {
    let mut g = valgrind::lock(&s.park);
    loop {
        if attempt() {
            return;
        }
        // Announce the sleep, then look again: a release that came before
        // the announcement is seen by this attempt, one after it wakes us
        // (it takes `park`, which we hold until the wait releases it).
        // Sequentially consistent, for the readers' side of this (`leave`).
        s.word.fetch_or(PARKED, Ordering::SeqCst);
        if attempt() {
            return;
        }
        g = valgrind::wait(&s.wake, g);
    }
}

/// Acquire the lock of `o` (blocking). A view of a protected dict (flagged
/// protected with it) takes the dict's lock.
pub fn acquire(o: &Obj, kind: LockKind) -> Held {
    let owner = super::types::dict_views::viewed_dict(o).unwrap_or(o);
    acquire_stripe(stripe_of(owner), kind)
}

fn acquire_stripe(s: usize, kind: LockKind) -> Held {
    MINE.with(|m| {
        let stripe = s as u16;
        if m.writes[s].get() > 0 {
            // Anything inside our own write is part of it.
            bump(&m.writes[s], 1);
            return Held { stripe, how: How::Nested };
        }
        let granted = match kind {
            LockKind::Write => try_write(s, m),
            LockKind::Read | LockKind::ImplicitRead => try_read(s, m, read_bypass(m, s)),
        };
        if !granted {
            wait_for(m, s, kind);
        }
        let how = match kind {
            LockKind::Write => {
                m.writes[s].set(1);
                How::Write
            }
            LockKind::Read | LockKind::ImplicitRead => {
                bump(&m.reads[s], 1);
                let implicit = kind == LockKind::ImplicitRead;
                if implicit {
                    bump(&m.implicit[s], 1);
                    bump(&m.implicit_reads, 1);
                } else {
                    bump(&m.explicit_reads, 1);
                }
                How::Read { implicit }
            }
        };
        Held { stripe, how }
    })
}

/// May this thread read stripe `s` past waiting writers? Yes if it already
/// reads it, or holds any `read_lock` (a writer may be waiting for it).
fn read_bypass(m: &Mine, s: usize) -> bool {
    m.reads[s].get() > 0 || m.explicit_reads.get() > 0
}

/// Implicit reads given back while their thread waits: (stripe, count).
type Suspended = Vec<(usize, u32)>;

/// The slow path of `acquire_stripe`: wait for the lock of stripe `s`
/// holding no implicit read meanwhile, then take those reads back together
/// with it, all or nothing: if one of them cannot be had at once (another
/// thread writes that object now), give the lock back, wait for that
/// writer, and start again. So a thread never waits while holding a
/// built-in read, nor holds the lock it waited for while waiting for one.
#[cold]
#[inline(never)]
fn wait_for(m: &Mine, s: usize, kind: LockKind) {
    let suspended = suspend_implicit(m);
    let lock = &LOCKS[s];
    loop {
        if kind == LockKind::Write {
            // Claim it (new readers now wait), then wait for the readers to
            // leave.
            sleep_until(lock, || claim(lock));
            grant_when_readers_leave(s, m.reads[s].get());
            // Reads of `s` taken back below are inside this write.
            m.writes[s].set(1);
        } else {
            let bypass = read_bypass(m, s);
            sleep_until(lock, || try_read_parked(s, m, bypass, true));
        }
        let Err(busy) = resume(m, &suspended, false) else { return };
        if kind == LockKind::Write {
            m.writes[s].set(0);
            release_bits(lock, CLAIMED | GRANTED);
        } else {
            leave(s, m, 1);
        }
        let other = &LOCKS[busy];
        sleep_until(other, || other.word.load(Ordering::Relaxed) & GRANTED == 0);
    }
}

/// About to wait: give back every implicit read this thread holds (see the
/// module comment), to be taken back by `resume`.
fn suspend_implicit(m: &Mine) -> Suspended {
    if m.implicit_reads.get() == 0 {
        return Vec::new();
    }
    let mut suspended = Vec::new();
    for s in 0..STRIPES {
        let n = m.implicit[s].get();
        if n > 0 {
            m.implicit[s].set(0);
            bump(&m.reads[s], -(n as i32));
            suspended.push((s, n));
            leave(s, m, n);
        }
    }
    m.implicit_reads.set(0);
    suspended
}

/// Take suspended reads back (past waiting writers: they may be waiting
/// for this thread). Not `blocking`: fail with the first stripe another
/// thread writes now, having taken none back.
fn resume(m: &Mine, suspended: &Suspended, blocking: bool) -> Result<(), usize> {
    let count = |s: usize| &node(m).counts[s];
    for (i, &(s, n)) in suspended.iter().enumerate() {
        let lock = &LOCKS[s];
        if m.writes[s].get() > 0 {
            // Our own write: count our reads for after it.
            count(s).fetch_add(n, Ordering::Relaxed);
            continue;
        }
        if !try_read(s, m, true) {
            if !blocking {
                for &(t, k) in &suspended[..i] {
                    leave(t, m, k);
                }
                return Err(s);
            }
            sleep_until(lock, || try_read_parked(s, m, true, true));
        }
        // The first read is counted; add the others.
        count(s).fetch_add(n - 1, Ordering::Relaxed);
    }
    for &(s, n) in suspended {
        bump(&m.reads[s], n as i32);
        bump(&m.implicit[s], n as i32);
        bump(&m.implicit_reads, n as i32);
    }
    Ok(())
}

impl Drop for Held {
    fn drop(&mut self) {
        let s = self.stripe as usize;
        MINE.with(|m| match self.how {
            How::Write | How::Nested => {
                bump(&m.writes[s], -1);
                if m.writes[s].get() == 0 {
                    release_bits(&LOCKS[s], CLAIMED | GRANTED);
                }
            }
            How::Read { implicit } => {
                bump(&m.reads[s], -1);
                if implicit {
                    bump(&m.implicit[s], -1);
                    bump(&m.implicit_reads, -1);
                } else {
                    bump(&m.explicit_reads, -1);
                }
                leave(s, m, 1);
            }
        })
    }
}

/// The read lock of a protected object for the length of one built-in
/// read; nothing for any other object.
#[must_use = "the guard must live until the read is done"]
pub struct ReadGuard {
    _held: Option<Held>,
}

impl ReadGuard {
    pub const NONE: ReadGuard = ReadGuard { _held: None };
}

/// Start a built-in read of `v`. Until the first context starts, the
/// main thread is alone and reads need no lock (one test of a global,
/// then nothing more for single-threaded programs).
#[inline(always)]
pub fn read(v: &Value) -> ReadGuard {
    if !super::heap::epoch::parallel_started() {
        return ReadGuard::NONE;
    }
    read_started(v)
}

#[inline(always)]
fn read_started(v: &Value) -> ReadGuard {
    match v.as_obj() {
        Some(o) if is_protected(o) => read_slow(o),
        _ => ReadGuard::NONE,
    }
}

#[cold]
#[inline(never)]
fn read_slow(o: &Obj) -> ReadGuard {
    ReadGuard { _held: Some(acquire(o, LockKind::ImplicitRead)) }
}

/// Call built-in `func` with `args` (once contexts may run: see
/// `call::call_native`), reading its receiver (or first argument) and
/// every other positional argument under their read locks, before any
/// write lock the built-in takes (see the module comment): `s.update(a, b)`
/// reads `b` before it writes `s`, like `a`. Out of line, so that calls
/// stay as small as they were while no context has started.
#[inline(never)]
pub fn call_reading(vm: &mut super::state::Vm, func: super::args::NativeFn, args: super::args::Args) -> super::errors::PyResult<Value> {
    let _reads = match args.args {
        [] => (ReadGuard::NONE, ReadGuard::NONE),
        [receiver] => (read_started(receiver), ReadGuard::NONE),
        [receiver, first, ..] => (read_started(receiver), read_started(first)),
    };
    // Further arguments are rare; a Vec only if one of them is protected.
    let _more: Vec<ReadGuard> = match args.args {
        [_, _, rest @ ..] => rest.iter().map(read_started).filter(|g| g._held.is_some()).collect(),
        _ => Vec::new(),
    };
    func(vm, args)
}

/// Is `o` protected? (Fast paths leave protected objects to the general
/// paths, which lock them.)
#[inline(always)]
pub fn is_protected(o: &Obj) -> bool {
    // The build that measures the memory model's cost has none of it.
    !cfg!(feature = "bench-no-context-check") && o.flags() & flags::PROTECTED != 0
}

/// This thread is about to wait for other threads (`map`, a main-thread
/// call): its implicit reads are suspended until the guard drops, so that
/// the threads it waits for may write what it was reading.
#[must_use = "the reads are taken back when the guard drops"]
pub struct Waiting(Suspended);

pub fn waiting() -> Waiting {
    Waiting(MINE.with(suspend_implicit))
}

impl Drop for Waiting {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            // Blocking: takes everything back (it cannot fail).
            let _ = MINE.with(|m| resume(m, &self.0, true));
        }
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
    // One flag test; no need to ask whether contexts have started: the
    // lock of a protected object is cheap when the main thread is alone.
    if let Some(o) = target.as_obj() {
        if is_protected(o) {
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

#[cfg(test)]
mod tests {
    //! The lock word and the per-thread bookkeeping, stripe by stripe (the
    //! Python-level rules are tested by `tests/parallel/read_locks.py`).
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::{mpsc, Arc, Barrier};
    use std::thread;
    use std::time::Duration;

    fn readers(s: usize) -> u64 {
        all_reads(s) as u64
    }

    fn writer(s: usize) -> bool {
        LOCKS[s].word.load(Ordering::SeqCst) & GRANTED != 0
    }

    /// Run `f` on a thread; fail (instead of hanging) if it deadlocks.
    fn finishes(f: impl FnOnce() + Send + 'static) {
        let (tx, rx) = mpsc::channel();
        let h = thread::spawn(move || {
            f();
            tx.send(()).unwrap();
        });
        if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(Duration::from_secs(60)) {
            panic!("deadlock");
        }
        h.join().unwrap();
    }

    /// Run `f(0, both)` and `f(1, both)` on two threads (`both`: a barrier
    /// for the two); fail instead of hanging if they deadlock.
    fn pair_finishes(f: impl Fn(usize, &Barrier) + Send + Sync + 'static) {
        let f = Arc::new(f);
        let both = Arc::new(Barrier::new(2));
        let runs: Vec<_> = (0..2)
            .map(|i| {
                let (f, both) = (f.clone(), both.clone());
                let (tx, rx) = mpsc::channel();
                let h = thread::spawn(move || {
                    f(i, &both);
                    tx.send(()).unwrap();
                });
                (h, rx)
            })
            .collect();
        for (h, rx) in runs {
            if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(Duration::from_secs(60)) {
                panic!("deadlock");
            }
            h.join().unwrap();
        }
    }

    #[test]
    fn readers_share_the_lock() {
        const S: usize = 1;
        pair_finishes(|_, both| {
            let _r = acquire_stripe(S, LockKind::Read);
            // Both hold the read at once, or this never returns.
            both.wait();
            assert_eq!(readers(S), 2);
            both.wait();
        });
        assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    #[test]
    fn a_writer_excludes_readers_and_writers() {
        const S: usize = 2;
        let w = acquire_stripe(S, LockKind::Write);
        let got = Arc::new(AtomicBool::new(false));
        let hs: Vec<_> = [LockKind::ImplicitRead, LockKind::Write]
            .into_iter()
            .map(|kind| {
                let got = got.clone();
                thread::spawn(move || {
                    let _h = acquire_stripe(S, kind);
                    got.store(true, Ordering::SeqCst);
                })
            })
            .collect();
        thread::sleep(Duration::from_millis(50));
        assert!(!got.load(Ordering::SeqCst), "entered while the writer held the lock");
        drop(w);
        hs.into_iter().for_each(|h| h.join().unwrap());
        assert!(got.load(Ordering::SeqCst));
        assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    #[test]
    fn reentrant_within_a_thread() {
        const S: usize = 3;
        finishes(|| {
            let w = acquire_stripe(S, LockKind::Write);
            let r = acquire_stripe(S, LockKind::ImplicitRead);
            let w2 = acquire_stripe(S, LockKind::Write);
            assert_eq!(readers(S), 0, "reads inside a write are part of it");
            drop(w);
            assert!(writer(S), "still inside the nested levels");
            drop((w2, r));
            assert!(!writer(S));
            // The only reader may write, keeping its reads.
            let r = acquire_stripe(S, LockKind::Read);
            let r2 = acquire_stripe(S, LockKind::ImplicitRead);
            let w = acquire_stripe(S, LockKind::Write);
            assert!(writer(S) && readers(S) == 2);
            drop(w);
            assert_eq!(readers(S), 2);
            drop((r2, r));
            assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
        });
    }

    /// Two threads inside built-in reads of one object both write it (a
    /// key's `__eq__` that writes): the classic upgrade deadlock, avoided
    /// by suspending the implicit reads while waiting.
    #[test]
    fn implicit_reads_never_deadlock_an_upgrade() {
        const S: usize = 4;
        pair_finishes(|_, both| {
            let r = acquire_stripe(S, LockKind::ImplicitRead);
            both.wait();
            let w = acquire_stripe(S, LockKind::Write);
            drop(w);
            // The read is back once the write is over.
            MINE.with(|m| assert_eq!(m.implicit[S].get(), 1));
            drop(r);
        });
        assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    /// `read_lock` is held across waits: a writer waits for it.
    #[test]
    fn explicit_reads_are_kept_while_waiting() {
        const S: usize = 5;
        const T: usize = 6;
        let r = acquire_stripe(S, LockKind::Read);
        let other = acquire_stripe(T, LockKind::Write);
        let got = Arc::new(AtomicBool::new(false));
        let g2 = got.clone();
        // A thread holding a read of S that must wait for T keeps S.
        let (holds, held) = mpsc::channel();
        let reader = thread::spawn(move || {
            let _r = acquire_stripe(S, LockKind::Read);
            holds.send(()).unwrap();
            let _t = acquire_stripe(T, LockKind::ImplicitRead);
        });
        held.recv().unwrap();
        let w = thread::spawn(move || {
            let _w = acquire_stripe(S, LockKind::Write);
            g2.store(true, Ordering::SeqCst);
        });
        thread::sleep(Duration::from_millis(50));
        assert!(!got.load(Ordering::SeqCst));
        drop(r);
        thread::sleep(Duration::from_millis(50));
        assert!(!got.load(Ordering::SeqCst), "the other thread's read_lock was given up");
        drop(other);
        reader.join().unwrap();
        w.join().unwrap();
        assert!(got.load(Ordering::SeqCst));
    }

    /// A waiting writer holds back new readers, but not a thread that
    /// already reads (it may be what the writer waits for).
    #[test]
    fn waiting_writers_hold_back_new_readers_only() {
        const S: usize = 7;
        let r = acquire_stripe(S, LockKind::ImplicitRead);
        let w = thread::spawn(|| drop(acquire_stripe(S, LockKind::Write)));
        // The writer claims the stripe (on its second try, after a first
        // that gives the claim back) and keeps the claim while it waits.
        while LOCKS[S].word.load(Ordering::SeqCst) & CLAIMED == 0 {
            thread::yield_now();
        }
        thread::sleep(Duration::from_millis(20));
        assert_ne!(LOCKS[S].word.load(Ordering::SeqCst) & CLAIMED, 0);
        let got = Arc::new(AtomicBool::new(false));
        let g2 = got.clone();
        let newcomer = thread::spawn(move || {
            let _r = acquire_stripe(S, LockKind::ImplicitRead);
            g2.store(true, Ordering::SeqCst);
        });
        // Reentrant: granted at once.
        let r2 = acquire_stripe(S, LockKind::ImplicitRead);
        thread::sleep(Duration::from_millis(50));
        assert!(!got.load(Ordering::SeqCst), "a new reader overtook a waiting writer");
        drop((r2, r));
        w.join().unwrap();
        newcomer.join().unwrap();
        assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    /// `waiting()` (a thread about to wait for others) gives back its
    /// implicit reads and takes them back afterwards.
    #[test]
    fn waiting_suspends_implicit_reads() {
        const S: usize = 8;
        finishes(|| {
            let r = acquire_stripe(S, LockKind::ImplicitRead);
            let e = acquire_stripe(S, LockKind::Read);
            assert_eq!(readers(S), 2);
            let wait = waiting();
            assert_eq!(readers(S), 1, "only the explicit read is kept");
            // Another thread may now write... once the explicit read goes.
            drop(e);
            thread::spawn(|| drop(acquire_stripe(S, LockKind::Write))).join().unwrap();
            drop(wait);
            assert_eq!(readers(S), 1);
            drop(r);
            assert_eq!(readers(S), 0);
        });
    }

    /// `a.extend(b)` and `b.extend(a)` at once: each reads its receiver and
    /// argument, then writes its receiver, and ends up holding both.
    #[test]
    fn crossed_writes_after_reads_never_deadlock() {
        const A: usize = 9;
        const B: usize = 10;
        pair_finishes(|i, both| {
            let (x, y) = if i == 0 { (A, B) } else { (B, A) };
            let reads = (acquire_stripe(x, LockKind::ImplicitRead), acquire_stripe(y, LockKind::ImplicitRead));
            both.wait();
            let w = acquire_stripe(x, LockKind::Write);
            MINE.with(|m| assert_eq!((m.implicit[x].get(), m.implicit[y].get()), (1, 1)));
            assert!(readers(y) >= 1, "the argument is read while the receiver is written");
            drop(w);
            drop(reads);
        });
        assert_eq!(LOCKS[A].word.load(Ordering::SeqCst) & !PARKED, 0);
        assert_eq!(LOCKS[B].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    /// A thread waiting for a lock has given its reads back; if one of them
    /// is being written when the lock comes, it gives the lock back, waits
    /// for that writer, and then holds both.
    #[test]
    fn a_suspended_read_written_meanwhile_is_waited_for() {
        const A: usize = 11;
        const B: usize = 12;
        let held_a = acquire_stripe(A, LockKind::Write);
        let (tx, rx) = mpsc::channel();
        let (done_tx, done_rx) = mpsc::channel();
        let t = thread::spawn(move || {
            let rb = acquire_stripe(B, LockKind::ImplicitRead);
            tx.send(()).unwrap();
            let wa = acquire_stripe(A, LockKind::Write);
            assert!(writer(A) && readers(B) == 1);
            MINE.with(|m| assert_eq!(m.implicit[B].get(), 1));
            drop(wa);
            drop(rb);
            done_tx.send(()).unwrap();
        });
        rx.recv().unwrap();
        // The waiter sleeps for A's claim once it has given B back.
        while LOCKS[A].word.load(Ordering::SeqCst) & PARKED == 0 {
            thread::yield_now();
        }
        // The waiter gave B back: it can be written now, while A is freed.
        let wb = acquire_stripe(B, LockKind::Write);
        drop(held_a);
        thread::sleep(Duration::from_millis(50));
        drop(wb);
        done_rx.recv_timeout(Duration::from_secs(60)).expect("deadlock");
        t.join().unwrap();
        assert_eq!(LOCKS[A].word.load(Ordering::SeqCst) & !PARKED, 0);
        assert_eq!(LOCKS[B].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    #[test]
    fn the_last_reader_wakes_a_sleeping_writer() {
        const S: usize = 13;
        // A read held until the writer has gone to sleep waiting for it.
        let r = acquire_stripe(S, LockKind::Read);
        let (done_tx, done_rx) = mpsc::channel();
        let t = thread::spawn(move || {
            let w = acquire_stripe(S, LockKind::Write);
            assert!(writer(S) && readers(S) == 0);
            drop(w);
            done_tx.send(()).unwrap();
        });
        while LOCKS[S].word.load(Ordering::SeqCst) & (CLAIMED | PARKED) != CLAIMED | PARKED {
            thread::yield_now();
        }
        // Nothing else will ever touch S: only `leave` can wake the writer.
        drop(r);
        done_rx.recv_timeout(Duration::from_secs(60)).expect("the writer was not woken");
        t.join().unwrap();
        assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
    }

    #[test]
    fn readers_backing_out_of_a_claim_do_not_strand_the_writer() {
        const S: usize = 14;
        // Stress: readers keep coming while writers wait. Each new one
        // counts itself, sees the claim and backs out, waking the writer
        // in case it saw that count and went to sleep; no writer may stay
        // asleep.
        let r = acquire_stripe(S, LockKind::Read);
        let stop = Arc::new(AtomicBool::new(false));
        let readers_: Vec<_> = (0..2)
            .map(|_| {
                let stop = stop.clone();
                thread::spawn(move || {
                    while !stop.load(Ordering::SeqCst) {
                        drop(acquire_stripe(S, LockKind::ImplicitRead));
                    }
                })
            })
            .collect();
        let (done_tx, done_rx) = mpsc::channel();
        let t = thread::spawn(move || {
            for _ in 0..200 {
                drop(acquire_stripe(S, LockKind::Write));
            }
            done_tx.send(()).unwrap();
        });
        thread::sleep(Duration::from_millis(20));
        drop(r);
        done_rx.recv_timeout(Duration::from_secs(60)).expect("a writer stayed asleep");
        stop.store(true, Ordering::SeqCst);
        readers_.into_iter().for_each(|h| h.join().unwrap());
        t.join().unwrap();
        assert_eq!(LOCKS[S].word.load(Ordering::SeqCst) & !PARKED, 0);
    }
}
