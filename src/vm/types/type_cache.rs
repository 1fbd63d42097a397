//! Cache of attribute lookups along a class's MRO (CPython's method cache).
//!
//! A direct-mapped table keyed by (class, interned name). An entry records
//! where the name was found (MRO position and dict entry position, or "not
//! found") and is valid while the global epoch is unchanged: the epoch is
//! bumped by any change to a class namespace (dicts marked `watch`ed), by
//! class creation and by MRO assignment. Entries also remember the MRO
//! tuple they were computed for, and a hit re-checks the entry's key by
//! identity, so a found value is always read live from the class dict.
//! Only the main thread uses the cache (parallel contexts scan the MRO).

use crate::vm::heap::in_parallel_context;
use crate::vm::value::Value;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering::Relaxed};

use super::typeobj::type_data;

static EPOCH: AtomicU64 = AtomicU64::new(1);

const SIZE: usize = 4096;
/// MRO position meaning "not found anywhere in the MRO".
const MISSING: u32 = u32::MAX;

struct Entry {
    cls: AtomicUsize,
    name: AtomicUsize,
    mro: AtomicUsize,
    epoch: AtomicU64,
    pos: AtomicU32,
    ix: AtomicU32,
    /// `lookup_static`: the bits of the key found at `ix`, so that a hit
    /// verifies the entry by identity instead of comparing text.
    key: AtomicUsize,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Entry = Entry {
    cls: AtomicUsize::new(0),
    name: AtomicUsize::new(0),
    mro: AtomicUsize::new(0),
    epoch: AtomicU64::new(0),
    pos: AtomicU32::new(0),
    ix: AtomicU32::new(0),
    key: AtomicUsize::new(0),
};

static CACHE: [Entry; SIZE] = [EMPTY; SIZE];
/// Lookups by a `&'static str` name (special methods looked up by the
/// runtime), keyed by the text's address: a static str never changes.
static STATIC_CACHE: [Entry; SIZE] = [EMPTY; SIZE];

/// The current epoch: caches filled in it stay valid until it moves.
#[inline(always)]
pub fn epoch() -> u64 {
    EPOCH.load(Relaxed)
}

/// Forget every cached lookup (a class namespace or MRO changed).
#[inline]
pub fn invalidate() {
    EPOCH.fetch_add(1, Relaxed);
}

/// `name` (a str) along the MRO of `cls`; no descriptors are invoked.
#[inline]
pub fn lookup(cls: &Value, name: &Value) -> Option<Value> {
    let td = type_data(cls)?;
    let cacheable = !in_parallel_context() && name.as_obj().is_some_and(|o| o.is_immortal());
    if !cacheable {
        return scan(cls, name).map(|(_, _, v)| v);
    }
    let e = &CACHE[((cls.bits() >> 4) ^ (name.bits() >> 3)) & (SIZE - 1)];
    let epoch = EPOCH.load(Relaxed);
    let mro_bits = td.mro.peek_bits();
    if e.cls.load(Relaxed) == cls.bits()
        && e.name.load(Relaxed) == name.bits()
        && e.epoch.load(Relaxed) == epoch
        && e.mro.load(Relaxed) == mro_bits
    {
        let pos = e.pos.load(Relaxed);
        if pos == MISSING {
            return None;
        }
        let found = td.mro().get(pos as usize).and_then(type_data).and_then(|t| t.dict_data().value_if_key_at(e.ix.load(Relaxed) as usize, name));
        if let Some(v) = found {
            return Some(v.clone());
        }
    }
    let r = scan(cls, name);
    let (pos, ix) = match &r {
        Some((pos, Some(ix), _)) => (*pos as u32, *ix as u32),
        Some((_, None, _)) => return r.map(|(_, _, v)| v),
        None => (MISSING, 0),
    };
    e.cls.store(cls.bits(), Relaxed);
    e.name.store(name.bits(), Relaxed);
    e.mro.store(mro_bits, Relaxed);
    e.epoch.store(epoch, Relaxed);
    e.pos.store(pos, Relaxed);
    e.ix.store(ix, Relaxed);
    r.map(|(_, _, v)| v)
}

/// Uncached MRO walk: (MRO position, entry position if keyed by `name`
/// itself, value).
fn scan(cls: &Value, name: &Value) -> Option<(usize, Option<usize>, Value)> {
    let td = type_data(cls)?;
    for (pos, c) in td.mro().iter().enumerate() {
        let Some(d) = type_data(c).map(|t| t.dict_data()) else { continue };
        if let Some(ix) = d.name_index(name) {
            if let Some(v) = d.value_if_key_at(ix, name) {
                return Some((pos, Some(ix), v.clone()));
            }
            if let Some(v) = d.get_name(name) {
                return Some((pos, None, v.clone()));
            }
        }
    }
    None
}

/// `name` (static text, e.g. "__init__") along the MRO of `cls`.
#[inline]
pub fn lookup_static(cls: &Value, name: &'static str) -> Option<Value> {
    let td = type_data(cls)?;
    if in_parallel_context() {
        return scan_str(cls, name).map(|(_, _, v)| v);
    }
    let key = name.as_ptr() as usize ^ (name.len() << 48);
    let e = &STATIC_CACHE[((cls.bits() >> 4) ^ (key >> 3)) & (SIZE - 1)];
    let epoch = EPOCH.load(Relaxed);
    let mro_bits = td.mro.peek_bits();
    if e.cls.load(Relaxed) == cls.bits()
        && e.name.load(Relaxed) == key
        && e.epoch.load(Relaxed) == epoch
        && e.mro.load(Relaxed) == mro_bits
    {
        let pos = e.pos.load(Relaxed);
        if pos == MISSING {
            return None;
        }
        let found = td.mro().get(pos as usize).and_then(type_data).and_then(|t| t.dict_data().value_if_key_bits_at(e.ix.load(Relaxed) as usize, e.key.load(Relaxed)));
        if let Some(v) = found {
            return Some(v.clone());
        }
    }
    lookup_static_miss(e, cls, name, key, epoch, mro_bits)
}

/// Fill `e` for a `lookup_static` that missed the cache.
#[cold]
#[inline(never)]
fn lookup_static_miss(e: &Entry, cls: &Value, name: &'static str, key: usize, epoch: u64, mro_bits: usize) -> Option<Value> {
    let r = scan_str(cls, name);
    let (pos, ix, kb) = match &r {
        Some((pos, ix, _)) => {
            let kb = type_data(cls)
                .and_then(|td| td.mro().get(*pos).and_then(type_data).map(|t| t.dict_data().key_bits_at(*ix)))
                .unwrap_or(0);
            (*pos as u32, *ix as u32, kb)
        }
        None => (MISSING, 0, 0),
    };
    e.cls.store(cls.bits(), Relaxed);
    e.name.store(key, Relaxed);
    e.mro.store(mro_bits, Relaxed);
    e.epoch.store(epoch, Relaxed);
    e.pos.store(pos, Relaxed);
    e.ix.store(ix, Relaxed);
    e.key.store(kb, Relaxed);
    r.map(|(_, _, v)| v)
}

/// Uncached MRO walk by text: (MRO position, entry position, value).
fn scan_str(cls: &Value, name: &str) -> Option<(usize, usize, Value)> {
    let td = type_data(cls)?;
    let h = super::str::str_hash_cached(name);
    for (pos, c) in td.mro().iter().enumerate() {
        let Some(d) = type_data(c).map(|t| t.dict_data()) else { continue };
        if let Some(ix) = d.str_index(name, h) {
            if let Some(v) = d.value_if_str_key_at(ix, name) {
                return Some((pos, ix, v.clone()));
            }
        }
    }
    None
}
