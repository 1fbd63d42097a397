//! Class creation and instantiation: calling a class, `type(name, bases,
//! ns)`, the `class` statement (`__build_class__`), `__init_subclass__`,
//! `__set_name__`, `__slots__`, and the cached per-class flags.

use crate::vm::args::Args;
use crate::vm::call::{call, call_unbound_kw};
use crate::vm::cell::Slot;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::frame::Frame;
use crate::vm::heap;
use crate::vm::object::{Obj, Payload};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::function::as_function;
use crate::vm::types::module::new_dict_value;
use crate::vm::types::registry::{none, types};
use crate::vm::types::str::{as_str, intern};
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{
    alloc_type, c3_mro, class_of, is_subclass, lookup, tflags, type_data, type_name, BaseKind,
};
use crate::vm::value::Value;

/// `cls(*args, **kwargs)`.
pub fn type_call(vm: &mut Vm, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let meta = class_of(cls);
    if !meta.is(&types().type_) {
        if let Some(c) = lookup(&meta, "__call__") {
            if !c.as_obj().unwrap().is_immortal() {
                return call_unbound_kw(vm, &c, cls, args, kwnames);
            }
        }
    }
    type_call_default(vm, cls, args, kwnames)
}

/// `type.__call__(cls, ...)`: `__new__` then `__init__` (what a metaclass's
/// `__call__` reaches through `super().__call__`).
pub fn type_call_default(vm: &mut Vm, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if cls.is(&types().type_) && args.len() == 1 && kwnames.is_empty() {
        return Ok(class_of(&args[0]));
    }
    if let Some(r) = instantiate_plain(vm, cls, args, kwnames) {
        return r;
    }
    // `list(d)`, `dict(d)`, `set(d)`... read a protected argument under its
    // read lock.
    let _read = match args.first() {
        Some(a) => crate::vm::protection::read(a),
        None => crate::vm::protection::ReadGuard::NONE,
    };
    let new = super::typeobj::lookup_static(cls, "__new__").ok_or_else(|| type_error(format!("cannot create '{}' instances", type_data(cls).unwrap().name())))?;
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(cls.clone());
    full.extend_from_slice(args);
    let new_f = match new.as_obj().map(|o| &o.payload) {
        Some(Payload::StaticMethod(s)) => s.get().unwrap_or_else(none),
        _ => new,
    };
    let obj = call(vm, &new_f, &full, kwnames)?;
    if !is_subclass(&class_of(&obj), cls) {
        return Ok(obj);
    }
    if let Some(init) = super::typeobj::lookup_static(&class_of(&obj), "__init__") {
        let r = call_unbound_kw(vm, &init, &obj, args, kwnames)?;
        if !ops::is_none(&r) {
            return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
        }
    }
    Ok(obj)
}

/// `object.__new__` itself (the builtin in `object`'s namespace).
fn object_new_fn() -> &'static Value {
    static F: crate::vm::valgrind::OnceLock<Value> = crate::vm::valgrind::OnceLock::new();
    F.get_or_init(|| super::typeobj::type_dict(&types().object).get_str("__new__").expect("object.__new__"))
}

/// The common instantiation: a plain class (no built-in base data) whose
/// `__new__` is `object.__new__` and whose `__init__` is a Python function.
/// `object.__new__` would accept the arguments (an `__init__` is defined)
/// and return a bare instance of `cls`, so allocate it directly and run
/// `__init__` on it. None: take the general path.
#[inline]
fn instantiate_plain(vm: &mut Vm, cls: &Value, args: &[Value], kwnames: &[Value]) -> Option<PyResult<Value>> {
    let td = type_data(cls)?;
    if td.kind != BaseKind::Object || cls.is(&types().type_) {
        return None;
    }
    let init = super::typeobj::plain_init(cls, object_new_fn())?;
    let Some(Payload::Function(fd)) = init.as_obj().map(|o| &o.payload) else { return None };
    let obj = heap::alloc(cls.clone(), Payload::Object);
    Some(match crate::vm::call::call_function(vm, &init, fd, Some(&obj), args, kwnames) {
        Ok(r) if ops::is_none(&r) => Ok(obj),
        Ok(r) => Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r)))),
        Err(e) => Err(e),
    })
}

