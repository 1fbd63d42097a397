//! Python-visible methods of `float`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::static_method;
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::{as_f64, new_float};
use crate::vm::types::registry::types;
use crate::vm::types::str::as_str;
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

/// float(x) conversion.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(x) {
        return Ok(f);
    }
    if crate::vm::types::int::is_int_like(x) {
        return crate::vm::types::int::to_f64(x);
    }
    if let Some(s) = as_str(x) {
        return crate::algo::number_parse::parse_float(s).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", crate::vm::types::repr::str_repr(s)))
        });
    }
    let cls = class_of(x);
    if let Some(f) = lookup(&cls, "__float__") {
        let r = crate::vm::call::call_unbound(vm, &f, x, &[])?;
        return as_f64(&r).ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", type_name(x), type_name(&r))));
    }
    if let Some(f) = lookup(&cls, "__index__") {
        let r = crate::vm::call::call_unbound(vm, &f, x, &[])?;
        return crate::vm::types::int::to_f64(&r);
    }
    let _ = ops::is_none;
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x))))
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    a.no_kw("float")?;
    let rest = &a.pos()[1..];
    if rest.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", rest.len())));
    }
    let f = match rest.first() {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if cls.is(&types().float) {
        return Ok(new_float(f));
    }
    Ok(heap::alloc(cls, Payload::Float(f)))
}

pub fn register() {
    static_method(&types().float, "__new__", float_new);
}
