//! Inline caches for `LoadAttr`, `StoreAttr` and `LoadMethod`: one entry per
//! instruction of a code object (CPython 3.11's specialising caches, in
//! spirit).
//!
//! An entry remembers, for one receiver class (two per site), what the class-level lookup
//! of the attribute name decided (instance dict first, a `__slots__` value,
//! a property, a plain method...) and is valid while the type-cache epoch
//! (`type_cache::epoch`) is unchanged: the epoch moves whenever any class
//! namespace, MRO or class set changes, which also covers the per-class
//! flags (`__getattribute__`/`__setattr__` overrides) derived from them.
//! A borrowed class attribute (`attr`) stays alive while the epoch holds:
//! the class namespace that referenced it at fill time is unchanged, and
//! the receiver keeps its class alive. Instance-dict positions are only
//! hints, verified by key identity on every use.
//!
//! Only the main thread reads or writes the entries; parallel contexts take
//! the uncached paths (`protocols::main_thread_owns`, which also sends
//! protected receivers to the general paths that lock them).

use super::errors::PyResult;
use super::heap::in_parallel_context;
use super::object::Payload;
use super::protocols;
use super::state::Vm;
use super::types::dict::DictData;
use super::types::function::BuiltinKind;
use super::types::member_descr::as_member;
use super::types::str::as_str;
use super::types::type_cache;
use super::types::typeobj::{class_of_ref, lookup_name, lookup_static, tflags, type_data};
use super::value::Value;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering::Relaxed};

/// One receiver class's cached decision.
#[derive(Default)]
struct Entry {
    /// Receiver class (bits); 0 = empty.
    cls: AtomicUsize,
    epoch: AtomicU64,
    kind: AtomicU32,
    /// Instance-dict entry position hint.
    ix: AtomicU32,
    /// Borrowed class attribute (method, property, class-level value), or 0.
    attr: AtomicUsize,
}

/// Two entries, so a site that sees instances of two classes (a method
/// called on a base class's subclasses) stops refilling: a miss refills
/// entry 0 after moving its previous class to entry 1.
#[derive(Default)]
pub struct AttrCache {
    e: [Entry; 4],
}

/// Nothing cacheable: take the general path.
const K_NONE: u32 = 0;
/// Load: instance dict, then (if `attr` != 0) the class attribute, which
/// binds to itself. Store: into the instance dict.
const K_DICT: u32 = 1;
/// Load: instance dict, then the class attribute (a Python function) bound
/// as a method.
const K_DICT_FUNC: u32 = 2;
/// A `__slots__` member: the value is kept under the name in the hidden dict.
const K_SLOT: u32 = 3;
/// A property (`attr`): call its getter / setter.
const K_PROPERTY: u32 = 4;
/// LoadMethod: `attr` is a plain method found on the class.
const K_METHOD: u32 = 5;

impl Entry {
    #[inline(always)]
    fn valid_for(&self, cls: &Value) -> bool {
        self.cls.load(Relaxed) == cls.bits() && self.epoch.load(Relaxed) == type_cache::epoch()
    }

    fn copy_from(&self, o: &Entry) {
        self.cls.store(o.cls.load(Relaxed), Relaxed);
        self.epoch.store(o.epoch.load(Relaxed), Relaxed);
        self.kind.store(o.kind.load(Relaxed), Relaxed);
        self.attr.store(o.attr.load(Relaxed), Relaxed);
        self.ix.store(o.ix.load(Relaxed), Relaxed);
    }
}

impl AttrCache {
    /// The entry filled for `cls` in the current epoch, with its kind and
    /// borrowed attribute.
    #[inline(always)]
    fn hit(&self, cls: &Value) -> Option<(&Entry, u32, usize)> {
        let e = self.e.iter().find(|e| e.valid_for(cls))?;
        Some((e, e.kind.load(Relaxed), e.attr.load(Relaxed)))
    }

