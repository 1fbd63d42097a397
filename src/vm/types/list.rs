//! `list`: the data of a list object. Methods live in `list_methods.rs`.
//!
//! The items live in an `AtomicVec` of value words (see `atomic_buf`), so
//! a parallel context may read a main-thread list while the main thread
//! appends, pops or clears it: it sees some valid state of the list, never
//! freed memory. A slot holding 0 (emptied by a concurrent removal) reads
//! as a missing item. Only the owning thread mutates (mutation guard).

use crate::vm::atomic_buf::AtomicVec;
use crate::vm::heap;
use crate::vm::heap::shared;
use crate::vm::object::Payload;
use crate::vm::types::registry::types;
use crate::vm::value::Value;
use std::mem::ManuallyDrop;
use std::sync::atomic::AtomicUsize;

pub struct ListData {
    items: AtomicVec<AtomicUsize>,
}

/// The words of `v`, taking over its references (no copy).
fn into_words(v: Vec<Value>) -> Vec<usize> {
    let mut v = ManuallyDrop::new(v);
    // SAFETY: Value is repr(transparent) over a non-null pointer, so it has
    // the size and alignment of usize; the allocation and each reference
    // move to the new Vec.
    unsafe { Vec::from_raw_parts(v.as_mut_ptr() as *mut usize, v.len(), v.capacity()) }
}

/// Values from words taken out of the list (each carries one reference);
/// empty slots are skipped.
fn from_words(w: Vec<usize>) -> Vec<Value> {
    if !w.contains(&0) {
        // The usual case (the owner never sees an empty slot): reuse the
        // allocation.
        let mut w = ManuallyDrop::new(w);
        // SAFETY: Value is repr(transparent) over a non-null pointer (the
        // size and alignment of usize); every word is a non-zero Value
        // encoding owning its reference, which moves to the new Vec.
        return unsafe { Vec::from_raw_parts(w.as_mut_ptr() as *mut Value, w.len(), w.capacity()) };
    }
    w.into_iter()
        .filter(|&b| b != 0)
        // SAFETY: a non-zero word removed from the list owns its reference.
        .map(|b| unsafe { Value::from_raw(b) })
        .collect()
}

/// The value of one word taken out of the list (None for an empty slot),
/// with its reference handed back (see `shared::released`).
#[inline(always)]
fn take_word(bits: usize) -> Option<Value> {
    if bits == 0 {
        return None;
    }
    // SAFETY: a non-zero word removed from the list owns its reference.
    Some(shared::released(unsafe { Value::from_raw(bits) }))
}

/// A new reference to the value whose word is `bits` (None for an empty
/// slot). The list still owns its own reference.
#[inline(always)]
fn clone_bits(bits: usize) -> Option<Value> {
    if bits == 0 {
        return None;
    }
    // SAFETY: a non-zero slot word is a valid Value encoding whose object is
    // kept alive by the list (or, for a reader in a context racing its
    // removal, by the epoch-deferred release of main-heap objects).
    let v = ManuallyDrop::new(unsafe { Value::from_raw(bits) });
    Some((*v).clone())
}

