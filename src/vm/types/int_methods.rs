//! Python-visible methods of `int` and `bool`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::static_method;
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::{is_int_like, new_int_big, to_bigint};
use crate::vm::types::registry::{py_bool, types};
use crate::vm::types::str::as_str;
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

/// int(x=0) / int(x, base=10).
pub fn int_from_args(vm: &mut Vm, x: Option<&Value>, base: Option<&Value>) -> PyResult<Value> {
    let Some(x) = x else { return Ok(crate::vm::types::int::new_int(0)) };
    if let Some(b) = base {
        let b = ops::index_value(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s: String = match (as_str(x), crate::vm::types::bytes::as_bytes(x)) {
            (Some(s), _) => s.to_string(),
            (None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(type_error("int() can't convert non-string with explicit base")),
        };
        return parse(vm, &s, b as u32, x);
    }
    if is_int_like(x) {
        return Ok(crate::vm::types::int::normalize(x));
    }
    if let Some(f) = crate::vm::types::float::as_f64(x) {
        return float_to_int(f);
    }
    if let Some(s) = as_str(x) {
        let s = s.to_string();
        return parse(vm, &s, 10, x);
    }
    if let Some(b) = crate::vm::types::bytes::as_bytes(x) {
        let s = String::from_utf8_lossy(b).into_owned();
        return parse(vm, &s, 10, x);
    }
    let cls = class_of(x);
    for name in ["__int__", "__index__"] {
        if let Some(f) = lookup(&cls, name) {
            let r = crate::vm::call::call_unbound(vm, &f, x, &[])?;
            if !is_int_like(&r) {
                return Err(type_error(format!("{name} returned non-int (type {})", type_name(&r))));
            }
            return Ok(crate::vm::types::int::normalize(&r));
        }
    }
    if let Some(f) = lookup(&cls, "__trunc__") {
        return crate::vm::call::call_unbound(vm, &f, x, &[]);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(crate::vm::errors::overflow_error("cannot convert float infinity to integer"));
    }
    Ok(new_int_big(crate::algo::number_parse::f64_to_bigint(f.trunc()).unwrap()))
}

fn parse(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match crate::algo::number_parse::parse_int(s, base) {
        Some(b) => {
            if b.bits() > 14_300 {
                let digits = b.to_string().trim_start_matches('-').len();
                if digits > crate::vm::types::repr::INT_MAX_STR_DIGITS && base == 10 {
                    return Err(value_error(format!(
                        "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
                        crate::vm::types::repr::INT_MAX_STR_DIGITS
                    )));
                }
            }
            Ok(new_int_big(b))
        }
        None => {
            let r = ops::repr_string(vm, orig)?;
            Err(value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [x, base] = rest.bind("int", ["x", "base"], 0)?;
    if x.is_none() && base.is_some() {
        return Err(type_error("int() missing string argument"));
    }
    let v = int_from_args(vm, x.as_ref(), base.as_ref())?;
    if cls.is(&types().int) {
        return Ok(v);
    }
    Ok(heap::alloc(cls, Payload::Int(to_bigint(&v).unwrap())))
}

fn bool_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = &a.pos()[1..];
    a.no_kw("bool")?;
    if rest.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", rest.len())));
    }
    Ok(py_bool(match rest.first() {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    }))
}

pub fn register() {
    static_method(&types().int, "__new__", int_new);
    static_method(&types().bool_, "__new__", bool_new);
}