    fn fill(&self, cls: &Value, kind: u32, attr: Option<&Value>) -> &Entry {
        let e0 = &self.e[0];
        // Keep the previous classes if still current.
        if e0.cls.load(Relaxed) != cls.bits() && e0.epoch.load(Relaxed) == type_cache::epoch() {
            self.e[3].copy_from(&self.e[2]);
            self.e[2].copy_from(&self.e[1]);
            self.e[1].copy_from(e0);
        }
        e0.cls.store(cls.bits(), Relaxed);
        e0.epoch.store(type_cache::epoch(), Relaxed);
        e0.kind.store(kind, Relaxed);
        e0.attr.store(attr.map_or(0, |a| a.bits()), Relaxed);
        e0.ix.store(0, Relaxed);
        e0
    }
}

/// A borrowed class attribute recorded in an entry.
#[inline(always)]
fn borrowed(bits: usize) -> std::mem::ManuallyDrop<Value> {
    // SAFETY: `bits` was a live value's encoding when the entry was filled,
    // and it is still referenced by its class namespace (see module docs).
    std::mem::ManuallyDrop::new(unsafe { Value::from_raw(bits) })
}

fn dict_data(v: &Value) -> Option<&DictData> {
    match &v.as_obj()?.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// `name` in an instance dict, through the entry's position hint.
#[inline(always)]
fn dict_lookup(c: &Entry, dd: &DictData, name: &Value) -> Option<Value> {
    if let Some(v) = dd.value_if_key_at(c.ix.load(Relaxed) as usize, name) {
        return Some(v.clone());
    }
    let ix = dd.name_index(name)?;
    let v = dd.value_if_key_at(ix, name)?;
    c.ix.store(ix as u32, Relaxed);
    Some(v.clone())
}

/// A plain instance (no built-in data) and its class; None for other values.
#[inline(always)]
fn plain_instance(obj: &Value) -> Option<(&super::object::Obj, &Value)> {
    let o = obj.as_obj()?;
    if !matches!(o.payload, Payload::Object) {
        return None;
    }
    Some((o, o.class.get_ref()?))
}

/// Would `bind_descriptor(d, obj, cls)` give `d` itself back?
fn binds_to_itself(d: &Value) -> bool {
    match d.as_obj().map(|o| &o.payload) {
        None => true,
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Property(_)) => false,
        Some(_) => {
            let dc = class_of_ref(d);
            dc.as_obj().is_some_and(|c| c.is_immortal()) || lookup_static(dc, "__get__").is_none()
        }
    }
}

