//! Small built-in types: range, slice, property, staticmethod, classmethod,
//! super, the iterator types (enumerate, zip, map, filter, reversed),
//! generators' methods, and `dir()`.

use crate::vm::args::{Args, NativeFn};
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::cell::Slot;
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::generator_ops::{self, as_generator, SendResult};
use crate::vm::types::int::{is_int_like, new_int};
use crate::vm::types::iter::{new_iter, IterState};
use crate::vm::types::list::new_list;
use crate::vm::types::range::RangeData;
use crate::vm::types::registry::{exc, none, types, ExcKind};
use crate::vm::types::str::{as_str, new_str};
use crate::vm::types::typeobj::{class_of, is_subclass, lookup, type_data, type_name};
use crate::vm::value::Value;

/// A read-only property whose getter is a native function (getset descriptor).
pub fn new_getter(name: &'static str, f: NativeFn) -> Value {
    let g = new_builtin(name, f, BuiltinKind::Function, None);
    heap::alloc_immortal(
        Some(types().property.clone()),
        Payload::Property(Box::new([Slot::with(g), Slot::empty(), Slot::empty(), Slot::empty()])),
    )
}

fn range_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("range")?;
    let p = &a.pos()[1..];
    let idx = |vm: &mut Vm, v: &Value| ops::index(vm, v);
    let (start, stop, step) = match p.len() {
        1 => (new_int(0), idx(vm, &p[0])?, new_int(1)),
        2 => (idx(vm, &p[0])?, idx(vm, &p[1])?, new_int(1)),
        3 => (idx(vm, &p[0])?, idx(vm, &p[1])?, idx(vm, &p[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.as_small_int() == Some(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(heap::alloc(types().range.clone(), Payload::Range(RangeData { start, stop, step })))
}

fn slice_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("slice")?;
    let p = &a.pos()[1..];
    let (s, e, st) = match p.len() {
        1 => (none(), p[0].clone(), none()),
        2 => (p[0].clone(), p[1].clone(), none()),
        3 => (p[0].clone(), p[1].clone(), p[2].clone()),
        n => return Err(type_error(format!("slice expected at {} 1 argument{}, got {n}", if n == 0 { "least" } else { "most" }, if n == 0 { "" } else { "s" }))),
    };
    Ok(crate::vm::types::slice::new_slice(s, e, st))
}

/// `slice.indices(length)`: (start, stop, step) clipped to a sequence of `length`.
fn slice_indices(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("indices", 2)?;
    let Some(Payload::Slice(s)) = v[0].as_obj().map(|o| &o.payload) else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = ops::index_value(vm, &v[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = crate::vm::types::slice::indices(vm, s, n as usize)?;
    Ok(crate::vm::types::tuple::new_tuple(vec![new_int(start), new_int(stop), new_int(step)]))
}

/// Slices compare like the tuples (start, stop, step).
fn slice_cmp(vm: &mut Vm, a: Args, op: crate::compiler::bytecode::CmpOp) -> PyResult<Value> {
    let v = a.exact("__eq__", 2)?;
    let as_tuple = |x: &Value| match x.as_obj().map(|o| &o.payload) {
        Some(Payload::Slice(s)) => Some(crate::vm::types::tuple::new_tuple(s.to_vec())),
        _ => None,
    };
    match (as_tuple(&v[0]), as_tuple(&v[1])) {
        (Some(x), Some(y)) => ops::compare(vm, &x, &y, op),
        _ => Ok(crate::vm::types::registry::not_implemented()),
    }
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the singletons.
fn singleton_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let s = crate::vm::types::registry::singletons();
    let v = [&s.none, &s.ellipsis, &s.not_implemented].into_iter().find(|v| class_of(v).is(cls)).cloned().unwrap_or_else(none);
    if a.args.len() > 1 {
        return Err(type_error(format!("{} takes no arguments", type_name(&v))));
    }
    Ok(v)
}

/// `ModuleType(name, doc=None)`: `__new__` makes an empty module of the
/// (possibly subclassed) class, `__init__` fills in the standard names.
fn module_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let dict = crate::vm::types::module::new_dict_value();
    Ok(heap::alloc(cls, Payload::Module(crate::vm::types::module::ModuleData { dict })))
}

fn module_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.args[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [name, doc] = rest.bind("module", ["name", "doc"], 1)?;
    let name = name.unwrap();
    if as_str(&name).is_none() {
        return Err(type_error(format!("module.__init__() argument 'name' must be str, not {}", type_name(&name))));
    }
    let m = crate::vm::types::module::as_module(&this).ok_or_else(|| type_error("module.__init__ needs a module"))?;
    let d = m.dict_data();
    use crate::vm::types::str::intern;
    d.set_str(intern("__name__"), name);
    d.set_str(intern("__doc__"), doc.unwrap_or_else(none));
    for n in ["__package__", "__loader__", "__spec__"] {
        d.set_str(intern(n), none());
    }
    Ok(none())
}

fn property_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    Ok(heap::alloc(cls, Payload::Property(Box::new([Slot::empty(), Slot::empty(), Slot::empty(), Slot::empty()]))))
}

fn property_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.args[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [fget, fset, fdel, doc] = rest.bind("property", ["fget", "fset", "fdel", "doc"], 0)?;
    if let Payload::Property(p) = &this.as_obj().unwrap().payload {
        let doc = match doc {
            Some(d) if !ops::is_none(&d) => Some(d),
            _ => match &fget {
                Some(g) if !ops::is_none(g) => crate::vm::protocols::getattr_opt(vm, g, "__doc__")?,
                _ => None,
            },
        };
        p[0].set(fget.filter(|v| !ops::is_none(v)));
        p[1].set(fset.filter(|v| !ops::is_none(v)));
        p[2].set(fdel.filter(|v| !ops::is_none(v)));
        p[3].set(doc);
    }
    Ok(none())
}

fn property_copy_with(vm: &mut Vm, a: Args, idx: usize) -> PyResult<Value> {
    let v = a.exact("property", 2)?;
    let Payload::Property(p) = &v[0].as_obj().unwrap().payload else { return Err(type_error("not a property")) };
    let cls = class_of(&v[0]);
    let mut parts: Vec<Value> = p.iter().map(|s| s.get().unwrap_or_else(none)).collect();
    parts[idx] = v[1].clone();
    crate::vm::call::call(vm, &cls, &parts, &[])
}
fn property_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    property_copy_with(vm, a, 0)
}
fn property_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    property_copy_with(vm, a, 1)
}
fn property_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    property_copy_with(vm, a, 2)
}
fn property_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.range("__get__", 2, 3)?;
    let obj = if ops::is_none(&v[1]) { None } else { Some(&v[1]) };
    crate::vm::protocols::bind_descriptor(vm, &v[0], obj, &class_of(&v[1]))
}
fn property_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__set__", 3)?;
    let Payload::Property(p) = &v[0].as_obj().unwrap().payload else { return Err(type_error("not a property")) };
    match p[1].get() {
        Some(f) => crate::vm::call::call(vm, &f, &[v[1].clone(), v[2].clone()], &[]),
        None => Err(crate::vm::errors::attribute_error("can't set attribute")),
    }
}

