//! "Am I in a parallel context?" — one `const`-initialised thread-local
//! word, a single `fs`-relative load on x86-64. 0 means the main thread (or
//! any thread not running a context); otherwise the running context's id,
//! with `SHARED_WRITE` set while the context writes a protected object it
//! does not own (containers then export what they store, see `heap::shared`).

use crate::vm::object::flags;
use std::cell::Cell;

/// Set in the context word while a context writes a protected object it
/// does not own.
pub const SHARED_WRITE: u32 = 1 << 31;

/// The objects whose references the main thread does not count: immortal
/// ones (nobody counts them) and those in a context's arena (counted per
/// context, see `heap::persist`).
pub const UNCOUNTED: u32 = flags::IMMORTAL | flags::CONTEXT;

/// The refcount mask outside parallel contexts.
pub const MAIN_REFCOUNT_MASK: u32 = UNCOUNTED;

thread_local! {
    static CURRENT_CONTEXT: Cell<u32> = const { Cell::new(0) };
    /// `heap::incref`'s mask: an object whose flags meet it is not counted
    /// by this thread. UNCOUNTED on the main thread; in a context it also
    /// holds `flags::OBJECT`, which every object has, so nothing is counted.
    /// One load and one `test` against the object's flags, the same as the
    /// main thread's own test would be.
    static REFCOUNT_MASK: Cell<u32> = const { Cell::new(MAIN_REFCOUNT_MASK) };
    /// `protocols::check_mutable`'s mask: an object whose flags meet it
    /// needs the slow check. On the main thread, protected objects and
    /// context objects; in a context, every object (`flags::OBJECT`).
    static MUTATION_MASK: Cell<u32> = const { Cell::new(MAIN_MUTATION_MASK) };
}

/// The mutation mask outside parallel contexts.
pub const MAIN_MUTATION_MASK: u32 = flags::PROTECTED | flags::CONTEXT;

/// One of this thread's words, or, in the `bench-no-context-check` build
/// (which measures what the checks cost single-threaded code), the main
/// thread's constant value.
#[inline(always)]
fn read(word: &'static std::thread::LocalKey<Cell<u32>>, main_value: u32) -> u32 {
    if cfg!(feature = "bench-no-context-check") { main_value } else { word.with(|c| c.get()) }
}

/// The raw context word (id | flags).
#[inline(always)]
pub fn context_word() -> u32 {
    read(&CURRENT_CONTEXT, 0)
}

/// See REFCOUNT_MASK.
#[inline(always)]
pub fn refcount_mask() -> u32 {
    read(&REFCOUNT_MASK, MAIN_REFCOUNT_MASK)
}

/// See MUTATION_MASK.
#[inline(always)]
pub fn mutation_mask() -> u32 {
    read(&MUTATION_MASK, MAIN_MUTATION_MASK)
}

/// The id of the context running on this thread (0: none).
#[inline(always)]
pub fn current_context() -> u32 {
    context_word() & !SHARED_WRITE
}

#[inline(always)]
pub fn in_parallel_context() -> bool {
    context_word() != 0
}

/// Enter (id != 0) or leave (id == 0) a parallel context on this thread;
/// also sets or restores the whole word, SHARED_WRITE included (see
/// `protection::MutationGuard`).
pub fn set_current_context(word: u32) {
    CURRENT_CONTEXT.with(|c| c.set(word));
    let (refcount, mutation) = if word != 0 { (UNCOUNTED | flags::OBJECT, flags::OBJECT) } else { (MAIN_REFCOUNT_MASK, MAIN_MUTATION_MASK) };
    REFCOUNT_MASK.with(|c| c.set(refcount));
    MUTATION_MASK.with(|c| c.set(mutation));
}

thread_local! {
    static IS_WORKER: Cell<bool> = const { Cell::new(false) };
}

/// Mark this thread as a runtime thread (worker, timer): it never counts
/// main-heap references itself, even between contexts.
pub fn mark_worker_thread() {
    IS_WORKER.with(|w| w.set(true));
}

/// Is this the main thread, outside any context (the only place main-heap
/// counts may be changed directly)?
#[inline]
pub fn on_main_thread() -> bool {
    context_word() == 0 && !IS_WORKER.with(|w| w.get())
}

#[cfg(all(test, not(feature = "bench-no-context-check")))]
mod tests {
    use super::*;

    #[test]
    fn masks_follow_the_context_word() {
        // A fresh test thread is outside any context.
        std::thread::spawn(|| {
            assert_eq!((refcount_mask(), mutation_mask()), (MAIN_REFCOUNT_MASK, MAIN_MUTATION_MASK));
            // Main-thread objects: plain ones are counted and mutable
            // without a look; immortal and context objects are not counted.
            assert_eq!(flags::OBJECT & refcount_mask(), 0);
            assert_ne!((flags::OBJECT | flags::IMMORTAL) & refcount_mask(), 0);
            assert_ne!((flags::OBJECT | flags::CONTEXT) & refcount_mask(), 0);
            assert_eq!(flags::OBJECT & mutation_mask(), 0);
            assert_ne!((flags::OBJECT | flags::PROTECTED) & mutation_mask(), 0);
            for word in [7, 7 | SHARED_WRITE] {
                set_current_context(word);
                assert!(in_parallel_context());
                // In a context every object meets both masks.
                assert_ne!(flags::OBJECT & refcount_mask(), 0);
                assert_ne!(flags::OBJECT & mutation_mask(), 0);
            }
            set_current_context(0);
            assert_eq!((refcount_mask(), mutation_mask()), (MAIN_REFCOUNT_MASK, MAIN_MUTATION_MASK));
        })
        .join()
        .unwrap();
    }
}
