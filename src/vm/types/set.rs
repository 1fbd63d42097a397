//! `set` / `frozenset`: CPython's open-addressing table (linear probes
//! plus perturbation, same sizes and resize policy), so iteration order
//! matches CPython's exactly. Methods live in `set_methods.rs`.

use crate::vm::heap::shared;
use crate::compiler::bytecode::BinOp;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::types;
use crate::vm::types::typeobj::{class_of_ref, is_subclass};
use crate::vm::value::Value;
use crate::vm::heap::epoch;
use std::alloc::{alloc_zeroed, dealloc, handle_alloc_error, Layout};
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicI64, AtomicPtr, AtomicU64, AtomicUsize, Ordering::*};
use crate::vm::valgrind::AtomicVg;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

/// Key words: 0 is an empty slot, DUMMY a deleted one. 2 is never a Value
/// (objects are 8-aligned, small ints odd).
const EMPTY_W: usize = 0;
const DUMMY_W: usize = 2;

/// One slot: the hash is written before the key (Release), so a reader
/// that loads a key (Acquire) sees its hash.
#[repr(C)]
struct SSlot {
    hash: AtomicI64,
    key: AtomicUsize,
}

/// The head of a table; `size` slots follow. Parallel contexts read
/// main-thread sets while the main thread writes them: every word is an
/// atomic, a resize builds the whole new table before publishing it, and
/// the old table is released through `epoch::defer_drop`.
#[repr(C)]
struct Head {
    size: usize,
    /// Active + dummy slots.
    fill: AtomicUsize,
    used: AtomicUsize,
}

const HEAD: usize = std::mem::size_of::<Head>();

fn table_layout(size: usize) -> Layout {
    let bytes = size.checked_mul(std::mem::size_of::<SSlot>()).and_then(|b| b.checked_add(HEAD)).expect("set too large");
    Layout::from_size_align(bytes, std::mem::align_of::<SSlot>()).expect("set too large")
}

/// A new zeroed (all empty) table of `size` (a power of two) slots.
fn new_table(size: usize) -> *mut Head {
    let l = table_layout(size);
    // SAFETY: non-empty layout; zeroed slots are empty slots.
    let p = unsafe { alloc_zeroed(l) } as *mut Head;
    if p.is_null() {
        handle_alloc_error(l);
    }
    // SAFETY: p is fresh and large enough for the head.
    unsafe { p.write(Head { size, fill: AtomicUsize::new(0), used: AtomicUsize::new(0) }) };
    p
}

fn free_table(p: *mut Head) {
    // SAFETY: p came from new_table (the head records its size) and is
    // unreachable.
    unsafe { dealloc(p as *mut u8, table_layout((*p).size)) }
}

/// A table unlinked from its set (its key words moved or were released).
struct OldTable(*mut Head);
// SAFETY: owned outright once unlinked.
unsafe impl Send for OldTable {}
impl Drop for OldTable {
    fn drop(&mut self) {
        free_table(self.0);
    }
}

#[derive(Clone, Copy)]
struct Tab<'a>(&'a Head);

impl<'a> Tab<'a> {
    #[inline(always)]
    fn ptr(self) -> *mut Head {
        self.0 as *const Head as *mut Head
    }
    #[inline(always)]
    fn slots(self) -> &'a [SSlot] {
        // SAFETY: `size` slots follow the head (new_table).
        unsafe { std::slice::from_raw_parts((self.ptr() as *const u8).add(HEAD) as *const SSlot, self.0.size) }
    }
    fn mask(self) -> usize {
        self.0.size - 1
    }
    fn fill(self) -> usize {
        self.0.fill.load(Relaxed)
    }
    fn used(self) -> usize {
        self.0.used.load(Relaxed)
    }
}

/// A key word (a real key) borrowed for a comparison or a clone.
#[inline(always)]
fn peek(bits: usize) -> ManuallyDrop<Value> {
    // SAFETY: callers pass a key word other than EMPTY_W/DUMMY_W: a valid
    // Value kept alive by the table (or by the epoch, for readers).
    ManuallyDrop::new(unsafe { Value::from_raw(bits) })
}

#[inline(always)]
fn is_key(bits: usize) -> bool {
    bits != EMPTY_W && bits != DUMMY_W
}

