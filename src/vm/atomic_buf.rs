//! Growable arrays that parallel contexts may read while the owning thread
//! writes them (the storage of lists and bytearrays).
//!
//! The array is an atomic pointer to a heap buffer `{cap, slots[cap]}` plus
//! an atomic length. Every slot is an atomic word written by the owner
//! with plain-move atomics on x86-64 (relaxed for bytes; Release for words
//! holding Values, loaded with Acquire, so that a reader loading an object
//! pointer sees the object's initialised contents). Readers on other threads
//! load the length and the buffer pointer (Acquire, pairing with the
//! owner's Release publications) and bound-check an index against BOTH the
//! length and the capacity of the buffer they loaded, so a reader racing a
//! grow, a shrink or a clear sees a stale but valid state, never freed or
//! out-of-bounds memory.
//!
//! Growing allocates a new buffer, copies the slots, publishes the new
//! pointer and hands the old buffer to `epoch::defer_drop`: it is freed at
//! once when no context is live, otherwise after every live context ended.
//!
//! Only the owning thread mutates (the VM's mutation guard checks that
//! before any write). Methods that mutate say so; they must not be called
//! by another thread.

use crate::vm::heap::epoch;
use std::alloc::{alloc_zeroed, dealloc, handle_alloc_error, Layout};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicUsize, Ordering::*};
use crate::vm::valgrind::AtomicVg;

/// An atomic cell type usable as a slot: its plain word, relaxed load/store.
/// The all-zero bit pattern must be a valid value (buffers are zeroed).
pub trait Atom: Send + Sync + 'static {
    type Word: Copy;
    /// The all-zero word (an empty slot).
    const ZERO: Self::Word;
    /// Zero slots vacated by a removal, so that a racing reader reads them
    /// as missing (value words) rather than as a stale item. Bytes have no
    /// "missing" value: a racing reader then sees a stale byte instead.
    const ZERO_REMOVED: bool;
    fn ld(&self) -> Self::Word;
    fn st(&self, w: Self::Word);
    fn swap_word(&self, w: Self::Word) -> Self::Word;
}

/// Words holding Values: stored with Release and loaded with Acquire (plain
/// moves on x86-64), so a reader that loads an object pointer also sees the
/// object's initialised contents.
impl Atom for AtomicUsize {
    type Word = usize;
    const ZERO: usize = 0;
    const ZERO_REMOVED: bool = true;
    #[inline(always)]
    fn ld(&self) -> usize {
        self.load_vg(Acquire)
    }
    #[inline(always)]
    fn st(&self, w: usize) {
        self.store_vg(w, Release)
    }
    #[inline(always)]
    fn swap_word(&self, w: usize) -> usize {
        // The owner is the only writer: a load + store is an exchange, and
        // avoids a locked instruction.
        let old = self.load(Relaxed);
        self.store_vg(w, Release);
        old
    }
}

impl Atom for AtomicU8 {
    type Word = u8;
    const ZERO: u8 = 0;
    const ZERO_REMOVED: bool = false;
    #[inline(always)]
    fn ld(&self) -> u8 {
        self.load(Relaxed)
    }
    #[inline(always)]
    fn st(&self, w: u8) {
        self.store_vg(w, Relaxed)
    }
    #[inline(always)]
    fn swap_word(&self, w: u8) -> u8 {
        let old = self.load(Relaxed);
        self.store_vg(w, Relaxed);
        old
    }
}

/// The head of a buffer; `cap` slots follow it. `cap` is written before the
/// buffer is published and never changes.
#[repr(C)]
struct Header {
    cap: usize,
}

/// The shared zero-capacity buffer of every empty array (never written,
/// never freed), so that readers need no null check.
static EMPTY: Header = Header { cap: 0 };

fn empty_ptr() -> *mut Header {
    &EMPTY as *const Header as *mut Header
}

