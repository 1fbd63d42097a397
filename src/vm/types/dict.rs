//! `dict`: CPython's compact, insertion-ordered hash table.
//!
//! One heap block per table: a head, an open-addressed index array
//! (CPython's perturbed probing) of positions into the entry array, which
//! keeps insertion order. Deleted entries leave a hole (key 0) until the
//! next resize compacts them into a new table.
//!
//! Parallel contexts read main-thread dicts while the main thread writes
//! them, so every word of a table is an atomic (relaxed; plain moves on
//! x86-64; words holding Values are stored with Release and loaded with
//! Acquire, which are plain moves there too, so a reader that loads a
//! pointer sees the object's initialised contents). An insert writes its entry (hash, key, value) and then
//! publishes its index (Release); a resize builds the whole new table, then
//! publishes the table pointer (Release) and hands the old table to
//! `epoch::defer_drop`. A reader therefore sees a stale but valid state
//! (it may miss a key inserted meanwhile), never freed or torn memory.
//! Within one table an entry position holds one key for the table's whole
//! life, and a value word, once published, is never zeroed (a deletion
//! zeroes the key and leaves the value's bits: the object is retired by the
//! heap while contexts are live), so `&Value`s into a table stay valid.
//!
//! Keys are compared with Python `==`, which can run arbitrary code that
//! mutates this very dict; lookups therefore never hold a borrow across the
//! comparison and restart if the table changed meanwhile (the `version`).

use crate::vm::errors::PyResult;
use crate::vm::heap::shared;
use crate::vm::heap::epoch;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering::*};
use crate::vm::valgrind::AtomicVg;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MINSIZE: usize = 8;

#[repr(C)]
struct Entry {
    hash: AtomicI64,
    /// A key's Value bits, 0 for a hole.
    key: AtomicUsize,
    /// A value's Value bits (kept after a deletion, see the module doc).
    value: AtomicUsize,
}

/// The head of a table; `size` u32 indices then `ecap` entries follow.
/// `size` and `ecap` never change after publication.
#[repr(C)]
struct Head {
    size: usize,
    ecap: usize,
    /// Entries written so far (the iteration bound).
    nentries: AtomicUsize,
    /// Live entries.
    used: AtomicUsize,
    /// A one-word Bloom filter of the keys written into this table: bit
    /// `hash_bit(h)` is set for every entry's hash (set before the entry is
    /// published). A clear bit proves a str key absent without probing
    /// (`probe_name`: attribute misses, method shadowing checks).
    hash_bits: AtomicU64,
}