/// `obj.name` through the cache; None means "use `protocols::getattr`".
#[inline]
pub fn load_attr(vm: &mut Vm, c: &AttrCache, obj: &Value, name: &Value) -> Option<PyResult<Value>> {
    let (o, cls) = plain_instance(obj)?;
    // Contexts, and protected instances (read under their lock by
    // `protocols::getattr`), take the general path.
    if !protocols::main_thread_owns(o) {
        return None;
    }
    let (c, kind, attr) = match c.hit(cls) {
        Some(h) => h,
        None => fill_load(c, cls, name),
    };
    match kind {
        K_DICT | K_DICT_FUNC => {
            if let Some(dd) = o.dict.get_ref().and_then(dict_data) {
                if let Some(v) = dict_lookup(c, dd, name) {
                    return Some(Ok(v));
                }
            }
            if attr == 0 {
                return None;
            }
            let a = borrowed(attr);
            if kind == K_DICT {
                Some(Ok((*a).clone()))
            } else {
                Some(Ok(super::types::function::new_method((*a).clone(), obj.clone())))
            }
        }
        K_SLOT => {
            let dd = o.dict.get_ref().and_then(dict_data)?;
            dict_lookup(c, dd, name).map(Ok)
        }
        K_PROPERTY => {
            let p = borrowed(attr);
            let Some(Payload::Property(slots)) = p.as_obj().map(|o| &o.payload) else { return None };
            let getter = slots[0].get()?;
            match getter.as_obj().map(|o| &o.payload) {
                Some(Payload::Function(fd)) => Some(super::call::call_function(vm, &getter, fd, Some(obj), &[], &[])),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cold]
fn fill_load<'c>(c: &'c AttrCache, cls: &Value, name: &Value) -> (&'c Entry, u32, usize) {
    let (kind, attr) = classify_load(cls, name);
    let e = c.fill(cls, kind, attr.as_ref());
    (e, kind, attr.map_or(0, |a| a.bits()))
}

/// What `generic_getattr` would do for `name` on plain instances of `cls`.
fn classify_load(cls: &Value, name: &Value) -> (u32, Option<Value>) {
    let Some(td) = type_data(cls) else { return (K_NONE, None) };
    if td.has_flag(tflags::CUSTOM_GETATTRIBUTE) || as_str(name).is_none_or(|n| n.starts_with("__")) {
        return (K_NONE, None);
    }
    let d = lookup_name(cls, name);
    let Some(d) = d else {
        return if td.has_flag(tflags::NO_INSTANCE_DICT) { (K_NONE, None) } else { (K_DICT, None) };
    };
    if as_member(&d).is_some_and(|m| Some(m.name.as_str()) == as_str(name)) {
        return (K_SLOT, None);
    }
    match d.as_obj().map(|o| &o.payload) {
        // A getter raising AttributeError falls back to `__getattr__`.
        Some(Payload::Property(_)) if lookup_static(cls, "__getattr__").is_none() => return (K_PROPERTY, Some(d)),
        _ => {}
    }
    if protocols::is_data_descriptor(&d) || td.has_flag(tflags::NO_INSTANCE_DICT) {
        return (K_NONE, None);
    }
    if matches!(d.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) {
        return (K_DICT_FUNC, Some(d));
    }
    if binds_to_itself(&d) {
        return (K_DICT, Some(d));
    }
    // Another non-data descriptor: the instance dict first, else `getattr`.
    (K_DICT, None)
}

/// `obj.name = v` through the cache; gives `v` back when the general
/// `protocols::setattr` must handle it.
#[inline]
pub fn store_attr(vm: &mut Vm, c: &AttrCache, obj: &Value, name: &Value, v: Value) -> PyResult<Option<Value>> {
    let Some((o, cls)) = plain_instance(obj) else { return Ok(Some(v)) };
    // Only the main thread, storing into an instance of its own that is
    // not protected (one test, see `protocols::main_thread_owns`): no
    // guard is needed below. Contexts and protected instances take the
    // general path.
    if !protocols::main_thread_owns(o) {
        return Ok(Some(v));
    }
    let (e, kind, attr) = match c.hit(cls) {
        Some(h) => h,
        None => fill_store(c, cls, name),
    };
    match kind {
        K_DICT | K_SLOT => {
            let d = match o.dict.get_ref() {
                Some(d) => d,
                None => {
                    // SAFETY: the main thread is the only writer of its
                    // unprotected objects (`main_thread_owns` above).
                    unsafe { o.dict.set_exclusive(Some(super::types::module::new_dict_value())) };
                    o.dict.get_ref().expect("dict just set")
                }
            };
            let Some(dd) = dict_data(d) else { return Ok(Some(v)) };
            // Where this site stored last time, verified by key identity.
            let v = match dd.replace_if_key_at(e.ix.load(Relaxed) as usize, name, v) {
                Ok(()) => return Ok(None),
                Err(v) => v,
            };
            let ix = if kind == K_SLOT { dd.set_str_pos(name.clone(), v) } else { dd.set_pos(vm, name.clone(), v)? };
            e.ix.store(ix as u32, Relaxed);
            Ok(None)
        }
        K_PROPERTY => {
            let p = borrowed(attr);
            let Some(Payload::Property(slots)) = p.as_obj().map(|o| &o.payload) else { return Ok(Some(v)) };
            let Some(setter) = slots[1].get() else { return Ok(Some(v)) };
            let Some(Payload::Function(fd)) = setter.as_obj().map(|o| &o.payload) else { return Ok(Some(v)) };
            super::call::call_function(vm, &setter, fd, Some(obj), std::slice::from_ref(&v), &[])?;
            Ok(None)
        }
        _ => Ok(Some(v)),
    }
}

#[cold]
fn fill_store<'c>(c: &'c AttrCache, cls: &Value, name: &Value) -> (&'c Entry, u32, usize) {
    let (kind, attr) = classify_store(cls, name);
    let e = c.fill(cls, kind, attr.as_ref());
    (e, kind, attr.map_or(0, |a| a.bits()))
}

/// What `generic_setattr` would do for `name` on plain instances of `cls`.
fn classify_store(cls: &Value, name: &Value) -> (u32, Option<Value>) {
    let Some(td) = type_data(cls) else { return (K_NONE, None) };
    if td.has_flag(tflags::CUSTOM_SETATTR) || as_str(name).is_none_or(|n| n.starts_with("__")) {
        return (K_NONE, None);
    }
    if let Some(d) = lookup_name(cls, name) {
        if let Some(m) = as_member(&d) {
            // member_set stores under the slot's own name.
            return if Some(m.name.as_str()) == as_str(name) { (K_SLOT, None) } else { (K_NONE, None) };
        }
        match d.as_obj().map(|o| &o.payload) {
            Some(Payload::Property(_)) => return (K_PROPERTY, Some(d)),
            None | Some(Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_)) => {}
            Some(_) => {
                // A descriptor of a Python class may define __set__/__delete__.
                if !class_of_ref(&d).as_obj().is_some_and(|c| c.is_immortal()) {
                    return (K_NONE, None);
                }
            }
        }
    }
    // instances_have_dict for a plain instance.
    if !td.has_flag(tflags::HEAPTYPE) || td.has_flag(tflags::NO_INSTANCE_DICT) {
        return (K_NONE, None);
    }
    (K_DICT, None)
}

