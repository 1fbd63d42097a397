//! Set algebra shared by the operators and the methods of set/frozenset.

use crate::compiler::bytecode::BinOp;
use crate::vm::errors::PyResult;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::set::{as_set, new_set_of_class, update_from, SetData};
use crate::vm::types::registry::types;
use crate::vm::types::typeobj::{class_of_ref, is_subclass};
use crate::vm::value::Value;

/// The class of a set-operation result: set or frozenset after the left operand.
pub fn result_class(a: &Value) -> Value {
    if is_subclass(class_of_ref(a), &types().frozenset) { types().frozenset.clone() } else { types().set.clone() }
}

/// Items of `other` as a set (reusing it if it already is one).
fn other_set(vm: &mut Vm, other: &Value) -> PyResult<SetData> {
    match as_set(other) {
        Some(s) => Ok(s.copy()),
        None => {
            let s = SetData::new();
            update_from(vm, &s, other)?;
            Ok(s)
        }
    }
}

/// CPython's set copy: a fresh table filled by set_merge.
fn fresh_copy(vm: &mut Vm, a: &SetData) -> PyResult<SetData> {
    let r = SetData::new();
    r.merge_from(vm, a)?;
    Ok(r)
}

pub fn union(vm: &mut Vm, a: &SetData, b: &Value) -> PyResult<SetData> {
    let r = fresh_copy(vm, a)?;
    update_from(vm, &r, b)?;
    Ok(r)
}

pub fn intersection(vm: &mut Vm, a: &SetData, b: &Value) -> PyResult<SetData> {
    let r = SetData::new();
    if let Some(bs) = as_set(b) {
        // CPython iterates over the smaller set.
        let (small, big) = if bs.len() > a.len() { (a, bs) } else { (bs, a) };
        for (h, k) in small.hashed_items() {
            if big.contains(vm, &k)? {
                r.add_hashed(vm, k, h)?;
            }
        }
        return Ok(r);
    }
    let it = ops::iter(vm, b)?;
    while let Some(k) = ops::next(vm, &it)? {
        if a.contains(vm, &k)? {
            r.add(vm, k)?;
        }
    }
    Ok(r)
}

/// CPython's set_difference: build from `a` when `b` is a set or dict of
/// comparable size, otherwise copy `a` and discard `b`'s items.
pub fn difference(vm: &mut Vm, a: &SetData, b: &Value) -> PyResult<SetData> {
    let other_size = match (as_set(b), b.as_obj().map(|o| &o.payload)) {
        (Some(bs), _) => Some(bs.len()),
        (None, Some(crate::vm::object::Payload::Dict(d))) if crate::vm::types::typeobj::class_of_ref(b).is(&types().dict) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (a.len() >> 2) <= n => {
            let r = SetData::new();
            for (h, k) in a.hashed_items() {
                let found = match as_set(b) {
                    Some(bs) => bs.contains(vm, &k)?,
                    None => crate::vm::types::dict_methods::as_dict(b).unwrap().contains(vm, &k)?,
                };
                if !found {
                    r.add_hashed(vm, k, h)?;
                }
            }
            Ok(r)
        }
        _ => {
            let r = fresh_copy(vm, a)?;
            let items = match as_set(b) {
                Some(bs) => bs.items(),
                None => match crate::vm::types::dict_methods::as_dict(b) {
                    Some(d) if crate::vm::types::typeobj::class_of_ref(b).is(&types().dict) => d.keys(),
                    _ => ops::collect(vm, b)?,
                },
            };
            for k in items {
                r.discard(vm, &k)?;
            }
            Ok(r)
        }
    }
}

/// CPython's set_symmetric_difference: a new set from `b`, updated with `a`.
pub fn symmetric_difference(vm: &mut Vm, a: &SetData, b: &Value) -> PyResult<SetData> {
    let r = match as_set(b) {
        Some(bs) => fresh_copy(vm, bs)?,
        None => other_set(vm, b)?,
    };
    for (h, k) in a.hashed_items() {
        if !r.discard(vm, &k)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

pub fn set_operation(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let sa = as_set(a).unwrap();
    let r = match op {
        BinOp::Or => union(vm, sa, b)?,
        BinOp::And => intersection(vm, sa, b)?,
        BinOp::Sub => difference(vm, sa, b)?,
        _ => symmetric_difference(vm, sa, b)?,
    };
    Ok(new_set_of_class(result_class(a), r))
}

pub fn set_inplace_operation(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    let sa = as_set(a).unwrap();
    match op {
        BinOp::Or => update_from(vm, sa, b),
        BinOp::Sub => {
            for k in other_set(vm, b)?.items() {
                sa.discard(vm, &k)?;
            }
            Ok(())
        }
        BinOp::And => {
            let r = intersection(vm, sa, b)?;
            sa.clear();
            sa.merge_from(vm, &r)
        }
        _ => {
            let other = other_set(vm, b)?;
            for (h, k) in other.hashed_items() {
                if !sa.discard(vm, &k)? {
                    sa.add_hashed(vm, k, h)?;
                }
            }
            Ok(())
        }
    }
}
