//! The attribute protocol (`getattr`/`setattr`/`delattr` with descriptors,
//! `__getattr__`, `__getattribute__`, `__slots__`), formatting, exception
//! construction and matching, and the mutation guard of the memory model.

use super::call::{bind_builtin_method, call, call_unbound};
use super::errors::{attribute_error, type_error, PyErr, PyResult};
use super::heap::context::mutation_mask;
use super::heap::in_parallel_context;
use super::object::{flags, Obj, Payload};
use super::ops;
use super::protection::MutationGuard;
use super::state::Vm;
use super::types::function::{new_method, BuiltinKind};
use super::types::registry::{exc, none, types, ExcKind};
use super::types::str::{as_str, intern};
use super::types::tuple::as_tuple;
use super::types::typeobj::{class_of, is_subclass, lookup, tflags, type_data, type_name};
use super::value::Value;

/// The mutation guard: may the running thread mutate `obj`? Outside a
/// context, yes (taking the write lock of a protected object). In a
/// context, only its own objects and protected ones; anything else raises
/// `parallel.UnprotectedError` naming the operation `op`. Keep the returned
/// guard alive until the mutation is done.
#[inline(always)]
pub fn check_mutable(obj: &Value, op: &str) -> PyResult<MutationGuard> {
    let Some(o) = obj.as_obj() else { return Ok(MutationGuard::NONE) };
    // One test: on the main thread only protected and context objects
    // need a look; in a context, every object (see `mutation_mask`).
    if o.flags() & mutation_mask() == 0 {
        return Ok(MutationGuard::NONE);
    }
    if !in_parallel_context() {
        return check_mutable_main_slow(obj, o, op);
    }
    check_mutable_slow(obj, o, op)
}

/// Is the running thread the main thread, and `o` an ordinary object of
/// its heap, neither protected nor a context's? Then it may read and write
/// `o` with no guard at all: no lock, no check, and nothing stored needs
/// exporting (`heap::shared::sharing` is false outside contexts). One test
/// (`check_mutable`'s fast path), which the caches use to keep contexts
/// and protected objects on the general paths.
#[inline(always)]
pub fn main_thread_owns(o: &Obj) -> bool {
    o.flags() & mutation_mask() == 0
}

/// The main thread mutating a protected object (under its write lock), or
/// an object of a context's heap: allowed once the context has ended and
/// its heap persists; while it runs, the context alone may change it.
#[cold]
fn check_mutable_main_slow(obj: &Value, o: &Obj, op: &str) -> PyResult<MutationGuard> {
    if o.flags() & flags::PROTECTED != 0 {
        return Ok(MutationGuard::write(o));
    }
    if super::heap::persist::is_adopted(o.owner()) {
        return Ok(MutationGuard::NONE);
    }
    Err(super::parallel_hooks::unprotected_error(op, &type_name(obj), false))
}

/// `check_mutable` with an operation name that is only formatted when
/// the check can fail.
#[inline]
pub fn check_mutable_lazy(obj: &Value, op: impl FnOnce() -> String) -> PyResult<MutationGuard> {
    match obj.as_obj() {
        Some(o) if o.flags() & mutation_mask() != 0 => check_mutable(obj, &op()),
        _ => Ok(MutationGuard::NONE),
    }
}

/// A context storing `v` into a protected object it does not own: refuse
/// what cannot leave its context (generators, frames, files...), which
/// would otherwise run or be closed from other threads.
#[inline]
pub fn check_storable(v: &Value) -> PyResult<()> {
    if !super::heap::shared::sharing() {
        return Ok(());
    }
    check_storable_slow(v)
}

#[cold]
fn check_storable_slow(v: &Value) -> PyResult<()> {
    let Some(o) = v.as_obj() else { return Ok(()) };
    if o.flags() & flags::CONTEXT == 0 {
        return Ok(());
    }
    let stuck = matches!(o.payload, Payload::Generator(_) | Payload::Native(_) | Payload::Iter(_));
    if stuck {
        return Err(super::parallel_hooks::assignment_error(format!(
            "a '{}' object cannot leave its parallel context",
            type_name(v)
        )));
    }
    Ok(())
}