/// `cls.__subclasses__()`: the built-in exception classes and the heap's
/// classes that list `cls` among their direct bases (no weak references:
/// classes are found by scanning the collector's registry, oldest first).
pub fn subclasses(cls: &Value) -> Vec<Value> {
    let has_base = |c: &Value| type_data(c).is_some_and(|t| t.bases().iter().any(|b| b.is(cls)));
    let mut out: Vec<Value> = crate::vm::types::registry::EXC_TABLE
        .iter()
        .map(|(k, _, _)| crate::vm::types::registry::exc(*k))
        .filter(|c| has_base(c))
        .collect();
    let mut heap_classes = crate::vm::heap::gc::tracked_matching(|o| matches!(o.payload, Payload::Type(_)));
    heap_classes.retain(|c| has_base(c));
    heap_classes.sort_by_key(|c| type_data(c).map(|t| t.serial).unwrap_or(0));
    out.extend(heap_classes);
    out
}

/// Recompute the cached flags of a class after its namespace changed.
pub fn update_type_flags(cls: &Value) {
    let Some(td) = type_data(cls) else { return };
    let mut custom_get = false;
    let mut custom_set = false;
    let mut has_del = false;
    for c in td.mro() {
        if c.is(&types().object) {
            continue;
        }
        let d = type_data(c).unwrap().dict_data();
        if d.get_str("__getattribute__").is_some_and(|f| !f.as_obj().unwrap().is_immortal()) {
            custom_get = true;
        }
        if d.get_str("__del__").is_some() {
            has_del = true;
        }
        if d.get_str("__setattr__").is_some_and(|f| !f.as_obj().unwrap().is_immortal())
            || d.get_str("__delattr__").is_some_and(|f| !f.as_obj().unwrap().is_immortal())
        {
            custom_set = true;
        }
    }
    let mut f = td.flags.load(std::sync::atomic::Ordering::Relaxed);
    f &= !(tflags::CUSTOM_GETATTRIBUTE | tflags::CUSTOM_SETATTR | tflags::HAS_DEL);
    if has_del {
        f |= tflags::HAS_DEL;
    }
    if custom_get {
        f |= tflags::CUSTOM_GETATTRIBUTE;
    }
    if custom_set {
        f |= tflags::CUSTOM_SETATTR;
    }
    td.flags.store(f, std::sync::atomic::Ordering::Relaxed);
}

pub fn slot_in_mro(cls: &Value, name: &str) -> bool {
    type_data(cls).is_some_and(|t| t.mro().iter().any(|c| type_data(c).and_then(|t| t.slots.as_ref()).is_some_and(|s| s.iter().any(|x| x == name))))
}

pub fn instances_have_dict(cls: &Value, o: &Obj) -> bool {
    match &o.payload {
        Payload::Function(_) | Payload::Type(_) | Payload::Module(_) | Payload::Exception(_) => true,
        _ => type_data(cls).is_some_and(|t| t.has_flag(tflags::HEAPTYPE) && !t.has_flag(tflags::NO_INSTANCE_DICT)),
    }
}

/// Classes registered as virtual mappings/sequences for `match`.
pub fn has_abc_flag(cls: &Value, flag: &str) -> bool {
    type_data(cls).is_some_and(|t| t.mro().iter().any(|c| type_data(c).is_some_and(|d| d.dict_data().get_str(flag).is_some())))
}

