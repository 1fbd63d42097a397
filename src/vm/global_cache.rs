//! Inline cache for `LoadGlobal`: one slot per name of a code object.
//!
//! A hit in globals is verified by key identity at the cached entry
//! position (no hashing). A hit in builtins also needs "globals still lacks
//! the name", which the cached (globals identity, version) pair proves:
//! dict versions are unique process-wide stamps (`dict::next_version`), so a
//! reused address never matches a stale version.
//!
//! Only the main thread fills the cache; parallel contexts use its hits
//! (and look names up without it on a miss). A hit stays sound when a
//! context reads the cache while the main thread refills it, since each
//! word is checked on its own: the globals entry by its key, the builtins
//! case by the (globals, version) pair, whose stamps never repeat (a
//! version read from one fill cannot match another dict's), and the
//! builtins entry by its key.

use super::heap::in_parallel_context;
use super::object::Payload;
use super::types::dict::DictData;
use super::valgrind::AtomicVg;
use super::value::Value;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering::Relaxed};

#[derive(Default)]
pub struct GlobalCache {
    /// 1 + entry position in globals, or 0 when not cached there.
    gix: AtomicU32,
    /// For a builtins hit: the globals dict that lacked the name, its version,
    /// the builtins dict and the entry position there.
    gdict: AtomicUsize,
    gver: AtomicU64,
    bdict: AtomicUsize,
    bix: AtomicU32,
}

fn dict_of(v: &Value) -> Option<&DictData> {
    match &v.as_obj()?.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// Look `name` up in globals then builtins, through the cache `c`.
/// Returns None when not found (or when the mappings are not dicts).
#[inline]
pub fn load(c: &GlobalCache, name: &Value, globals: &Value, builtins: &Value) -> Option<Value> {
    let gd = dict_of(globals)?;
    let gix = c.gix.load(Relaxed);
    if gix != 0 {
        if let Some(v) = gd.value_if_key_at(gix as usize - 1, name) {
            return Some(v.clone());
        }
    } else if c.gdict.load(Relaxed) == globals.bits()
        && c.gver.load(Relaxed) == gd.version()
        && c.bdict.load(Relaxed) == builtins.bits()
    {
        if let Some(v) = dict_of(builtins).and_then(|bd| bd.value_if_key_at(c.bix.load(Relaxed) as usize, name)) {
            return Some(v.clone());
        }
    }
    fill(c, gd, name, globals, builtins)
}

#[cold]
fn fill(c: &GlobalCache, gd: &DictData, name: &Value, globals: &Value, builtins: &Value) -> Option<Value> {
    if in_parallel_context() {
        return uncached(gd, name, builtins);
    }
    if let Some(ix) = gd.name_index(name) {
        let v = gd.value_if_key_at(ix, name).cloned();
        // Only identity-keyed entries can be verified on the fast path.
        c.gix.store_vg(if v.is_some() { ix as u32 + 1 } else { 0 }, Relaxed);
        return v.or_else(|| gd.get_name(name).cloned());
    }
    c.gix.store_vg(0, Relaxed);
    let bd = dict_of(builtins)?;
    let ix = bd.name_index(name)?;
    c.gdict.store_vg(globals.bits(), Relaxed);
    c.gver.store_vg(gd.version(), Relaxed);
    c.bdict.store_vg(builtins.bits(), Relaxed);
    c.bix.store_vg(ix as u32, Relaxed);
    bd.value_if_key_at(ix, name).or_else(|| bd.get_name(name)).cloned()
}

fn uncached(gd: &DictData, name: &Value, builtins: &Value) -> Option<Value> {
    if let Some(v) = gd.get_name(name) {
        return Some(v.clone());
    }
    dict_of(builtins)?.get_name(name).cloned()
}