fn wrapper_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let f = a.pos().get(1).cloned();
    let payload = if is_subclass(&cls, &types().staticmethod) {
        Payload::StaticMethod(Slot::new(f))
    } else {
        Payload::ClassMethod(Slot::new(f))
    };
    Ok(heap::alloc(cls, payload))
}

fn wrapper_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("{} expected 1 argument, got {}", type_name(&p[0]), p.len() - 1)));
    }
    Ok(none())
}

fn super_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = &a.pos()[1..];
    if p.is_empty() {
        return Err(crate::vm::errors::runtime_error("super(): no arguments"));
    }
    let t = p[0].clone();
    if type_data(&t).is_none() {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(&t))));
    }
    let obj = p.get(1).cloned().unwrap_or_else(none);
    let obj_type = if ops::is_none(&obj) {
        none()
    } else if type_data(&obj).is_some() && is_subclass(&obj, &t) {
        obj.clone()
    } else if is_subclass(&class_of(&obj), &t) {
        class_of(&obj)
    } else {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(heap::alloc(types().super_.clone(), Payload::Super(Box::new([t, obj, obj_type]))))
}

fn super_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(none())
}

/// Attribute lookup on a super object: search the MRO after `__thisclass__`.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &str) -> PyResult<Option<Value>> {
    let Payload::Super(s) = &sup.as_obj().unwrap().payload else { return Ok(None) };
    let (this, obj, obj_type) = (&s[0], &s[1], &s[2]);
    if name == "__class__" || ops::is_none(obj_type) {
        return Ok(None);
    }
    let mro = type_data(obj_type).unwrap().mro().to_vec();
    let start = mro.iter().position(|c| c.is(this)).map(|i| i + 1).unwrap_or(mro.len());
    for c in &mro[start..] {
        if let Some(v) = type_data(c).unwrap().dict_data().get_str(name) {
            let inst = if obj.is(obj_type) { None } else { Some(obj) };
            return crate::vm::protocols::bind_descriptor(vm, &v, inst, obj_type).map(Some);
        }
    }
    Ok(None)
}

