//! Python's operators and core protocols on arbitrary values: hashing,
//! equality and ordering, truth, arithmetic dispatch (with reflected
//! operands and `NotImplemented`), repr/str, len, items, iteration.
//!
//! Built-in types get Rust fast paths; everything else goes through the
//! class's special methods, exactly as CPython's abstract.c does.

use super::call::{call, call_method_by_name, call_special};
use super::errors::{type_error, PyErr, PyResult};
use super::object::Payload;
use super::state::Vm;
use super::types::registry::{none, not_implemented, py_bool, singletons, types, ExcKind};
use super::types::str::{as_str, new_string};
use super::types::typeobj::{class_data, class_of, class_of_ref, is_subclass, lookup, tflags, type_data, type_name};
use super::types::{complex, float, int, seq};
use super::value::Value;
use crate::compiler::bytecode::{BinOp, CmpOp};

// ---------------------------------------------------------------- hashing

#[inline]
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    // The common keys first, without a call: exact strs (their hash is
    // cached) and small ints.
    match v.as_obj() {
        Some(o) => {
            if let Payload::Str(s) = &o.payload {
                if o.class.peek_bits() == types().str_.bits() {
                    return Ok(s.hash());
                }
            }
            hash_general(vm, v)
        }
        None => Ok(crate::algo::hash::hash_i64(v.as_small_int().unwrap_or(0))),
    }
}

#[inline(never)]
fn hash_general(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::algo::hash::hash_i64(i));
    }
    let o = v.as_obj().unwrap();
    let exact = class_of_ref(v).as_obj().unwrap().is_immortal();
    if exact {
        match &o.payload {
            Payload::Str(s) => return Ok(s.hash()),
            Payload::Int(b) => return Ok(crate::algo::hash::hash_bigint(b)),
            Payload::Bool(b) => return Ok(*b as i64),
            Payload::Float(f) => return Ok(float::hash_float(v, *f)),
            Payload::Tuple(items) if class_of_ref(v).is(&types().tuple) => {
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hs.push(hash(vm, it)?);
                }
                return Ok(crate::algo::hash::hash_tuple(hs, items.len()));
            }
            _ => {}
        }
    }
    let cls = class_of(v);
    if type_data(&cls).unwrap().has_flag(tflags::HASH_NONE) {
        return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
    }
    match lookup(&cls, "__hash__") {
        Some(h) if h.is(&none()) => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        Some(h) => {
            let r = call(vm, &h, &[v.clone()], &[])?;
            // A result that fits in a C long is used as is; only bigger ints are reduced.
            match int::to_i64(&r).or_else(|| int::to_i64_wrapping(&r)) {
                Some(x) => Ok(if x == -1 { -2 } else { x }),
                None => Err(type_error("__hash__ method should return an integer")),
            }
        }
        None => Ok(identity_hash(v)),
    }
}

/// Default object hash: derived from the address, like CPython.
pub fn identity_hash(v: &Value) -> i64 {
    let a = v.bits();
    ((a >> 4) | (a << (usize::BITS - 4))) as i64
}

// ---------------------------------------------------------------- equality

/// Equality without running Python code, when the answer is certain.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a.as_small_int(), b.as_small_int()) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(_), None) | (None, Some(_)) => {
            let other = if a.is_small_int() { b } else { a };
            let o = other.as_obj().unwrap();
            return match &o.payload {
                Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::Object
                    if class_of_ref(other).as_obj().unwrap().is_immortal() =>
                {
                    Some(false)
                }
                _ => None,
            };
        }
        _ => {}
    }
    let (oa, ob) = (a.as_obj().unwrap(), b.as_obj().unwrap());
    let exact = class_of_ref(a).as_obj().unwrap().is_immortal() && class_of_ref(b).as_obj().unwrap().is_immortal();
    if !exact {
        return None;
    }
    match (&oa.payload, &ob.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.s == y.s),
        (Payload::Str(_), Payload::Int(_) | Payload::Float(_) | Payload::Tuple(_)) => Some(false),
        (Payload::Int(_) | Payload::Float(_) | Payload::Tuple(_), Payload::Str(_)) => Some(false),
        (Payload::Float(x), Payload::Float(y)) => Some(x == y),
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        _ => None,
    }
}

