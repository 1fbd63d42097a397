//! A free list of exact-float objects: float arithmetic allocates and
//! frees an object per result, so dead floats are kept (up to `MAX`) and
//! reinitialised in place instead of going back to the allocator.
//!
//! Only the main thread counts references and frees main-heap objects, and
//! only it uses the list (parallel contexts allocate normally). The list is
//! intrusive: a dead float's `class` word holds the next dead float.

use super::super::object::{flags, Obj, Payload, OWNER_MAIN};
use super::super::types::registry::types;
use super::super::cell::Slot;
use super::super::value::Value;
use super::in_parallel_context;
use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

const MAX: u32 = 1024;

thread_local! {
    static HEAD: Cell<usize> = const { Cell::new(0) };
    static COUNT: Cell<u32> = const { Cell::new(0) };
}

/// A new exact float (one reference).
#[inline]
pub fn alloc_float(f: f64) -> Value {
    let head = HEAD.with(|h| h.get());
    if head == 0 || in_parallel_context() {
        return super::alloc(types().float.clone(), Payload::Float(f));
    }
    let p = head as *mut Obj;
    // SAFETY: `p` is a dead exact float put on the list by `try_recycle`:
    // its memory is a live allocation of an Obj that nothing refers to, and
    // its class word holds the next list entry (written there by us).
    unsafe {
        let next = (*p).class.peek_bits();
        HEAD.with(|h| h.set(next));
        COUNT.with(|c| c.set(c.get() - 1));
        // Overwrite without dropping: the old fields own nothing (the class
        // word is a list link, the payload a plain f64, the dict empty).
        std::ptr::write(
            p,
            Obj {
                refcnt: std::cell::UnsafeCell::new(1),
                gc_index: std::cell::UnsafeCell::new(u32::MAX),
                owner: OWNER_MAIN,
                flags: AtomicU32::new(0),
                class: Slot::with(types().float.clone()),
                dict: Slot::empty(),
                payload: Payload::Float(f),
            },
        );
        Value::from_obj_ptr(p)
    }
}

/// Called when the count of `p` reached zero: keep it if it is a plain
/// exact float (nothing to release: immortal class, no dict, no finalizer).
#[inline]
pub fn try_recycle(p: *const Obj) -> bool {
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
    if n >= MAX {
        return false;
    }
    COUNT.with(|c| c.set(n + 1));
    let head = HEAD.with(|h| h.get());
    // The class word becomes the list link. Replacing the float type drops
    // a reference to an immortal object (a no-op); the link is a list
    // entry's address wrapped as a Value that is never dropped (the entry
    // is overwritten with ptr::write when reused).
    let link = if head == 0 {
        None
    } else {
        // SAFETY: `head` is a non-zero, 8-aligned object address; the Value
        // is only ever read back as bits (peek_bits), never used or dropped.
        Some(unsafe { Value::from_raw(head) })
    };
    o.class.set(link);
    HEAD.with(|h| h.set(p as usize));
    true
}