/// Take over the reference of a key word removed from a table.
fn own(bits: usize) -> Value {
    // SAFETY: the word was a real key owned by the table.
    unsafe { Value::from_raw(bits) }
}

pub struct SetData {
    tab: AtomicPtr<Head>,
    version: AtomicU64,
}

enum Found {
    Active(usize),
    Missing,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl Drop for SetData {
    fn drop(&mut self) {
        // The set's object is being freed: nobody else can reach the table.
        let t = self.tab();
        for s in t.slots() {
            let k = s.key.load(Relaxed);
            if is_key(k) {
                drop(own(k));
            }
        }
        free_table(t.ptr());
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData { tab: AtomicPtr::new(new_table(MINSIZE)), version: AtomicU64::new(0) }
    }

    /// The current table: owner side valid until the next resize/clear,
    /// reader side while the reading context is live.
    #[inline(always)]
    fn tab(&self) -> Tab<'_> {
        // SAFETY: always a table from new_table, published with Release and
        // freed only after being unlinked (epoch-deferred while contexts live).
        Tab(unsafe { &*self.tab.load_vg(Acquire) })
    }

    fn bump(&self) {
        self.version.store_vg(self.version.load(Relaxed) + 1, Relaxed);
    }

    /// Owner: publish `np` as the table and retire the old one.
    fn publish(&self, np: *mut Head) {
        crate::vm::valgrind::happens_before(&self.tab);
        let old = self.tab.swap(np, AcqRel);
        epoch::defer_drop(Box::new(OldTable(old)));
        self.bump();
    }

