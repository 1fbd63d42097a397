//! dict merging shared by `{**a}`, `f(**a)`, `|`, `|=` and `dict.update`.

use crate::vm::errors::{type_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict::DictData;
use crate::vm::types::module::new_dict_value;
use crate::vm::types::registry::ExcKind;
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

pub fn as_dict(v: &Value) -> Option<&DictData> {
    match &v.as_obj()?.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// Merge mapping `src` into dict `dst`. With `no_dups`, a repeated key is a
/// TypeError (keyword arguments); `func_name` names the callee then.
pub fn dict_merge(vm: &mut Vm, dst: &Value, src: &Value, no_dups: bool, func_name: impl Fn() -> Option<String>) -> PyResult<()> {
    let d = as_dict(dst).unwrap();
    let items: Vec<(Value, Value)> = if let (Some(s), true) = (as_dict(src), lookup(&class_of(src), "keys").is_none_or(|k| k.as_obj().unwrap().is_immortal())) {
        s.items()
    } else {
        let keys_m = lookup(&class_of(src), "keys").ok_or_else(|| {
            if no_dups {
                type_error(format!(
                    "{}argument after ** must be a mapping, not {}",
                    func_name().map(|n| format!("{n}() ")).unwrap_or_default(),
                    type_name(src)
                ))
            } else {
                type_error(format!("'{}' object is not a mapping", type_name(src)))
            }
        })?;
        let keys = crate::vm::call::call_unbound(vm, &keys_m, src, &[])?;
        let keys = ops::collect(vm, &keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = ops::getitem(vm, src, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in items {
        if no_dups {
            if crate::vm::types::str::as_str(&k).is_none() {
                // CPython raises this from the call itself, without the callee's name.
                return Err(type_error("keywords must be strings"));
            }
            if d.contains(vm, &k)? {
                return Err(PyErr::msg(
                    ExcKind::TypeError,
                    format!(
                        "{}got multiple values for keyword argument '{}'",
                        func_name().map(|n| format!("{n}() ")).unwrap_or_default(),
                        crate::vm::types::str::as_str(&k).unwrap_or("")
                    ),
                ));
            }
        }
        d.set(vm, k, v)?;
    }
    Ok(())
}

/// `a | b` for dicts.
pub fn dict_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = new_dict_value();
    dict_merge(vm, &r, a, false, || None)?;
    dict_merge(vm, &r, b, false, || None)?;
    Ok(r)
}