/// The filter bit of a hash (see `Head::hash_bits`).
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1u64 << ((hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// The shared table of empty dicts: 8 empty indices, no entry room (so the
/// first insert replaces it). Never written, never freed.
#[repr(C)]
struct EmptyTable {
    head: Head,
    idx: [AtomicU32; MINSIZE],
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY_IX: AtomicU32 = AtomicU32::new(EMPTY);
static EMPTY_TABLE: EmptyTable = EmptyTable {
    head: Head { size: MINSIZE, ecap: 0, nentries: AtomicUsize::new(0), used: AtomicUsize::new(0), hash_bits: AtomicU64::new(0) },
    idx: [EMPTY_IX; MINSIZE],
};

fn empty_table() -> *mut Head {
    &EMPTY_TABLE as *const EmptyTable as *mut Head
}

const HEAD: usize = std::mem::size_of::<Head>();

fn table_layout(size: usize, ecap: usize) -> Layout {
    // size is a power of two >= 8, so the entries start 8-aligned.
    let bytes = size
        .checked_mul(4)
        .and_then(|i| ecap.checked_mul(std::mem::size_of::<Entry>()).and_then(|e| (HEAD + i).checked_add(e)))
        .expect("dict too large");
    Layout::from_size_align(bytes, std::mem::align_of::<Entry>()).expect("dict too large")
}

/// A new table with `size` (a power of two >= 8) indices, all EMPTY, and
/// room for `size * 2 / 3` entries (CPython's usable fraction), zeroed.
#[inline]
fn new_table(size: usize) -> *mut Head {
    if size == MINSIZE {
        // Constant sizes: the fills below become a few stores.
        new_table_of(MINSIZE)
    } else {
        new_table_of(size)
    }
}

#[inline(always)]
fn new_table_of(size: usize) -> *mut Head {
    let ecap = size * 2 / 3;
    let l = table_layout(size, ecap);
    // SAFETY: the layout is non-empty (it includes the head).
    let p = unsafe { alloc(l) } as *mut Head;
    if p.is_null() {
        handle_alloc_error(l);
    }
    // SAFETY: p is a fresh allocation of `l`: the head, then `size` u32
    // indices (0xFF bytes = EMPTY), then `ecap` entries (zero = holes).
    unsafe {
        p.write(Head { size, ecap, nentries: AtomicUsize::new(0), used: AtomicUsize::new(0), hash_bits: AtomicU64::new(0) });
        let ix = (p as *mut u8).add(HEAD);
        std::ptr::write_bytes(ix, 0xFF, size * 4);
        std::ptr::write_bytes(ix.add(size * 4), 0, ecap * std::mem::size_of::<Entry>());
    }
    p
}

fn free_table(p: *mut Head) {
    if p != empty_table() {
        // SAFETY: p came from `new_table` (its head records the layout) and
        // nothing refers to it any more.
        unsafe { dealloc(p as *mut u8, table_layout((*p).size, (*p).ecap)) }
    }
}

/// A table unlinked from its dict, freed when dropped (maybe later, on
/// another thread). Its words moved to the new table or were released.
struct OldTable(*mut Head);
// SAFETY: the old table is owned outright once unlinked.
unsafe impl Send for OldTable {}
impl Drop for OldTable {
    fn drop(&mut self) {
        free_table(self.0);
    }
}

/// A view of one table.
#[derive(Clone, Copy)]
struct Tab<'a>(&'a Head);

impl<'a> Tab<'a> {
    #[inline(always)]
    fn ptr(self) -> *mut Head {
        self.0 as *const Head as *mut Head
    }
    #[inline(always)]
    fn mask(self) -> usize {
        self.0.size - 1
    }
    #[inline(always)]
    fn idx(self) -> &'a [AtomicU32] {
        // SAFETY: `size` atomic u32 indices follow the head (new_table, or
        // the static EmptyTable whose layout is repr(C) head + array).
        unsafe { std::slice::from_raw_parts((self.ptr() as *const u8).add(HEAD) as *const AtomicU32, self.0.size) }
    }
    #[inline(always)]
    fn ix(self, i: usize) -> u32 {
        self.idx()[i].load_vg(Acquire)
    }
    #[inline(always)]
    fn entries(self) -> &'a [Entry] {
        // SAFETY: `ecap` entries follow the indices (see new_table).
        unsafe {
            std::slice::from_raw_parts((self.ptr() as *const u8).add(HEAD + self.0.size * 4) as *const Entry, self.0.ecap)
        }
    }
    /// Entry `ix` if it exists in this table.
    #[inline(always)]
    fn entry(self, ix: u32) -> Option<&'a Entry> {
        self.entries().get(ix as usize)
    }
    #[inline(always)]
    fn nentries(self) -> usize {
        self.0.nentries.load_vg(Acquire).min(self.0.ecap)
    }
    /// The written entries (the iteration range).
    #[inline(always)]
    fn written(self) -> &'a [Entry] {
        &self.entries()[..self.nentries()]
    }
}

/// The Value whose bits are in `w` (None for 0), borrowed from the word.
/// Valid while the word is not overwritten by the owner, or (in a reader
/// context) while the context is live: value words are never zeroed once
/// published and their objects are retired, not freed, while contexts live.
#[inline(always)]
fn word_ref(w: &AtomicUsize) -> Option<&Value> {
    if w.load_vg(Acquire) == 0 {
        None
    } else {
        // SAFETY: a non-zero word is a valid Value encoding; Value is
        // repr(transparent) over a pointer-sized word, so the atomic's
        // storage can be viewed as a Value.
        Some(unsafe { &*(w as *const AtomicUsize as *const Value) })
    }
}

/// The key stored in `bits` (non-zero), borrowed for a comparison that
/// runs no Python code.
#[inline(always)]
fn peek(bits: usize) -> ManuallyDrop<Value> {
    // SAFETY: callers pass a non-zero word loaded from a key slot: a valid
    // Value kept alive by the table (or by the epoch for readers).
    ManuallyDrop::new(unsafe { Value::from_raw(bits) })
}