fn solid_kind(bases: &[Value]) -> PyResult<BaseKind> {
    let mut kind = BaseKind::Object;
    for b in bases {
        let td = type_data(b).ok_or_else(|| type_error("bases must be types"))?;
        if !td.has_flag(tflags::BASETYPE) {
            return Err(type_error(format!("type '{}' is not an acceptable base type", td.name())));
        }
        let k = td.kind;
        if k == BaseKind::Object {
            continue;
        }
        if kind == BaseKind::Object {
            kind = k;
        } else if kind != k {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(kind)
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
pub fn new_class(vm: &mut Vm, meta: &Value, name: &str, bases: Vec<Value>, ns: &Value, kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let bases = if bases.is_empty() { vec![types().object.clone()] } else { bases };
    let kind = solid_kind(&bases)?;
    let dict = new_dict_value();
    let d = as_dict(&dict).unwrap();
    let nsd = as_dict(ns).ok_or_else(|| type_error("type.__new__() argument 3 must be dict"))?;
    for (k, v) in nsd.items() {
        d.set(vm, k, v)?;
    }
    let qualname = d.remove_str("__qualname__").unwrap_or_else(|| intern(name));
    if as_str(&qualname).is_none() {
        return Err(type_error(format!("type __qualname__ must be a str, not {}", type_name(&qualname))));
    }
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
    let mut slots = None;
    if let Some(s) = d.get_str("__slots__") {
        let names: Vec<Value> = if as_str(&s).is_some() { vec![s.clone()] } else { ops::collect(vm, &s)? };
        let mut v = Vec::new();
        for n in names {
            let n = as_str(&n).ok_or_else(|| type_error("__slots__ items must be strings"))?.to_string();
            if d.get_str(&n).is_some() {
                return Err(crate::vm::errors::value_error(format!("'{n}' in __slots__ conflicts with class variable")));
            }
            v.push(n);
        }
        let has_dict_slot = v.iter().any(|n| n == "__dict__");
        let bases_have_dict = bases.iter().any(|b| {
            type_data(b).is_some_and(|t| t.has_flag(tflags::HEAPTYPE) && !t.has_flag(tflags::NO_INSTANCE_DICT))
        });
        if !has_dict_slot && !bases_have_dict {
            flags |= tflags::NO_INSTANCE_DICT;
        }
        for n in v.iter().filter(|n| *n != "__dict__" && *n != "__weakref__") {
            d.set_str(intern(n), crate::vm::types::member_descr::new_member(n, name));
        }
        slots = Some(v.into_boxed_slice());
    } else if bases.iter().all(|b| type_data(b).is_some_and(|t| t.has_flag(tflags::NO_INSTANCE_DICT))) {
        // Subclass without __slots__ of slotted classes gets a dict again.
    }
    if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
        d.set_str(intern("__hash__"), none());
    }
    for special in ["__new__"] {
        if let Some(f) = d.get_str(special) {
            if as_function(&f).is_some() {
                d.set_str(intern(special), heap::alloc(types().staticmethod.clone(), Payload::StaticMethod(Slot::with(f))));
            }
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = d.get_str(special) {
            if as_function(&f).is_some() {
                d.set_str(intern(special), heap::alloc(types().classmethod.clone(), Payload::ClassMethod(Slot::with(f))));
            }
        }
    }
    if d.get_str("__doc__").is_none() {
        d.set_str(intern("__doc__"), none());
    }
    let cls = alloc_type(meta.clone(), name, bases.clone(), dict.clone(), kind, flags, slots, false);
    let td = type_data(&cls).unwrap();
    td.qualname.set(Some(qualname));
    let mro = c3_mro(&cls, &bases)?;
    td.mro.set(Some(new_tuple(mro)));
    super::type_cache::invalidate();
    update_type_flags(&cls);
    if let Some(cell) = d.remove_str("__classcell__") {
        if let Payload::Cell(s) = &cell.as_obj().unwrap().payload {
            s.set(Some(cls.clone()));
        }
    }
    // __set_name__ on descriptors defined in the class body.
    for (k, v) in d.items() {
        if let Some(sn) = lookup(&class_of(&v), "__set_name__") {
            if !v.as_obj().is_some_and(|o| o.is_immortal()) {
                crate::vm::call::call_unbound(vm, &sn, &v, &[cls.clone(), k.clone()])?;
            }
        }
    }
    // super().__init_subclass__(**kwargs)
    let mro = td.mro().to_vec();
    for c in mro.iter().skip(1) {
        if let Some(f) = type_data(c).unwrap().dict_data().get_str("__init_subclass__") {
            let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            let vals: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
            let bound = crate::vm::protocols::bind_descriptor(vm, &f, Some(&cls), &class_of(&cls))?;
            let bound = match f.as_obj().map(|o| &o.payload) {
                Some(Payload::ClassMethod(_)) => crate::vm::protocols::bind_descriptor(vm, &f, None, &cls)?,
                Some(Payload::Builtin(_)) => crate::vm::call::bind_builtin_method(&f, cls.clone()),
                _ => bound,
            };
            call(vm, &bound, &vals, &kwnames)?;
            break;
        }
    }
    Ok(cls)
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
fn calculate_meta(meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for b in bases {
        let bm = class_of(b);
        if is_subclass(&winner, &bm) {
            continue;
        }
        if is_subclass(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = as_str(&pos[1]).ok_or_else(|| type_error("__build_class__: name is not a string"))?.to_string();
    let bases: Vec<Value> = pos[2..].to_vec();
    let mut meta: Option<Value> = None;
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    for (k, v) in a.kw() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((intern(k), v.clone()));
        }
    }
    let is_class_meta = meta.as_ref().is_none_or(|m| type_data(m).is_some());
    let meta = match meta {
        Some(m) if !is_class_meta => m,
        Some(m) => calculate_meta(m, &bases)?,
        None => calculate_meta(bases.first().map(class_of).unwrap_or_else(|| types().type_.clone()), &bases)?,
    };
    let bases_t = new_tuple(bases.clone());
    let prepare = if meta.is(&types().type_) { None } else { crate::vm::protocols::getattr_opt(vm, &meta, "__prepare__")? };
    let ns = match prepare {
        Some(bound) => {
            let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            let mut args = vec![intern(&name), bases_t.clone()];
            args.extend(kwargs.iter().map(|(_, v)| v.clone()));
            let ns = call(vm, &bound, &args, &kwnames)?;
            if !crate::vm::types::typeobj::isinstance_cls(&ns, &types().dict) && lookup(&class_of(&ns), "__getitem__").is_none() {
                return Err(type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    type_data(&meta).map(|t| t.name().to_string()).unwrap_or_else(|| "<metaclass>".into()),
                    type_name(&ns)
                )));
            }
            ns
        }
        None => new_dict_value(),
    };
    let fd = as_function(&func).ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let mut frame = Frame::for_module(fd.code.clone(), fd.globals.clone(), Some(ns.clone()), crate::vm::import::builtins_dict());
    let ncell = crate::vm::types::code::as_code(&fd.code).unwrap().code.cellvars.len();
    frame.cells.truncate(ncell);
    frame.cells.extend(fd.closure.iter().cloned());
    vm.depth += 1;
    let r = crate::vm::interp::run_frame(vm, &mut frame);
    vm.depth -= 1;
    r?;
    let classcell = as_dict(&ns).and_then(|d| d.get_str("__classcell__"));
    let mut args = vec![intern(&name), bases_t, ns];
    let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    args.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let cls = call(vm, &meta, &args, &kwnames)?;
    if let Some(cell) = classcell {
        if let Payload::Cell(s) = &cell.as_obj().unwrap().payload {
            if s.get_ref().is_none() {
                s.set(Some(cls.clone()));
            }
        }
    }
    Ok(cls)
}

/// `type(x)` / `type(name, bases, dict)` / `type.__new__(meta, ...)`.
pub fn type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() == 2 && a.kwnames.is_empty() {
        return Ok(class_of(&pos[1]));
    }
    if pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let meta = pos[0].clone();
    let name = as_str(&pos[1]).ok_or_else(|| type_error("type.__new__() argument 1 must be str, not int"))?.to_string();
    let bases = as_tuple(&pos[2]).ok_or_else(|| type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name(&pos[2]))))?.to_vec();
    let kwargs: Vec<(Value, Value)> = a.kw().map(|(k, v)| (intern(k), v.clone())).collect();
    let winner = calculate_meta(meta.clone(), &bases)?;
    if !winner.is(&meta) {
        // A more derived metaclass from the bases gets to run its own __new__
        // (`type("X", (A,), {})` with A's metaclass overriding __new__).
        if let Some(n) = lookup(&winner, "__new__") {
            let type_new_fn = lookup(&types().type_, "__new__");
            if !type_new_fn.is_some_and(|t| t.is(&n)) {
                let f = crate::vm::protocols::bind_descriptor(vm, &n, None, &winner)?;
                let mut args = vec![winner.clone()];
                args.extend_from_slice(&pos[1..]);
                let kwv: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
                let kwn: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
                args.extend(kwv);
                return call(vm, &f, &args, &kwn);
            }
        }
    }
    new_class(vm, &winner, &name, bases, &pos[3], &kwargs)
}
