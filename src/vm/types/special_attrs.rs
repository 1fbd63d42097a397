//! Attributes that built-in objects expose from their Rust data
//! (`__class__`, `__dict__`, `__name__`, `__defaults__`, `args`, `real`, ...),
//! the equivalent of CPython's getset and member descriptors.

use crate::vm::errors::{attribute_error, type_error, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::new_float;
use crate::vm::types::int::{new_int, to_bigint};
use crate::vm::types::module::new_dict_value;
use crate::vm::types::registry::{none, py_bool, types};
use crate::vm::types::str::{as_str, new_str};
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of, tflags, type_data};
use crate::vm::value::Value;

fn slot_or_none(s: &crate::vm::cell::Slot) -> Value {
    s.get().unwrap_or_else(none)
}

/// The `__dict__` of an object, creating it if the class allows one.
pub fn instance_dict(obj: &Value) -> Option<Value> {
    let o = obj.as_obj()?;
    if let Payload::Module(m) = &o.payload {
        return Some(m.dict.clone());
    }
    if let Payload::Type(t) = &o.payload {
        return Some(t.dict.clone());
    }
    let cls = class_of(obj);
    let has_dict = crate::vm::types::typeobj_ops::instances_have_dict(&cls, o);
    if let (Payload::Exception(_), Some(d)) = (&o.payload, o.dict.get()) {
        return Some(exception_visible_dict(obj, &d));
    }
    if let Some(d) = o.dict.get() {
        if !has_dict {
            // __slots__ values share the attribute storage; there is no __dict__.
            return None;
        }
        let slots = crate::vm::types::member_descr::slot_names(&cls);
        let dd = crate::vm::types::dict_methods::as_dict(&d);
        if let Some(dd) = dd.filter(|dd| slots.iter().any(|s| dd.get_str(s).is_some())) {
            // Slots plus __dict__: show only the non-slot attributes.
            let copy = new_dict_value();
            let cd = crate::vm::types::dict_methods::as_dict(&copy).unwrap();
            for (k, v) in dd.items() {
                if !as_str(&k).is_some_and(|s| slots.iter().any(|x| x == s)) {
                    cd.set_str(k, v);
                }
            }
            return Some(copy);
        }
        return Some(d);
    }
    if !has_dict {
        return None;
    }
    let d = new_dict_value();
    o.dict.set(Some(d.clone()));
    Some(d)
}

