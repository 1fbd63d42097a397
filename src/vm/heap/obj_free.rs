//! A free list of object blocks: class instances, their dicts, tuples,
//! bound methods... are allocated and freed constantly, so the main
//! thread keeps up to `MAX` dead blocks (their contents already dropped)
//! and reuses them before asking the allocator.
//!
//! Blocks have the layout of a `Box<Obj>`, so a block from here may be
//! freed as a box and the reverse. The list is per thread and intrusive:
//! a listed block's first word holds the next block's address.

use super::super::object::Obj;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::Cell;

const MAX: u32 = 4096;

thread_local! {
    static HEAD: Cell<usize> = const { Cell::new(0) };
    static COUNT: Cell<u32> = const { Cell::new(0) };
}

/// Uninitialised memory for one object: a recycled block, or None when
/// the list is empty. Only the main thread gives blocks back, so a worker's
/// list is always empty: `heap::alloc` relies on that to leave its
/// "am I in a context?" test to the slow path.
#[inline(always)]
pub fn take_listed() -> Option<*mut Obj> {
    let head = HEAD.with(|h| h.get());
    if head == 0 {
        return None;
    }
    // SAFETY: `head` is a listed block (see `give`): live memory of an
    // Obj's layout, owned by the list, whose first word holds the next one.
    let next = unsafe { (head as *const usize).read() };
    HEAD.with(|h| h.set(next));
    COUNT.with(|c| c.set(c.get() - 1));
    Some(head as *mut Obj)
}

/// Uninitialised memory for one object, from the allocator.
#[cold]
#[inline(never)]
pub fn fresh() -> *mut Obj {
    let l = Layout::new::<Obj>();
    // SAFETY: Obj is not zero-sized.
    let p = unsafe { alloc(l) } as *mut Obj;
    if p.is_null() {
        handle_alloc_error(l);
    }
    p
}

/// Take back the block of a dropped object.
///
/// # Safety
/// `p` is a block of an Obj's layout from the global allocator (`take`
/// or a `Box<Obj>`), its contents already dropped, referenced by nobody.
#[inline(always)]
pub unsafe fn give(p: *mut Obj) {
    debug_assert!(super::context::on_main_thread(), "only the main thread frees objects");
    let n = COUNT.with(|c| c.get());
    if n >= MAX {
        // SAFETY: per the contract, the block came from the global
        // allocator with this layout.
        unsafe { dealloc(p as *mut u8, Layout::new::<Obj>()) };
        return;
    }
    // SAFETY: the block is ours now; its first word becomes the link.
    unsafe { (p as *mut usize).write(HEAD.with(|h| h.get())) };
    HEAD.with(|h| h.set(p as usize));
    COUNT.with(|c| c.set(n + 1));
}