    pub fn len(&self) -> usize {
        self.tab().0.used.load_vg(Acquire)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn keys_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        match ops::fast_eq(a, b) {
            Some(r) => Ok(r),
            None => ops::eq_bool(vm, a, b),
        }
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let t = self.tab();
            let slots = t.slots();
            let mask = t.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    let kb = slots[idx].key.load_vg(Acquire);
                    if kb == EMPTY_W {
                        return Ok(Found::Missing);
                    }
                    if kb != DUMMY_W && slots[idx].hash.load(Relaxed) == hash {
                        if kb == key.bits() {
                            return Ok(Found::Active(idx));
                        }
                        let k = (*peek(kb)).clone();
                        let version = self.version.load(Relaxed);
                        let eq = Self::keys_equal(vm, &k, key)?;
                        if self.version.load(Relaxed) != version || self.tab().ptr() != t.ptr() {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Found::Active(idx));
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = hash_key(vm, key)?;
        Ok(matches!(self.find(vm, key, h)?, Found::Active(_)))
    }

    /// Add a key; returns true if it was new.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let h = hash_key(vm, &key)?;
        self.add_hashed(vm, key, h)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        'restart: loop {
            let t = self.tab();
            let slots = t.slots();
            let mask = t.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    let kb = slots[idx].key.load(Relaxed);
                    if kb == EMPTY_W {
                        self.bump();
                        t.0.used.store_vg(t.used() + 1, Release);
                        let key = shared::export(key);
                        if let Some(f) = freeslot {
                            write_slot(&slots[f], hash, key);
                            return Ok(true);
                        }
                        t.0.fill.store_vg(t.fill() + 1, Relaxed);
                        write_slot(&slots[idx], hash, key);
                        if t.fill() * 5 >= mask * 3 {
                            let n = if t.used() > 50000 { t.used() * 2 } else { t.used() * 4 };
                            self.resize(n);
                        }
                        return Ok(true);
                    }
                    if kb == DUMMY_W {
                        if freeslot.is_none() {
                            freeslot = Some(idx);
                        }
                    } else if slots[idx].hash.load(Relaxed) == hash {
                        if kb == key.bits() {
                            return Ok(false);
                        }
                        let k = (*peek(kb)).clone();
                        let version = self.version.load(Relaxed);
                        let eq = Self::keys_equal(vm, &k, &key)?;
                        if self.version.load(Relaxed) != version || self.tab().ptr() != t.ptr() {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(false);
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// Owner: rebuild into a table of more than `minused` slots.
    fn resize(&self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = self.tab();
        let np = new_table(newsize);
        // SAFETY: np is fresh and not yet visible to anyone.
        let nt = Tab(unsafe { &*np });
        let mask = newsize - 1;
        for s in old.slots() {
            let k = s.key.load(Relaxed);
            if is_key(k) {
                insert_clean(nt.slots(), mask, s.hash.load(Relaxed), k);
            }
        }
        nt.0.fill.store_vg(old.used(), Relaxed);
        nt.0.used.store_vg(old.used(), Relaxed);
        self.publish(np);
    }

    /// Owner: make room for `extra` more keys in one resize.
    fn reserve(&self, extra: usize) {
        let t = self.tab();
        if (t.fill() + extra) * 5 >= t.mask() * 3 {
            self.resize((t.used() + extra) * 2);
        }
    }

    /// Owner: turn the key in slot `idx` into a dummy, returning the key.
    fn take_slot(&self, idx: usize) -> Option<Value> {
        let t = self.tab();
        let s = &t.slots()[idx];
        let k = s.key.load(Relaxed);
        if !is_key(k) {
            return None;
        }
        s.key.store_vg(DUMMY_W, Release);
        t.0.used.store_vg(t.used() - 1, Release);
        self.bump();
        Some(shared::released(own(k)))
    }

    /// Remove a key; returns true if it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = hash_key(vm, key)?;
        match self.find(vm, key, h)? {
            Found::Active(idx) => {
                let old = self.take_slot(idx);
                drop(old);
                Ok(true)
            }
            Found::Missing => Ok(false),
        }
    }

    pub fn clear(&self) {
        let old = self.tab();
        let keys: Vec<Value> = old.slots().iter().map(|s| s.key.load(Relaxed)).filter(|&k| is_key(k)).map(own).collect();
        self.publish(new_table(MINSIZE));
        drop(shared::released_all(keys));
    }

    /// Pop an arbitrary element (CPython's: scanning from a finger).
    pub fn pop(&self) -> Option<Value> {
        let idx = self.tab().slots().iter().position(|s| is_key(s.key.load(Relaxed)))?;
        self.take_slot(idx)
    }

    /// Items in table order (the iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.tab().slots().iter().filter_map(|s| key_of(s).map(|(_, k)| k)).collect()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.tab().slots().iter().filter_map(key_of).collect()
    }

    /// Next item at or after table position `pos`: (position, key).
    pub fn next_item(&self, pos: usize) -> Option<(usize, Value)> {
        let slots = self.tab().slots();
        (pos..slots.len()).find_map(|p| key_of(&slots[p]).map(|(_, k)| (p, k)))
    }

    /// A new table with the same slots as `self`'s (keys cloned, dummies
    /// kept, so iteration order is the same).
    fn clone_table(&self) -> *mut Head {
        let t = self.tab();
        let np = new_table(t.0.size);
        // SAFETY: np is fresh and not yet visible to anyone.
        let nt = Tab(unsafe { &*np });
        // Count what was copied: a main set another thread changes meanwhile
        // (a context copying it) may not match its own counts.
        let (mut fill, mut used) = (0, 0);
        for (d, s) in nt.slots().iter().zip(t.slots()) {
            let k = s.key.load_vg(Acquire);
            if k != EMPTY_W {
                d.hash.store_vg(s.hash.load(Relaxed), Relaxed);
                d.key.store_vg(if is_key(k) { (*peek(k)).clone().into_raw() } else { k }, Relaxed);
                fill += 1;
                used += is_key(k) as usize;
            }
        }
        nt.0.fill.store_vg(fill, Relaxed);
        nt.0.used.store_vg(used, Relaxed);
        np
    }

    /// Merge another set's entries (CPython's set_merge, for exact ordering).
    pub fn merge_from(&self, vm: &mut Vm, other: &SetData) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.len() == 0 {
            return Ok(());
        }
        self.reserve(other.len());
        let t = self.tab();
        let ot = other.tab();
        if shared::sharing() {
            // Every key must pass through `add_hashed` (and `export`).
            for (h, k) in other.hashed_items() {
                self.add_hashed(vm, k, h)?;
            }
            return Ok(());
        }
        if t.fill() == 0 && t.0.size == ot.0.size && ot.fill() == ot.used() {
            // The current table holds no key (fill == 0): nothing to release.
            self.publish(other.clone_table());
            return Ok(());
        }
        // `other` may be a main set another thread changes meanwhile (a
        // context copying it): `ot` can hold more keys than `other.len()`
        // said. A table at least as large as `ot` always has room for all of
        // them (insert_clean needs an empty slot to stop); count the keys
        // really copied.
        if t.fill() == 0 && t.0.size >= ot.0.size {
            let mask = t.mask();
            let mut n = 0;
            for s in ot.slots() {
                let k = s.key.load_vg(Acquire);
                if is_key(k) {
                    insert_clean(t.slots(), mask, s.hash.load(Relaxed), (*peek(k)).clone().into_raw());
                    n += 1;
                }
            }
            t.0.fill.store_vg(n, Relaxed);
            t.0.used.store_vg(n, Release);
            self.bump();
            return Ok(());
        }
        for (h, k) in other.hashed_items() {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    pub fn copy(&self) -> SetData {
        SetData { tab: AtomicPtr::new(self.clone_table()), version: AtomicU64::new(0) }
    }

    /// Visit the keys (owner: the collector; no Python code runs).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for s in self.tab().slots() {
            let k = s.key.load(Relaxed);
            if is_key(k) {
                visit(&peek(k));
            }
        }
    }
    pub fn clear_refs(&self) {
        self.clear();
    }
}