impl Drop for ListData {
    fn drop(&mut self) {
        // The list object is being freed: nothing else can reach it (a
        // main-heap object is retired, not freed, while contexts live), so
        // the items are released in place and the array frees its buffer.
        // No `shared::released`: a list is never freed in the middle of a
        // context's write to a protected object (contexts free nothing).
        for s in self.items.view() {
            let bits = s.load(std::sync::atomic::Ordering::Relaxed);
            if bits != 0 {
                // SAFETY: a non-zero word of a list being freed owns its
                // reference.
                drop(unsafe { Value::from_raw(bits) });
            }
        }
    }
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData { items: AtomicVec::from_words(&into_words(items)) }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Allocated slots (for `__sizeof__`).
    pub fn capacity(&self) -> usize {
        self.items.capacity()
    }
    /// A new reference to item `i` (no bounds adjustment); None when out of
    /// range (or, in a context, emptied by a concurrent removal).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.load(i).and_then(clone_bits)
    }
    /// A copy of the items (new references).
    pub fn snapshot(&self) -> Vec<Value> {
        let s = self.items.view();
        let mut out = Vec::with_capacity(s.len());
        out.extend(s.iter().filter_map(|s| clone_bits(s.load(std::sync::atomic::Ordering::Acquire))));
        out
    }
    /// Items `start..stop` (clamped), new references.
    pub fn get_range(&self, start: usize, stop: usize) -> Vec<Value> {
        let s = self.items.view();
        let stop = stop.min(s.len());
        let start = start.min(stop);
        s[start..stop].iter().filter_map(|s| clone_bits(s.load(std::sync::atomic::Ordering::Acquire))).collect()
    }
    /// A new list of the `n` items at `start`, `start + step`, ... (indices
    /// adjusted by the caller, so in range unless the list changed under a
    /// reader in a context: those and emptied slots are skipped). Built
    /// straight into the new array (no temporary Vec).
    pub fn slice(&self, start: usize, step: isize, n: usize) -> ListData {
        let s = self.items.view();
        let it = (0..n).filter_map(move |k| {
            let i = (start as isize).wrapping_add((k as isize).wrapping_mul(step)) as usize;
            s.get(i).and_then(|slot| clone_bits(slot.load(std::sync::atomic::Ordering::Acquire))).map(Value::into_raw)
        });
        ListData { items: AtomicVec::collect_from(n, it) }
    }
    /// A shallow copy (`l[:]`, `list(l)`, `l.copy()`).
    pub fn copy(&self) -> ListData {
        self.slice(0, 1, self.len())
    }
    /// Push the items in reverse order onto `out` if the list has exactly
    /// `n` of them (UNPACK_SEQUENCE's fast path); false leaves `out` as it was.
    pub fn unpack_reversed_into(&self, n: usize, out: &mut Vec<Value>) -> bool {
        let s = self.items.view();
        if s.len() != n {
            return false;
        }
        let base = out.len();
        for slot in s.iter().rev() {
            match clone_bits(slot.load(std::sync::atomic::Ordering::Acquire)) {
                Some(v) => out.push(v),
                None => {
                    out.truncate(base);
                    return false;
                }
            }
        }
        true
    }
    /// Owner: append.
    #[inline]
    pub fn push(&self, v: Value) {
        self.items.push(shared::export(v).into_raw());
    }
    /// Owner: append all of `v`.
    pub fn extend(&self, v: Vec<Value>) {
        self.items.extend_from(&into_words(shared::export_all(v)));
    }
    /// Owner: insert at `i` (clamped to the length).
    pub fn insert(&self, i: usize, v: Value) {
        self.items.insert(i.min(self.len()), shared::export(v).into_raw());
    }
    /// Owner: remove and return item `i` (None if out of range).
    pub fn remove(&self, i: usize) -> Option<Value> {
        if i >= self.len() {
            return None;
        }
        take_word(self.items.remove(i))
    }
    /// `set` by the main thread on a list of its own, where nothing stored
    /// needs exporting (see `protocols::main_thread_owns`).
    pub fn set_own(&self, i: usize, v: Value) {
        if i < self.len() {
            drop(self.replace_item(i, v));
        }
    }
    /// Owner: reverse in place.
    pub fn reverse(&self) {
        self.items.reverse();
    }
    /// Owner: replace item `i` (in range), dropping the old value after the store.
    pub fn set(&self, i: usize, v: Value) {
        if i < self.len() {
            drop(shared::exchange(v, |v| self.replace_item(i, v)));
        }
    }
    /// Store `v` at `i` (in range); returns what was there.
    fn replace_item(&self, i: usize, v: Value) -> Option<Value> {
        let bits = self.items.replace_at(i, v.into_raw());
        // SAFETY: a non-zero word removed from the list owns its reference.
        (bits != 0).then(|| unsafe { Value::from_raw(bits) })
    }
    /// Owner: replace the whole content; returns the old items (the caller
    /// drops them after the swap, so destructors see the new state).
    pub fn replace_all(&self, v: Vec<Value>) -> Vec<Value> {
        shared::released_all(from_words(self.items.replace_all(&into_words(shared::export_all(v)))))
    }
    /// Owner: replace items `start..stop` (clamped) by `v`; returns the
    /// removed items.
    pub fn splice(&self, start: usize, stop: usize, v: Vec<Value>) -> Vec<Value> {
        let mut words = into_words(shared::export_all(v));
        let n = self.len();
        let (a, b) = (start.min(n), stop.min(n).max(start.min(n)));
        if b - a == words.len() {
            // Same length: exchange in place; `words` takes the old items.
            self.items.swap_range(a, &mut words);
            return shared::released_all(from_words(words));
        }
        shared::released_all(from_words(self.items.splice(start, stop, &words)))
    }
    /// Visit every item (owner: the collector; no Python code may run).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for s in self.items.view() {
            let bits = s.load(std::sync::atomic::Ordering::Acquire);
            if bits != 0 {
                // SAFETY: a non-zero slot word is a valid Value the list owns;
                // the borrow does not outlive this iteration.
                let v = ManuallyDrop::new(unsafe { Value::from_raw(bits) });
                visit(&v);
            }
        }
    }
    pub fn clear_refs(&self) {
        drop(self.replace_all(Vec::new()));
    }
}

/// A list object holding `data`.
pub fn new_list_from(data: ListData) -> Value {
    heap::alloc(types().list.clone(), Payload::List(data))
}

pub fn new_list(items: Vec<Value>) -> Value {
    heap::alloc(types().list.clone(), Payload::List(ListData::new(items)))
}

#[inline]
pub fn as_list(v: &Value) -> Option<&ListData> {
    match &v.as_obj()?.payload {
        Payload::List(l) => Some(l),
        _ => None,
    }
}