#[cold]
fn check_mutable_slow(obj: &Value, o: &Obj, op: &str) -> PyResult<MutationGuard> {
    let f = o.flags();
    if f & flags::PROTECTED != 0 {
        return Ok(MutationGuard::write(o));
    }
    if super::heap::in_own_context(o) {
        return Ok(MutationGuard::NONE);
    }
    Err(super::parallel_hooks::unprotected_error(op, &type_name(obj), f & flags::CONTEXT == 0))
}

/// Does the class override `__getattribute__`?
#[inline]
pub fn has_custom_getattribute(cls: &Value) -> bool {
    type_data(cls).is_some_and(|t| t.has_flag(tflags::CUSTOM_GETATTRIBUTE))
}

/// A plain instance (no built-in data) whose class has default attribute
/// access (`custom_flag` unset), a non-dunder `name`, and the instance's
/// dict (its `__dict__`, or the hidden store of `__slots__` values).
#[inline]
fn plain_instance<'a>(obj: &'a Value, name: &Value, custom_flag: u32) -> Option<(&'a Value, &'a super::types::dict::DictData)> {
    let o = obj.as_obj()?;
    if !matches!(o.payload, Payload::Object) {
        return None;
    }
    let cls = o.class.get_ref()?;
    if type_data(cls)?.has_flag(custom_flag) || as_str(name)?.starts_with("__") {
        return None;
    }
    match &o.dict.get_ref()?.as_obj()?.payload {
        Payload::Dict(dd) => Some((cls, dd)),
        _ => None,
    }
}

/// A `__slots__` member descriptor for `name` itself.
#[inline]
fn slot_member<'a>(d: &'a Value, name: &Value) -> Option<&'a super::types::member_descr::Member> {
    let m = super::types::member_descr::as_member(d)?;
    (Some(m.name.as_str()) == as_str(name)).then_some(m)
}

/// `obj.name` for a plain instance when it is a `__slots__` value or an
/// entry of its `__dict__` not shadowed by a data descriptor (the rules of
/// generic_getattr); None means "use `getattr`".
#[inline]
pub fn load_attr_fast(obj: &Value, name: &Value) -> Option<Value> {
    if obj.as_obj().is_some_and(super::protection::is_protected) {
        // Read under its lock by `getattr`.
        return None;
    }
    let (cls, dd) = plain_instance(obj, name, tflags::CUSTOM_GETATTRIBUTE)?;
    if let Some(d) = super::types::typeobj::lookup_name(cls, name) {
        if slot_member(&d, name).is_some() {
            // member_get: the value is kept under the slot's name.
            return dd.get_name(name).cloned();
        }
        if is_data_descriptor(&d) {
            return None;
        }
    }
    // Slotted classes keep slot values in a hidden dict: not a `__dict__`.
    if type_data(cls)?.has_flag(tflags::NO_INSTANCE_DICT) {
        return None;
    }
    dd.get_name(name).cloned()
}

/// `obj.name = v` for a plain instance with a dict: a `__slots__` member,
/// or a `__dict__` entry when the class has no descriptor taking part in
/// assignment (the rules of generic_setattr). Gives `v` back when the
/// general `setattr` must handle it.
#[inline]
pub fn store_attr_fast(vm: &mut Vm, obj: &Value, name: &Value, v: Value) -> PyResult<Option<Value>> {
    let Some((cls, dd)) = plain_instance(obj, name, tflags::CUSTOM_SETATTR) else { return Ok(Some(v)) };
    if let Some(d) = super::types::typeobj::lookup_name(cls, name) {
        if slot_member(&d, name).is_some() {
            let _guard = check_mutable(obj, "attribute assignment")?;
            check_storable(&v)?;
            // member_set: stored under the slot's (interned) name.
            dd.set_str(name.clone(), v);
            return Ok(None);
        }
        // Only properties and descriptors of Python classes take part.
        let plain = match d.as_obj().map(|o| &o.payload) {
            None | Some(Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_)) => true,
            Some(Payload::Property(_)) => false,
            Some(_) if super::types::member_descr::as_member(&d).is_some() => false,
            Some(_) => super::types::typeobj::class_of_ref(&d).as_obj().is_some_and(|c| c.is_immortal()),
        };
        if !plain {
            return Ok(Some(v));
        }
    }
    if type_data(cls).is_none_or(|t| t.has_flag(tflags::NO_INSTANCE_DICT)) {
        return Ok(Some(v));
    }
    let _guard = check_mutable(obj, "attribute assignment")?;
    check_storable(&v)?;
    dd.set(vm, name.clone(), v)?;
    Ok(None)
}

