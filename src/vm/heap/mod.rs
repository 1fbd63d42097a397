//! Memory: where objects come from and where they go.
//!
//! * `context` — the thread-local "am I in a parallel context?" word.
//! * this file — allocation, reference counting and deallocation of
//!   main-heap objects (non-atomic counts: only the main thread counts).
//! * `gc` — the cycle collector for the main heap.
//!
//! Every path here branches on the context check first, so parallel
//! contexts (which neither count nor free) slot in without touching types.

pub mod arena;
pub mod context;
pub mod epoch;
mod float_free;
mod obj_free;
pub mod main_ops;
pub mod persist;
pub mod pinned;
pub mod shared;
pub mod sysalloc;
pub mod gc;

pub use float_free::{alloc_float, enable_reuse as enable_float_reuse, try_reuse as reuse_float};

pub use context::{current_context, in_parallel_context};

use super::cell::Slot;
use super::object::{flags, Obj, Payload, OWNER_MAIN};
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::sync::atomic::AtomicU32;

#[inline(always)]
pub fn incref(o: &Obj) {
    // One test covers every "not counted" case: the object is immortal or
    // in a context's heap, or this thread runs a context (whose mask meets
    // every object, see `context::refcount_mask`).
    if o.flags() & context::refcount_mask() != 0 {
        uncounted_ref(o, 1);
        return;
    }
    // SAFETY: only the main thread touches main-heap counts, and we are on
    // the main thread (not in a parallel context).
    unsafe { *o.refcnt.get() += 1 }
}

#[inline(always)]
pub fn decref(o: &Obj) {
    if o.flags() & context::refcount_mask() != 0 {
        uncounted_ref(o, -1);
        return;
    }
    // SAFETY: as in incref.
    let rc = unsafe { &mut *o.refcnt.get() };
    *rc -= 1;
    if *rc == 0 {
        dealloc(o as *const Obj);
    }
}

/// A reference the usual count does not track: contexts never count (what
/// they store into protected objects is counted by `shared::export`), nor
/// does anyone count immortal objects; the main thread's references into a
/// context's heap are counted per context (`persist`).
///
/// The common case here is an immortal object on the main thread: one bit
/// test, and the thread-local read stays on the (out of line) context path.
#[inline(always)]
fn uncounted_ref(o: &Obj, delta: i32) {
    if o.flags() & flags::CONTEXT != 0 {
        std::hint::cold_path();
        if !in_parallel_context() {
            persist::context_refop(o, delta);
        }
    }
}

/// Does `o` live in the heap of the context running on this thread?
#[inline]
pub fn in_own_context(o: &Obj) -> bool {
    o.flags() & flags::CONTEXT != 0 && o.owner() == current_context()
}

/// Current reference count (main thread; for sys.getrefcount and tests).
pub fn refcount(o: &Obj) -> u32 {
    // SAFETY: read on the owning thread.
    unsafe { *o.refcnt.get() }
}