pub fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    let r = compare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &r)
}

// ---------------------------------------------------------------- truth

pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    let o = v.as_obj().unwrap();
    if class_of_ref(v).as_obj().unwrap().is_immortal() {
        match &o.payload {
            Payload::Bool(b) => return Ok(*b),
            Payload::Object if v.is(&singletons().none) => return Ok(false),
            Payload::Int(b) => return Ok(b.sign() != num_bigint::Sign::NoSign),
            Payload::Float(f) => return Ok(*f != 0.0),
            Payload::Complex(r, i) => return Ok(*r != 0.0 || *i != 0.0),
            Payload::Str(s) => return Ok(!s.s.is_empty()),
            Payload::Tuple(t) => return Ok(!t.is_empty()),
            Payload::List(l) => return Ok(!l.is_empty()),
            Payload::Dict(d) => return Ok(!d.is_empty()),
            Payload::Set(s) => return Ok(s.len() != 0),
            Payload::Bytes(b) => return Ok(!b.is_empty()),
            Payload::ByteArray(b) => return Ok(!b.is_empty()),
            Payload::Function(_) | Payload::Builtin(_) | Payload::Type(_) | Payload::Module(_) => return Ok(true),
            _ => {}
        }
    }
    let cls = class_of(v);
    if let Some(r) = call_special(vm, &cls, v, "__bool__", &[])? {
        return match &r.as_obj().map(|o| &o.payload) {
            Some(Payload::Bool(b)) => Ok(*b),
            _ => Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&r)))),
        };
    }
    if let Some(r) = call_special(vm, &cls, v, "__len__", &[])? {
        let n = index_value(vm, &r)?;
        if n < 0 {
            return Err(PyErr::msg(ExcKind::ValueError, "__len__() should return >= 0"));
        }
        return Ok(n != 0);
    }
    Ok(true)
}

// ---------------------------------------------------------------- comparison

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}
fn cmp_swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Eq => CmpOp::Eq,
        CmpOp::Ne => CmpOp::Ne,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
    }
}
pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
    }
}

/// Rich comparison `a op b`, returning whatever the special method returned.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(py_bool(cmp_ord(x.cmp(&y), op)));
    }
    let _reads = (super::protection::read(a), super::protection::read(b));
    super::recursion::nested(vm, super::recursion::COMPARE, |vm| compare_inner(vm, a, b, op))
}