/// Is the interned str `name` in the instance's own `__dict__`?
#[inline]
pub fn instance_dict_has_name(obj: &Value, name: &Value) -> bool {
    match obj.as_obj().and_then(|o| o.dict.get_ref()).and_then(|d| d.as_obj()).map(|o| &o.payload) {
        Some(Payload::Dict(dd)) => dd.get_name(name).is_some(),
        _ => false,
    }
}

/// Is `name` in the instance's own `__dict__`?
pub fn instance_dict_has(obj: &Value, name: &str, hash: i64) -> bool {
    match obj.as_obj().and_then(|o| o.dict.get_ref()) {
        Some(d) => match &d.as_obj().unwrap().payload {
            Payload::Dict(dd) => dd.get_str_ref(name, hash).is_some(),
            _ => false,
        },
        None => false,
    }
}

pub fn is_data_descriptor(d: &Value) -> bool {
    match d.as_obj().map(|o| &o.payload) {
        Some(Payload::Property(_)) => true,
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_)) => false,
        None => false,
        Some(Payload::Native(_)) if super::types::member_descr::as_member(d).is_some() => true,
        _ => {
            let c = class_of(d);
            if c.as_obj().unwrap().is_immortal() {
                return false;
            }
            super::types::typeobj::lookup_static(&c, "__set__").is_some() || super::types::typeobj::lookup_static(&c, "__delete__").is_some()
        }
    }
}

/// Apply the descriptor protocol to `d` found on a class: `d.__get__(obj, cls)`.
pub fn bind_descriptor(vm: &mut Vm, d: &Value, obj: Option<&Value>, cls: &Value) -> PyResult<Value> {
    match d.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(_)) => Ok(match obj {
            Some(o) => new_method(d.clone(), o.clone()),
            None => d.clone(),
        }),
        Some(Payload::Builtin(b)) => Ok(match (b.kind, obj) {
            (BuiltinKind::Method, Some(o)) => bind_builtin_method(d, o.clone()),
            (BuiltinKind::ClassMethod, _) => bind_builtin_method(d, cls.clone()),
            _ => d.clone(),
        }),
        Some(Payload::StaticMethod(s)) => Ok(s.get().unwrap_or_else(none)),
        Some(Payload::ClassMethod(s)) => {
            let f = s.get().unwrap_or_else(none);
            Ok(new_method(f, cls.clone()))
        }
        Some(Payload::Property(p)) => match obj {
            None => Ok(d.clone()),
            Some(o) => match p[0].get() {
                Some(g) if !ops::is_none(&g) => call(vm, &g, &[o.clone()], &[]),
                _ => Err(attribute_error(format!(
                    "property {} of '{}' object has no getter",
                    property_name(vm, d),
                    type_name(o)
                ))),
            },
        },
        None => Ok(d.clone()),
        _ => {
            let dc = class_of(d);
            if dc.as_obj().unwrap().is_immortal() {
                return Ok(d.clone());
            }
            match lookup(&dc, "__get__") {
                Some(g) => call_unbound(vm, &g, d, &[obj.cloned().unwrap_or_else(none), cls.clone()]),
                None => Ok(d.clone()),
            }
        }
    }
}

fn property_name(vm: &mut Vm, p: &Value) -> String {
    let _ = vm;
    match p.as_obj().map(|o| &o.payload) {
        Some(Payload::Property(s)) => s[0]
            .get()
            .and_then(|f| super::types::function::as_function(&f).and_then(|fd| fd.name.get()))
            .and_then(|n| as_str(&n).map(|s| format!("'{s}'")))
            .unwrap_or_else(|| "?".into()),
        _ => "?".into(),
    }
}

pub fn getattr_str(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    getattr(vm, obj, &intern(name))
}

