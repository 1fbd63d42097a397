//! `dict`: CPython's compact, insertion-ordered hash table.
//!
//! `indices` is an open-addressed table (CPython's perturbed probing) of
//! positions into `entries`, which keeps insertion order. Deleted entries
//! leave a hole (key None) until the next resize compacts them.
//!
//! Keys are compared with Python `==`, which can run arbitrary code that
//! mutates this very dict; lookups therefore never hold a borrow across the
//! comparison and restart if the table changed meanwhile (the `version`).

use crate::vm::errors::PyResult;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::value::Value;
use std::cell::UnsafeCell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

pub struct Entry {
    pub hash: i64,
    pub key: Option<Value>,
    pub value: Option<Value>,
}

#[derive(Default)]
struct Table {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Bumped by every structural change (insert of a new key, delete, clear, resize).
    /// Stamps are unique across all dicts (see `next_version`), so (dict,
    /// version) identifies one key layout even if a dict's memory is reused;
    /// 0 means "never changed" (an empty dict).
    version: u64,
    /// A class namespace: every change invalidates the type attribute cache.
    watched: bool,
}

/// Boxed so that every object's payload stays small (a dict is one word
/// inside `Payload`).
pub struct DictData {
    table: Box<UnsafeCell<Table>>,
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

/// Record a structural change of `t`.
#[inline]
fn changed(t: &mut Table) {
    t.version = next_version();
    if t.watched {
        crate::vm::types::type_cache::invalidate();
    }
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

impl DictData {
    pub fn new() -> DictData {
        DictData { table: Box::new(UnsafeCell::new(Table::default())) }
    }

    #[inline]
    #[allow(clippy::mut_from_ref)]
    fn t(&self) -> &mut Table {
        // SAFETY: dicts are mutated only by their owning thread (mutation
        // guard) and no reference into the table is held across a call into
        // Python: `lookup` re-borrows after every comparison.
        unsafe { &mut *self.table.get() }
    }

    pub fn len(&self) -> usize {
        self.t().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn version(&self) -> u64 {
        self.t().version
    }
    /// Mark this dict as a class namespace (see `type_cache`).
    pub fn watch(&self) {
        self.t().watched = true;
        crate::vm::types::type_cache::invalidate();
    }

    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let t = self.t();
            if t.indices.is_empty() {
                return Ok(Probe::Missing(0));
            }
            let mask = t.indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(Probe::Missing(i));
                }
                if ix != DUMMY {
                    let e = &t.entries[ix as usize];
                    if let Some(k) = &e.key {
                        if k.is(key) {
                            return Ok(Probe::Found(ix as usize));
                        }
                        if e.hash == hash {
                            match ops::fast_eq(k, key) {
                                Some(true) => return Ok(Probe::Found(ix as usize)),
                                Some(false) => {}
                                None => {
                                    let k = k.clone();
                                    let version = t.version;
                                    let eq = ops::eq_bool(vm, &k, key)?;
                                    if self.t().version != version {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Probe::Found(ix as usize));
                                    }
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
        }
    }

    /// Lookup by a Rust string (attribute dicts, globals): no allocation and
    /// no Python code runs, since only str keys can equal a str.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_ref(key, crate::vm::types::str::str_hash(key)).cloned()
    }

    pub fn get_str_ref(&self, key: &str, hash: i64) -> Option<&Value> {
        let t = self.t();
        if t.indices.is_empty() {
            return None;
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &t.entries[ix as usize];
                if e.hash == hash {
                    if let Some(k) = &e.key {
                        if let Some(s) = crate::vm::types::str::as_str(k) {
                            if s == key {
                                return e.value.as_ref();
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Entry position of an (usually interned) str key, as `get_name`
    /// finds it; valid until the next structural change (`version`).
    pub fn name_index(&self, name: &Value) -> Option<usize> {
        let sd = crate::vm::types::str::as_str_data(name)?;
        let hash = sd.hash();
        let t = self.t();
        if t.indices.is_empty() {
            return None;
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &t.entries[ix as usize];
                if let Some(k) = &e.key {
                    if k.is(name) || (e.hash == hash && crate::vm::types::str::as_str(k) == Some(&*sd.s)) {
                        return Some(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Entry position of a str key given as text (see `get_str_ref`).
    pub fn str_index(&self, key: &str, hash: i64) -> Option<usize> {
        let t = self.t();
        if t.indices.is_empty() {
            return None;
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &t.entries[ix as usize];
                if e.hash == hash && e.key.as_ref().and_then(crate::vm::types::str::as_str) == Some(key) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// The value at entry position `ix` if that entry's key is the str `key`.
    #[inline]
    pub fn value_if_str_key_at(&self, ix: usize, key: &str) -> Option<&Value> {
        let e = self.t().entries.get(ix)?;
        if e.key.as_ref().and_then(crate::vm::types::str::as_str)? == key { e.value.as_ref() } else { None }
    }

    /// The value at entry position `ix` if that entry's key is `name` itself
    /// (identity): a cached `name_index` verified without hashing.
    #[inline]
    pub fn value_if_key_at(&self, ix: usize, name: &Value) -> Option<&Value> {
        let e = self.t().entries.get(ix)?;
        if e.key.as_ref()?.is(name) { e.value.as_ref() } else { None }
    }

    /// Lookup by an (usually interned) str key: identity first, then text.
    /// No Python code runs.
    #[inline]
    pub fn get_name(&self, name: &Value) -> Option<&Value> {
        let ix = self.name_index(name)?;
        self.t().entries[ix].value.as_ref()
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match self.lookup(vm, key, hash)? {
            Probe::Found(ix) => self.t().entries[ix].value.clone(),
            Probe::Missing(_) => None,
        })
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(vm, key)?;
        Ok(matches!(self.lookup(vm, key, hash)?, Probe::Found(_)))
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.lookup(vm, &key, hash)? {
            Probe::Found(ix) => {
                let t = self.t();
                if t.watched {
                    crate::vm::types::type_cache::invalidate();
                }
                let old = t.entries[ix].value.replace(value);
                drop(old);
            }
            Probe::Missing(slot) => self.insert_new(slot, hash, key, value),
        }
        Ok(())
    }

    /// Insert a str key (no Python code can run).
    pub fn set_str(&self, key: Value, value: Value) {
        let s = crate::vm::types::str::as_str(&key).expect("set_str needs a str key");
        let hash = crate::vm::types::str::str_hash_value(&key);
        let t = self.t();
        if !t.indices.is_empty() {
            let mask = t.indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    break;
                }
                if ix != DUMMY {
                    let e = &mut t.entries[ix as usize];
                    if e.hash == hash {
                        if let Some(k) = &e.key {
                            if crate::vm::types::str::as_str(k) == Some(s) {
                                if t.watched {
                                    crate::vm::types::type_cache::invalidate();
                                }
                                let e = &mut t.entries[ix as usize];
                                let old = e.value.replace(value);
                                drop(old);
                                return;
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.insert_new(i, hash, key, value);
        } else {
            self.insert_new(0, hash, key, value);
        }
    }

    fn insert_new(&self, slot: usize, hash: i64, key: Value, value: Value) {
        let t = self.t();
        let cap = t.indices.len();
        if cap == 0 || (t.entries.len() + 1) * 3 > cap * 2 {
            self.resize((t.used + 1) * 3);
            let t = self.t();
            let s = find_empty(&t.indices, hash);
            t.indices[s] = t.entries.len() as u32;
        } else {
            t.indices[slot] = t.entries.len() as u32;
        }
        let t = self.t();
        t.entries.push(Entry { hash, key: Some(key), value: Some(value) });
        t.used += 1;
        changed(t);
    }

    fn resize(&self, min_size: usize) {
        let t = self.t();
        let mut size = 8;
        while size < min_size {
            size <<= 1;
        }
        if t.used != t.entries.len() {
            t.entries.retain(|e| e.key.is_some());
        }
        t.indices = vec![EMPTY; size];
        for (n, e) in t.entries.iter().enumerate() {
            let s = find_empty(&t.indices, e.hash);
            t.indices[s] = n as u32;
        }
        changed(t);
    }

    /// Remove `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        self.remove_hashed(vm, key, hash)
    }

    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if let Probe::Found(ix) = self.lookup(vm, key, hash)? {
            return Ok(self.remove_entry(ix, hash));
        }
        Ok(None)
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = crate::vm::types::str::str_hash(key);
        let t = self.t();
        let ix = t.entries.iter().position(|e| {
            e.hash == hash && e.key.as_ref().and_then(crate::vm::types::str::as_str) == Some(key)
        })?;
        self.remove_entry(ix, hash)
    }

    fn remove_entry(&self, ix: usize, hash: i64) -> Option<Value> {
        let t = self.t();
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while t.indices[i] != ix as u32 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        t.indices[i] = DUMMY;
        let e = &mut t.entries[ix];
        let key = e.key.take();
        let value = e.value.take();
        t.used -= 1;
        changed(t);
        drop(key);
        value
    }

    pub fn clear(&self) {
        let t = self.t();
        let old = std::mem::take(&mut t.entries);
        t.indices = Vec::new();
        t.used = 0;
        changed(t);
        drop(old);
    }

    /// Entry at position `pos` of the entries array (for iteration): returns
    /// (key, value) if that position holds a live entry.
    pub fn entry_at(&self, pos: usize) -> Option<(Value, Value)> {
        let e = self.t().entries.get(pos)?;
        Some((e.key.clone()?, e.value.clone()?))
    }

    /// One past the last entry position (iteration bound).
    pub fn entries_len(&self) -> usize {
        self.t().entries.len()
    }

    /// Next live entry at or after `pos`: (position, key, value).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.t();
        while pos < t.entries.len() {
            let e = &t.entries[pos];
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                return Some((pos, k.clone(), v.clone()));
            }
            pos += 1;
        }
        None
    }

    /// Last live entry (popitem, reversed iteration).
    pub fn prev_entry(&self, end: usize) -> Option<(usize, Value, Value)> {
        let t = self.t();
        let mut pos = end.min(t.entries.len());
        while pos > 0 {
            pos -= 1;
            let e = &t.entries[pos];
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                return Some((pos, k.clone(), v.clone()));
            }
        }
        None
    }

    pub fn hash_at(&self, pos: usize) -> i64 {
        self.t().entries[pos].hash
    }

    pub fn keys(&self) -> Vec<Value> {
        self.t().entries.iter().filter_map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.t().entries.iter().filter(|e| e.key.is_some()).filter_map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.t()
            .entries
            .iter()
            .filter_map(|e| Some((e.key.clone()?, e.value.clone()?)))
            .collect()
    }
    /// (hash, key, value) triples, for copying without rehashing.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.t()
            .entries
            .iter()
            .filter_map(|e| Some((e.hash, e.key.clone()?, e.value.clone()?)))
            .collect()
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
            let t = d.t();
            let s = find_empty(&t.indices, h);
            d.insert_new(s, h, k, v);
        }
        d
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.t().entries {
            if let Some(k) = &e.key {
                visit(k);
            }
            if let Some(v) = &e.value {
                visit(v);
            }
        }
    }

    pub fn clear_refs(&self) {
        self.clear();
    }
}

fn find_empty(indices: &[u32], hash: i64) -> usize {
    let mask = indices.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while indices[i] != EMPTY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    i
}
