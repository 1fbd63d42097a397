//! `type`: class objects, the MRO, attribute lookup along it, and class
//! creation (`type(name, bases, ns)` and the `class` statement).

use crate::vm::cell::Slot;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{Obj, Payload};
use crate::vm::types::dict::DictData;
use crate::vm::types::registry::types;
use crate::vm::types::str::{as_str, intern, new_str};
use crate::vm::types::tuple::new_tuple;
use crate::vm::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};

/// Which built-in payload instances of a class carry (its "solid base").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// Instances are made only by the runtime (functions, generators...).
    Internal,
}

pub mod tflags {
    /// Created by a class statement / type(): attributes may be set.
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have no `__dict__` (`__slots__` without `__dict__`).
    pub const NO_INSTANCE_DICT: u32 = 4;
    /// `__eq__` defined without `__hash__`: instances unhashable.
    pub const HASH_NONE: u32 = 8;
    /// Some class in the MRO (other than object) defines `__getattribute__`.
    pub const CUSTOM_GETATTRIBUTE: u32 = 16;
    /// Some class in the MRO (other than object) defines `__setattr__` or `__delattr__`.
    pub const CUSTOM_SETATTR: u32 = 32;
    /// Some class in the MRO defines `__del__`.
    pub const HAS_DEL: u32 = 64;
}

pub struct TypeData {
    pub name: Slot,
    pub qualname: Slot,
    pub bases: Slot,
    pub mro: Slot,
    /// The class namespace (a dict object).
    pub dict: Value,
    pub kind: BaseKind,
    pub flags: AtomicU32,
    /// `__slots__` names, if the class declared them.
    pub slots: Option<Box<[String]>>,
    /// Creation order of classes (`__subclasses__` lists them oldest first).
    pub serial: u64,
    /// What instantiating the class runs (see `plain_init`).
    pub init_cache: InitCache,
}

/// `plain_init`'s answer for one class, valid while the type-cache epoch
/// it was computed in holds (any change to a class namespace or MRO moves
/// the epoch). Main thread only.
#[derive(Default)]
pub struct InitCache {
    epoch: std::sync::atomic::AtomicU64,
    /// The class's `__init__` (a Python function), or empty.
    init: Slot,
}

/// The next class creation number.
pub fn next_type_serial() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl TypeData {
    pub fn dict_data(&self) -> &DictData {
        match &self.dict.as_obj().unwrap().payload {
            Payload::Dict(d) => d,
            _ => unreachable!("type dict is always a dict"),
        }
    }
    pub fn name(&self) -> &str {
        self.name.get_ref().and_then(as_str).unwrap_or("?")
    }
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.load(Ordering::Relaxed) & f != 0
    }
    pub fn set_flag(&self, f: u32) {
        self.flags.fetch_or(f, Ordering::Relaxed);
    }
    /// The MRO as a slice (borrowed from the tuple).
    pub fn mro(&self) -> &[Value] {
        match self.mro.get_ref().and_then(|m| m.as_obj()).map(|o| &o.payload) {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        }
    }
    pub fn bases(&self) -> &[Value] {
        match self.bases.get_ref().and_then(|m| m.as_obj()).map(|o| &o.payload) {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        }
    }
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for s in [&self.name, &self.qualname, &self.bases, &self.mro] {
            if let Some(v) = s.get_ref() {
                visit(v);
            }
        }
        visit(&self.dict);
        if let Some(v) = self.init_cache.init.get_ref() {
            visit(v);
        }
    }
    pub fn clear_refs(&self) {
        super::type_cache::invalidate();
        self.init_cache.init.set(None);
        self.bases.set(None);
        self.mro.set(None);
        self.dict_data().clear();
    }
}