thread_local! {
    static DEALLOCATING: Cell<bool> = const { Cell::new(false) };
    static PENDING_FREE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Free an object whose count reached zero. Iterative: freeing a long
/// chain (a linked list of a million nodes) must not recurse on the Rust
/// stack, so nested frees are queued and drained by the outermost call.
///
/// Kept small (the common case, a dead float going back to the free list,
/// needs no stack frame); everything else is out of line. Once contexts
/// may run, the inline recycling is off (`float_free::INLINE_LIMIT`) and
/// `dealloc_other` decides.
#[inline(never)]
fn dealloc(p: *const Obj) {
    if float_free::try_recycle(p, float_free::inline_limit()) {
        return;
    }
    dealloc_other(p);
}

/// `dealloc` once workers exist: retire `p` instead of freeing it if
/// contexts may still read it.
#[cold]
#[inline(never)]
fn dealloc_parallel(p: *const Obj) {
    if epoch::must_defer() {
        retire_object(p);
        return;
    }
    dealloc_now(p);
}

/// Contexts are live and may still read `p`: unregister it from the cycle
/// collector (its count is zero, it is garbage) and free it later.
#[cold]
fn retire_object(p: *const Obj) {
    // SAFETY: p's count just reached zero on the main thread; it is still
    // allocated and only the main thread touches its collector fields.
    let o = unsafe { &*p };
    if o.flags() & flags::GC_TRACKED != 0 {
        gc::untrack(o);
    }
    epoch::retire(epoch::Retired::Object(p as usize));
}

/// A retired object that no context can see any more (main thread).
pub(crate) fn release_retired(p: *const Obj) {
    // SAFETY: retired objects stay allocated until released here.
    let o = unsafe { &*p };
    if refcount(o) > 0 {
        // Resurrected: a context stored it into a protected container and
        // the main thread applied that reference before the release.
        if gc::needs_tracking(&o.payload) {
            gc::track(o);
        }
        return;
    }
    dealloc_now(p);
}

/// Free `p` now: no context can see it.
fn dealloc_now(p: *const Obj) {
    if float_free::try_recycle(p, float_free::MAX) {
        return;
    }
    free_queued(p);
}

#[inline(never)]
fn dealloc_other(p: *const Obj) {
    if epoch::parallel_started() {
        return dealloc_parallel(p);
    }
    free_queued(p);
}

/// Free `p` and whatever its freeing lets go of, without recursing.
fn free_queued(p: *const Obj) {
    if DEALLOCATING.with(|d| d.replace(true)) {
        PENDING_FREE.with(|q| q.borrow_mut().push(p as usize));
        return;
    }
    free_now(p);
    loop {
        let next = PENDING_FREE.with(|q| q.borrow_mut().pop());
        match next {
            Some(p) => free_now(p as *const Obj),
            None => break,
        }
    }
    DEALLOCATING.with(|d| d.set(false));
}

fn free_now(p: *const Obj) {
    // SAFETY: p's count reached zero but the object is still allocated.
    if super::finalize::resurrect_for_del(unsafe { &*p }) {
        // Kept alive until its __del__ has run (vm::finalize).
        return;
    }
    // SAFETY: p's count reached zero on the main thread, so nothing else
    // refers to it; it was allocated by `alloc` (obj_free) or as a Box<Obj>,
    // both blocks of the global allocator with an Obj's layout.
    unsafe {
        if (*p).flags() & flags::GC_TRACKED != 0 {
            gc::untrack_dead(&*p);
        }
        std::ptr::drop_in_place(p as *mut Obj);
        obj_free::give(p as *mut Obj);
    }
}

/// Allocate a new object of class `class` (a type object), returning the
/// only reference to it.
pub fn alloc(class: Value, payload: Payload) -> Value {
    // A block from the free list means the main thread: a worker's list is
    // always empty (see `obj_free::take_listed`).
    match obj_free::take_listed() {
        Some(p) => init_main(p, class, payload),
        None => alloc_unlisted(class, payload),
    }
}

/// `alloc` with an empty free list: in a context, or a new block.
#[inline(never)]
fn alloc_unlisted(class: Value, payload: Payload) -> Value {
    if in_parallel_context() {
        return alloc_in_context(class, payload);
    }
    init_main(obj_free::fresh(), class, payload)
}

/// Make `p`, memory for one Obj that nobody refers to, a new main-heap
/// object.
#[inline(always)]
fn init_main(p: *mut Obj, class: Value, payload: Payload) -> Value {
    let track = gc::needs_tracking(&payload);
    // SAFETY: `p` is memory for one Obj that nobody refers to; once
    // written, its one reference is handed to the Value.
    let v = unsafe {
        p.write(Obj {
            refcnt: std::cell::UnsafeCell::new(1),
            gc_index: std::cell::UnsafeCell::new(u32::MAX),
            owner: OWNER_MAIN,
            flags: AtomicU32::new(if track { flags::OBJECT | flags::GC_TRACKED } else { flags::OBJECT }),
            class: Slot::with(class),
            dict: Slot::empty(),
            payload,
        });
        Value::from_obj_ptr(p)
    };
    if track {
        gc::track_new(v.as_obj().unwrap());
    }
    v
}

thread_local! {
    static PERMANENT: Cell<bool> = const { Cell::new(false) };
}

/// Run `f`, whose allocations must outlive any context: built-in types and
/// other process-wide objects created lazily (in `OnceLock`s) on first use,
/// which may happen inside a context. There they become immortal; on the
/// main thread they are ordinary objects kept alive by their `OnceLock`.
pub fn permanent<R>(f: impl FnOnce() -> R) -> R {
    let old = PERMANENT.with(|p| p.replace(true));
    let r = f();
    PERMANENT.with(|p| p.set(old));
    r
}

/// A new object header around `payload` (not yet collector-tracked).
fn header(refcnt: u32, owner: u32, flags: u32, class: Option<Value>, payload: Payload) -> Obj {
    Obj {
        refcnt: std::cell::UnsafeCell::new(refcnt),
        gc_index: std::cell::UnsafeCell::new(u32::MAX),
        owner,
        flags: AtomicU32::new(flags | flags::OBJECT),
        class: Slot::new(class),
        dict: Slot::empty(),
        payload,
    }
}

/// Allocation in a parallel context: a bump in its arena, tagged with the
/// context; never counted, never collected, freed with the arena.
#[cold]
#[inline(never)]
fn alloc_in_context(class: Value, payload: Payload) -> Value {
    if PERMANENT.with(|p| p.get()) {
        return alloc_immortal(Some(class), payload);
    }
    let p = arena::alloc_current(header(0, current_context(), flags::CONTEXT, Some(class), payload));
    // SAFETY: the arena keeps the object at this address until the context
    // (and anything persisting it) ends; context values are never counted.
    unsafe { Value::from_obj_ptr(p) }
}

/// Allocate a main-heap object from a context (promotion of a scalar into
/// a protected main object). Not tracked by the collector: only payloads
/// that cannot form cycles may come here.
pub fn alloc_main_from_context(class: Value, payload: Payload) -> Value {
    debug_assert!(!gc::needs_tracking(&payload) || matches!(payload, Payload::Tuple(_)));
    // Built-in scalar classes are immortal: no count to take for `class`.
    let obj = Box::new(header(1, OWNER_MAIN, 0, Some(class), payload));
    // SAFETY: a fresh allocation; the one reference is handed to the caller.
    unsafe { Value::from_obj_ptr(Box::into_raw(obj)) }
}

/// Allocate an object that lives forever (types, singletons, constants).
pub fn alloc_immortal(class: Option<Value>, payload: Payload) -> Value {
    let obj = Box::new(header(1, OWNER_MAIN, flags::IMMORTAL, class, payload));
    // SAFETY: leaked box, never freed; immortal values are never counted.
    unsafe { Value::from_obj_ptr(Box::into_raw(obj)) }
}

/// Make an existing object immortal (interning, constants). Its memory is
/// leaked on purpose; contexts may read it without any counting.
pub fn make_immortal(v: &Value) {
    if let Some(o) = v.as_obj() {
        if o.flags() & flags::GC_TRACKED != 0 {
            gc::untrack(o);
        }
        o.set_flag(flags::IMMORTAL);
    }
}
