//! Python-visible methods of `range` (the arithmetic is in `range_ops.rs`).

use crate::compiler::bytecode::CmpOp;
use crate::vm::args::Args;
use crate::vm::builtins_registry::method;
use crate::vm::errors::{overflow_error, type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::{is_int_like, new_int, new_int_big, to_bigint};
use crate::vm::types::method_args::{no_args, one_arg};
use crate::vm::types::range::RangeData;
use crate::vm::types::range_ops::{range_contains, range_getitem, range_iter, range_len_big};
use crate::vm::types::registry::{none, not_implemented, py_bool, types};
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{class_of_ref, type_name};
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn self_range<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a RangeData> {
    let Some(first) = a.args.first() else {
        return Err(type_error(format!("descriptor '{name}' of 'range' object needs an argument")));
    };
    match first.as_obj().map(|o| &o.payload) {
        Some(Payload::Range(r)) => Ok(r),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            type_name(first)
        ))),
    }
}

fn big(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

/// Exact ints and bools are searched arithmetically; anything else by `==`.
fn is_exact_int_or_bool(v: &Value) -> bool {
    is_int_like(v) && (v.is_small_int() || class_of_ref(v).is(&types().int) || class_of_ref(v).is(&types().bool_))
}

fn range_len_m(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__len__")?;
    no_args(&a, "range.__len__")?;
    match range_len_big(r).to_i64() {
        Some(n) => Ok(new_int(n)),
        None => Err(overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__bool__")?;
    Ok(py_bool(!range_len_big(r).is_zero()))
}

fn range_getitem_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__getitem__")?;
    let k = one_arg(&a, "range.__getitem__")?;
    range_getitem(vm, r, k)
}

fn range_contains_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__contains__")?;
    let k = one_arg(&a, "range.__contains__")?;
    Ok(py_bool(range_contains(vm, r, k)?))
}

fn range_iter_m(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__iter__")?;
    no_args(&a, "range.__iter__")?;
    Ok(range_iter(r).unwrap())
}

fn range_reversed(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__reversed__")?;
    no_args(&a, "range.__reversed__")?;
    let len = range_len_big(r);
    let (start, step) = (big(&r.start), big(&r.step));
    let last = &start + (&len - BigInt::one()) * &step;
    let rev = RangeData { start: new_int_big(last.clone()), stop: new_int_big(start - &step), step: new_int_big(-step) };
    let rev = if len.is_zero() {
        RangeData { start: new_int(0), stop: new_int(0), step: new_int(1) }
    } else {
        rev
    };
    Ok(range_iter(&rev).unwrap())
}

/// Index of `x` in the range, if present (exact ints only).
fn int_position(r: &RangeData, x: &Value) -> Option<BigInt> {
    let x = big(x);
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    let inside = if step.is_positive() { start <= x && x < stop } else { stop < x && x <= start };
    if !inside {
        return None;
    }
    let (q, rem) = (x - start).div_rem(&step);
    rem.is_zero().then_some(q)
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "count")?;
    let x = one_arg(&a, "range.count")?;
    if is_exact_int_or_bool(x) {
        return Ok(new_int(int_position(r, x).is_some() as i64));
    }
    let it = range_iter(r).unwrap();
    let mut n = 0i64;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::eq_bool(vm, &v, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "index")?;
    let x = one_arg(&a, "range.index")?;
    if is_exact_int_or_bool(x) {
        return match int_position(r, x) {
            Some(i) => Ok(new_int_big(i)),
            None => {
                let s = ops::repr_string(vm, x)?;
                Err(value_error(format!("{s} is not in range")))
            }
        };
    }
    let it = range_iter(r).unwrap();
    let mut i = 0i64;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::eq_bool(vm, &v, x)? {
            return Ok(new_int(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

/// Two ranges are equal when they describe the same sequence.
fn ranges_equal(a: &RangeData, b: &RangeData) -> bool {
    let (la, lb) = (range_len_big(a), range_len_big(b));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if big(&a.start) != big(&b.start) {
        return false;
    }
    la.is_one() || big(&a.step) == big(&b.step)
}

fn range_cmp(a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let r = self_range(a, name)?;
    let o = one_arg(a, name)?;
    match o.as_obj().map(|x| &x.payload) {
        Some(Payload::Range(or)) => {
            let eq = ranges_equal(r, or);
            Ok(py_bool(if op == CmpOp::Eq { eq } else { !eq }))
        }
        _ => Ok(not_implemented()),
    }
}

fn range_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    range_cmp(&a, "__eq__", CmpOp::Eq)
}
fn range_ne(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    range_cmp(&a, "__ne__", CmpOp::Ne)
}

/// CPython: hash((len, start, step)) with None for the parts that do not
/// matter (so equal ranges hash equal).
fn range_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__hash__")?;
    let len = range_len_big(r);
    let t = if len.is_zero() {
        new_tuple(vec![new_int(0), none(), none()])
    } else if len.is_one() {
        new_tuple(vec![new_int(1), r.start.clone(), none()])
    } else {
        new_tuple(vec![new_int_big(len), r.start.clone(), r.step.clone()])
    };
    Ok(new_int(ops::hash(vm, &t)?))
}

fn range_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_range(&a, "__repr__")?;
    let s = crate::vm::types::repr::builtin_repr(vm, &a.args[0])?.unwrap_or_default();
    Ok(crate::vm::types::str::new_string(s))
}

fn range_reduce(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = self_range(&a, "__reduce__")?;
    let args = new_tuple(vec![r.start.clone(), r.stop.clone(), r.step.clone()]);
    Ok(new_tuple(vec![types().range.clone(), args]))
}

pub fn register() {
    let r = &types().range;
    method(r, "__len__", range_len_m);
    method(r, "__bool__", range_bool);
    method(r, "__getitem__", range_getitem_m);
    method(r, "__contains__", range_contains_m);
    method(r, "__iter__", range_iter_m);
    method(r, "__reversed__", range_reversed);
    method(r, "count", range_count);
    method(r, "index", range_index);
    method(r, "__eq__", range_eq);
    method(r, "__ne__", range_ne);
    method(r, "__hash__", range_hash);
    method(r, "__repr__", range_repr);
    method(r, "__reduce__", range_reduce);
}

/// `r[start:stop:step]` with unbounded integers (CPython's compute_slice):
/// the slice is resolved against the range's exact length, however large.
pub fn range_slice(vm: &mut Vm, r: &RangeData, s: &[Value; 3]) -> PyResult<Value> {
    let idx = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        let i = ops::index(vm, v)
            .map_err(|_| type_error("slice indices must be integers or None or have an __index__ method"))?;
        Ok(big(&i))
    };
    let len = range_len_big(r);
    let step = if ops::is_none(&s[2]) { BigInt::one() } else { idx(vm, &s[2])? };
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() { (-BigInt::one(), &len - 1) } else { (BigInt::zero(), len.clone()) };
    let adjust = |v: BigInt| -> BigInt {
        if v.is_negative() {
            let v = v + &len;
            if v < lower { lower.clone() } else { v }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = if ops::is_none(&s[0]) {
        if step.is_negative() { upper.clone() } else { lower.clone() }
    } else {
        adjust(idx(vm, &s[0])?)
    };
    let stop = if ops::is_none(&s[1]) {
        if step.is_negative() { lower.clone() } else { upper.clone() }
    } else {
        adjust(idx(vm, &s[1])?)
    };
    let (rs, rstep) = (big(&r.start), big(&r.step));
    let data = RangeData {
        start: new_int_big(&rs + &start * &rstep),
        stop: new_int_big(&rs + &stop * &rstep),
        step: new_int_big(step * rstep),
    };
    Ok(heap::alloc(types().range.clone(), Payload::Range(data)))
}