/// The TypeData of a type object.
#[inline]
pub fn type_data(v: &Value) -> Option<&TypeData> {
    match &v.as_obj()?.payload {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

#[inline]
pub fn obj_type_data(o: &Obj) -> Option<&TypeData> {
    match &o.payload {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

/// The class of any value, borrowed.
#[inline]
pub fn class_of_ref(v: &Value) -> &Value {
    match v.as_obj() {
        None => &types().int,
        Some(o) => o.class.get_ref().expect("object without class"),
    }
}

/// The class of any value (new reference).
#[inline]
pub fn class_of(v: &Value) -> Value {
    class_of_ref(v).clone()
}

/// The TypeData of a value's class.
#[inline]
pub fn class_data(v: &Value) -> &TypeData {
    type_data(class_of_ref(v)).expect("class is not a type")
}

/// `type(v).__name__`, for error messages.
pub fn type_name(v: &Value) -> String {
    class_data(v).name().to_string()
}

/// Look `name` up along the MRO of class `cls`; no descriptors are invoked.
pub fn lookup(cls: &Value, name: &str) -> Option<Value> {
    let td = type_data(cls)?;
    let h = crate::vm::types::str::str_hash_cached(name);
    for c in td.mro() {
        if let Some(v) = type_data(c).and_then(|t| t.dict_data().get_str_ref(name, h)) {
            return Some(v.clone());
        }
    }
    None
}

/// `lookup` for a name given as static text (special method names): cached.
#[inline]
pub fn lookup_static(cls: &Value, name: &'static str) -> Option<Value> {
    super::type_cache::lookup_static(cls, name)
}

/// Look up an interned-str `name` along the MRO (identity-first compare).
#[inline]
pub fn lookup_name(cls: &Value, name: &Value) -> Option<Value> {
    super::type_cache::lookup(cls, name)
}

/// Like `lookup` with a precomputed hash (hot paths).
pub fn lookup_hashed(cls: &Value, name: &str, hash: i64) -> Option<Value> {
    let td = type_data(cls)?;
    for c in td.mro() {
        if let Some(v) = type_data(c).and_then(|t| t.dict_data().get_str_ref(name, hash)) {
            return Some(v.clone());
        }
    }
    None
}

/// For instantiating `cls` without calling `__new__`: its `__init__` when
/// that is a Python function and its `__new__` is `object_new` (the
/// built-in `object.__new__`); None otherwise. Cached per class and epoch:
/// instantiation would otherwise do two MRO lookups per object.
#[inline]
pub fn plain_init(cls: &Value, object_new: &Value) -> Option<Value> {
    let td = type_data(cls)?;
    let c = &td.init_cache;
    let epoch = super::type_cache::epoch();
    let main = !heap::in_parallel_context();
    if main && c.epoch.load(Ordering::Relaxed) == epoch {
        return c.init.get();
    }
    let init = lookup_static(cls, "__new__")
        .filter(|n| n.is(object_new))
        .and_then(|_| lookup_static(cls, "__init__"))
        .filter(|i| matches!(i.as_obj().map(|o| &o.payload), Some(Payload::Function(_))));
    if main {
        // No Python code ran since `epoch` was read: the answer is current.
        c.init.set(init.clone());
        c.epoch.store(epoch, Ordering::Relaxed);
    }
    init
}

/// Is `sub` a subclass of `sup` (by MRO)?
pub fn is_subclass(sub: &Value, sup: &Value) -> bool {
    if sub.is(sup) {
        return true;
    }
    match type_data(sub) {
        Some(t) => t.mro().iter().any(|c| c.is(sup)),
        None => false,
    }
}

/// isinstance(v, cls) for a single class, without `__instancecheck__`.
pub fn isinstance_cls(v: &Value, cls: &Value) -> bool {
    is_subclass(class_of_ref(v), cls)
}

/// C3 linearisation of a new class with the given bases.
pub fn c3_mro(cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(crate::vm::errors::type_error(format!(
                "duplicate base class {}",
                type_data(b).map(|t| t.name().to_string()).unwrap_or_default()
            )));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| type_data(b).map(|t| t.mro().to_vec()).unwrap_or_default())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                chosen = Some(cand.clone());
                break;
            }
        }
        match chosen {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_data(&s[0]).map(|t| t.name().to_string()).unwrap_or_default();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// Allocate a type object (no MRO computed yet if `mro` is None).
pub fn alloc_type(
    metatype: Value,
    name: &str,
    bases: Vec<Value>,
    dict: Value,
    kind: BaseKind,
    flags: u32,
    slots: Option<Box<[String]>>,
    immortal: bool,
) -> Value {
    let td = TypeData {
        name: Slot::with(intern(name)),
        qualname: Slot::with(intern(name)),
        bases: Slot::with(new_tuple(bases)),
        mro: Slot::empty(),
        dict,
        kind,
        flags: AtomicU32::new(flags),
        slots,
        serial: next_type_serial(),
        init_cache: InitCache::default(),
    };
    td.dict_data().watch();
    if immortal {
        heap::alloc_immortal(Some(metatype), Payload::Type(Box::new(td)))
    } else {
        heap::alloc(metatype, Payload::Type(Box::new(td)))
    }
}

/// Builtin-type helper: the dict of a type, for registering methods.
pub fn type_dict(cls: &Value) -> &DictData {
    type_data(cls).unwrap().dict_data()
}

/// Set an attribute in a type's namespace (interned key).
pub fn set_type_attr(cls: &Value, name: &str, v: Value) {
    type_dict(cls).set_str(intern(name), v);
}

pub fn new_name_str(s: &str) -> Value {
    new_str(s)
}
