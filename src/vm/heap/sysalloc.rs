//! The process's global allocator: mimalloc, entered through its plain
//! `malloc` whenever that already guarantees the alignment asked for.
//!
//! The `mimalloc` crate's allocator calls `mi_malloc_aligned` for every
//! request. In mimalloc 3 that takes the fast path only while the size
//! class's page has a free block at hand; otherwise (every page refill)
//! it falls back to over-allocating, for objects whose size is not a
//! power of two (a 72-byte object, a dict table). `mi_malloc` returns
//! blocks aligned to 16 bytes (8 below 16 bytes), so, as std's own
//! `System` allocator does, requests with `align <= 16 && align <= size`
//! go to the plain entry points.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc's guaranteed alignment of `mi_malloc` blocks of at least this size.
const MIN_ALIGN: usize = 16;

pub struct Malloc;

#[inline(always)]
fn plain(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc with at least the layout's
// alignment (see the module doc) and goes back to mimalloc's `mi_free`,
// which accepts blocks from all of its allocation functions.
unsafe impl GlobalAlloc for Malloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls; mimalloc handles any size.
        unsafe {
            if plain(layout.align(), layout.size()) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in alloc.
        unsafe {
            if plain(layout.align(), layout.size()) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator (GlobalAlloc contract).
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was allocated by this allocator with `layout`.
        unsafe {
            if plain(layout.align(), new_size) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every small size and alignment are aligned as asked.
    #[test]
    fn alignment_is_honoured() {
        for align in [1usize, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1usize, 7, 8, 15, 16, 24, 72, 184, 1000, 70_000] {
                let l = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero-size layout; the block is freed below.
                unsafe {
                    let p = Malloc.alloc(l);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    let q = Malloc.realloc(p, l, size * 3);
                    assert_eq!(q as usize % align, 0, "realloc size {size} align {align}");
                    Malloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                }
            }
        }
    }
}
