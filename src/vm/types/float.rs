//! `float`: boxed f64, and the numeric core of float arithmetic and mixed
//! int/float comparison.

use crate::compiler::bytecode::BinOp;
use crate::vm::errors::{zero_division, PyErr, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::int::{is_int_like, to_bigint};
use crate::vm::types::registry::ExcKind;
use crate::vm::value::Value;
use std::cmp::Ordering;

pub fn new_float(f: f64) -> Value {
    heap::alloc_float(f)
}

#[inline]
pub fn is_float(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Float(_)))
}

#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    match v.as_obj()?.payload {
        Payload::Float(f) => Some(f),
        _ => None,
    }
}

/// A float or int converted to f64 (None for other types).
pub fn coerce_f64(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_f64(v) {
        return Some(Ok(f));
    }
    if is_int_like(v) {
        return Some(crate::vm::types::int::to_f64(v));
    }
    None
}

pub fn hash_float(v: &Value, f: f64) -> i64 {
    crate::algo::hash::hash_f64(f).unwrap_or_else(|| crate::vm::ops::identity_hash(v))
}

pub fn float_binop(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    // Bitwise ops, shifts and @ are not float operations: fall through to
    // the dunder protocol (and its TypeError).
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) {
        return None;
    }
    let x = match coerce_f64(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match coerce_f64(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(float_arith(x, y, op))
}

pub fn float_arith(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => return Ok(crate::vm::types::registry::not_implemented()),
    }))
}

/// CPython's float divmod (floor division with the sign of the divisor).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        // Negative base, fractional exponent: a complex result.
        let r = crate::vm::types::complex::complex_pow((x, 0.0), (y, 0.0))?;
        return Ok(crate::vm::types::complex::new_complex(r.0, r.1));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::with_args(
            ExcKind::OverflowError,
            vec![crate::vm::types::int::new_int(34), crate::vm::types::str::new_str("Numerical result out of range")],
        ));
    }
    Ok(new_float(r))
}

/// Compare two numbers (int or float) exactly, as CPython does (no
/// precision loss for big ints). None if either is not int/float;
/// Some(None) if unordered (nan).
pub fn numeric_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (as_f64(a), as_f64(b)) {
        (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
        (Some(x), None) if is_int_like(b) => Some(cmp_float_int(x, b)),
        (None, Some(y)) if is_int_like(a) => Some(cmp_float_int(y, a).map(Ordering::reverse)),
        (None, None) if is_int_like(a) && is_int_like(b) => Some(Some(to_bigint(a)?.cmp(&to_bigint(b)?))),
        _ => None,
    }
}

fn cmp_float_int(x: f64, i: &Value) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    if let Some(s) = i.as_small_int() {
        if s.unsigned_abs() < (1 << 53) {
            return x.partial_cmp(&(s as f64));
        }
    }
    let bi = to_bigint(i)?;
    let fl = x.floor();
    let fb = crate::algo::number_parse::f64_to_bigint(fl)?;
    match fb.cmp(&bi) {
        Ordering::Equal => Some(if x > fl { Ordering::Greater } else { Ordering::Equal }),
        o => Some(o),
    }
}