pub fn getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let _read = super::protection::read(obj);
    let cls = class_of(obj);
    if has_custom_getattribute(&cls) {
        let ga = lookup(&cls, "__getattribute__").unwrap();
        return match call_unbound(vm, &ga, obj, std::slice::from_ref(name)) {
            Err(e) if e.matches(ExcKind::AttributeError) => match lookup(&cls, "__getattr__") {
                Some(g) => call_unbound(vm, &g, obj, std::slice::from_ref(name)),
                None => Err(e),
            },
            r => r,
        };
    }
    // __getattr__ runs when the normal lookup finds nothing or raises
    // AttributeError (e.g. from a property getter).
    let err = match generic_getattr(vm, obj, name, &cls) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => None,
        Err(e) if e.matches(ExcKind::AttributeError) => Some(e),
        Err(e) => return Err(e),
    };
    match lookup(&cls, "__getattr__") {
        Some(g) => call_unbound(vm, &g, obj, std::slice::from_ref(name)),
        None => Err(err.unwrap_or_else(|| no_attribute(obj, as_str(name).unwrap_or("?")))),
    }
}

/// `getattr` that returns None for a missing attribute (AttributeError).
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr(vm, obj, &intern(name)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn no_attribute(obj: &Value, name: &str) -> PyErr {
    let e = match type_data(obj) {
        Some(t) => attribute_error(format!("type object '{}' has no attribute '{name}'", t.name())),
        None => match obj.as_obj().map(|o| &o.payload) {
            Some(Payload::Module(m)) => {
                let mname = m.dict_data().get_str("__name__").and_then(|n| as_str(&n).map(String::from));
                match mname {
                    Some(n) => attribute_error(format!("module '{n}' has no attribute '{name}'")),
                    None => attribute_error(format!("module has no attribute '{name}'")),
                }
            }
            _ => attribute_error(format!("'{}' object has no attribute '{name}'", type_name(obj))),
        },
    };
    if let Some(ed) = super::types::exception::as_exception(&e.exc) {
        let _ = ed;
        super::types::exception_ops::set_attribute_error_context(&e.exc, obj, name);
    }
    e
}

/// `object.__getattribute__` / `type.__getattribute__` without `__getattr__`.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Value, cls: &Value) -> PyResult<Option<Value>> {
    let n = as_str(name).unwrap_or("");
    if type_data(obj).is_some() {
        return type_getattr(vm, obj, n, cls);
    }
    if let Some(Payload::Super(_)) = obj.as_obj().map(|o| &o.payload) {
        if let Some(v) = super::types::misc_types::super_getattr(vm, obj, n)? {
            return Ok(Some(v));
        }
    }
    let descr = super::types::typeobj::lookup_name(cls, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            if let Some(Payload::Property(_)) = d.as_obj().map(|o| &o.payload) {
                return bind_descriptor(vm, d, Some(obj), cls).map(Some);
            }
            if let Some(m) = super::types::member_descr::as_member(d) {
                return match super::types::member_descr::member_get(m, obj) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            // A data descriptor without __get__ lets the instance dict win
            // (and is returned itself when the dict lacks the name).
            if let Some(g) = lookup(&class_of(d), "__get__") {
                return call_unbound(vm, &g, d, &[obj.clone(), cls.clone()]).map(Some);
            }
        }
    }
    // Plain instances expose no special attributes but dunders (`__class__`, `__dict__`).
    if !is_plain_instance_attr(obj, n) {
        if let Some(v) = super::types::special_attrs::get(vm, obj, n)? {
            return Ok(Some(v));
        }
    }
    if let Some(o) = obj.as_obj() {
        if let Some(v) = dict_get(o, name) {
            return Ok(Some(v));
        }
    }
    match descr {
        Some(d) => bind_descriptor(vm, &d, Some(obj), cls).map(Some),
        None => Ok(None),
    }
}

/// A non-dunder name on an object without built-in data: no special
/// attribute can apply (special_attrs only knows `__class__`/`__dict__` there).
#[inline]
fn is_plain_instance_attr(obj: &Value, n: &str) -> bool {
    matches!(obj.as_obj().map(|o| &o.payload), Some(Payload::Object)) && !n.starts_with("__")
}

fn dict_get(o: &Obj, name: &Value) -> Option<Value> {
    let d = match &o.payload {
        Payload::Module(m) => return m.dict_data().get_name(name).cloned(),
        _ => o.dict.get_ref()?,
    };
    match &d.as_obj()?.payload {
        Payload::Dict(dd) => dd.get_name(name).cloned(),
        _ => None,
    }
}

