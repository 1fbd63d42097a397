//! `slice` objects and CPython's index arithmetic for them.

use crate::vm::errors::{value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::types;
use crate::vm::value::Value;

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    heap::alloc(types().slice.clone(), Payload::Slice(Box::new([start, stop, step])))
}

pub fn as_slice(v: &Value) -> Option<&[Value; 3]> {
    match &v.as_obj()?.payload {
        Payload::Slice(s) => Some(s),
        _ => None,
    }
}

fn clamp_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = ops::index(vm, v).map_err(|_| {
        crate::vm::errors::type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(match crate::vm::types::int::to_i64(&i) {
        Some(x) => x,
        None => {
            if crate::vm::types::int::to_bigint(&i).unwrap().sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
    })
}

/// `indices` for parts that are each None or a small int (no Python code
/// can run); None for anything else, and for a zero step (the general
/// path raises).
#[inline]
pub fn small_indices(start: &Value, stop: &Value, step: &Value, len: usize) -> Option<(i64, i64, i64)> {
    let part = |v: &Value| -> Option<Option<i64>> {
        match v.as_small_int() {
            Some(i) => Some(Some(i)),
            None if ops::is_none(v) => Some(None),
            None => None,
        }
    };
    let (a, b, c) = (part(start)?, part(stop)?, part(step)?);
    let step = c.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = match a {
        None => if step < 0 { upper } else { lower },
        Some(v) => adjust(v),
    };
    let stop = match b {
        None => if step < 0 { lower } else { upper },
        Some(v) => adjust(v),
    };
    Some((start, stop, step))
}

/// (start, stop, step) adjusted to a sequence of length `len`, like
/// PySlice_Unpack + PySlice_AdjustIndices.
pub fn indices(vm: &mut Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
    if let Some(r) = small_indices(&s[0], &s[1], &s[2], len) {
        return Ok(r);
    }
    let len = len as i64;
    let step = if ops::is_none(&s[2]) { 1 } else { clamp_index(vm, &s[2])? };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: i64| -> i64 {
        if v < 0 {
            let v = v + len;
            if v < lower { lower } else { v }
        } else if v > upper {
            upper
        } else {
            v
        }
    };
    let start = if ops::is_none(&s[0]) { if step < 0 { upper } else { lower } } else { adjust(clamp_index(vm, &s[0])?) };
    let stop = if ops::is_none(&s[1]) { if step < 0 { lower } else { upper } } else { adjust(clamp_index(vm, &s[1])?) };
    Ok((start, stop, step))
}

/// Number of items selected by adjusted (start, stop, step).
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step < 0 {
        if stop < start { ((start - stop - 1) / (-step) + 1) as usize } else { 0 }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    }
}

/// The positions selected by a slice over a sequence of length `len`.
pub fn positions(vm: &mut Vm, s: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = indices(vm, s, len)?;
    let n = slice_len(start, stop, step);
    Ok((0..n).map(|k| (start + k as i64 * step) as usize).collect())
}