/// Store a key (hash first, then the key word with Release).
fn write_slot(s: &SSlot, hash: i64, key: Value) {
    s.hash.store_vg(hash, Relaxed);
    s.key.store_vg(key.into_raw(), Release);
}

/// (hash, new reference to the key) of a slot holding a key.
fn key_of(s: &SSlot) -> Option<(i64, Value)> {
    let k = s.key.load_vg(Acquire);
    if is_key(k) { Some((s.hash.load(Relaxed), (*peek(k)).clone())) } else { None }
}

/// Owner: place a key word (whose reference moves into the table) in the
/// first empty slot of its probe sequence (no dummies, no equal keys).
fn insert_clean(slots: &[SSlot], mask: usize, hash: i64, key: usize) {
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    let put = |s: &SSlot| {
        s.hash.store_vg(hash, Relaxed);
        s.key.store_vg(key, Release);
    };
    loop {
        if slots[i].key.load(Relaxed) == EMPTY_W {
            put(&slots[i]);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if slots[i + j].key.load(Relaxed) == EMPTY_W {
                    put(&slots[i + j]);
                    return;
                }
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

fn hash_key(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    ops::hash(vm, key)
}

pub fn as_set(v: &Value) -> Option<&SetData> {
    match &v.as_obj()?.payload {
        Payload::Set(s) => Some(s),
        _ => None,
    }
}

pub fn is_mutable_set(v: &Value) -> bool {
    as_set(v).is_some() && is_subclass(class_of_ref(v), &types().set)
}

pub fn new_set_of_class(class: Value, data: SetData) -> Value {
    heap::alloc(class, Payload::Set(data))
}

/// A new set from items (in order, CPython's insertion).
pub fn new_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = SetData::new();
    for it in items {
        s.add(vm, it)?;
    }
    Ok(new_set_of_class(types().set.clone(), s))
}

/// Fill `s` from any iterable (CPython's set_update_internal).
pub fn update_from(vm: &mut Vm, s: &SetData, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return s.merge_from(vm, o);
    }
    if let Some(Payload::Dict(d)) = other.as_obj().map(|o| &o.payload) {
        let items = d.hashed_items();
        s.reserve(items.len());
        for (h, k, _) in items {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        s.add(vm, x)?;
    }
    Ok(())
}

pub fn set_add(vm: &mut Vm, set: &Value, v: Value) -> PyResult<()> {
    as_set(set).ok_or_else(|| type_error("not a set"))?.add(vm, v).map(|_| ())
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (result has a's class kind).
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let r = crate::vm::types::set_methods::set_operation(vm, a, b, op)?;
    Ok(r)
}

pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let _guard = crate::vm::protocols::check_mutable(a, "set update")?;
    crate::vm::types::set_methods::set_inplace_operation(vm, a, b, op)?;
    Ok(a.clone())
}