fn iter_new(vm: &mut Vm, a: Args, make: fn(&mut Vm, &[Value], &Args) -> PyResult<IterState>) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let st = make(vm, &a.pos()[1..], &a)?;
    Ok(new_iter(cls, st))
}

fn enumerate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    iter_new(vm, a, |vm, _, a| {
        let rest = Args::with_kw(&a.args[1..], a.kwnames);
        let [it, start] = rest.bind("enumerate", ["iterable", "start"], 1)?;
        let it = ops::iter(vm, &it.unwrap())?;
        let count = match start {
            Some(s) if is_int_like(&s) => s,
            Some(s) => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&s)))),
            None => new_int(0),
        };
        Ok(IterState::Enumerate { it, count })
    })
}

fn zip_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    iter_new(vm, a, |vm, pos, a| {
        let mut strict = false;
        for (k, v) in a.kw() {
            if k == "strict" {
                strict = ops::truthy(vm, v)?;
            } else {
                return Err(type_error(format!("zip() got an unexpected keyword argument '{k}'")));
            }
        }
        let mut its = Vec::new();
        // 3.11 reports the plain iter() error ("'int' object is not iterable").
        for p in pos.iter() {
            its.push(ops::iter(vm, p)?);
        }
        Ok(IterState::Zip { its, strict })
    })
}

fn map_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    iter_new(vm, a, |vm, pos, a| {
        a.no_kw("map")?;
        if pos.len() < 2 {
            return Err(type_error("map() must have at least two arguments."));
        }
        let mut its = Vec::new();
        for p in &pos[1..] {
            its.push(ops::iter(vm, p)?);
        }
        Ok(IterState::Map { func: pos[0].clone(), its })
    })
}

fn filter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    iter_new(vm, a, |vm, pos, a| {
        a.no_kw("filter")?;
        if pos.len() != 2 {
            return Err(type_error(format!("filter expected 2 arguments, got {}", pos.len())));
        }
        Ok(IterState::Filter { func: pos[0].clone(), it: ops::iter(vm, &pos[1])? })
    })
}

