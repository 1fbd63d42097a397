//! Python-visible behaviour of exceptions: `BaseException.__new__`,
//! `__init__`, `__str__`, `__repr__`, `with_traceback`, `add_note`.
//! Subclass-specific attributes live in `exception_subclasses.rs`.

use crate::vm::args::Args;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::exception::{as_exception, ExcData};
use crate::vm::types::list::{as_list, new_list};
use crate::vm::types::registry::none;
use crate::vm::types::str::{as_str, intern, new_string};
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{class_of, type_data, type_name};
use crate::vm::value::Value;

/// `BaseException.__new__(cls, *args)`.
pub fn exc_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let cls = pos.first().cloned().ok_or_else(|| type_error("BaseException.__new__(): not enough arguments"))?;
    if type_data(&cls).is_none() {
        return Err(type_error("BaseException.__new__(X): X is not a type object"));
    }
    let args = new_tuple(pos[1..].to_vec());
    Ok(heap::alloc(cls, Payload::Exception(Box::new(ExcData::new(args)))))
}

/// `BaseException.__init__(self, *args)`.
pub fn exc_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if let Some(e) = pos.first().and_then(as_exception) {
        if a.has_kw() {
            return Err(type_error(format!("{}() takes no keyword arguments", type_name(&pos[0]))));
        }
        e.args.set(Some(new_tuple(pos[1..].to_vec())));
    }
    Ok(none())
}

pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let args = as_exception(v).map(|e| e.args_vec()).unwrap_or_default();
    match args.len() {
        0 => Ok(String::new()),
        1 => ops::str_string(vm, &args[0]),
        _ => ops::repr_string(vm, &new_tuple(args)),
    }
}

pub fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let name = type_name(v);
    let args = as_exception(v).map(|e| e.args_vec()).unwrap_or_default();
    Ok(match args.len() {
        0 => format!("{name}()"),
        1 => format!("{name}({})", ops::repr_string(vm, &args[0])?),
        _ => format!("{name}{}", ops::repr_string(vm, &new_tuple(args))?),
    })
}

pub fn exc_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__str__", 1)?;
    exception_str(vm, &v[0]).map(new_string)
}

pub fn exc_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__repr__", 1)?;
    exception_repr(vm, &v[0]).map(new_string)
}

pub fn exc_with_traceback(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("with_traceback", 2)?;
    if let Some(e) = as_exception(&v[0]) {
        e.traceback.set(if ops::is_none(&v[1]) { None } else { Some(v[1].clone()) });
    }
    Ok(v[0].clone())
}

pub fn exc_add_note(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("add_note", 2)?;
    if as_str(&v[1]).is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", type_name(&v[1]))));
    }
    let notes = match crate::vm::protocols::getattr_opt(vm, &v[0], "__notes__")? {
        Some(n) => n,
        None => {
            let l = new_list(vec![]);
            crate::vm::protocols::setattr(vm, &v[0], &intern("__notes__"), l.clone())?;
            l
        }
    };
    match as_list(&notes) {
        Some(l) => l.push(v[1].clone()),
        None => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(none())
}

/// Store `name = val` in an exception instance's `__dict__` (fields the
/// VM fills in when it raises, e.g. `NameError.name`).
pub fn set_exc_attr(v: &Value, name: &str, val: Value) {
    if let Some(o) = v.as_obj() {
        let d = match o.dict.get() {
            Some(d) => d,
            None => {
                let d = crate::vm::types::module::new_dict_value();
                o.dict.set(Some(d.clone()));
                d
            }
        };
        if let Payload::Dict(dd) = &d.as_obj().unwrap().payload {
            dd.set_str(intern(name), val);
        }
    }
}

/// Record `name`/`obj` on an AttributeError (3.10+), used by suggestions.
pub fn set_attribute_error_context(exc_v: &Value, obj: &Value, name: &str) {
    if let Some(o) = exc_v.as_obj() {
        let d = crate::vm::types::module::new_dict_value();
        if let Payload::Dict(dd) = &d.as_obj().unwrap().payload {
            dd.set_str(intern("name"), crate::vm::types::str::new_str(name));
            dd.set_str(intern("obj"), obj.clone());
        }
        o.dict.set(Some(d));
    }
    let _ = class_of(exc_v);
}
