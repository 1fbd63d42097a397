//! Deferred reclamation of main-heap memory (QSBR with epochs).
//!
//! Parallel contexts read main-heap objects without counting references.
//! So when the main thread releases memory (an object whose count reached
//! zero, or the old backing buffer of a growing list or dict) while
//! contexts are live, a context may still hold a pointer into it. Such
//! memory is *retired* instead of freed: it is tagged with the current
//! global epoch, the epoch is advanced, and the memory is released once
//! every context that was live at that moment has ended.
//!
//! A context announces the epoch it started in (in its worker's slot) and
//! clears the slot when it ends: an item retired at epoch E may be freed as
//! soon as no slot holds an epoch <= E. Contexts that start later cannot
//! reach the item: it was unlinked before the epoch moved past E.
//!
//! Single-threaded programs never start a worker, and then nothing here is
//! ever consulted beyond one relaxed load (`parallel_started`).

use std::sync::atomic::{fence, AtomicBool, AtomicU64, AtomicUsize, Ordering::*};
use std::sync::Mutex;
use crate::vm::valgrind::{self, AtomicVg};

/// Most worker threads that may run contexts at once.
pub const MAX_SLOTS: usize = 1024;
const IDLE: u64 = u64::MAX;

static STARTED: AtomicBool = AtomicBool::new(false);
static GLOBAL_EPOCH: AtomicU64 = AtomicU64::new(1);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static NEXT_SLOT: AtomicUsize = AtomicUsize::new(0);
#[allow(clippy::declare_interior_mutable_const)]
const IDLE_SLOT: AtomicU64 = AtomicU64::new(IDLE);
static SLOTS: [AtomicU64; MAX_SLOTS] = [IDLE_SLOT; MAX_SLOTS];

/// Something whose release waits for the contexts that might still see it.
pub enum Retired {
    /// The address of a main-heap object whose count reached zero (freed by
    /// `free_now` on the main thread).
    Object(usize),
    /// A buffer or other owned memory, released by dropping it.
    Memory(Box<dyn Send>),
}

/// Retired items, oldest first, with their epochs. The main thread retires
/// objects and buffers; a context writing a protected main container
/// retires that container's old buffers.
static RETIRED: Mutex<Vec<(u64, Retired)>> = Mutex::new(Vec::new());
static RETIRED_COUNT: AtomicUsize = AtomicUsize::new(0);

fn retired() -> valgrind::Guard<'static, Vec<(u64, Retired)>> {
    valgrind::lock(&RETIRED)
}

/// Have contexts ever been possible in this process?
#[inline(always)]
pub fn parallel_started() -> bool {
    #[cfg(feature = "bench-no-context-check")]
    return false;
    #[cfg(not(feature = "bench-no-context-check"))]
    STARTED.load(Relaxed)
}

/// Called once when the worker pool starts.
pub fn mark_parallel_started() {
    super::float_free::stop_inline_paths();
    STARTED.store(true, SeqCst);
}

static FREE_SLOTS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// A slot for a context about to start (None when all are taken). Each
/// live context holds one; a persisting context keeps its slot until the
/// main thread has adopted its arena.
pub fn register_slot() -> Option<usize> {
    if let Some(s) = valgrind::lock(&FREE_SLOTS).pop() {
        return Some(s);
    }
    let s = NEXT_SLOT.fetch_add(1, SeqCst);
    (s < MAX_SLOTS).then_some(s)
}

/// Give back a slot whose context has exited.
pub fn release_slot(slot: usize) {
    valgrind::lock(&FREE_SLOTS).push(slot);
}

/// A context starts on the worker owning `slot`. Must happen before the
/// context reads any main-heap object.
pub fn enter(slot: usize) {
    LIVE.fetch_add(1, SeqCst);
    SLOTS[slot].store(GLOBAL_EPOCH.load(SeqCst), SeqCst);
    fence(SeqCst);
}

/// The context on `slot` ended: it holds no main-heap pointers any more.
pub fn exit(slot: usize) {
    // Every read the context made happens before the main thread's reuse
    // of memory it sees released (`reclaim`, or a free once no context is live).
    valgrind::happens_before(&SLOTS[slot]);
    SLOTS[slot].store(IDLE, SeqCst);
    valgrind::happens_before(&LIVE);
    LIVE.fetch_sub(1, SeqCst);
}