fn type_getattr(vm: &mut Vm, t: &Value, name: &str, meta: &Value) -> PyResult<Option<Value>> {
    let meta_attr = lookup(meta, name);
    if let Some(m) = &meta_attr {
        if is_data_descriptor(m) {
            return bind_descriptor(vm, m, Some(t), meta).map(Some);
        }
    }
    if let Some(v) = super::types::special_attrs::get(vm, t, name)? {
        return Ok(Some(v));
    }
    if let Some(a) = lookup(t, name) {
        return match a.as_obj().map(|o| &o.payload) {
            Some(Payload::Function(_)) => Ok(Some(a)),
            Some(Payload::Builtin(b)) if b.kind == BuiltinKind::Method => Ok(Some(a)),
            _ => bind_descriptor(vm, &a, None, t).map(Some),
        };
    }
    match meta_attr {
        Some(m) => bind_descriptor(vm, &m, Some(t), meta).map(Some),
        None => Ok(None),
    }
}

pub fn setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let _guard = check_mutable(obj, "attribute assignment")?;
    check_storable(&value)?;
    let cls = class_of(obj);
    if type_data(&cls).is_some_and(|t| t.has_flag(tflags::CUSTOM_SETATTR)) {
        let sa = lookup(&cls, "__setattr__").unwrap();
        call_unbound(vm, &sa, obj, &[name.clone(), value])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, Some(value))
}

pub fn delattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let _guard = check_mutable(obj, "attribute deletion")?;
    let cls = class_of(obj);
    if type_data(&cls).is_some_and(|t| t.has_flag(tflags::CUSTOM_SETATTR)) {
        if let Some(da) = lookup(&cls, "__delattr__") {
            if !da.as_obj().unwrap().is_immortal() {
                call_unbound(vm, &da, obj, std::slice::from_ref(name))?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, name, None)
}

/// `object.__setattr__` / `object.__delattr__` (value None = delete).
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let n = as_str(name).ok_or_else(|| type_error("attribute name must be string"))?;
    let cls = class_of(obj);
    if let Some(d) = super::types::typeobj::lookup_name(&cls, name) {
        if let Some(m) = super::types::member_descr::as_member(&d) {
            if type_data(obj).is_none() {
                return super::types::member_descr::member_set(m, obj, value);
            }
        }
        match d.as_obj().map(|o| &o.payload) {
            Some(Payload::Property(p)) => {
                let idx = if value.is_some() { 1 } else { 2 };
                return match p[idx].get() {
                    Some(f) if !ops::is_none(&f) => {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        call(vm, &f, &args, &[]).map(|_| ())
                    }
                    _ => Err(attribute_error(format!(
                        "property {} of '{}' object has no {}",
                        property_name(vm, &d),
                        type_name(obj),
                        if idx == 1 { "setter" } else { "deleter" }
                    ))),
                };
            }
            Some(Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_)) | None => {}
            _ => {
                let dc = class_of(&d);
                if !dc.as_obj().unwrap().is_immortal() {
                    let hook = if value.is_some() { "__set__" } else { "__delete__" };
                    if let Some(s) = lookup(&dc, hook) {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        call_unbound(vm, &s, &d, &args)?;
                        return Ok(());
                    }
                }
            }
        }
    }
    if !is_plain_instance_attr(obj, n) && super::types::special_attrs::set(vm, obj, n, value.clone())? {
        return Ok(());
    }
    let o = obj.as_obj().ok_or_else(|| readonly_error(obj, n))?;
    if let Some(td) = type_data(obj) {
        if !td.has_flag(tflags::HEAPTYPE) {
            return Err(type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                td.name()
            )));
        }
        let dd = td.dict_data();
        match value {
            Some(v) => {
                dd.set_str(intern(n), v);
                super::types::typeobj_ops::update_type_flags(obj);
            }
            None => {
                if dd.remove_str(n).is_none() {
                    return Err(no_attribute(obj, n));
                }
                super::types::typeobj_ops::update_type_flags(obj);
            }
        }
        return Ok(());
    }
    if let Payload::Module(m) = &o.payload {
        let dd = m.dict_data();
        match value {
            Some(v) => dd.set_str(intern(n), v),
            None => {
                if dd.remove_str(n).is_none() {
                    return Err(no_attribute(obj, n));
                }
            }
        }
        return Ok(());
    }
    let ctd = type_data(&cls).unwrap();
    if let Some(slots) = &ctd.slots.as_ref().filter(|_| ctd.has_flag(tflags::NO_INSTANCE_DICT)) {
        let allowed = slots.iter().any(|s| s == n) || super::types::typeobj_ops::slot_in_mro(&cls, n);
        if !allowed {
            return Err(attribute_error(format!("'{}' object has no attribute '{n}'", type_name(obj))));
        }
    }
    if !super::types::typeobj_ops::instances_have_dict(&cls, o) {
        return Err(readonly_error(obj, n));
    }
    let d = match o.dict.get() {
        Some(d) => d,
        None => {
            if value.is_none() {
                return Err(no_attribute(obj, n));
            }
            let d = super::types::module::new_dict_value();
            o.dict.set(Some(d.clone()));
            d
        }
    };
    let dd = match &d.as_obj().unwrap().payload {
        Payload::Dict(dd) => dd,
        _ => return Err(type_error("__dict__ is not a dict")),
    };
    match value {
        Some(v) => dd.set(vm, name.clone(), v)?,
        None => {
            if dd.remove(vm, name)?.is_none() {
                return Err(no_attribute(obj, n));
            }
        }
    }
    Ok(())
}