/// `LoadMethod`: the plain method `name` found on the class of `obj` when
/// attribute access would give it bound to `obj` (so the call can pass
/// `obj` itself); None means "use `getattr`" (or the uncached check).
#[inline]
pub fn load_method(c: &AttrCache, obj: &Value, name: &Value) -> Option<Value> {
    // The main thread only; protected receivers are read under their lock
    // by the general path.
    match obj.as_obj() {
        Some(o) if !protocols::main_thread_owns(o) => return None,
        None if in_parallel_context() => return None,
        _ => {}
    }
    let cls = class_of_ref(obj);
    let (_, kind, attr) = match c.hit(cls) {
        Some(h) => h,
        None => fill_method(c, obj, cls, name),
    };
    if kind != K_METHOD {
        return None;
    }
    if let Some(o) = obj.as_obj() {
        if o.dict.peek_bits() != 0 && protocols::instance_dict_has_name(obj, name) {
            return None;
        }
    }
    Some((*borrowed(attr)).clone())
}

#[cold]
fn fill_method<'c>(c: &'c AttrCache, obj: &Value, cls: &Value, name: &Value) -> (&'c Entry, u32, usize) {
    let found = lookup_name(cls, name);
    let plain = match found.as_ref().and_then(|m| m.as_obj()).map(|o| &o.payload) {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method,
        _ => false,
    };
    // super objects resolve attributes through the MRO, not their own
    // class; type objects look in their own MRO before the metaclass.
    let special = matches!(obj.as_obj().map(|o| &o.payload), Some(Payload::Super(_) | Payload::Type(_)));
    let kind = if plain && !special && !protocols::has_custom_getattribute(cls) { K_METHOD } else { K_NONE };
    let e = c.fill(cls, kind, found.as_ref().filter(|_| kind == K_METHOD));
    (e, kind, if kind == K_METHOD { found.map_or(0, |f| f.bits()) } else { 0 })
}