/// Exception fields CPython keeps in C members (`errno`, `name`, `value`,
/// `msg`, ...) live in our instance dict; `__dict__` must not show them.
fn exc_members(cls: &Value) -> Vec<&'static str> {
    use crate::vm::types::registry::{exc, ExcKind};
    let is = |k: ExcKind| crate::vm::types::typeobj::is_subclass(cls, &exc(k));
    let mut m: Vec<&'static str> = Vec::new();
    if is(ExcKind::OSError) {
        m.extend(["errno", "strerror", "filename", "filename2", "characters_written"]);
    }
    if is(ExcKind::NameError) {
        m.push("name");
    }
    if is(ExcKind::AttributeError) {
        m.extend(["name", "obj"]);
    }
    if is(ExcKind::ImportError) {
        m.extend(["msg", "name", "path"]);
    }
    if is(ExcKind::StopIteration) || is(ExcKind::StopAsyncIteration) {
        m.push("value");
    }
    if is(ExcKind::SystemExit) {
        m.push("code");
    }
    if is(ExcKind::SyntaxError) {
        m.extend(["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]);
    }
    if is(ExcKind::UnicodeError) {
        m.extend(["encoding", "object", "start", "end", "reason"]);
    }
    m
}

fn exception_visible_dict(obj: &Value, d: &Value) -> Value {
    let Some(dd) = crate::vm::types::dict_methods::as_dict(d) else { return d.clone() };
    let members = exc_members(&class_of(obj));
    let hidden = |k: &Value| as_str(k).is_some_and(|s| members.contains(&s));
    if !dd.keys().iter().any(hidden) {
        return d.clone();
    }
    let copy = new_dict_value();
    let cd = crate::vm::types::dict_methods::as_dict(&copy).unwrap();
    for (k, v) in dd.items() {
        if !hidden(&k) {
            cd.set_str(k, v);
        }
    }
    copy
}

pub fn get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let _ = vm;
    if name == "__class__" {
        return Ok(Some(class_of(obj)));
    }
    let Some(o) = obj.as_obj() else {
        return Ok(int_attr(obj, name));
    };
    if name == "__dict__" {
        if let Payload::Type(t) = &o.payload {
            // A class's namespace is only exposed read-only.
            return Ok(Some(crate::vm::types::mappingproxy::new_mappingproxy(t.dict.clone())));
        }
        return Ok(instance_dict(obj));
    }
    Ok(match &o.payload {
        Payload::Type(t) => match name {
            "__name__" => t.name.get(),
            "__qualname__" => t.qualname.get(),
            "__bases__" => t.bases.get(),
            "__base__" => Some(t.bases().first().cloned().unwrap_or_else(none)),
            "__mro__" => t.mro.get(),
            "__module__" => Some(t.dict_data().get_str("__module__").unwrap_or_else(|| new_str("builtins"))),
            "__doc__" => Some(t.dict_data().get_str("__doc__").unwrap_or_else(none)),
            "__flags__" => Some(new_int(if t.has_flag(tflags::HEAPTYPE) { 1 << 9 } else { 0 })),
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => f.name.get(),
            "__qualname__" => f.qualname.get(),
            "__defaults__" => Some(f.defaults.get().unwrap_or_else(none)),
            "__kwdefaults__" => Some(f.kwdefaults.get().unwrap_or_else(none)),
            "__code__" => Some(f.code.clone()),
            "__globals__" => Some(f.globals.clone()),
            "__closure__" => Some(if f.closure.is_empty() { none() } else { new_tuple(f.closure.to_vec()) }),
            "__doc__" => Some(slot_or_none(&f.doc)),
            "__module__" => Some(slot_or_none(&f.module)),
            "__annotations__" => Some(match f.annotations.get() {
                Some(a) => a,
                None => {
                    let d = new_dict_value();
                    f.annotations.set(Some(d.clone()));
                    d
                }
            }),
            "__builtins__" => Some(crate::vm::import::builtins_dict()),
            _ => None,
        },
        Payload::Method(f, s) => match name {
            "__self__" => Some(s.clone()),
            "__func__" => Some(f.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                return crate::vm::protocols::getattr_str(vm, f, name).map(Some);
            }
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(new_str(b.name)),
            "__qualname__" => Some(new_str(&match &b.owner {
                Some(ow) => format!("{}.{}", type_data(ow).map(|t| t.name()).unwrap_or("?"), b.name),
                None => b.name.to_string(),
            })),
            "__self__" => Some(b.bound.clone().unwrap_or_else(none)),
            "__doc__" => Some(b.doc.map(new_str).unwrap_or_else(none)),
            "__module__" => Some(if b.owner.is_none() { new_str("builtins") } else { none() }),
            _ => None,
        },
        Payload::Exception(e) => match name {
            "args" => e.args.get(),
            "__traceback__" => Some(slot_or_none(&e.traceback)),
            "__cause__" => Some(slot_or_none(&e.cause)),
            "__context__" => Some(slot_or_none(&e.context)),
            "__suppress_context__" => Some(py_bool(e.suppress_context())),
            _ => derived_exc_attr(obj, o, e, name),
        },
        Payload::Generator(g) => match name {
            "__name__" => g.name.get(),
            "__qualname__" => g.qualname.get(),
            "gi_running" => Some(py_bool(g.is_running())),
            "gi_code" => g.frame_ref().map(|f| f.code.clone()).or_else(|| Some(none())),
            "gi_frame" => Some(none()),
            _ => None,
        },
        Payload::Code(c) => match name {
            "co_name" => Some(c.name.clone()),
            "co_qualname" => Some(c.qualname.clone()),
            "co_filename" => Some(c.filename.clone()),
            "co_firstlineno" => Some(new_int(c.code.first_line as i64)),
            "co_argcount" => Some(new_int(c.code.argcount as i64)),
            "co_posonlyargcount" => Some(new_int(c.code.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(new_int(c.code.kwonlyargcount as i64)),
            "co_nlocals" => Some(new_int(c.code.varnames.len() as i64)),
            "co_varnames" => Some(new_tuple(c.varnames.to_vec())),
            "co_names" => Some(new_tuple(c.names.to_vec())),
            "co_consts" => Some(new_tuple(c.consts.to_vec())),
            "co_flags" => Some(new_int(c.code.flags as i64)),
            "co_freevars" => Some(new_tuple(c.code.freevars.iter().map(|s| new_str(s)).collect())),
            "co_cellvars" => Some(new_tuple(c.code.cellvars.iter().map(|s| new_str(s)).collect())),
            _ => None,
        },
        Payload::Range(r) => match name {
            "start" => Some(r.start.clone()),
            "stop" => Some(r.stop.clone()),
            "step" => Some(r.step.clone()),
            _ => None,
        },
        Payload::Slice(s) => match name {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        Payload::Complex(r, i) => match name {
            "real" => Some(new_float(*r)),
            "imag" => Some(new_float(*i)),
            _ => None,
        },
        Payload::Float(f) => match name {
            "real" => Some(new_float(*f)),
            "imag" => Some(new_float(0.0)),
            _ => None,
        },
        Payload::Int(_) | Payload::Bool(_) => int_attr(obj, name),
        Payload::Property(p) => match name {
            "fget" => Some(slot_or_none(&p[0])),
            "fset" => Some(slot_or_none(&p[1])),
            "fdel" => Some(slot_or_none(&p[2])),
            "__doc__" => Some(slot_or_none(&p[3])),
            "__isabstractmethod__" => Some(py_bool(false)),
            _ => None,
        },
        Payload::StaticMethod(s) | Payload::ClassMethod(s) => match name {
            "__func__" | "__wrapped__" => Some(slot_or_none(s)),
            "__isabstractmethod__" => Some(py_bool(false)),
            _ => None,
        },
        Payload::Cell(s) => match name {
            "cell_contents" => Some(s.get().ok_or_else(|| crate::vm::errors::value_error("Cell is empty"))?),
            _ => None,
        },
        Payload::Traceback(t) => match name {
            "tb_lineno" => Some(new_int(t.lineno as i64)),
            "tb_lasti" => Some(new_int(t.lasti as i64 * 2)),
            "tb_next" => Some(slot_or_none(&t.next)),
            "tb_frame" => Some(frame_snapshot(t)),
            _ => None,
        },
        Payload::Super(s) => match name {
            "__thisclass__" => Some(s[0].clone()),
            "__self__" => Some(s[1].clone()),
            "__self_class__" => Some(s[2].clone()),
            _ => None,
        },
        _ => None,
    })
}

/// Attributes CPython's exception `__init__` derives from the arguments
/// (`StopIteration.value`, `SystemExit.code`, `NameError.name`, ...), for
/// instances created without running `__init__` (raised by the VM itself).
/// A value stored in the instance dict wins.
fn derived_exc_attr(obj: &Value, o: &crate::vm::object::Obj, e: &crate::vm::types::exception::ExcData, name: &str) -> Option<Value> {
    use crate::vm::types::registry::{exc, ExcKind};
    use crate::vm::types::typeobj::is_subclass;
    if !matches!(name, "value" | "code" | "name" | "obj" | "msg" | "path") {
        return None;
    }
    if let Some(d) = o.dict.get_ref() {
        if let Payload::Dict(dd) = &d.as_obj()?.payload {
            if let Some(v) = dd.get_str(name) {
                return Some(v);
            }
        }
    }
    let cls = class_of(obj);
    let is = |k: ExcKind| is_subclass(&cls, &exc(k));
    let args = e.args_vec();
    let first = || args.first().cloned().unwrap_or_else(none);
    match name {
        "value" if is(ExcKind::StopIteration) || is(ExcKind::StopAsyncIteration) => Some(first()),
        "code" if is(ExcKind::SystemExit) => Some(if args.len() > 1 { new_tuple(args.clone()) } else { first() }),
        "name" if is(ExcKind::NameError) || is(ExcKind::AttributeError) || is(ExcKind::ImportError) => Some(none()),
        "obj" if is(ExcKind::AttributeError) => Some(none()),
        "msg" if is(ExcKind::ImportError) => Some(first()),
        "path" if is(ExcKind::ImportError) => Some(none()),
        _ => None,
    }
}

/// `tb.tb_frame`: frames are not objects in this VM, so a traceback entry
/// gives a snapshot with the frame attributes it knows (`f_code`,
/// `f_lineno`, `f_globals`, `f_lasti`).
fn frame_snapshot(t: &crate::vm::types::traceback::TbData) -> Value {
    let f = crate::vm::heap::alloc(types().frame.clone(), Payload::Object);
    let d = new_dict_value();
    if let Some(dd) = crate::vm::types::dict_methods::as_dict(&d) {
        use crate::vm::types::str::intern;
        dd.set_str(intern("f_code"), t.code.clone());
        dd.set_str(intern("f_lineno"), new_int(t.lineno as i64));
        dd.set_str(intern("f_lasti"), new_int(t.lasti as i64 * 2));
        dd.set_str(intern("f_globals"), t.globals.clone().unwrap_or_else(new_dict_value));
        dd.set_str(intern("f_locals"), new_dict_value());
        dd.set_str(intern("f_back"), none());
        dd.set_str(intern("f_builtins"), crate::vm::import::builtins_dict());
    }
    f.as_obj().unwrap().dict.set(Some(d));
    f
}

fn int_attr(v: &Value, name: &str) -> Option<Value> {
    match name {
        "real" | "numerator" => Some(crate::vm::types::int::new_int_big(to_bigint(v)?)),
        "imag" => Some(new_int(0)),
        "denominator" => Some(new_int(1)),
        _ => None,
    }
}

/// Set (Some) or delete (None) a built-in attribute. Returns false if
/// `name` is not one of them.
pub fn set(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<bool> {
    let _ = vm;
    let Some(o) = obj.as_obj() else { return Ok(false) };
    if name == "__class__" {
        let v = value.ok_or_else(|| type_error("can't delete __class__ attribute"))?;
        if type_data(&v).is_none() {
            return Err(type_error(format!("__class__ must be set to a class, not '{}' object", crate::vm::types::typeobj::type_name(&v))));
        }
        let old = class_of(obj);
        let ok = type_data(&old).is_some_and(|t| t.has_flag(tflags::HEAPTYPE))
            && type_data(&v).is_some_and(|t| t.has_flag(tflags::HEAPTYPE) && t.kind == type_data(&old).unwrap().kind);
        if !ok {
            return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        o.class.set(Some(v));
        return Ok(true);
    }
    if name == "__dict__" && !matches!(o.payload, Payload::Type(_) | Payload::Module(_)) {
        let v = value.ok_or_else(|| type_error("cannot delete __dict__"))?;
        if !matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Dict(_))) {
            return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", crate::vm::types::typeobj::type_name(&v))));
        }
        o.dict.set(Some(v));
        return Ok(true);
    }
    match &o.payload {
        Payload::Type(t) => match name {
            "__name__" => {
                let v = value.ok_or_else(|| type_error("cannot delete '__name__' attribute of immutable type"))?;
                if as_str(&v).is_none() {
                    return Err(type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), crate::vm::types::typeobj::type_name(&v))));
                }
                t.name.set(Some(v));
                Ok(true)
            }
            "__qualname__" => {
                t.qualname.set(value);
                Ok(true)
            }
            "__bases__" | "__mro__" => Err(type_error("changing __bases__ is not supported")),
            _ => Ok(false),
        },
        Payload::Function(f) => {
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                "__doc__" => &f.doc,
                "__module__" => &f.module,
                "__annotations__" => &f.annotations,
                "__code__" | "__globals__" | "__closure__" => {
                    return Err(attribute_error("readonly attribute"));
                }
                _ => return Ok(false),
            };
            if matches!(name, "__name__" | "__qualname__") {
                match &value {
                    Some(v) if as_str(v).is_some() => {}
                    _ => return Err(type_error(format!("{name} must be set to a string object"))),
                }
            }
            let value = match (name, value) {
                ("__defaults__", Some(v)) if ops::is_none(&v) => None,
                (_, v) => v,
            };
            slot.set(value);
            Ok(true)
        }
        Payload::Exception(e) => {
            match name {
                "args" => {
                    let v = value.ok_or_else(|| type_error("args may not be deleted"))?;
                    let t = match as_tuple(&v) {
                        Some(_) => v,
                        None => new_tuple(ops::collect(vm, &v)?),
                    };
                    e.args.set(Some(t));
                }
                "__traceback__" => {
                    let v = value.unwrap_or_else(none);
                    if !ops::is_none(&v) && !matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Traceback(_))) {
                        return Err(type_error("__traceback__ must be a traceback or None"));
                    }
                    e.traceback.set(if ops::is_none(&v) { None } else { Some(v) });
                }
                "__cause__" => {
                    let v = value.unwrap_or_else(none);
                    if !ops::is_none(&v) && as_exception_value(&v).is_none() {
                        return Err(type_error("exception cause must be None or derive from BaseException"));
                    }
                    e.cause.set(if ops::is_none(&v) { None } else { Some(v) });
                    e.set_suppress_context(true);
                }
                "__context__" => {
                    let v = value.unwrap_or_else(none);
                    e.context.set(if ops::is_none(&v) { None } else { Some(v) });
                }
                "__suppress_context__" => {
                    let v = value.unwrap_or_else(none);
                    let b = ops::truthy(vm, &v)?;
                    e.set_suppress_context(b);
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        Payload::Property(_) | Payload::Range(_) | Payload::Slice(_) | Payload::Complex(..) | Payload::Float(_) | Payload::Code(_)
            if get(vm, obj, name)?.is_some() =>
        {
            Err(attribute_error(format!("readonly attribute")))
        }
        Payload::Cell(s) if name == "cell_contents" => {
            s.set(value);
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn as_exception_value(v: &Value) -> Option<&crate::vm::types::exception::ExcData> {
    crate::vm::types::exception::as_exception(v)
}
