//! Runtime support for `match` statements (CPython 3.11's MATCH_* opcodes).

use crate::vm::errors::{type_error, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::getattr_opt;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::module::new_dict_value;
use crate::vm::types::registry::{none, types};
use crate::vm::types::str::as_str;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of, class_of_ref, is_subclass, lookup, type_data, type_name};
use crate::vm::value::Value;

pub fn is_mapping(v: &Value) -> bool {
    if let Some(Payload::Dict(_)) = v.as_obj().map(|o| &o.payload) {
        return true;
    }
    crate::vm::types::typeobj_ops::has_abc_flag(class_of_ref(v), "__abc_mapping__")
}

pub fn is_sequence(v: &Value) -> bool {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => false,
        None => false,
        _ => crate::vm::types::typeobj_ops::has_abc_flag(class_of_ref(v), "__abc_sequence__"),
    }
}

pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).map(|k| k.to_vec()).unwrap_or_default();
    let mut values = Vec::with_capacity(keys.len());
    let dummy = crate::vm::types::registry::singletons().not_implemented.clone();
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].iter().any(|p| ops::fast_eq(p, k) == Some(true)) {
            return Err(crate::vm::errors::value_error(format!(
                "mapping pattern checks duplicate key ({})",
                ops::repr_string(vm, k)?
            )));
        }
        let v = match as_dict(subject) {
            Some(d) if class_of_ref(subject).is(&types().dict) => d.get(vm, k)?,
            _ => {
                let r = crate::vm::call::call_method_by_name(vm, subject, "get", &[k.clone(), dummy.clone()])?;
                if r.is(&dummy) { None } else { Some(r) }
            }
        };
        match v {
            Some(v) => values.push(v),
            None => return Ok(none()),
        }
    }
    Ok(new_tuple(values))
}

pub fn match_class(vm: &mut Vm, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
    if type_data(cls).is_none() {
        return Err(type_error("called match pattern must be a class"));
    }
    if !is_subclass(&class_of(subject), cls) {
        return Ok(none());
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let self_match = type_data(cls).is_some_and(|t| {
            matches!(
                t.kind,
                crate::vm::types::typeobj::BaseKind::Int
                    | crate::vm::types::typeobj::BaseKind::Bool
                    | crate::vm::types::typeobj::BaseKind::Float
                    | crate::vm::types::typeobj::BaseKind::Str
                    | crate::vm::types::typeobj::BaseKind::Bytes
                    | crate::vm::types::typeobj::BaseKind::ByteArray
                    | crate::vm::types::typeobj::BaseKind::Tuple
                    | crate::vm::types::typeobj::BaseKind::List
                    | crate::vm::types::typeobj::BaseKind::Dict
                    | crate::vm::types::typeobj::BaseKind::Set
                    | crate::vm::types::typeobj::BaseKind::FrozenSet
                    | crate::vm::types::typeobj::BaseKind::Complex
            )
        }) && lookup(cls, "__match_args__").is_none();
        if self_match {
            if npos > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    type_data(cls).unwrap().name()
                )));
            }
            out.push(subject.clone());
        } else {
            let ma = match lookup(cls, "__match_args__") {
                Some(m) => m,
                None => {
                    return Err(type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({npos} given)",
                        type_data(cls).unwrap().name()
                    )))
                }
            };
            let ma = as_tuple(&ma).map(|t| t.to_vec()).ok_or_else(|| {
                type_error(format!("{}.__match_args__ must be a tuple (got {})", type_data(cls).unwrap().name(), type_name(&ma)))
            })?;
            if npos > ma.len() {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({npos} given)",
                    type_data(cls).unwrap().name(),
                    ma.len(),
                    if ma.len() == 1 { "" } else { "s" }
                )));
            }
            for n in &ma[..npos] {
                let name = as_str(n).ok_or_else(|| type_error("__match_args__ elements must be strings"))?.to_string();
                seen.push(name.clone());
                match getattr_opt(vm, subject, &name)? {
                    Some(v) => out.push(v),
                    None => return Ok(none()),
                }
            }
        }
    }
    for n in as_tuple(names).map(|t| t.to_vec()).unwrap_or_default() {
        let name = as_str(&n).unwrap_or("").to_string();
        if seen.contains(&name) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{name}'",
                type_data(cls).unwrap().name()
            )));
        }
        seen.push(name.clone());
        match getattr_opt(vm, subject, &name)? {
            Some(v) => out.push(v),
            None => return Ok(none()),
        }
    }
    Ok(new_tuple(out))
}

pub fn copy_dict_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let r = new_dict_value();
    crate::vm::types::dict_methods::dict_merge(vm, &r, subject, false, || None)?;
    let d = as_dict(&r).unwrap();
    for k in as_tuple(keys).map(|t| t.to_vec()).unwrap_or_default() {
        d.remove(vm, &k)?;
    }
    Ok(r)
}