fn compare_inner(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = builtin_compare(vm, a, b, op)? {
        return Ok(r);
    }
    let ca = class_of(a);
    let cb = class_of(b);
    let mut tried_reflected = false;
    if !ca.is(&cb) && is_subclass(&cb, &ca) && lookup(&cb, cmp_name(cmp_swapped(op))).is_some() {
        tried_reflected = true;
        if let Some(r) = call_special(vm, &cb, b, cmp_name(cmp_swapped(op)), std::slice::from_ref(a))? {
            if !r.is(&singletons().not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = call_special(vm, &ca, a, cmp_name(op), std::slice::from_ref(b))? {
        if !r.is(&singletons().not_implemented) {
            return Ok(r);
        }
    }
    if !tried_reflected {
        if let Some(r) = call_special(vm, &cb, b, cmp_name(cmp_swapped(op)), std::slice::from_ref(a))? {
            if !r.is(&singletons().not_implemented) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(py_bool(a.is(b))),
        CmpOp::Ne => Ok(py_bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            type_name(a),
            type_name(b)
        ))),
    }
}

pub fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// Comparisons between built-in values of exact built-in types.
fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !(class_of_ref(a).as_obj().unwrap().is_immortal() && class_of_ref(b).as_obj().unwrap().is_immortal()) {
        return Ok(None);
    }
    if int::is_int_like(a) || int::is_int_like(b) || float::is_float(a) || float::is_float(b) {
        if let Some(o) = float::numeric_cmp(a, b) {
            return Ok(Some(py_bool(o.map(|o| cmp_ord(o, op)).unwrap_or(op == CmpOp::Ne))));
        }
    }
    let (oa, ob) = (a.as_obj(), b.as_obj());
    if let (Some(oa), Some(ob)) = (oa, ob) {
        match (&oa.payload, &ob.payload) {
            (Payload::Str(x), Payload::Str(y)) => return Ok(Some(py_bool(cmp_ord(x.s.cmp(&y.s), op)))),
            (Payload::Tuple(x), Payload::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return seq::compare_seqs(vm, &x, &y, op).map(Some);
            }
            (Payload::List(x), Payload::List(y)) => {
                let (x, y) = (x.snapshot(), y.snapshot());
                return seq::compare_seqs(vm, &x, &y, op).map(Some);
            }
            (Payload::Bytes(x), Payload::Bytes(y)) => return Ok(Some(py_bool(cmp_ord(x.cmp(y), op)))),
            _ => {}
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------- arithmetic

pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::And => ("__and__", "__rand__", "__iand__", "&"),
        BinOp::Or => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
    }
}

/// Arithmetic on exact built-in values, or None to fall back to dunders.
#[inline]
fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(r) = int::small_binop(x, y, op) {
            return Some(r);
        }
    }
    let ia = class_of_ref(a).as_obj().unwrap().is_immortal();
    let ib = class_of_ref(b).as_obj().unwrap().is_immortal();
    if !(ia && ib) {
        return None;
    }
    if float::is_float(a) || float::is_float(b) {
        if let Some(r) = float::float_binop(a, b, op) {
            return Some(r);
        }
    }
    if int::is_int_like(a) && int::is_int_like(b) {
        if let Some(r) = bool_bitop(a, b, op) {
            return Some(Ok(r));
        }
        return Some(int::int_binop(a, b, op));
    }
    if complex::is_complex(a) || complex::is_complex(b) {
        if let Some(r) = complex::complex_binop(a, b, op) {
            return Some(r);
        }
    }
    // Numbers are never protected; containers are read under their locks.
    let _reads = (super::protection::read(a), super::protection::read(b));
    seq::builtin_seq_binop(vm, a, b, op)
}

/// `&`, `|`, `^` of two bools give a bool (bool's own methods in CPython).
pub fn bool_bitop(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (Some(Payload::Bool(x)), Some(Payload::Bool(y))) = (a.as_obj().map(|o| &o.payload), b.as_obj().map(|o| &o.payload)) else {
        return None;
    };
    match op {
        BinOp::And => Some(py_bool(*x & *y)),
        BinOp::Or => Some(py_bool(*x | *y)),
        BinOp::Xor => Some(py_bool(*x ^ *y)),
        _ => None,
    }
}

pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(r) = int::small_binop(x, y, op) {
            return r;
        }
    }
    if let Some(r) = builtin_binop(vm, a, b, op) {
        // A fast path may decline with NotImplemented (`1.0 & 1`): then the
        // usual dispatch runs and reports the error.
        if !matches!(&r, Ok(v) if v.is(&singletons().not_implemented)) {
            return r;
        }
    }
    let r = binary_op_dunder(vm, a, b, op)?;
    if r.is(&singletons().not_implemented) {
        return Err(binop_type_error(a, b, op));
    }
    Ok(r)
}

/// CPython's sequence messages when `+`/`*` found no method: the concat /
/// repeat slots of str, list, tuple and bytes raise their own errors.
fn seq_binop_error(a: &Value, b: &Value, op: BinOp) -> Option<PyErr> {
    let kind = |v: &Value| -> Option<&'static str> {
        match v.as_obj().map(|o| &o.payload) {
            Some(Payload::Str(_)) => Some("str"),
            Some(Payload::List(_)) => Some("list"),
            Some(Payload::Tuple(_)) => Some("tuple"),
            Some(Payload::Bytes(_)) => Some("bytes"),
            Some(Payload::ByteArray(_)) => Some("bytearray"),
            _ => None,
        }
    };
    match op {
        BinOp::Add => match kind(a)? {
            k @ ("str" | "list" | "tuple") => Some(type_error(format!("can only concatenate {k} (not \"{}\") to {k}", type_name(b)))),
            _ => Some(type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))),
        },
        BinOp::Mul => {
            if kind(a).is_some() {
                Some(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b))))
            } else if kind(b).is_some() {
                Some(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(a))))
            } else {
                None
            }
        }
        _ => None,
    }
}

