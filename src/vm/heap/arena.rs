//! A parallel context's heap: a bump arena of objects.
//!
//! Every object is the same size (`Obj`: header + payload enum), so the
//! arena is a list of chunks, each a `Vec<Obj>` whose capacity is fixed at
//! creation (at least 2 MiB): allocating is a push into the newest chunk
//! (a bump of its length), and the chunk never reallocates, so object
//! addresses are stable. Objects here are never counted and never freed one
//! by one; dropping the arena releases them all at once (running their
//! payloads' destructors, which release out-of-line buffers such as a
//! list's items or a str's text; the thread is still marked as in the
//! context then, so references to main objects are not counted down).

use super::super::object::Obj;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Bytes of arena chunks held by all contexts right now, and the peak.
static RESERVED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// (bytes now, peak bytes) of every context heap in the process.
pub fn totals() -> (usize, usize) {
    (RESERVED.load(Relaxed), PEAK.load(Relaxed))
}

/// Bytes per chunk (the design asks for at least 2 MiB).
pub const CHUNK_BYTES: usize = 2 << 20;

pub struct Arena {
    chunks: Vec<Vec<Obj>>,
    /// Objects allocated so far.
    objects: usize,
}

impl Default for Arena {
    fn default() -> Self {
        Arena::new()
    }
}

impl Arena {
    pub fn new() -> Arena {
        Arena { chunks: Vec::new(), objects: 0 }
    }

    fn per_chunk() -> usize {
        CHUNK_BYTES.div_ceil(std::mem::size_of::<Obj>())
    }

    /// Move `obj` into the arena; its address is valid until the arena drops.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> *const Obj {
        let full = self.chunks.last().is_none_or(|c| c.len() == c.capacity());
        if full {
            self.chunks.push(Vec::with_capacity(Self::per_chunk()));
            let n = Self::per_chunk() * std::mem::size_of::<Obj>();
            let now = RESERVED.fetch_add(n, Relaxed) + n;
            PEAK.fetch_max(now, Relaxed);
        }
        let chunk = self.chunks.last_mut().expect("a chunk with room");
        debug_assert!(chunk.len() < chunk.capacity());
        chunk.push(obj);
        self.objects += 1;
        chunk.last().expect("just pushed") as *const Obj
    }

    /// Bytes reserved from the system for this arena.
    pub fn reserved_bytes(&self) -> usize {
        self.chunks.iter().map(|c| c.capacity() * std::mem::size_of::<Obj>()).sum()
    }

    pub fn objects(&self) -> usize {
        self.objects
    }

    /// Visit every object in the arena (oldest first).
    pub fn for_each(&self, mut f: impl FnMut(&Obj)) {
        self.chunks.iter().flat_map(|c| c.iter()).for_each(|o| f(o));
    }

    /// Does this arena hold the object at `p`?
    pub fn contains(&self, p: *const Obj) -> bool {
        self.chunks.iter().any(|c| c.as_ptr_range().contains(&p))
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        RESERVED.fetch_sub(self.reserved_bytes(), Relaxed);
    }
}

thread_local! {
    /// The arena of the context running on this thread (null outside one).
    static CURRENT: Cell<*mut Arena> = const { Cell::new(std::ptr::null_mut()) };
}

/// Install `arena` as the running context's heap (null to uninstall).
/// The caller keeps the arena alive and unmoved while it is installed.
pub fn install(arena: *mut Arena) {
    CURRENT.with(|c| c.set(arena));
}

/// Allocate in the running context's arena.
#[inline]
pub fn alloc_current(obj: Obj) -> *const Obj {
    let a = CURRENT.with(|c| c.get());
    assert!(!a.is_null(), "allocation in a parallel context without an arena");
    // SAFETY: `install` was given a live arena owned by the context running
    // on this thread; only this thread uses it while it is installed.
    unsafe { (*a).alloc(obj) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::cell::Slot;
    use crate::vm::object::Payload;
    use std::sync::atomic::AtomicU32;

    fn float_obj(f: f64) -> Obj {
        Obj {
            refcnt: std::cell::UnsafeCell::new(0),
            gc_index: std::cell::UnsafeCell::new(u32::MAX),
            owner: 7,
            flags: AtomicU32::new(0),
            class: Slot::new(None),
            dict: Slot::empty(),
            payload: Payload::Float(f),
        }
    }

    #[test]
    fn objects_keep_their_address_across_chunks() {
        let mut a = Arena::new();
        let n = Arena::per_chunk() * 2 + 10;
        let ptrs: Vec<*const Obj> = (0..n).map(|i| a.alloc(float_obj(i as f64))).collect();
        assert_eq!(a.objects(), n);
        assert!(a.reserved_bytes() >= 3 * CHUNK_BYTES, "chunks are at least 2 MiB");
        for (i, p) in ptrs.iter().enumerate() {
            assert!(a.contains(*p));
            // SAFETY: the arena is alive and never moves its objects.
            match unsafe { &(**p).payload } {
                Payload::Float(f) => assert_eq!(*f, i as f64),
                _ => panic!("payload changed"),
            }
        }
        let mut seen = 0;
        a.for_each(|_| seen += 1);
        assert_eq!(seen, n);
    }

    #[test]
    fn totals_follow_arenas() {
        let before = totals().0;
        let mut a = Arena::new();
        a.alloc(float_obj(1.0));
        assert!(totals().0 >= before + CHUNK_BYTES);
        assert!(totals().1 >= totals().0);
        drop(a);
        // Other tests may run arenas concurrently: ours is gone at least.
        assert!(totals().0 < before + CHUNK_BYTES || totals().0 - CHUNK_BYTES >= before);
    }
}
