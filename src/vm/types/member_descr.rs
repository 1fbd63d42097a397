//! `__slots__` member descriptors (`type(P.__dict__['x'])` is
//! `member_descriptor`). Objects have no fixed slot array: a slot's value
//! lives in the object's attribute storage under the slot name, and the
//! descriptor (a data descriptor) decides whether it may be read, written
//! or deleted, so `__slots__` classes reject other attribute names.

use crate::vm::args::Args;
use crate::vm::builtins_registry::method;
use crate::vm::errors::{attribute_error, type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::registry::{none, types};
use crate::vm::types::str::{intern, new_string};
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{alloc_type, type_data, type_name, BaseKind};
use crate::vm::value::Value;
use crate::vm::valgrind::OnceLock;

pub struct Member {
    pub name: String,
    /// Name of the class that declared the slot (for repr).
    pub owner: String,
}

impl NativeData for Member {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static MEMBER_TYPE: OnceLock<Value> = OnceLock::new();

fn member_type() -> &'static Value {
    MEMBER_TYPE.get_or_init(|| crate::vm::heap::permanent(|| {
        let dict = crate::vm::types::module::new_dict_value();
        let t = alloc_type(types().type_.clone(), "member_descriptor", vec![types().object.clone()], dict, BaseKind::Internal, 0, None, true);
        let mro = new_tuple(vec![t.clone(), types().object.clone()]);
        heap::make_immortal(&mro);
        type_data(&t).unwrap().mro.set(Some(mro));
        method(&t, "__repr__", member_repr);
        method(&t, "__get__", member_get_py);
        method(&t, "__set__", member_set_py);
        method(&t, "__delete__", member_delete_py);
        t
    }))
}

pub fn new_member(name: &str, owner: &str) -> Value {
    heap::alloc(member_type().clone(), Payload::Native(Box::new(Member { name: name.to_string(), owner: owner.to_string() })))
}

pub fn as_member(v: &Value) -> Option<&Member> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Member>(),
        _ => None,
    }
}

/// The slot's value on `obj`, or AttributeError when unset.
pub fn member_get(m: &Member, obj: &Value) -> PyResult<Value> {
    let v = obj.as_obj().and_then(|o| o.dict.get()).and_then(|d| as_dict(&d).and_then(|dd| dd.get_str(&m.name)));
    v.ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), m.name)))
}

/// Set (Some) or delete (None) the slot's value on `obj`.
pub fn member_set(m: &Member, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let o = obj.as_obj().ok_or_else(|| type_error("slot on a non-object"))?;
    let d = match o.dict.get() {
        Some(d) => d,
        None => {
            if value.is_none() {
                return Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), m.name)));
            }
            let d = crate::vm::types::module::new_dict_value();
            o.dict.set(Some(d.clone()));
            d
        }
    };
    let dd = as_dict(&d).ok_or_else(|| type_error("__dict__ is not a dict"))?;
    match value {
        Some(v) => dd.set_str(intern(&m.name), v),
        None => {
            if dd.remove_str(&m.name).is_none() {
                return Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), m.name)));
            }
        }
    }
    Ok(())
}

fn this(v: &Value) -> PyResult<&Member> {
    as_member(v).ok_or_else(|| type_error("descriptor requires a member_descriptor"))
}

fn member_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__repr__", 1)?;
    let m = this(&v[0])?;
    Ok(new_string(format!("<member '{}' of '{}' objects>", m.name, m.owner)))
}

fn member_get_py(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.range("__get__", 2, 3)?;
    if crate::vm::ops::is_none(&v[1]) {
        return Ok(v[0].clone());
    }
    member_get(this(&v[0])?, &v[1])
}

fn member_set_py(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__set__", 3)?;
    member_set(this(&v[0])?, &v[1], Some(v[2].clone()))?;
    Ok(none())
}

fn member_delete_py(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__delete__", 2)?;
    member_set(this(&v[0])?, &v[1], None)?;
    Ok(none())
}

/// Names declared in `__slots__` anywhere in `cls`'s MRO (for hiding them
/// from `__dict__` of classes that have both).
pub fn slot_names(cls: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = type_data(cls) {
        for c in t.mro() {
            if let Some(s) = type_data(c).and_then(|t| t.slots.as_ref()) {
                out.extend(s.iter().filter(|n| *n != "__dict__" && *n != "__weakref__").cloned());
            }
        }
    }
    out
}
