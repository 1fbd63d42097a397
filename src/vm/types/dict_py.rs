//! Python-visible methods of `dict`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict::DictData;
use crate::vm::types::dict_methods::{as_dict, dict_merge};
use crate::vm::types::list::new_list;
use crate::vm::types::registry::{none, types};
use crate::vm::types::str::intern;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;

fn dict_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    Ok(heap::alloc(cls, Payload::Dict(DictData::new())))
}

/// dict.update / dict.__init__ argument handling.
pub fn update_from_args(vm: &mut Vm, target: &Value, a: &Args, fname: &str) -> PyResult<()> {
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("{fname} expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(src) = pos.get(1) {
        if as_dict(src).is_some() || crate::vm::types::typeobj::lookup(&crate::vm::types::typeobj::class_of(src), "keys").is_some() {
            dict_merge(vm, target, src, false, || None)?;
        } else {
            let d = as_dict(target).unwrap();
            let it = ops::iter(vm, src)?;
            let mut n = 0;
            while let Some(item) = ops::next(vm, &it)? {
                let kv = ops::collect(vm, &item).map_err(|_| {
                    type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
                })?;
                if kv.len() != 2 {
                    return Err(crate::vm::errors::value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                let mut kv = kv.into_iter();
                let (k, v) = (kv.next().unwrap(), kv.next().unwrap());
                d.set(vm, k, v)?;
                n += 1;
            }
        }
    }
    let d = as_dict(target).unwrap();
    for (k, v) in a.kw() {
        d.set(vm, intern(k), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = a.args[0].clone();
    update_from_args(vm, &target, &a, "dict")?;
    Ok(none())
}

fn self_dict<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a DictData> {
    a.args.first().and_then(as_dict).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            a.args.first().map(type_name).unwrap_or_default()
        ))
    })
}

fn dict_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "get")?;
    let v = a.range("get", 2, 3)?;
    Ok(d.get(vm, &v[1])?.unwrap_or_else(|| v.get(2).cloned().unwrap_or_else(none)))
}

fn dict_keys(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_list(self_dict(&a, "keys")?.keys()))
}
fn dict_values(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_list(self_dict(&a, "values")?.values()))
}
fn dict_items(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_list(self_dict(&a, "items")?.items().into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect()))
}

pub fn register() {
    let d = &types().dict;
    static_method(d, "__new__", dict_new);
    method(d, "__init__", dict_init);
    method(d, "get", dict_get);
    method(d, "keys", dict_keys);
    method(d, "values", dict_values);
    method(d, "items", dict_items);
}