fn binop_type_error(a: &Value, b: &Value, op: BinOp) -> PyErr {
    if let Some(e) = seq_binop_error(a, b, op) {
        return e;
    }
    let sym = binop_names(op).3;
    if op == BinOp::Pow {
        return type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", type_name(a), type_name(b)))
}

/// Try `a.__op__(b)` and `b.__rop__(a)` in CPython's order; NotImplemented if neither applies.
fn binary_op_dunder(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let _reads = (super::protection::read(a), super::protection::read(b));
    let (name, rname, _, _) = binop_names(op);
    let ca = class_of(a);
    let cb = class_of(b);
    let same = ca.is(&cb);
    let fa = super::types::typeobj::lookup_static(&ca, name);
    // A subclass's reflected method wins when it overrides the base's.
    if !same && is_subclass(&cb, &ca) {
        if let Some(fbv) = super::types::typeobj::lookup_static(&cb, rname) {
            if !fa.as_ref().is_some_and(|x| super::types::typeobj::lookup_static(&ca, rname).is_some_and(|y| y.is(&fbv) && x.is(x))) {
                let r = call_bound(vm, &fbv, b, a)?;
                if !r.is(&singletons().not_implemented) {
                    return Ok(r);
                }
                if let Some(f) = &fa {
                    return call_bound(vm, f, a, b);
                }
                return Ok(not_implemented());
            }
        }
    }
    if let Some(f) = &fa {
        let r = call_bound(vm, f, a, b)?;
        if !r.is(&singletons().not_implemented) {
            return Ok(r);
        }
    }
    // The reflected method is only needed now (as CPython's slot wrappers
    // look it up when they are called).
    if !same {
        if let Some(f) = super::types::typeobj::lookup_static(&cb, rname) {
            return call_bound(vm, &f, b, a);
        }
    }
    Ok(not_implemented())
}

/// Call an unbound special method found on a class with (self, other).
fn call_bound(vm: &mut Vm, f: &Value, this: &Value, other: &Value) -> PyResult<Value> {
    super::call::call_unbound(vm, f, this, std::slice::from_ref(other))
}

pub fn inplace_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    // Immutable built-ins have no in-place methods: go straight to the binary op.
    if a.is_small_int() || class_of_ref(a).as_obj().unwrap().is_immortal() {
        if let Some(r) = seq::builtin_inplace(vm, a, b, op) {
            return r;
        }
        if let Some(r) = builtin_binop(vm, a, b, op) {
            if !matches!(&r, Ok(v) if v.is(&singletons().not_implemented)) {
                return r;
            }
        }
    }
    let iname = binop_names(op).2;
    let ca = class_of(a);
    if let Some(r) = call_special(vm, &ca, a, iname, std::slice::from_ref(b))? {
        if !r.is(&singletons().not_implemented) {
            return Ok(r);
        }
    }
    let r = binary_op_dunder(vm, a, b, op)?;
    if r.is(&singletons().not_implemented) {
        if let Some(e) = seq_binop_error(a, b, op) {
            return Err(e);
        }
        let sym = match op {
            BinOp::Pow => "**=".to_string(),
            _ => format!("{}=", binop_names(op).3),
        };
        return Err(type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            type_name(a),
            type_name(b)
        )));
    }
    Ok(r)
}

