//! "Am I in a parallel context?" — one `const`-initialised thread-local
//! word, a single `fs`-relative load on x86-64. 0 means the main thread (or
//! any thread not running a context); otherwise the running context's id.

use std::cell::Cell;

thread_local! {
    static CURRENT_CONTEXT: Cell<u32> = const { Cell::new(0) };
}

#[inline(always)]
pub fn current_context() -> u32 {
    CURRENT_CONTEXT.with(|c| c.get())
}

#[inline(always)]
pub fn in_parallel_context() -> bool {
    current_context() != 0
}

/// Enter (id != 0) or leave (id == 0) a parallel context on this thread.
pub fn set_current_context(id: u32) {
    CURRENT_CONTEXT.with(|c| c.set(id));
}
