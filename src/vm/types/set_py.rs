//! Python-visible methods of `set` and `frozenset`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::registry::{none, types};
use crate::vm::types::set::{as_set, update_from, SetData};
use crate::vm::value::Value;

fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let data = SetData::new();
    if cls.is(&types().frozenset) || crate::vm::types::typeobj::is_subclass(&cls, &types().frozenset) {
        a.no_kw("frozenset")?;
        if let Some(it) = a.pos().get(1) {
            update_from(vm, &data, it)?;
        }
    }
    Ok(heap::alloc(cls, Payload::Set(data)))
}

fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("set")?;
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let s = as_set(&pos[0]).ok_or_else(|| type_error("set.__init__ needs a set"))?;
    s.clear();
    if let Some(it) = pos.get(1) {
        update_from(vm, s, it)?;
    }
    Ok(none())
}

fn set_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("set.add", 2)?;
    check_mutable(&v[0], "set.add")?;
    as_set(&v[0]).ok_or_else(|| type_error("set.add needs a set"))?.add(vm, v[1].clone())?;
    Ok(none())
}

pub fn register() {
    let s = &types().set;
    static_method(s, "__new__", set_new);
    method(s, "__init__", set_init);
    method(s, "add", set_add);
    static_method(&types().frozenset, "__new__", set_new);
}