/// Three-argument pow(base, exp, mod).
pub fn pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if int::is_int_like(a) && int::is_int_like(b) && int::is_int_like(m) {
        return int::int_pow_mod(a, b, m);
    }
    let ca = class_of(a);
    if let Some(r) = call_special(vm, &ca, a, "__pow__", &[b.clone(), m.clone()])? {
        if !r.is(&singletons().not_implemented) {
            return Ok(r);
        }
    }
    // CPython's ternary_op also tries the power slot of the other operands'
    // types: float's and complex's refuse a modulus outright.
    for v in [b, m] {
        if !class_of_ref(v).is(class_of_ref(a)) {
            if float::is_float(v) {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            if complex::is_complex(v) {
                return Err(PyErr::msg(ExcKind::ValueError, "complex modulo"));
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(a),
        type_name(b),
        type_name(m)
    )))
}

pub fn neg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, "__neg__", "unary -")
}
pub fn pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, "__pos__", "unary +")
}
pub fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, "__invert__", "unary ~")
}

fn unary(vm: &mut Vm, v: &Value, name: &str, what: &str) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(match name {
            "__neg__" => int::new_int_big(-num_bigint::BigInt::from(i)),
            "__pos__" => v.clone(),
            _ => int::new_int(!i),
        });
    }
    let cls = class_of(v);
    match call_special(vm, &cls, v, name, &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("bad operand type for {what}: '{}'", type_name(v)))),
    }
}

// ---------------------------------------------------------------- conversions

/// `operator.index(v)`: the integer value of v (via `__index__`), as i64.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = index(vm, v)?;
    int::to_i64(&i).ok_or_else(|| {
        PyErr::msg(ExcKind::OverflowError, format!("cannot fit '{}' into an index-sized integer", type_name(v)))
    })
}

/// `operator.index(v)` as an int value.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(v.clone());
    }
    if int::is_int_like(v) {
        return Ok(int::normalize(v));
    }
    let cls = class_of(v);
    match call_special(vm, &cls, v, "__index__", &[])? {
        Some(r) if int::is_int_like(&r) => Ok(r),
        Some(r) => Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r)))),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    super::recursion::nested(vm, super::recursion::REPR, |vm| repr_inner(vm, v))
}

fn repr_inner(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let _read = super::protection::read(v);
    if let Some(s) = super::types::repr::fast_repr(vm, v)? {
        return Ok(new_string(s));
    }
    repr_special(vm, v)
}

/// `__repr__` of a value without a built-in repr.
fn repr_special(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let cls = class_of(v);
    match call_special(vm, &cls, v, "__repr__", &[])? {
        Some(r) if as_str(&r).is_some() => Ok(r),
        Some(r) => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&r)))),
        None => Ok(new_string(super::types::repr::default_repr(v))),
    }
}

pub fn repr_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    super::recursion::nested(vm, super::recursion::REPR, |vm| {
        let _read = super::protection::read(v);
        if let Some(s) = super::types::repr::fast_repr(vm, v)? {
            return Ok(s);
        }
        let r = repr_special(vm, v)?;
        Ok(as_str(&r).unwrap().to_string())
    })
}

pub fn str_(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if class_of_ref(v).is(&types().str_) {
        return Ok(v.clone());
    }
    super::recursion::nested(vm, super::recursion::STR, |vm| str_inner(vm, v))
}

fn str_inner(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let _read = super::protection::read(v);
    if v.is_small_int() || class_of_ref(v).as_obj().unwrap().is_immortal() && !matches!(v.as_obj().unwrap().payload, Payload::Exception(_)) {
        if let Some(s) = super::types::repr::fast_str(vm, v)? {
            return Ok(new_string(s));
        }
    }
    let cls = class_of(v);
    match call_special(vm, &cls, v, "__str__", &[])? {
        Some(r) if as_str(&r).is_some() => Ok(r),
        Some(r) => Err(type_error(format!("__str__ returned non-string (type {})", type_name(&r)))),
        None => repr(vm, v),
    }
}

pub fn str_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = str_(vm, v)?;
    Ok(as_str(&s).unwrap().to_string())
}

// ---------------------------------------------------------------- containers

pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let _read = super::protection::read(v);
    if let Some(n) = seq::builtin_len(v) {
        return Ok(n);
    }
    let cls = class_of(v);
    match call_special(vm, &cls, v, "__len__", &[])? {
        Some(r) => {
            let n = index_value(vm, &r).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&r))))?;
            if n < 0 {
                return Err(PyErr::msg(ExcKind::ValueError, "__len__() should return >= 0"));
            }
            Ok(n as usize)
        }
        None => Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
    }
}

pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let _read = super::protection::read(obj);
    if let Some(r) = seq::builtin_getitem(vm, obj, key) {
        return r;
    }
    let cls = class_of(obj);
    if let Some(r) = call_special(vm, &cls, obj, "__getitem__", std::slice::from_ref(key))? {
        return Ok(r);
    }
    if type_data(obj).is_some() {
        if let Some(f) = lookup(obj, "__class_getitem__") {
            let f = super::protocols::bind_descriptor(vm, &f, None, obj)?;
            return call(vm, &f, &[key.clone()], &[]);
        }
        if obj.is(&types().type_) {
            return super::types::generic_alias::new_generic_alias(vm, obj, key);
        }
        return Err(type_error(format!("type '{}' is not subscriptable", type_data(obj).unwrap().name())));
    }
    Err(type_error(format!("'{}' object is not subscriptable", type_name(obj))))
}

pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, value: &Value) -> PyResult<()> {
    // `l[i:j] = other` reads `other` before the write lock of `l`.
    let _read = super::protection::read(value);
    if let Some(r) = seq::builtin_setitem(vm, obj, key, value) {
        return r;
    }
    let cls = class_of(obj);
    match call_special(vm, &cls, obj, "__setitem__", &[key.clone(), value.clone()])? {
        Some(_) => Ok(()),
        None => Err(type_error(format!("'{}' object does not support item assignment", type_name(obj)))),
    }
}

pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if let Some(r) = seq::builtin_delitem(vm, obj, key) {
        return r;
    }
    let cls = class_of(obj);
    match call_special(vm, &cls, obj, "__delitem__", std::slice::from_ref(key))? {
        Some(_) => Ok(()),
        None => Err(type_error(format!("'{}' object doesn't support item deletion", type_name(obj)))),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let _read = super::protection::read(container);
    if let Some(r) = seq::builtin_contains(vm, container, item) {
        return r;
    }
    let cls = class_of(container);
    if let Some(r) = call_special(vm, &cls, container, "__contains__", std::slice::from_ref(item))? {
        return truthy(vm, &r);
    }
    // Fall back to iteration.
    let it = iter(vm, container).map_err(|_| {
        type_error(format!("argument of type '{}' is not iterable", type_name(container)))
    })?;
    while let Some(x) = next(vm, &it)? {
        if eq_bool(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------- iteration

pub fn iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(it) = super::types::iter::builtin_iter(v) {
        return Ok(it);
    }
    let cls = class_of(v);
    if let Some(f) = lookup(&cls, "__iter__") {
        if f.is(&none()) {
            return Err(type_error(format!("'{}' object is not iterable", type_name(v))));
        }
        let it = super::call::call_unbound(vm, &f, v, &[])?;
        if lookup(&class_of(&it), "__next__").is_none() {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
        }
        return Ok(it);
    }
    if lookup(&cls, "__getitem__").is_some() {
        return Ok(super::types::iter::new_seq_iter(v.clone()));
    }
    Err(type_error(format!("'{}' object is not iterable", type_name(v))))
}

/// next(it): Some(value), or None when exhausted (StopIteration swallowed).
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = super::types::iter::builtin_next(vm, it) {
        return r;
    }
    if let Some(Payload::Generator(_)) = it.as_obj().map(|o| &o.payload) {
        return super::types::generator_ops::gen_next(vm, it);
    }
    let cls = class_of(it);
    match call_special(vm, &cls, it, "__next__", &[]) {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
        Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Collect an iterable into a Vec.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let _read = super::protection::read(v);
    if let Some(items) = seq::fast_items(v) {
        return Ok(items);
    }
    let it = iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Call `obj.name(*args)`.
pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    call_method_by_name(vm, obj, name, args)
}

pub fn is_none(v: &Value) -> bool {
    v.is(&singletons().none)
}

pub fn class_name_of(v: &Value) -> String {
    class_data(v).name().to_string()
}