fn layout<A>(cap: usize) -> Layout {
    let (l, off) = Layout::new::<Header>()
        .extend(Layout::array::<A>(cap).unwrap_or_else(|_| capacity_overflow()))
        .unwrap_or_else(|_| capacity_overflow());
    debug_assert_eq!(off, std::mem::size_of::<Header>().max(std::mem::align_of::<A>()));
    l.pad_to_align()
}

#[cold]
fn capacity_overflow() -> ! {
    // Same behaviour as Vec: sizes this large cannot be allocated anyway
    // (callers raise MemoryError/OverflowError well before).
    panic!("capacity overflow")
}

/// A buffer that is no longer reachable from its array, released by
/// dropping it (possibly later, on another thread).
struct OldBuf<A: Atom> {
    p: *mut Header,
    _m: PhantomData<A>,
}

// SAFETY: an OldBuf owns its allocation outright (it was unlinked from the
// array); freeing it from any thread is fine. Slot contents are plain words
// whose ownership moved to the new buffer.
unsafe impl<A: Atom> Send for OldBuf<A> {}

impl<A: Atom> Drop for OldBuf<A> {
    fn drop(&mut self) {
        free_buf::<A>(self.p);
    }
}

fn free_buf<A: Atom>(p: *mut Header) {
    if p != empty_ptr() {
        // SAFETY: p was allocated by `new_buf::<A>` with this capacity's
        // layout and nothing refers to it any more.
        unsafe { dealloc(p as *mut u8, layout::<A>((*p).cap)) }
    }
}

fn new_buf<A: Atom>(cap: usize) -> *mut Header {
    if cap == 0 {
        return empty_ptr();
    }
    let l = layout::<A>(cap);
    // SAFETY: the layout has a non-zero size (it includes the header).
    let p = unsafe { alloc_zeroed(l) } as *mut Header;
    if p.is_null() {
        handle_alloc_error(l);
    }
    // SAFETY: p is a fresh allocation large enough for the header; the
    // zeroed slots are valid atoms (all-zero is a valid word).
    unsafe { p.write(Header { cap }) };
    p
}

/// The slots of buffer `p`.
#[inline(always)]
fn slots<'a, A: Atom>(p: *const Header) -> &'a [A] {
    // SAFETY: p points to a live buffer (the array's current one, or one a
    // reader loaded, which `epoch` keeps allocated while the reader's
    // context is live) whose `cap` atoms follow the header; atoms may be
    // shared between threads.
    unsafe {
        let cap = (*p).cap;
        let base = (p as *const u8).add(std::mem::size_of::<Header>().max(std::mem::align_of::<A>())) as *const A;
        std::slice::from_raw_parts(base, cap)
    }
}

pub struct AtomicVec<A: Atom> {
    buf: AtomicPtr<Header>,
    len: AtomicUsize,
    _m: PhantomData<A>,
}

impl<A: Atom> Default for AtomicVec<A> {
    fn default() -> Self {
        AtomicVec { buf: AtomicPtr::new(empty_ptr()), len: AtomicUsize::new(0), _m: PhantomData }
    }
}

impl<A: Atom> Drop for AtomicVec<A> {
    fn drop(&mut self) {
        // The object owning this array is being freed: no context can reach
        // it any more (main-heap objects are retired while contexts live).
        free_buf::<A>(*self.buf.get_mut());
    }
}

impl<A: Atom> AtomicVec<A> {
    pub fn new() -> Self {
        Self::default()
    }

    /// An array holding `words` (capacity = length).
    pub fn from_words(words: &[A::Word]) -> Self {
        let p = new_buf::<A>(words.len());
        for (s, w) in slots::<A>(p).iter().zip(words) {
            s.st(*w);
        }
        AtomicVec { buf: AtomicPtr::new(p), len: AtomicUsize::new(words.len()), _m: PhantomData }
    }

