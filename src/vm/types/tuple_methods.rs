//! Python-visible methods of `tuple`, including the special methods that
//! tuple subclasses and explicit calls reach.

use crate::compiler::bytecode::CmpOp;
use crate::vm::args::Args;
use crate::vm::builtins_registry::{class_method, method, static_method};
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::new_int;
use crate::vm::types::iter::{new_state_iter, IterState};
use crate::vm::types::method_args::{arg_range, no_args, one_arg, start_stop};
use crate::vm::types::registry::{not_implemented, py_bool, types};
use crate::vm::types::seq;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of_ref, lookup, type_name};
use crate::vm::value::Value;

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    a.no_kw("tuple")?;
    let rest = &a.pos()[1..];
    if rest.len() > 1 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", rest.len())));
    }
    if let Some(it) = rest.first() {
        // tuple(t) is t itself for an exact tuple.
        if cls.is(&types().tuple) && class_of_ref(it).is(&types().tuple) {
            return Ok(it.clone());
        }
    }
    let items = match rest.first() {
        Some(it) => ops::collect(vm, it)?,
        None => Vec::new(),
    };
    if cls.is(&types().tuple) {
        return Ok(new_tuple(items));
    }
    Ok(heap::alloc(cls, Payload::Tuple(items.into_boxed_slice())))
}

fn self_tuple<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    let Some(first) = a.args.first() else {
        return Err(type_error(format!("descriptor '{name}' of 'tuple' object needs an argument")));
    };
    as_tuple(first).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object", type_name(first)))
    })
}

fn tuple_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "index")?;
    let p = arg_range(&a, "tuple.index", "index", 1, 3)?;
    let (start, stop) = start_stop(vm, p.get(1), p.get(2), t.len())?;
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if ops::eq_bool(vm, item, &p[0])? {
            return Ok(new_int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "count")?;
    let x = one_arg(&a, "tuple.count")?;
    let mut n = 0i64;
    for item in t.iter() {
        if ops::eq_bool(vm, item, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn tuple_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "__len__")?;
    no_args(&a, "tuple.__len__")?;
    Ok(new_int(t.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_tuple(&a, "__getitem__")?;
    let k = one_arg(&a, "tuple.__getitem__")?;
    seq::getitem_impl(vm, &a.args[0], k).unwrap()
}

fn tuple_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_tuple(&a, "__contains__")?;
    let k = one_arg(&a, "tuple.__contains__")?;
    Ok(py_bool(seq::contains_impl(vm, &a.args[0], k).unwrap()?))
}

fn tuple_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_tuple(&a, "__iter__")?;
    no_args(&a, "tuple.__iter__")?;
    Ok(new_state_iter(IterState::Seq { seq: a.args[0].clone(), pos: 0 }))
}

fn user_reflected(other: &Value, rname: &str) -> bool {
    !other.is_small_int() && !class_of_ref(other).as_obj().unwrap().is_immortal() && lookup(class_of_ref(other), rname).is_some()
}

fn tuple_add(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "__add__")?;
    let o = one_arg(&a, "tuple.__add__")?;
    match as_tuple(o) {
        Some(ot) => {
            let mut v = t.to_vec();
            v.extend(ot.iter().cloned());
            Ok(new_tuple(v))
        }
        None if user_reflected(o, "__radd__") => Ok(not_implemented()),
        None => Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(o)))),
    }
}

fn tuple_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "__mul__")?;
    let o = one_arg(&a, "tuple.__mul__")?;
    if !crate::vm::types::int::is_int_like(o) && lookup(class_of_ref(o), "__index__").is_none() {
        if user_reflected(o, "__rmul__") {
            return Ok(not_implemented());
        }
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(o))));
    }
    let n = ops::index_value(vm, o)?.max(0) as usize;
    if n == 1 && class_of_ref(&a.args[0]).is(&types().tuple) {
        return Ok(a.args[0].clone());
    }
    if !t.is_empty() && n > (isize::MAX as usize / 16) / t.len() {
        return Err(crate::vm::errors::PyErr::empty(crate::vm::types::registry::ExcKind::MemoryError));
    }
    let mut v = Vec::with_capacity(t.len() * n);
    for _ in 0..n {
        v.extend(t.iter().cloned());
    }
    Ok(new_tuple(v))
}

fn tuple_cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let t = self_tuple(a, name)?;
    let o = one_arg(a, &format!("tuple.{name}"))?;
    match as_tuple(o) {
        Some(ot) => seq::compare_seqs(vm, t, ot, op),
        None => Ok(not_implemented()),
    }
}

fn tuple_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    tuple_cmp(vm, &a, "__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    tuple_cmp(vm, &a, "__ne__", CmpOp::Ne)
}
fn tuple_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    tuple_cmp(vm, &a, "__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    tuple_cmp(vm, &a, "__le__", CmpOp::Le)
}
fn tuple_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    tuple_cmp(vm, &a, "__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    tuple_cmp(vm, &a, "__ge__", CmpOp::Ge)
}

/// CPython's tuple hash (xxHash-based) over the items' hashes.
fn tuple_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "__hash__")?;
    no_args(&a, "tuple.__hash__")?;
    let mut hs = Vec::with_capacity(t.len());
    for it in t.iter() {
        hs.push(ops::hash(vm, it)?);
    }
    Ok(new_int(crate::algo::hash::hash_tuple(hs, t.len())))
}

fn tuple_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_tuple(&a, "__repr__")?;
    no_args(&a, "tuple.__repr__")?;
    let s = crate::vm::types::repr::builtin_repr(vm, &a.args[0])?.unwrap_or_default();
    Ok(crate::vm::types::str::new_string(s))
}

fn tuple_getnewargs(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = self_tuple(&a, "__getnewargs__")?;
    no_args(&a, "tuple.__getnewargs__")?;
    Ok(new_tuple(vec![new_tuple(t.to_vec())]))
}

pub fn register() {
    let t = &types().tuple;
    static_method(t, "__new__", tuple_new);
    method(t, "index", tuple_index);
    method(t, "count", tuple_count);
    method(t, "__len__", tuple_len);
    method(t, "__getitem__", tuple_getitem);
    method(t, "__contains__", tuple_contains);
    method(t, "__iter__", tuple_iter);
    method(t, "__add__", tuple_add);
    method(t, "__mul__", tuple_mul);
    method(t, "__rmul__", tuple_mul);
    method(t, "__eq__", tuple_eq);
    method(t, "__ne__", tuple_ne);
    method(t, "__lt__", tuple_lt);
    method(t, "__le__", tuple_le);
    method(t, "__gt__", tuple_gt);
    method(t, "__ge__", tuple_ge);
    method(t, "__hash__", tuple_hash);
    method(t, "__repr__", tuple_repr);
    method(t, "__getnewargs__", tuple_getnewargs);
    class_method(t, "__class_getitem__", crate::vm::types::list_methods::class_getitem);
}
