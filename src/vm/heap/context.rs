//! "Am I in a parallel context?" — one `const`-initialised thread-local
//! word, a single `fs`-relative load on x86-64. 0 means the main thread (or
//! any thread not running a context); otherwise the running context's id,
//! with `SHARED_WRITE` set while the context writes a protected object it
//! does not own (containers then export what they store, see `heap::shared`).

use std::cell::Cell;

/// Set in the context word while a context writes a protected object it
/// does not own.
pub const SHARED_WRITE: u32 = 1 << 31;

/// Every context id is odd: or'ed with an object's flags, the context word
/// then sets the IMMORTAL bit, so `heap::incref` tells "don't count" in one
/// test (see there).
pub const CONTEXT_ID_BIT: u32 = 1;

thread_local! {
    static CURRENT_CONTEXT: Cell<u32> = const { Cell::new(0) };
}

/// The raw context word (id | flags).
#[inline(always)]
pub fn context_word() -> u32 {
    // The `bench-no-context-check` build measures what the check costs
    // single-threaded code: the word is then the constant 0.
    #[cfg(feature = "bench-no-context-check")]
    return 0;
    #[cfg(not(feature = "bench-no-context-check"))]
    CURRENT_CONTEXT.with(|c| c.get())
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