/// A new reference to the value in `bits` (None for 0).
#[inline(always)]
fn clone_bits(bits: usize) -> Option<Value> {
    if bits == 0 { None } else { Some((*peek(bits)).clone()) }
}

/// Take over the reference carried by `bits` (non-zero).
#[inline(always)]
fn own(bits: usize) -> Value {
    // SAFETY: the caller moved the word out of the table, which owned it.
    unsafe { Value::from_raw(bits) }
}

#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5).wrapping_add(*perturb as usize).wrapping_add(1)) & mask
}

/// Boxless: the table pointer lives in the object's payload, so a lookup
/// is one load away from the object.
pub struct DictData {
    tab: AtomicPtr<Head>,
    /// Bumped by every structural change (insert of a new key, delete, clear, resize).
    /// Stamps are unique across all dicts (see `next_version`), so (dict,
    /// version) identifies one key layout even if a dict's memory is reused;
    /// 0 means "never changed" (an empty dict).
    version: AtomicU64,
    /// A class namespace: every change invalidates the type attribute cache.
    watched: AtomicBool,
}

/// A fresh, process-wide unique version stamp. Threads take blocks of
/// stamps from a shared counter, so the common case is thread-local.
fn next_version() -> u64 {
    use std::cell::Cell;
    use std::sync::atomic::{AtomicU64, Ordering};
    const BLOCK: u64 = 1 << 16;
    static NEXT_BLOCK: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        static RANGE: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    }
    RANGE.with(|r| {
        let (mut next, mut end) = r.get();
        if next == end {
            next = NEXT_BLOCK.fetch_add(BLOCK, Ordering::Relaxed);
            end = next + BLOCK;
        }
        r.set((next + 1, end));
        next
    })
}

enum Probe {
    Found(usize),
    /// Not found; the EMPTY slot where it would go.
    Missing(usize),
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

impl Drop for DictData {
    fn drop(&mut self) {
        // The dict's object is being freed: nobody else can reach the table.
        let t = self.tab();
        for e in t.written() {
            let k = e.key.load_vg(Acquire);
            if k != 0 {
                drop(own(k));
                drop(own(e.value.load_vg(Acquire)));
            }
        }
        free_table(t.ptr());
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData { tab: AtomicPtr::new(empty_table()), version: AtomicU64::new(0), watched: AtomicBool::new(false) }
    }

    /// The current table. Owner side: valid until the next structural
    /// change; reader side: valid while the reading context is live.
    #[inline(always)]
    fn tab(&self) -> Tab<'_> {
        // SAFETY: the pointer is the static empty table or a table from
        // `new_table` published with Release; it is freed only after being
        // unlinked, at once when no context can hold it, else by the epoch.
        Tab(unsafe { &*self.tab.load_vg(Acquire) })
    }

    /// Record a structural change.
    #[inline]
    fn changed(&self) {
        self.version.store_vg(next_version(), Relaxed);
        if self.watched.load(Relaxed) {
            crate::vm::types::type_cache::invalidate();
        }
    }