fn readonly_error(obj: &Value, n: &str) -> PyErr {
    if lookup(&class_of(obj), n).is_some() {
        attribute_error(format!("'{}' object attribute '{n}' is read-only", type_name(obj)))
    } else {
        attribute_error(format!("'{}' object has no attribute '{n}'", type_name(obj)))
    }
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_s = spec.and_then(as_str).unwrap_or("");
    if spec_s.is_empty() && super::types::typeobj::class_of_ref(v).is(&types().str_) {
        return Ok(v.clone());
    }
    // CPython's PyObject_Format: an int with an empty spec is str()'d
    // (which takes a recursion level).
    if spec_s.is_empty() && (v.is_small_int() || super::types::typeobj::class_of_ref(v).is(&types().int)) {
        return ops::str_(vm, v);
    }
    if let Some(r) = super::types::format::builtin_format(vm, v, spec_s)? {
        return Ok(r);
    }
    let cls = class_of(v);
    let spec_v = spec.cloned().unwrap_or_else(|| super::types::str::new_str(""));
    match lookup(&cls, "__format__") {
        Some(f) => {
            // CPython calls the bound `__format__`; a built-in one (object's)
            // takes a recursion level like any built-in call.
            let r = if matches!(f.as_obj().map(|o| &o.payload), Some(super::object::Payload::Builtin(_))) {
                super::recursion::nested(vm, super::recursion::CALL, |vm| call_unbound(vm, &f, v, &[spec_v]))?
            } else {
                call_unbound(vm, &f, v, &[spec_v])?
            };
            if as_str(&r).is_none() {
                return Err(type_error(format!("__format__ must return a str, not {}", type_name(&r))));
            }
            Ok(r)
        }
        None => ops::str_(vm, v),
    }
}

/// The exception instance for `raise X`: instantiate classes, check types.
pub fn make_exception(vm: &mut Vm, e: &Value) -> PyResult<Value> {
    let base = exc(ExcKind::BaseException);
    if type_data(e).is_some() {
        if is_subclass(e, &base) {
            let inst = call(vm, e, &[], &[])?;
            if !is_subclass(&class_of(&inst), &base) {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    super::types::repr::default_type_repr(e),
                    type_name(&inst)
                )));
            }
            return Ok(inst);
        }
    } else if is_subclass(&class_of(e), &base) {
        return Ok(e.clone());
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// `except T:` matching, with CPython's check that T is an exception class.
pub fn exception_matches(_vm: &mut Vm, e: &Value, t: &Value) -> PyResult<bool> {
    let base = exc(ExcKind::BaseException);
    let check = |c: &Value| -> PyResult<bool> {
        if type_data(c).is_none() || !is_subclass(c, &base) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(is_subclass(&class_of(e), c))
    };
    if let Some(items) = as_tuple(t) {
        let mut any = false;
        for c in items {
            any |= check(c)?;
        }
        return Ok(any);
    }
    check(t)
}