/// Number of contexts running right now.
pub fn live_contexts() -> usize {
    LIVE.load(SeqCst)
}

/// Must memory the main thread just unlinked wait before being released?
#[inline]
pub fn must_defer() -> bool {
    if !parallel_started() {
        return false;
    }
    // Order the caller's unlinking stores before reading LIVE: a context
    // that starts after this sees the unlinked state.
    fence(SeqCst);
    LIVE.load_vg(SeqCst) != 0 || RETIRED_COUNT.load(SeqCst) != 0 || super::main_ops::pending() != 0
}

/// Retire `item`. Call only when `must_defer()` said so.
pub fn retire(item: Retired) {
    let mut r = retired();
    // Epoch taken under the lock, so the list stays sorted by epoch.
    let e = GLOBAL_EPOCH.fetch_add(1, SeqCst);
    r.push((e, item));
    let n = r.len();
    RETIRED_COUNT.store(n, SeqCst);
    drop(r);
    if n % 4096 == 0 && !super::in_parallel_context() {
        reclaim();
    }
}

/// Release `memory` (say, the old backing buffer of a container that just
/// grew) now, or once no context can still see it.
///
/// In a context, memory of the context's own containers is dropped at once;
/// only a write to a protected object it does not own (see
/// `heap::shared`) retires it.
pub fn defer_drop<T: Send + 'static>(memory: Box<T>) {
    let in_context = super::in_parallel_context();
    if in_context && !super::shared::sharing() {
        drop(memory);
    } else if must_defer() {
        retire(Retired::Memory(memory));
    } else {
        drop(memory);
    }
}

/// The oldest epoch any live context started in.
fn oldest_live_epoch() -> u64 {
    fence(SeqCst);
    let n = NEXT_SLOT.load(SeqCst).min(MAX_SLOTS);
    SLOTS[..n].iter().map(|s| s.load_vg(SeqCst)).min().unwrap_or(IDLE)
}

/// Release every retired item no live context can see (main thread).
/// Returns how many items were released.
pub fn reclaim() -> usize {
    // Counts queued by contexts land first: they may resurrect retired objects.
    super::main_ops::apply();
    // Persisting contexts hold their slots until their arenas are adopted.
    for slot in super::persist::adopt_pending() {
        exit(slot);
        release_slot(slot);
    }
    super::persist::sweep();
    let horizon = oldest_live_epoch();
    let ready: Vec<(u64, Retired)> = {
        let mut r = retired();
        let cut = r.partition_point(|(e, _)| *e < horizon);
        let ready = r.drain(..cut).collect();
        RETIRED_COUNT.store(r.len(), SeqCst);
        ready
    };
    let n = ready.len();
    for (_, item) in ready {
        match item {
            Retired::Object(p) => super::release_retired(p as *const super::Obj),
            Retired::Memory(m) => drop(m),
        }
    }
    n
}

/// Items waiting for contexts to end (for `parallel.stats()`).
pub fn pending() -> usize {
    RETIRED_COUNT.load(SeqCst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;

    struct Flag(Arc<AtomicBool>);
    impl Drop for Flag {
        fn drop(&mut self) {
            self.0.store(true, SeqCst);
        }
    }

    /// Memory retired while a context is live waits for it to end; memory
    /// retired when none is live (and nothing waits) goes at once.
    #[test]
    fn retired_memory_waits_for_live_contexts() {
        mark_parallel_started();
        let slot = register_slot().expect("a slot");
        enter(slot);
        let freed = Arc::new(AtomicBool::new(false));
        defer_drop(Box::new(Flag(freed.clone())));
        reclaim();
        assert!(!freed.load(SeqCst), "freed while a context that could see it is live");
        exit(slot);
        release_slot(slot);
        reclaim();
        assert!(freed.load(SeqCst), "not freed after the context ended");

        // A context that starts after the retirement does not hold it back.
        let late = Arc::new(AtomicBool::new(false));
        let s1 = register_slot().expect("a slot");
        enter(s1);
        defer_drop(Box::new(Flag(late.clone())));
        let s2 = register_slot().expect("a slot");
        enter(s2);
        exit(s1);
        release_slot(s1);
        reclaim();
        assert!(late.load(SeqCst), "held back by a context that started later");
        exit(s2);
        release_slot(s2);
    }
}
