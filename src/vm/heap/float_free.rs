//! A free list of exact-float objects: float arithmetic allocates and
//! frees an object per result, so dead floats are kept (up to `MAX`) and
//! reinitialised in place instead of going back to the allocator.
//!
//! Only the main thread counts references and frees main-heap objects, and
//! only it uses the list (parallel contexts allocate normally). The list is
//! intrusive: a dead float's `class` word holds the next dead float.

use super::super::object::{flags, Obj, Payload};
use super::super::types::registry::types;
use super::super::value::Value;
use std::cell::Cell;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

pub const MAX: u32 = 1024;

thread_local! {
    static HEAD: Cell<usize> = const { Cell::new(0) };
    static COUNT: Cell<u32> = const { Cell::new(0) };
}

/// A new exact float (one reference).
#[inline(always)]
pub fn alloc_float(f: f64) -> Value {
    // Only the main thread frees objects, so only its list ever fills: on
    // a worker (in a context) `head` is always 0 and the slow path
    // allocates in the context's arena.
    let head = HEAD.with(|h| h.get());
    if head == 0 {
        return alloc_float_slow(f);
    }
    let p = head as *mut Obj;
    // SAFETY: `p` is a dead exact float put on the list by `try_recycle`:
    // its memory is a live allocation of an Obj that nothing refers to, its
    // class word holds the next list entry (written there by us), and its
    // other header fields are those of a fresh main-heap object (checked
    // when it was recycled: no dict, untracked, not finalizing; owner main,
    // gc_index never set for an untracked float).
    unsafe {
        let next = (*p).class.peek_bits();
        HEAD.with(|h| h.set(next));
        COUNT.with(|c| c.set(c.get() - 1));
        *(*p).refcnt.get() = 1;
        (*p).flags.store(flags::OBJECT, Ordering::Relaxed);
        // The float type is immortal: storing its word needs no count.
        (*p).class.store_bits(types().float.bits());
        // Overwrite without dropping: the old payload is a plain f64.
        std::ptr::write(std::ptr::addr_of_mut!((*p).payload), Payload::Float(f));
        Value::from_obj_ptr(p)
    }
}

#[cold]
#[inline(never)]
fn alloc_float_slow(f: f64) -> Value {
    super::alloc(types().float.clone(), Payload::Float(f))
}

/// How many dead floats `dealloc`'s inline path may keep: MAX until the
/// first context starts, 0 after (`stop_inline_paths`). A dead object
/// must then be retired while contexts are live, so `dealloc` sends every
/// object out of line; folding that test into the list-full test it makes
/// anyway costs single-threaded code nothing.
static INLINE_LIMIT: AtomicU32 = AtomicU32::new(MAX);

/// The limit for `dealloc`'s inline path (see INLINE_LIMIT).
#[inline(always)]
pub fn inline_limit() -> u32 {
    if cfg!(feature = "bench-no-context-check") { MAX } else { INLINE_LIMIT.load(Ordering::Relaxed) }
}

/// The class word `try_reuse`'s inline path accepts: the float type's
/// (`enable_reuse`, at start-up) until the first context starts, 0 after.
/// The class test, which reuse needs anyway, then also answers "may
/// contexts run?"; once they may, reuse goes out of line, where that is
/// asked properly.
static REUSE_CLASS: AtomicUsize = AtomicUsize::new(0);

/// Called once the float type exists (see REUSE_CLASS).
pub fn enable_reuse(float_class_bits: usize) {
    if !super::epoch::parallel_started() {
        REUSE_CLASS.store(float_class_bits, Ordering::SeqCst);
    }
}

/// Called when the first context is about to start: `dealloc` and
/// `try_reuse` leave their inline paths (see INLINE_LIMIT, REUSE_CLASS).
pub fn stop_inline_paths() {
    INLINE_LIMIT.store(0, Ordering::SeqCst);
    REUSE_CLASS.store(0, Ordering::SeqCst);
}

/// Called when the count of `p` reached zero: keep it if it is a plain
/// exact float (nothing to release: immortal class, no dict, no finalizer)
/// and the list holds fewer than `limit` (at most MAX).
#[inline(always)]
pub fn try_recycle(p: *const Obj, limit: u32) -> bool {
    // SAFETY: the caller passes an object whose count just reached zero on
    // the main thread: still allocated, referenced by nobody.
    let o = unsafe { &*p };
    if !matches!(o.payload, Payload::Float(_))
        || o.class.peek_bits() != types().float.bits()
        || o.dict.peek_bits() != 0
        || o.flags.load(Ordering::Relaxed) & (flags::GC_TRACKED | flags::FINALIZING | flags::FINALIZED) != 0
    {
        return false;
    }
    let n = COUNT.with(|c| c.get());
    if n >= limit {
        return false;
    }
    COUNT.with(|c| c.set(n + 1));
    // The class word becomes the list link: the float type is immortal, so
    // overwriting its word releases nothing; the link is a list entry's
    // address that is only ever read back as bits (peek_bits), never used
    // as a Value (the entry's header is rewritten when it is reused).
    // SAFETY: see above; the slot is never read as a Value while listed.
    unsafe { o.class.store_bits(HEAD.with(|h| h.get())) };
    HEAD.with(|h| h.set(p as usize));
    true
}

/// Store `x` into the float `v` itself when `v` is a temporary: an exact
/// main-heap float whose only reference is the caller's (count 1), on the
/// main thread, with no parallel context live that could still read it
/// (a context may hold an uncounted pointer to an object the main thread
/// has since let go of, see `epoch`). Saves the allocation and the free
/// of an intermediate result (`a * b + c`). Returns false, changing
/// nothing, otherwise.
///
/// Until the first context starts the main thread is alone: the inline
/// path makes the tests reuse needs (see REUSE_CLASS) and nothing more.
#[inline(always)]
pub fn try_reuse(v: &Value, x: f64) -> bool {
    let Some(o) = v.as_obj() else { return false };
    if !matches!(o.payload, Payload::Float(_)) || o.flags() & (super::context::UNCOUNTED | flags::PROTECTED) != 0 {
        return false;
    }
    if o.class.peek_bits() != REUSE_CLASS.load(Ordering::Relaxed) {
        return try_reuse_parallel(v, o, x);
    }
    // REUSE_CLASS matched: no context has started, so this is the main
    // thread (workers start after REUSE_CLASS is cleared).
    reuse_if_temporary(v, o, x)
}

/// `try_reuse` once contexts may run (or for a float subclass): only the
/// main thread, and only while no context is live.
#[cold]
#[inline(never)]
fn try_reuse_parallel(v: &Value, o: &Obj, x: f64) -> bool {
    if !super::epoch::parallel_started() || !super::context::on_main_thread() || super::epoch::must_defer() {
        return false;
    }
    if o.class.peek_bits() != types().float.bits() {
        return false;
    }
    reuse_if_temporary(v, o, x)
}

/// The rest of `try_reuse`: an exact float, on the main thread with no
/// context live.
#[inline(always)]
fn reuse_if_temporary(v: &Value, o: &Obj, x: f64) -> bool {
    if super::refcount(o) != 1 {
        return false;
    }
    let p = v.obj_ptr() as *mut Obj;
    // SAFETY: `p` is a live main-heap float that only the caller's `v`
    // refers to (count 1, and no context can reach it: none is live), on
    // the main thread, which alone touches main objects' fields; no Rust
    // reference into its payload is held across this write, and the old
    // payload is a plain f64 with nothing to drop.
    unsafe { std::ptr::write(std::ptr::addr_of_mut!((*p).payload), Payload::Float(x)) };
    true
}
