//! `int`: small ints live inline in the Value; larger ones are `Payload::Int`
//! (BigInt). Also the numeric core of int arithmetic. Methods of the Python
//! type live in `int_methods.rs`.

use crate::compiler::bytecode::BinOp;
use crate::vm::errors::{value_error, zero_division, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::{py_bool, types};
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[inline]
pub fn new_int(i: i64) -> Value {
    match Value::try_small_int(i) {
        Some(v) => v,
        None => heap::alloc(types().int.clone(), Payload::Int(BigInt::from(i))),
    }
}

#[inline]
pub fn new_int_i128(i: i128) -> Value {
    if let Ok(x) = i64::try_from(i) {
        if let Some(v) = Value::try_small_int(x) {
            return v;
        }
    }
    heap::alloc(types().int.clone(), Payload::Int(BigInt::from(i)))
}

pub fn new_int_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small_int(i) {
            return v;
        }
    }
    heap::alloc(types().int.clone(), Payload::Int(b))
}

/// An int, bool or int-subclass instance.
#[inline]
pub fn is_int_like(v: &Value) -> bool {
    v.is_small_int() || matches!(v.as_obj().unwrap().payload, Payload::Int(_) | Payload::Bool(_))
}

/// An exact int (not bool).
pub fn is_exact_int(v: &Value) -> bool {
    v.is_small_int() || (matches!(v.as_obj().unwrap().payload, Payload::Int(_)) && crate::vm::types::typeobj::class_of_ref(v).is(&types().int))
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    match &v.as_obj()?.payload {
        Payload::Int(b) => Some(b.clone()),
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

pub fn to_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    match &v.as_obj()?.payload {
        Payload::Int(b) => b.to_i64(),
        Payload::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// The int's hash-compatible i64 (for `__hash__` results, which CPython reduces).
pub fn to_i64_wrapping(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    match &v.as_obj()?.payload {
        Payload::Int(b) => Some(crate::algo::hash::hash_bigint(b)),
        Payload::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// The plain-int value of an int-like (bool and subclasses become int).
pub fn normalize(v: &Value) -> Value {
    if v.is_small_int() {
        return v.clone();
    }
    if crate::vm::types::typeobj::class_of_ref(v).is(&types().int) {
        return v.clone();
    }
    new_int_big(to_bigint(v).unwrap())
}

pub fn to_f64(v: &Value) -> PyResult<f64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    let b = to_bigint(v).unwrap();
    crate::algo::number_parse::bigint_to_f64(&b)
        .ok_or_else(|| crate::vm::errors::overflow_error("int too large to convert to float"))
}

/// Both operands small ints: the common arithmetic without allocation.
#[inline]
pub fn small_binop(x: i64, y: i64, op: BinOp) -> Option<PyResult<Value>> {
    Some(Ok(match op {
        BinOp::Add => new_int_i128(x as i128 + y as i128),
        BinOp::Sub => new_int_i128(x as i128 - y as i128),
        BinOp::Mul => new_int_i128(x as i128 * y as i128),
        BinOp::FloorDiv => {
            if y == 0 {
                return Some(Err(zero_division("integer division or modulo by zero")));
            }
            new_int(Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Some(Err(zero_division("integer modulo by zero")));
            }
            new_int(x.mod_floor(&y))
        }
        BinOp::And => new_int(x & y),
        BinOp::Or => new_int(x | y),
        BinOp::Xor => new_int(x ^ y),
        BinOp::TrueDiv => {
            if y == 0 {
                return Some(Err(zero_division("division by zero")));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                crate::vm::types::float::new_float(x as f64 / y as f64)
            } else {
                return None;
            }
        }
        BinOp::LShift if (0..32).contains(&y) && x.unsigned_abs() < (1 << 30) => new_int(x << y),
        BinOp::RShift if y >= 0 => new_int(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y }),
        _ => return None,
    }))
}

/// Arithmetic on two int-likes (any size).
pub fn int_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(r) = small_binop(x, y, op) {
            return r;
        }
    }
    if let (Some(Payload::Bool(x)), Some(Payload::Bool(y))) = (a.as_obj().map(|o| &o.payload), b.as_obj().map(|o| &o.payload)) {
        // bool & | ^ bool stays a bool.
        match op {
            BinOp::And => return Ok(py_bool(*x & *y)),
            BinOp::Or => return Ok(py_bool(*x | *y)),
            BinOp::Xor => return Ok(py_bool(*x ^ *y)),
            _ => {}
        }
    }
    let x = to_bigint(a).unwrap();
    let y = to_bigint(b).unwrap();
    Ok(match op {
        BinOp::Add => new_int_big(x + y),
        BinOp::Sub => new_int_big(x - y),
        BinOp::Mul => new_int_big(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            new_int_big(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            new_int_big(x.mod_floor(&y))
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            match crate::algo::number_parse::int_true_divide(&x, &y) {
                Some(f) => crate::vm::types::float::new_float(f),
                None => return Err(crate::vm::errors::overflow_error("integer division result too large for a float")),
            }
        }
        BinOp::Pow => return int_pow(&x, &y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y.to_usize().ok_or_else(|| crate::vm::errors::overflow_error("too many digits in integer"))?;
            if x.is_zero() {
                return Ok(new_int(0));
            }
            new_int_big(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => new_int_big(x >> s),
                None => new_int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => new_int_big(x & y),
        BinOp::Or => new_int_big(x | y),
        BinOp::Xor => new_int_big(x ^ y),
        BinOp::MatMul => {
            return Err(crate::vm::errors::type_error(format!(
                "unsupported operand type(s) for @: '{}' and '{}'",
                crate::vm::types::typeobj::type_name(a),
                crate::vm::types::typeobj::type_name(b)
            )))
        }
    })
}

fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let xf = crate::algo::number_parse::bigint_to_f64(x)
            .ok_or_else(|| crate::vm::errors::overflow_error("int too large to convert to float"))?;
        let yf = crate::algo::number_parse::bigint_to_f64(y).unwrap_or(f64::NEG_INFINITY);
        if xf == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(crate::vm::types::float::new_float(xf.powf(yf)));
    }
    if x.is_one() || x.is_zero() {
        return Ok(new_int_big(if y.is_zero() { BigInt::one() } else { x.clone() }));
    }
    if *x == BigInt::from(-1) {
        return Ok(new_int(if y.is_even() { 1 } else { -1 }));
    }
    let e = y.to_u32().ok_or_else(|| crate::vm::errors::overflow_error("exponent too large"))?;
    Ok(new_int_big(num_traits::pow::Pow::pow(x, e)))
}

/// pow(a, b, m) for ints.
pub fn int_pow_mod(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (x, y, z) = (to_bigint(a).unwrap(), to_bigint(b).unwrap(), to_bigint(m).unwrap());
    if z.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if y.is_negative() {
        match mod_inverse(&x, &z) {
            Some(inv) => inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        }
    } else {
        x
    };
    let e = y.abs();
    let zm = z.abs();
    let mut r = base.mod_floor(&zm).modpow(&e, &zm);
    if z.is_negative() && !r.is_zero() {
        r += &z;
    }
    Ok(new_int_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

pub fn bool_value(b: bool) -> Value {
    py_bool(b)
}