    pub fn len(&self) -> usize {
        self.tab().0.used.load_vg(Acquire)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn version(&self) -> u64 {
        self.version.load(Relaxed)
    }
    /// Mark this dict as a class namespace (see `type_cache`).
    pub fn watch(&self) {
        self.watched.store_vg(true, Relaxed);
        crate::vm::types::type_cache::invalidate();
    }

    /// Find `key` (any thread). Returns the table probed with the result,
    /// so that a reader uses the entry of the table it searched.
    ///
    /// The common probes (identical keys, exact strs) are settled here
    /// without a call; a candidate that needs Python `==` (or `fast_eq`)
    /// sends the whole search to `lookup_general`, which redoes it (no
    /// Python code has run yet, so nothing changed).
    #[inline]
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<(Tab<'_>, Probe)> {
        let t = self.tab();
        let mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.ix(i);
            if ix == EMPTY {
                return Ok((t, Probe::Missing(i)));
            }
            if let Some(e) = t.entry(ix) {
                let kb = e.key.load_vg(Acquire);
                if kb != 0 {
                    if kb == key.bits() {
                        return Ok((t, Probe::Found(ix as usize)));
                    }
                    if e.hash.load(Relaxed) == hash {
                        match exact_str_eq(&peek(kb), key) {
                            Some(true) => return Ok((t, Probe::Found(ix as usize))),
                            Some(false) => {}
                            None => return self.lookup_general(vm, key, hash),
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    #[inline(never)]
    fn lookup_general(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<(Tab<'_>, Probe)> {
        'restart: loop {
            let t = self.tab();
            let mask = t.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let ix = t.ix(i);
                if ix == EMPTY {
                    return Ok((t, Probe::Missing(i)));
                }
                if let Some(e) = t.entry(ix) {
                    let kb = e.key.load_vg(Acquire);
                    if kb != 0 {
                        if kb == key.bits() {
                            return Ok((t, Probe::Found(ix as usize)));
                        }
                        if e.hash.load(Relaxed) == hash {
                            let k = peek(kb);
                            match ops::fast_eq(&k, key) {
                                Some(true) => return Ok((t, Probe::Found(ix as usize))),
                                Some(false) => {}
                                None => {
                                    let k = (*k).clone();
                                    let version = self.version();
                                    let eq = ops::eq_bool(vm, &k, key)?;
                                    if self.version() != version || self.tab().ptr() != t.ptr() {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok((t, Probe::Found(ix as usize)));
                                    }
                                }
                            }
                        }
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// Probe for a str key by text (no Python code runs, since only str
    /// keys can equal a str): the table and the entry position.
    #[inline]
    fn probe_str(&self, key: &str, hash: i64) -> (Tab<'_>, Result<usize, usize>) {
        let t = self.tab();
        let mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.ix(i);
            if ix == EMPTY {
                return (t, Err(i));
            }
            if let Some(e) = t.entry(ix) {
                if e.hash.load(Relaxed) == hash {
                    let kb = e.key.load_vg(Acquire);
                    if kb != 0 && crate::vm::types::str::as_str(&peek(kb)) == Some(key) {
                        return (t, Ok(ix as usize));
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Lookup by a Rust string (attribute dicts, globals): no allocation and
    /// no Python code runs, since only str keys can equal a str.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_ref(key, crate::vm::types::str::str_hash(key)).cloned()
    }

    /// The value of str key `key` (with its hash), borrowed from the table:
    /// do not keep it across a mutation of this dict.
    pub fn get_str_ref(&self, key: &str, hash: i64) -> Option<&Value> {
        let (t, r) = self.probe_str(key, hash);
        word_ref(&t.entry(r.ok()? as u32)?.value)
    }

    /// Probe for an (usually interned) str key: identity first, then text.
    #[inline]
    fn probe_name(&self, name: &Value) -> Option<(Tab<'_>, usize)> {
        let sd = crate::vm::types::str::as_str_data(name)?;
        let hash = sd.hash();
        let t = self.tab();
        // Every key with this text has this hash, so a clear filter bit
        // means absent. A key identical to `name` could only have another
        // hash if `name` is a str subclass with its own __hash__: those
        // probe.
        if t.0.hash_bits.load_vg(Acquire) & hash_bit(hash) == 0 && is_exact_str(name) {
            return None;
        }
        let mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.ix(i);
            if ix == EMPTY {
                return None;
            }
            if let Some(e) = t.entry(ix) {
                let kb = e.key.load_vg(Acquire);
                if kb != 0
                    && (kb == name.bits()
                        || (e.hash.load(Relaxed) == hash && crate::vm::types::str::as_str(&peek(kb)) == Some(&*sd.s)))
                {
                    return Some((t, ix as usize));
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Entry position of an (usually interned) str key, as `get_name`
    /// finds it; valid until the next structural change (`version`).
    pub fn name_index(&self, name: &Value) -> Option<usize> {
        self.probe_name(name).map(|(_, ix)| ix)
    }

    /// Entry position of a str key given as text (see `get_str_ref`).
    pub fn str_index(&self, key: &str, hash: i64) -> Option<usize> {
        self.probe_str(key, hash).1.ok()
    }

    /// The value at entry position `ix` if that entry's key is the str `key`.
    #[inline]
    pub fn value_if_str_key_at(&self, ix: usize, key: &str) -> Option<&Value> {
        let e = self.tab().entries().get(ix)?;
        let kb = e.key.load_vg(Acquire);
        if kb != 0 && crate::vm::types::str::as_str(&peek(kb))? == key { word_ref(&e.value) } else { None }
    }

    /// The key bits at entry position `ix` (0 for a hole or no entry).
    pub fn key_bits_at(&self, ix: usize) -> usize {
        self.tab().entries().get(ix).map_or(0, |e| e.key.load_vg(Acquire))
    }

    /// The value at entry position `ix` if that entry's key has the bits
    /// `key` (non-zero; from `key_bits_at`): a cached position verified by
    /// identity, without comparing text.
    #[inline]
    pub fn value_if_key_bits_at(&self, ix: usize, key: usize) -> Option<&Value> {
        let e = self.tab().entries().get(ix)?;
        if key != 0 && e.key.load_vg(Acquire) == key { word_ref(&e.value) } else { None }
    }

    /// The value at entry position `ix` if that entry's key is `name` itself
    /// (identity): a cached `name_index` verified without hashing.
    #[inline]
    pub fn value_if_key_at(&self, ix: usize, name: &Value) -> Option<&Value> {
        let e = self.tab().entries().get(ix)?;
        if e.key.load_vg(Acquire) == name.bits() { word_ref(&e.value) } else { None }
    }

    /// Lookup by an (usually interned) str key: identity first, then text.
    /// No Python code runs.
    #[inline]
    pub fn get_name(&self, name: &Value) -> Option<&Value> {
        let (t, ix) = self.probe_name(name)?;
        word_ref(&t.entries()[ix].value)
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match self.lookup(vm, key, hash)? {
            (t, Probe::Found(ix)) => clone_bits(t.entries()[ix].value.load_vg(Acquire)),
            (_, Probe::Missing(_)) => None,
        })
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(vm, key)?;
        Ok(matches!(self.lookup(vm, key, hash)?.1, Probe::Found(_)))
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    /// Owner: replace the value of entry `ix` of the current table.
    #[inline(always)]
    fn replace_value(&self, t: Tab<'_>, ix: usize, value: Value) {
        if self.watched.load(Relaxed) {
            crate::vm::types::type_cache::invalidate();
        }
        let w = &t.entries()[ix].value;
        let old = shared::exchange(value, |v| {
            let old = w.load(Relaxed);
            w.store_vg(v.into_raw(), Release);
            Some(own(old))
        });
        drop(old);
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        self.set_hashed_pos(vm, key, hash, value).map(|_| ())
    }

    /// `set`, returning the entry position the key now has (a hint for
    /// `replace_if_key_at`).
    pub fn set_pos(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<usize> {
        let hash = ops::hash(vm, &key)?;
        self.set_hashed_pos(vm, key, hash, value)
    }

    fn set_hashed_pos(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<usize> {
        Ok(match self.lookup(vm, &key, hash)? {
            (t, Probe::Found(ix)) => {
                self.replace_value(t, ix, value);
                ix
            }
            (_, Probe::Missing(slot)) => self.insert_new(slot, hash, key, value),
        })
    }

    /// Owner: replace the value of entry `ix` if its key is `name` itself
    /// (an attribute store through a cached position); gives `value` back
    /// when the entry holds another key.
    #[inline]
    pub fn replace_if_key_at(&self, ix: usize, name: &Value, value: Value) -> Result<(), Value> {
        let t = self.tab();
        match t.entries().get(ix) {
            Some(e) if e.key.load_vg(Acquire) == name.bits() => {
                self.replace_value(t, ix, value);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Insert a str key (no Python code can run).
    pub fn set_str(&self, key: Value, value: Value) {
        self.set_str_pos(key, value);
    }

    /// `set_str`, returning the entry's position.
    pub fn set_str_pos(&self, key: Value, value: Value) -> usize {
        let s = crate::vm::types::str::as_str(&key).expect("set_str needs a str key");
        let hash = crate::vm::types::str::str_hash_value(&key);
        match self.probe_str(s, hash) {
            (t, Ok(ix)) => {
                self.replace_value(t, ix, value);
                ix
            }
            (_, Err(slot)) => self.insert_new(slot, hash, key, value),
        }
    }

    /// Owner: add a new entry; `slot` is the EMPTY index slot the probe of
    /// the current table ended on. Returns the entry's position.
    fn insert_new(&self, slot: usize, hash: i64, key: Value, value: Value) -> usize {
        let (key, value) = (shared::export(key), shared::export(value));
        let mut t = self.tab();
        let mut slot = slot;
        if t.0.nentries.load(Relaxed) >= t.0.ecap {
            if t.ptr() == empty_table() {
                // The first key (a new instance's first attribute): a
                // fresh minimum table, nothing to move or retire.
                self.tab.store_vg(new_table(MINSIZE), Release);
            } else {
                self.resize((t.0.used.load(Relaxed) + 1) * 3);
            }
            t = self.tab();
            slot = find_empty(t, hash);
        }
        let n = t.0.nentries.load(Relaxed);
        let e = &t.entries()[n];
        // The entry first, then its publication: a reader that finds the
        // index finds the whole entry.
        e.hash.store_vg(hash, Relaxed);
        t.0.hash_bits.store_vg(t.0.hash_bits.load(Relaxed) | hash_bit(hash), Release);
        e.key.store_vg(key.into_raw(), Release);
        e.value.store_vg(value.into_raw(), Release);
        t.0.nentries.store_vg(n + 1, Release);
        t.0.used.store_vg(t.0.used.load(Relaxed) + 1, Release);
        t.idx()[slot].store_vg(n as u32, Release);
        self.changed();
        n
    }

    /// Owner: move the live entries into a new table of at least
    /// `min_size` indices, then publish it and retire the old one.
    fn resize(&self, min_size: usize) {
        let mut size = MINSIZE;
        while size < min_size {
            size <<= 1;
        }
        let old = self.tab();
        let np = new_table(size);
        // SAFETY: np is a fresh table, not yet visible to anyone.
        let nt = Tab(unsafe { &*np });
        let mut n = 0;
        let mut bits = 0;
        for e in old.written() {
            let k = e.key.load_vg(Acquire);
            if k == 0 {
                continue;
            }
            let d = &nt.entries()[n];
            let h = e.hash.load(Relaxed);
            bits |= hash_bit(h);
            d.hash.store_vg(h, Relaxed);
            d.key.store_vg(k, Relaxed);
            d.value.store_vg(e.value.load_vg(Acquire), Relaxed);
            let s = find_empty(nt, h);
            nt.idx()[s].store_vg(n as u32, Relaxed);
            n += 1;
        }
        nt.0.nentries.store_vg(n, Relaxed);
        nt.0.used.store_vg(n, Relaxed);
        nt.0.hash_bits.store_vg(bits, Relaxed);
        self.tab.store_vg(np, Release);
        self.retire(old.ptr());
        self.changed();
    }

    fn retire(&self, old: *mut Head) {
        if old != empty_table() {
            epoch::defer_drop(Box::new(OldTable(old)));
        }
    }

    /// Remove `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        self.remove_hashed(vm, key, hash)
    }

    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if let (_, Probe::Found(ix)) = self.lookup(vm, key, hash)? {
            return Ok(self.remove_entry(ix, hash));
        }
        Ok(None)
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = crate::vm::types::str::str_hash(key);
        let ix = self.probe_str(key, hash).1.ok()?;
        self.remove_entry(ix, hash)
    }

    /// Owner: delete entry `ix` (live, in the current table).
    fn remove_entry(&self, ix: usize, hash: i64) -> Option<Value> {
        let t = self.tab();
        let mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match t.ix(i) {
                x if x == ix as u32 => break,
                EMPTY => return None,
                _ => i = next_probe(i, &mut perturb, mask),
            }
        }
        t.idx()[i].store_vg(DUMMY, Release);
        let e = &t.entries()[ix];
        let k = e.key.load_vg(Acquire);
        if k == 0 {
            return None;
        }
        e.key.store_vg(0, Release);
        // The value's bits stay in the entry (see the module doc); its
        // reference moves to the caller.
        let value = shared::released(own(e.value.load_vg(Acquire)));
        t.0.used.store_vg(t.0.used.load(Relaxed) - 1, Release);
        self.changed();
        drop(shared::released(own(k)));
        Some(value)
    }

    pub fn clear(&self) {
        let old = self.tab();
        if old.ptr() == empty_table() {
            self.changed();
            return;
        }
        self.tab.store_vg(empty_table(), Release);
        let mut owned = Vec::with_capacity(old.0.used.load(Relaxed) * 2);
        for e in old.written() {
            let k = e.key.load_vg(Acquire);
            if k != 0 {
                owned.push(own(k));
                owned.push(own(e.value.load_vg(Acquire)));
            }
        }
        self.retire(old.ptr());
        self.changed();
        drop(shared::released_all(owned));
    }

    /// Entry at position `pos` of the entries array (for iteration): returns
    /// (key, value) if that position holds a live entry.
    pub fn entry_at(&self, pos: usize) -> Option<(Value, Value)> {
        let e = self.tab().written().get(pos)?;
        live(e).map(|(_, k, v)| (k, v))
    }

    /// One past the last entry position (iteration bound).
    pub fn entries_len(&self) -> usize {
        self.tab().nentries()
    }

    /// Next live entry at or after `pos`: (position, key, value).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.tab();
        let w = t.written();
        (pos..w.len()).find_map(|p| live(&w[p]).map(|(_, k, v)| (p, k, v)))
    }

    /// Last live entry before `end` (popitem, reversed iteration).
    pub fn prev_entry(&self, end: usize) -> Option<(usize, Value, Value)> {
        let t = self.tab();
        let w = t.written();
        (0..end.min(w.len())).rev().find_map(|p| live(&w[p]).map(|(_, k, v)| (p, k, v)))
    }

    pub fn hash_at(&self, pos: usize) -> i64 {
        self.tab().written().get(pos).map_or(0, |e| e.hash.load(Relaxed))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.tab().written().iter().filter_map(|e| live(e).map(|(_, k, _)| k)).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.tab().written().iter().filter_map(|e| live(e).map(|(_, _, v)| v)).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.tab().written().iter().filter_map(|e| live(e).map(|(_, k, v)| (k, v))).collect()
    }
    /// (hash, key, value) triples, for copying without rehashing.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.tab().written().iter().filter_map(live).collect()
    }

    /// Copy of this dict's content (no Python code runs: hashes are reused
    /// and keys are known to be distinct).
    pub fn copy(&self) -> DictData {
        let d = DictData::new();
        let items = self.hashed_items();
        if !items.is_empty() {
            d.resize(items.len() * 3 / 2 + 1);
        }
        for (h, k, v) in items {
            let s = find_empty(d.tab(), h);
            d.insert_new(s, h, k, v);
        }
        d
    }

    /// Visit keys and values (owner: the collector; no Python code runs).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for e in self.tab().written() {
            let k = e.key.load_vg(Acquire);
            if k != 0 {
                visit(&peek(k));
                visit(&peek(e.value.load_vg(Acquire)));
            }
        }
    }

    pub fn clear_refs(&self) {
        self.clear();
    }
}

/// (hash, key, value) of a live entry, as new references.
fn live(e: &Entry) -> Option<(i64, Value, Value)> {
    let k = e.key.load_vg(Acquire);
    if k == 0 {
        return None;
    }
    let v = clone_bits(e.value.load_vg(Acquire))?;
    Some((e.hash.load(Relaxed), (*peek(k)).clone(), v))
}

/// `a == b` when both are exact strs (their text decides); None otherwise.
#[inline(always)]
fn exact_str_eq(a: &Value, b: &Value) -> Option<bool> {
    let (oa, ob) = (a.as_obj()?, b.as_obj()?);
    match (&oa.payload, &ob.payload) {
        (crate::vm::object::Payload::Str(x), crate::vm::object::Payload::Str(y)) => {
            let s = crate::vm::types::registry::types().str_.bits();
            if oa.class.peek_bits() == s && ob.class.peek_bits() == s { Some(x.s == y.s) } else { None }
        }
        _ => None,
    }
}

/// Is `v` an exact str (not a subclass)?
#[inline(always)]
fn is_exact_str(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.class.peek_bits() == crate::vm::types::registry::types().str_.bits())
}

fn find_empty(t: Tab<'_>, hash: i64) -> usize {
    let mask = t.mask();
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while t.ix(i) != EMPTY {
        i = next_probe(i, &mut perturb, mask);
    }
    i
}