    /// An array of the words `it` yields, at most `cap` of them (capacity
    /// `cap`), built without an intermediate Vec.
    pub fn collect_from(cap: usize, it: impl Iterator<Item = A::Word>) -> Self {
        let p = new_buf::<A>(cap);
        let mut n = 0;
        for (s, w) in slots::<A>(p).iter().zip(it) {
            s.st(w);
            n += 1;
        }
        AtomicVec { buf: AtomicPtr::new(p), len: AtomicUsize::new(n), _m: PhantomData }
    }

    /// The current slots, already bounded by the length (any thread). The
    /// slice is valid until the owner next replaces the buffer: owner-side
    /// callers must not keep it across a mutation.
    #[inline(always)]
    pub fn view(&self) -> &[A] {
        // The buffer and the length are two words: a reader on another
        // thread must pair them right. A length read while `p` stayed the
        // current buffer (the same pointer before and after) is one of
        // `p`'s own lengths: the owner publishes a new buffer before any
        // length that needs it, and retired buffers are not freed (so not
        // reused at the same address) while a context may read them. A
        // length read across a buffer switch (say, before a `replace_all`
        // and then the reallocation of the grown new buffer) could cover
        // slots of the new buffer that were never written.
        loop {
            let p = self.buf.load_vg(Acquire);
            let n = self.len.load_vg(Acquire);
            if self.buf.load_vg(Acquire) == p {
                let s = slots::<A>(p);
                return &s[..n.min(s.len())];
            }
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.load_vg(Acquire)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn capacity(&self) -> usize {
        slots::<A>(self.buf.load_vg(Acquire)).len()
    }

    /// Item `i`, if in bounds (any thread).
    #[inline(always)]
    pub fn load(&self, i: usize) -> Option<A::Word> {
        self.view().get(i).map(A::ld)
    }

    /// A copy of the items (any thread).
    pub fn to_vec(&self) -> Vec<A::Word> {
        self.view().iter().map(A::ld).collect()
    }

    /// Owner: make room for `extra` more items, growing like Vec
    /// (at least doubling).
    pub fn reserve(&self, extra: usize) {
        let p = self.buf.load(Relaxed);
        let cur = slots::<A>(p);
        let n = self.len.load(Relaxed);
        let need = n.checked_add(extra).unwrap_or_else(|| capacity_overflow());
        if need <= cur.len() {
            return;
        }
        let min = if std::mem::size_of::<A>() == 1 { 8 } else { 4 };
        let cap = need.max(cur.len() * 2).max(min);
        self.move_to(new_buf::<A>(cap), n);
    }

    /// Owner: copy the first `n` items into `np`, publish it and retire the
    /// old buffer.
    fn move_to(&self, np: *mut Header, n: usize) {
        let old = self.buf.load(Relaxed);
        for (d, s) in slots::<A>(np).iter().zip(&slots::<A>(old)[..n]) {
            d.st(s.ld());
        }
        self.buf.store_vg(np, Release);
        self.retire(old);
    }

    fn retire(&self, old: *mut Header) {
        if old != empty_ptr() {
            epoch::defer_drop(Box::new(OldBuf::<A> { p: old, _m: PhantomData }));
        }
    }

    /// Owner: append.
    #[inline]
    pub fn push(&self, w: A::Word) {
        let n = self.len.load(Relaxed);
        let mut s = slots::<A>(self.buf.load(Relaxed));
        if n == s.len() {
            self.reserve(1);
            s = slots::<A>(self.buf.load(Relaxed));
        }
        s[n].st(w);
        self.len.store_vg(n + 1, Release);
    }

    /// Owner: append all of `ws`.
    pub fn extend_from(&self, ws: &[A::Word]) {
        if ws.is_empty() {
            return;
        }
        self.reserve(ws.len());
        let n = self.len.load(Relaxed);
        let s = slots::<A>(self.buf.load(Relaxed));
        for (d, w) in s[n..].iter().zip(ws) {
            d.st(*w);
        }
        self.len.store_vg(n + ws.len(), Release);
    }

    /// Owner: replace item `i` (which must be in bounds), returning the old word.
    #[inline]
    pub fn replace_at(&self, i: usize, w: A::Word) -> A::Word {
        self.view()[i].swap_word(w)
    }

    /// Owner: insert at `i` (0 <= i <= len), shifting the tail right.
    /// A concurrent reader may see an item twice during the shift, never a
    /// torn or freed word.
    pub fn insert(&self, i: usize, w: A::Word) {
        self.reserve(1);
        let n = self.len.load(Relaxed);
        let s = slots::<A>(self.buf.load(Relaxed));
        let mut j = n;
        while j > i {
            s[j].st(s[j - 1].ld());
            j -= 1;
        }
        s[i].st(w);
        self.len.store_vg(n + 1, Release);
    }

    /// Owner: remove item `i` (in bounds), shifting the tail left; the
    /// vacated last slot is zeroed.
    pub fn remove(&self, i: usize) -> A::Word {
        let n = self.len.load(Relaxed);
        let s = &slots::<A>(self.buf.load(Relaxed))[..n];
        let old = s[i].ld();
        for j in i..n - 1 {
            s[j].st(s[j + 1].ld());
        }
        self.len.store_vg(n - 1, Release);
        if A::ZERO_REMOVED {
            s[n - 1].st(A::ZERO);
        }
        old
    }

    /// Owner: reverse in place.
    pub fn reverse(&self) {
        let s = self.view();
        let n = s.len();
        for j in 0..n / 2 {
            let a = s[j].ld();
            s[j].st(s[n - 1 - j].ld());
            s[n - 1 - j].st(a);
        }
    }

    /// Owner: replace the whole content with `ws` (in a new buffer, exactly
    /// sized; or the shared empty buffer), returning the old items.
    pub fn replace_all(&self, ws: &[A::Word]) -> Vec<A::Word> {
        let old_items = self.to_vec();
        let np = new_buf::<A>(ws.len());
        for (d, w) in slots::<A>(np).iter().zip(ws) {
            d.st(*w);
        }
        let old = self.buf.load(Relaxed);
        // Shrink the length first so that a reader pairing the old length
        // with the new buffer is caught by the capacity check, and one
        // pairing the new length with the old buffer by the same check.
        self.len.store_vg(0, Release);
        self.buf.store_vg(np, Release);
        self.len.store_vg(ws.len(), Release);
        self.retire(old);
        old_items
    }

    /// Owner: exchange items `start..start + ws.len()` (in bounds) with the
    /// words of `ws`, which receives the old items. A same-length slice
    /// assignment: no allocation, each slot written once.
    pub fn swap_range(&self, start: usize, ws: &mut [A::Word]) {
        let s = &self.view()[start..start + ws.len()];
        for (d, w) in s.iter().zip(ws.iter_mut()) {
            *w = d.swap_word(*w);
        }
    }

    /// Owner: replace items `start..stop` by `ws` (bounds already clamped
    /// by the caller), returning the removed items.
    pub fn splice(&self, start: usize, stop: usize, ws: &[A::Word]) -> Vec<A::Word> {
        let n = self.len.load(Relaxed);
        let (start, stop) = (start.min(n), stop.min(n).max(start.min(n)));
        if stop - start == ws.len() {
            let s = self.view();
            return ws.iter().zip(&s[start..stop]).map(|(w, d)| d.swap_word(*w)).collect();
        }
        let mut all = self.to_vec();
        let removed: Vec<A::Word> = all.splice(start..stop, ws.iter().copied()).collect();
        if all.len() <= self.capacity() && all.len() >= n {
            // Growing in place: write the new tail first, then publish.
            let s = slots::<A>(self.buf.load(Relaxed));
            for (d, w) in s.iter().zip(&all) {
                d.st(*w);
            }
            self.len.store_vg(all.len(), Release);
        } else if all.len() < n {
            // Shrinking in place: shorten first, then rewrite and zero the tail.
            let s = slots::<A>(self.buf.load(Relaxed));
            self.len.store_vg(all.len(), Release);
            for (d, w) in s.iter().zip(&all) {
                d.st(*w);
            }
            if A::ZERO_REMOVED {
                for d in &s[all.len()..n] {
                    d.st(A::ZERO);
                }
            }
        } else {
            let np = new_buf::<A>(all.len().max(self.capacity() * 2));
            for (d, w) in slots::<A>(np).iter().zip(&all) {
                d.st(*w);
            }
            let old = self.buf.load(Relaxed);
            self.buf.store_vg(np, Release);
            self.len.store_vg(all.len(), Release);
            self.retire(old);
        }
        removed
    }

    /// Owner: keep the first `n` items, zeroing the rest; returns them.
    pub fn truncate(&self, n: usize) -> Vec<A::Word> {
        let len = self.len.load(Relaxed);
        if n >= len {
            return Vec::new();
        }
        let s = self.view();
        self.len.store_vg(n, Release);
        s[n..len].iter().map(|d| if A::ZERO_REMOVED { d.swap_word(A::ZERO) } else { d.ld() }).collect()
    }
}

impl AtomicVec<AtomicU8> {
    /// The bytes, borrowed on the owning thread, copied in a context.
    ///
    /// In a parallel context the array may belong to the main thread,
    /// which may write it meanwhile: the bytes are copied out with atomic
    /// loads. On the main thread (the only writer of main objects) plain
    /// reads cannot race: no other thread writes these bytes. The borrow
    /// must not be kept across a mutation of this array.
    #[inline]
    pub fn bytes(&self) -> std::borrow::Cow<'_, [u8]> {
        if crate::vm::heap::in_parallel_context() {
            std::borrow::Cow::Owned(self.to_vec())
        } else {
            let s = self.view();
            // SAFETY: AtomicU8 has the layout of u8. Only this (the owning)
            // thread writes the array, and the caller does not write it
            // while the borrow lives, so the shared &[u8] sees no write.
            std::borrow::Cow::Borrowed(unsafe { std::slice::from_raw_parts(s.as_ptr() as *const u8, s.len()) })
        }
    }
}

/// The bytes of a bytearray: an `AtomicVec` of bytes with a Vec-like API.
#[derive(Default)]
pub struct ByteBuf(AtomicVec<AtomicU8>);

impl ByteBuf {
    pub fn new(b: Vec<u8>) -> ByteBuf {
        ByteBuf(AtomicVec::from_words(&b))
    }
    /// The bytes: borrowed on the owning thread, copied in a context (see
    /// `AtomicVec::bytes`). Do not keep the borrow across a mutation.
    #[inline]
    pub fn get(&self) -> std::borrow::Cow<'_, [u8]> {
        self.0.bytes()
    }
    /// A copy of the bytes.
    pub fn snapshot(&self) -> Vec<u8> {
        self.0.to_vec()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }
    pub fn byte(&self, i: usize) -> Option<u8> {
        self.0.load(i)
    }
    /// Owner: append a byte.
    pub fn push(&self, b: u8) {
        self.0.push(b)
    }
    /// Owner: append bytes.
    pub fn extend_from_slice(&self, b: &[u8]) {
        self.0.extend_from(b)
    }
    /// Owner: set byte `i` (ignored when out of range).
    pub fn set(&self, i: usize, b: u8) {
        if i < self.len() {
            self.0.replace_at(i, b);
        }
    }
    /// Owner: replace the whole content.
    pub fn replace(&self, b: &[u8]) {
        self.0.replace_all(b);
    }
    /// Owner: replace bytes `start..stop` (clamped) by `b`.
    pub fn splice(&self, start: usize, stop: usize, b: &[u8]) {
        self.0.splice(start, stop, b);
    }
    /// Owner: any other mutation, on a copy that is then written back
    /// (O(len); for the less common operations).
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        let mut v = self.0.to_vec();
        let r = f(&mut v);
        let n = self.0.len();
        self.0.splice(0, n, &v);
        r
    }
}