fn reversed_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("reversed")?;
    let pos = &a.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = pos[0].clone();
    if let Some(r) = lookup(&class_of(&seq), "__reversed__") {
        if !ops::is_none(&r) {
            return crate::vm::call::call_unbound(vm, &r, &seq, &[]);
        }
    }
    if let Some(Payload::Dict(d)) = seq.as_obj().map(|o| &o.payload) {
        let items: Vec<Value> = d.keys().into_iter().rev().collect();
        return Ok(new_iter(types().reversed.clone(), IterState::Seq { seq: crate::vm::types::tuple::new_tuple(items), pos: 0 }));
    }
    if lookup(&class_of(&seq), "__getitem__").is_none() || matches!(seq.as_obj().map(|o| &o.payload), Some(Payload::Set(_))) {
        return Err(type_error(format!("'{}' object is not reversible", type_name(&seq))));
    }
    let n = ops::len(vm, &seq)? as i64;
    Ok(new_iter(types().reversed.clone(), IterState::Reversed { seq, next: n - 1 }))
}

fn iter_self(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.args[0].clone())
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = &a.args[0];
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(crate::vm::errors::stop_iteration(None)),
    }
}

fn iter_length_hint(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_int(crate::vm::types::iter::length_hint(&a.args[0]).unwrap_or(0) as i64))
}

fn gen_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("send", 2)?;
    match generator_ops::resume(vm, &v[0], v[1].clone(), None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_with(r)),
    }
}

fn stop_with(r: Value) -> crate::vm::errors::PyErr {
    if ops::is_none(&r) { crate::vm::errors::stop_iteration(None) } else { crate::vm::errors::stop_iteration(Some(r)) }
}

fn gen_next_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = &a.args[0];
    match generator_ops::resume(vm, g, none(), None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_with(r)),
    }
}

fn gen_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("throw", 2, 4)?;
    let mut e = p[1].clone();
    if type_data(&e).is_some() {
        let args: Vec<Value> = p.get(2).filter(|v| !ops::is_none(v)).cloned().into_iter().collect();
        e = crate::vm::call::call(vm, &e, &args, &[])?;
    } else if !is_subclass(&class_of(&e), &exc(ExcKind::BaseException)) {
        return Err(type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &type_name(&e)));
    }
    if let Some(tb) = p.get(3).filter(|v| !ops::is_none(v)) {
        if let Some(ed) = crate::vm::types::exception::as_exception(&e) {
            ed.traceback.set(Some(tb.clone()));
        }
    }
    match generator_ops::resume(vm, &p[0], none(), Some(crate::vm::errors::PyErr::new(e)))? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_with(r)),
    }
}

fn gen_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    generator_ops::close(vm, &a.args[0])
}

fn function_get(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("__get__", 2, 3)?;
    if ops::is_none(&p[1]) {
        return Ok(p[0].clone());
    }
    Ok(crate::vm::types::function::new_method(p[0].clone(), p[1].clone()))
}

/// dir(obj): sorted attribute names from the instance dict and the class MRO.
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &Value| {
        if let Some(Payload::Dict(dd)) = d.as_obj().map(|o| &o.payload) {
            for k in dd.keys() {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    };
    if let Some(d) = crate::vm::types::special_attrs::instance_dict(v) {
        add_dict(&d);
    }
    let classes: Vec<Value> = match type_data(v) {
        Some(t) => t.mro().to_vec(),
        None => type_data(&class_of(v)).unwrap().mro().to_vec(),
    };
    if crate::vm::types::module::as_module(v).is_none() {
        for c in &classes {
            add_dict(&type_data(c).unwrap().dict);
        }
    }
    let _ = vm;
    // `__class__` is a descriptor on object in CPython (ours is computed).
    names.push("__class__".into());
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(|s| new_str(&s)).collect()))
}

/// Bound methods are equal when they wrap the same function and the same
/// receiver (identity of `__self__`, as in CPython 3.8+).
fn method_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__eq__", 2)?;
    match (v[0].as_obj().map(|o| &o.payload), v[1].as_obj().map(|o| &o.payload)) {
        (Some(Payload::Method(f1, s1)), Some(Payload::Method(f2, s2))) => Ok(crate::vm::types::registry::py_bool(f1.is(f2) && s1.is(s2))),
        _ => Ok(crate::vm::types::registry::not_implemented()),
    }
}

