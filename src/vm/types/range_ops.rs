//! `range`: length, indexing, membership and iteration.

use crate::vm::errors::{index_error, PyResult};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::{new_int_big, to_bigint, to_i64};
use crate::vm::types::iter::{new_state_iter, IterState};
use crate::vm::types::range::RangeData;
use crate::vm::types::registry::types;
use crate::vm::types::slice::as_slice;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn big(r: &RangeData) -> (BigInt, BigInt, BigInt) {
    (to_bigint(&r.start).unwrap(), to_bigint(&r.stop).unwrap(), to_bigint(&r.step).unwrap())
}

pub fn range_len_big(r: &RangeData) -> BigInt {
    let (start, stop, step) = big(r);
    if step.is_positive() {
        if start < stop { (stop - start - 1i32).div_floor(&step) + 1i32 } else { BigInt::zero() }
    } else if start > stop {
        (start - stop - 1i32).div_floor(&(-step)) + 1i32
    } else {
        BigInt::zero()
    }
}

pub fn range_len(r: &RangeData) -> Option<usize> {
    range_len_big(r).to_usize()
}

pub fn range_item(r: &RangeData, i: &BigInt) -> Value {
    let (start, _, step) = big(r);
    new_int_big(start + step * i)
}

pub fn range_getitem(vm: &mut Vm, r: &RangeData, key: &Value) -> PyResult<Value> {
    let len = range_len_big(r);
    if let Some(s) = as_slice(key) {
        return crate::vm::types::range_methods::range_slice(vm, r, s);
    }
    let i = ops::index(vm, key).map_err(|_| {
        crate::vm::errors::type_error(format!(
            "range indices must be integers or slices, not {}",
            crate::vm::types::typeobj::type_name(key)
        ))
    })?;
    let mut i = to_bigint(&i).unwrap();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(range_item(r, &i))
}

pub fn range_contains(vm: &mut Vm, r: &RangeData, item: &Value) -> PyResult<bool> {
    if crate::vm::types::int::is_int_like(item) {
        let x = to_bigint(item).unwrap();
        let (start, stop, step) = big(r);
        let inside = if step.is_positive() { start <= x && x < stop } else { stop < x && x <= start };
        return Ok(inside && (x - start).mod_floor(&step.abs()).is_zero());
    }
    let it = range_iter(r).unwrap();
    while let Some(v) = ops::next(vm, &it)? {
        if ops::eq_bool(vm, &v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn range_iter(r: &RangeData) -> Option<Value> {
    let (start, step) = (to_i64(&r.start), to_i64(&r.step));
    let len = range_len_big(r).to_u64();
    match (start, step, len) {
        (Some(next), Some(step), Some(remaining)) => Some(new_state_iter(IterState::Range { next, step, remaining })),
        _ => Some(crate::vm::types::iter::new_seq_iter(crate::vm::heap::alloc(
            types().range.clone(),
            crate::vm::object::Payload::Range(RangeData { start: r.start.clone(), stop: r.stop.clone(), step: r.step.clone() }),
        ))),
    }
}