fn method_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__hash__", 1)?;
    match v[0].as_obj().map(|o| &o.payload) {
        Some(Payload::Method(f, s)) => {
            let h = ops::hash(vm, f)? ^ ops::identity_hash(s);
            Ok(crate::vm::types::int::new_int(if h == -1 { -2 } else { h }))
        }
        _ => Ok(crate::vm::types::int::new_int(ops::identity_hash(&v[0]))),
    }
}

pub fn register() {
    let t = types();
    method(&t.method, "__eq__", method_eq);
    method(&t.method, "__hash__", method_hash);
    static_method(&t.range, "__new__", range_new);
    static_method(&t.slice, "__new__", slice_new);
    static_method(&t.module, "__new__", module_new);
    for c in [&t.none_type, &t.ellipsis_type, &t.notimplemented_type] {
        static_method(c, "__new__", singleton_new);
    }
    method(&t.module, "__init__", module_init);
    method(&t.slice, "indices", slice_indices);
    {
        use crate::compiler::bytecode::CmpOp;
        method(&t.slice, "__eq__", |vm, a| slice_cmp(vm, a, CmpOp::Eq));
        method(&t.slice, "__ne__", |vm, a| slice_cmp(vm, a, CmpOp::Ne));
        method(&t.slice, "__lt__", |vm, a| slice_cmp(vm, a, CmpOp::Lt));
        method(&t.slice, "__le__", |vm, a| slice_cmp(vm, a, CmpOp::Le));
        method(&t.slice, "__gt__", |vm, a| slice_cmp(vm, a, CmpOp::Gt));
        method(&t.slice, "__ge__", |vm, a| slice_cmp(vm, a, CmpOp::Ge));
        crate::vm::builtins_registry::attr(&t.slice, "__hash__", none());
    }
    static_method(&t.property, "__new__", property_new);
    method(&t.property, "__init__", property_init);
    method(&t.property, "getter", property_getter);
    method(&t.property, "setter", property_setter);
    method(&t.property, "deleter", property_deleter);
    method(&t.property, "__get__", property_get);
    method(&t.property, "__set__", property_set);
    for c in [&t.staticmethod, &t.classmethod] {
        static_method(c, "__new__", wrapper_new);
        method(c, "__init__", wrapper_init);
    }
    static_method(&t.super_, "__new__", super_new);
    method(&t.super_, "__init__", super_init);
    static_method(&t.enumerate, "__new__", enumerate_new);
    static_method(&t.zip, "__new__", zip_new);
    static_method(&t.map, "__new__", map_new);
    static_method(&t.filter, "__new__", filter_new);
    static_method(&t.reversed, "__new__", reversed_new);
    for c in [&t.iterator, &t.enumerate, &t.zip, &t.map, &t.filter, &t.reversed] {
        method(c, "__iter__", iter_self);
        method(c, "__next__", iter_next);
        method(c, "__length_hint__", iter_length_hint);
    }
    method(&t.generator, "__iter__", iter_self);
    method(&t.generator, "__next__", gen_next_m);
    method(&t.generator, "send", gen_send);
    method(&t.generator, "throw", gen_throw);
    method(&t.generator, "close", gen_close);
    method(&t.function, "__get__", function_get);
    for c in [&t.function, &t.builtin_function, &t.method] {
        method(c, "__call__", call_self);
    }
    let _ = as_generator;
}

/// `f.__call__(...)` for functions, built-ins and bound methods (calls
/// themselves dispatch on the payload and never look this up). Like
/// CPython's method-wrapper it takes a recursion level.
fn call_self(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some((f, rest)) = a.args.split_first() else {
        return Err(crate::vm::errors::type_error("descriptor '__call__' needs an argument"));
    };
    crate::vm::recursion::nested(vm, crate::vm::recursion::CALL, |vm| crate::vm::call::call(vm, f, rest, a.kwnames))
}
