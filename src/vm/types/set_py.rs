//! Python-visible methods of `set` and `frozenset` (the algebra itself is
//! in `set_methods.rs`, the table in `set.rs`).

use crate::vm::protection::MutationGuard;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::vm::args::Args;
use crate::vm::builtins_registry::{attr, class_method, method, static_method};
use crate::vm::errors::{key_error, type_error, PyErr, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::int::new_int;
use crate::vm::types::iter::{new_state_iter, IterState};
use crate::vm::types::method_args::{no_args, one_arg};
use crate::vm::types::registry::{none, not_implemented, py_bool, types, ExcKind};
use crate::vm::types::set::{as_set, is_mutable_set, new_set_of_class, update_from, SetData};
use crate::vm::types::set_methods::{self as sm, result_class};
use crate::vm::types::typeobj::{class_of_ref, is_subclass, type_name};
use crate::vm::value::Value;

fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let data = SetData::new();
    if is_subclass(&cls, &types().frozenset) {
        a.no_kw("frozenset")?;
        let rest = &a.pos()[1..];
        if rest.len() > 1 {
            return Err(type_error(format!("frozenset expected at most 1 argument, got {}", rest.len())));
        }
        if let Some(it) = rest.first() {
            // frozenset(fs) is fs itself for the exact type.
            if cls.is(&types().frozenset) && class_of_ref(it).is(&types().frozenset) {
                return Ok(it.clone());
            }
            update_from(vm, &data, it)?;
        }
    }
    Ok(heap::alloc(cls, Payload::Set(data)))
}

fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("set")?;
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let s = as_set(&pos[0]).ok_or_else(|| type_error("set.__init__ needs a set"))?;
    let _guard = check_mutable(&pos[0], "set.__init__")?;
    s.clear();
    if let Some(it) = pos.get(1) {
        update_from(vm, s, it)?;
    }
    Ok(none())
}

/// `self` of a set or frozenset method.
fn self_any<'a>(a: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a SetData> {
    let Some(first) = a.args.first() else {
        return Err(type_error(format!("descriptor '{name}' of '{owner}' object needs an argument")));
    };
    as_set(first).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", type_name(first)))
    })
}

/// `self` of a mutating method: a set (not a frozenset).
fn self_mut<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a SetData, MutationGuard)> {
    let s = self_any(a, "set", name)?;
    if !is_mutable_set(&a.args[0]) {
        return Err(type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            type_name(&a.args[0])
        )));
    }
    let guard = crate::vm::protocols::check_mutable_lazy(&a.args[0], || format!("set.{name}"))?;
    Ok((s, guard))
}

/// The positional arguments after self, refusing keywords.
fn rest<'a>(a: &Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    a.no_kw(fname)?;
    Ok(&a.pos()[1..])
}

/// CPython's set copy: a fresh table filled by set_merge (so a copy of a
/// set with many deletions is compacted exactly as CPython compacts it).
pub fn fresh_copy(vm: &mut Vm, s: &SetData) -> PyResult<SetData> {
    let r = SetData::new();
    r.merge_from(vm, s)?;
    Ok(r)
}

/// Run a set lookup; an unhashable `set` key is retried as a frozenset.
fn with_key<T>(vm: &mut Vm, key: &Value, mut f: impl FnMut(&mut Vm, &Value) -> PyResult<T>) -> PyResult<T> {
    match f(vm, key) {
        Err(e) if e.matches(ExcKind::TypeError) && is_mutable_set(key) => {
            let tmp = new_set_of_class(types().frozenset.clone(), fresh_copy(vm, as_set(key).unwrap())?);
            f(vm, &tmp)
        }
        r => r,
    }
}

/// `key in s`, where an unhashable set key is looked up as a frozenset.
pub fn contains_key(vm: &mut Vm, s: &SetData, key: &Value) -> PyResult<bool> {
    with_key(vm, key, |vm, k| s.contains(vm, k))
}

fn set_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "add")?;
    let v = one_arg(&a, "set.add")?;
    crate::vm::protocols::check_storable(v)?;
    s.add(vm, v.clone())?;
    Ok(none())
}

fn set_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "remove")?;
    let v = one_arg(&a, "set.remove")?;
    if !with_key(vm, v, |vm, k| s.discard(vm, k))? {
        return Err(key_error(v.clone()));
    }
    Ok(none())
}

fn set_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "discard")?;
    let v = one_arg(&a, "set.discard")?;
    with_key(vm, v, |vm, k| s.discard(vm, k))?;
    Ok(none())
}

fn set_pop(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "pop")?;
    no_args(&a, "set.pop")?;
    s.pop().ok_or_else(|| PyErr::msg(ExcKind::KeyError, "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "clear")?;
    no_args(&a, "set.clear")?;
    s.clear();
    Ok(none())
}

fn set_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "copy")?;
    let this = &a.args[0];
    no_args(&a, &format!("{}.copy", base_name(this)))?;
    if class_of_ref(this).is(&types().frozenset) {
        return Ok(this.clone());
    }
    Ok(new_set_of_class(result_class(this), fresh_copy(vm, s)?))
}

fn base_name(v: &Value) -> &'static str {
    if is_subclass(class_of_ref(v), &types().frozenset) { "frozenset" } else { "set" }
}

fn set_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "__len__")?;
    Ok(new_int(s.len() as i64))
}

fn set_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "__contains__")?;
    let v = one_arg(&a, "__contains__")?;
    Ok(py_bool(with_key(vm, v, |vm, k| s.contains(vm, k))?))
}

fn set_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "__iter__")?;
    Ok(new_state_iter(IterState::Set { set: a.args[0].clone(), pos: 0, len: s.len() }))
}

fn set_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_any(&a, "set", "__repr__")?;
    let s = crate::vm::types::repr::builtin_repr(vm, &a.args[0])?.unwrap_or_default();
    Ok(crate::vm::types::str::new_string(s))
}

fn frozenset_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "frozenset", "__hash__")?;
    let h = crate::algo::hash::hash_frozenset(s.hashed_items().into_iter().map(|(h, _)| h));
    Ok(new_int(h))
}

// ------------------------------------------------------------ algebra methods

fn set_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "union")?;
    let others = rest(&a, &format!("{}.union", base_name(&a.args[0])))?;
    let r = fresh_copy(vm, s)?;
    for o in others {
        update_from(vm, &r, o)?;
    }
    Ok(new_set_of_class(result_class(&a.args[0]), r))
}

fn set_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "intersection")?;
    let others = rest(&a, &format!("{}.intersection", base_name(&a.args[0])))?;
    let mut r = fresh_copy(vm, s)?;
    for o in others {
        r = sm::intersection(vm, &r, o)?;
    }
    Ok(new_set_of_class(result_class(&a.args[0]), r))
}

fn set_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "difference")?;
    let others = rest(&a, &format!("{}.difference", base_name(&a.args[0])))?;
    let r = match others.first() {
        None => fresh_copy(vm, s)?,
        Some(first) => sm::difference(vm, s, first)?,
    };
    for o in others.iter().skip(1) {
        difference_update(vm, &r, o)?;
    }
    Ok(new_set_of_class(result_class(&a.args[0]), r))
}

fn set_symmetric_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "symmetric_difference")?;
    let o = one_arg(&a, &format!("{}.symmetric_difference", base_name(&a.args[0])))?;
    let r = sm::symmetric_difference(vm, s, o)?;
    Ok(new_set_of_class(result_class(&a.args[0]), r))
}

fn difference_update(vm: &mut Vm, s: &SetData, o: &Value) -> PyResult<()> {
    let items = match as_set(o) {
        Some(os) => os.items(),
        None => match o.as_obj().map(|x| &x.payload) {
            Some(Payload::Dict(d)) => d.keys(),
            _ => ops::collect(vm, o)?,
        },
    };
    for k in items {
        s.discard(vm, &k)?;
    }
    Ok(())
}

fn set_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "update")?;
    for o in rest(&a, "set.update")? {
        update_from(vm, s, o)?;
    }
    Ok(none())
}

fn set_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "intersection_update")?;
    let others = rest(&a, "set.intersection_update")?;
    let mut r = fresh_copy(vm, s)?;
    for o in others {
        r = sm::intersection(vm, &r, o)?;
    }
    replace_content(vm, s, &r)?;
    Ok(none())
}

/// Make `s` hold exactly the table of `r` (CPython swaps the bodies).
fn replace_content(vm: &mut Vm, s: &SetData, r: &SetData) -> PyResult<()> {
    s.clear();
    s.merge_from(vm, r)
}

fn set_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, _guard) = self_mut(&a, "difference_update")?;
    for o in rest(&a, "set.difference_update")? {
        if o.is(&a.args[0]) {
            s.clear();
            continue;
        }
        difference_update(vm, s, o)?;
    }
    Ok(none())
}

fn set_symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _guard = self_mut(&a, "symmetric_difference_update")?;
    let o = one_arg(&a, "set.symmetric_difference_update")?;
    if o.is(&a.args[0]) {
        as_set(o).unwrap().clear();
        return Ok(none());
    }
    sm::set_inplace_operation(vm, &a.args[0], o, BinOp::Xor)?;
    Ok(none())
}

/// Every element of `a` is in `b` (`b` a set).
fn subset(vm: &mut Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.items() {
        if !b.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The other operand as a set (converting any iterable).
fn as_set_data(vm: &mut Vm, o: &Value) -> PyResult<SetData> {
    match as_set(o) {
        Some(s) => Ok(s.copy()),
        None => {
            let s = SetData::new();
            update_from(vm, &s, o)?;
            Ok(s)
        }
    }
}

fn set_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "issubset")?;
    let o = one_arg(&a, &format!("{}.issubset", base_name(&a.args[0])))?;
    let other = as_set_data(vm, o)?;
    Ok(py_bool(subset(vm, s, &other)?))
}

fn set_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "issuperset")?;
    let o = one_arg(&a, &format!("{}.issuperset", base_name(&a.args[0])))?;
    if let Some(os) = as_set(o) {
        return Ok(py_bool(subset(vm, os, s)?));
    }
    let it = ops::iter(vm, o)?;
    while let Some(k) = ops::next(vm, &it)? {
        if !s.contains(vm, &k)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn set_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_any(&a, "set", "isdisjoint")?;
    let o = one_arg(&a, &format!("{}.isdisjoint", base_name(&a.args[0])))?;
    if o.is(&a.args[0]) {
        return Ok(py_bool(s.is_empty()));
    }
    if let Some(os) = as_set(o) {
        let (small, big) = if os.len() > s.len() { (s, os) } else { (os, s) };
        for k in small.items() {
            if big.contains(vm, &k)? {
                return Ok(py_bool(false));
            }
        }
        return Ok(py_bool(true));
    }
    let it = ops::iter(vm, o)?;
    while let Some(k) = ops::next(vm, &it)? {
        if s.contains(vm, &k)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

// ------------------------------------------------------------ operators

fn binop(vm: &mut Vm, a: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    self_any(a, "set", name)?;
    let o = one_arg(a, name)?;
    if as_set(o).is_none() {
        return Ok(not_implemented());
    }
    let this = &a.args[0];
    if reflected {
        sm::set_operation(vm, o, this, op)
    } else {
        sm::set_operation(vm, this, o, op)
    }
}

fn set_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__or__", BinOp::Or, false)
}
fn set_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__ror__", BinOp::Or, true)
}
fn set_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__and__", BinOp::And, false)
}
fn set_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__rand__", BinOp::And, true)
}
fn set_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__sub__", BinOp::Sub, false)
}
fn set_rsub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__rsub__", BinOp::Sub, true)
}
fn set_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__xor__", BinOp::Xor, false)
}
fn set_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__rxor__", BinOp::Xor, true)
}

fn inplace(vm: &mut Vm, a: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    let _guard = self_mut(a, name)?;
    let o = one_arg(a, name)?;
    if as_set(o).is_none() {
        return Ok(not_implemented());
    }
    let this = &a.args[0];
    match op {
        BinOp::Sub | BinOp::Xor if o.is(this) => as_set(this).unwrap().clear(),
        _ => sm::set_inplace_operation(vm, this, o, op)?,
    }
    Ok(this.clone())
}

fn set_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, "__ior__", BinOp::Or)
}
fn set_iand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, "__iand__", BinOp::And)
}
fn set_isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, "__isub__", BinOp::Sub)
}
fn set_ixor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, "__ixor__", BinOp::Xor)
}

fn set_cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let s = self_any(a, "set", name)?;
    let o = one_arg(a, name)?;
    let Some(os) = as_set(o) else { return Ok(not_implemented()) };
    let r = match op {
        CmpOp::Eq => s.len() == os.len() && subset(vm, s, os)?,
        CmpOp::Ne => !(s.len() == os.len() && subset(vm, s, os)?),
        CmpOp::Le => subset(vm, s, os)?,
        CmpOp::Ge => subset(vm, os, s)?,
        CmpOp::Lt => s.len() < os.len() && subset(vm, s, os)?,
        CmpOp::Gt => s.len() > os.len() && subset(vm, os, s)?,
    };
    Ok(py_bool(r))
}

fn set_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_cmp(vm, &a, "__eq__", CmpOp::Eq)
}
fn set_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_cmp(vm, &a, "__ne__", CmpOp::Ne)
}
fn set_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_cmp(vm, &a, "__lt__", CmpOp::Lt)
}
fn set_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_cmp(vm, &a, "__le__", CmpOp::Le)
}
fn set_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_cmp(vm, &a, "__gt__", CmpOp::Gt)
}
fn set_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_cmp(vm, &a, "__ge__", CmpOp::Ge)
}

pub fn register() {
    let t = types();
    let (s, fs) = (&t.set, &t.frozenset);
    static_method(s, "__new__", set_new);
    method(s, "__init__", set_init);
    static_method(fs, "__new__", set_new);
    for cls in [s, fs] {
        method(cls, "copy", set_copy);
        method(cls, "union", set_union);
        method(cls, "intersection", set_intersection);
        method(cls, "difference", set_difference);
        method(cls, "symmetric_difference", set_symmetric_difference);
        method(cls, "issubset", set_issubset);
        method(cls, "issuperset", set_issuperset);
        method(cls, "isdisjoint", set_isdisjoint);
        method(cls, "__len__", set_len);
        method(cls, "__contains__", set_contains);
        method(cls, "__iter__", set_iter);
        method(cls, "__repr__", set_repr);
        method(cls, "__or__", set_or);
        method(cls, "__ror__", set_ror);
        method(cls, "__and__", set_and);
        method(cls, "__rand__", set_rand);
        method(cls, "__sub__", set_sub);
        method(cls, "__rsub__", set_rsub);
        method(cls, "__xor__", set_xor);
        method(cls, "__rxor__", set_rxor);
        method(cls, "__eq__", set_eq);
        method(cls, "__ne__", set_ne);
        method(cls, "__lt__", set_lt);
        method(cls, "__le__", set_le);
        method(cls, "__gt__", set_gt);
        method(cls, "__ge__", set_ge);
        class_method(cls, "__class_getitem__", crate::vm::types::list_methods::class_getitem);
    }
    method(s, "add", set_add);
    method(s, "remove", set_remove);
    method(s, "discard", set_discard);
    method(s, "pop", set_pop);
    method(s, "clear", set_clear);
    method(s, "update", set_update);
    method(s, "intersection_update", set_intersection_update);
    method(s, "difference_update", set_difference_update);
    method(s, "symmetric_difference_update", set_symmetric_difference_update);
    method(s, "__ior__", set_ior);
    method(s, "__iand__", set_iand);
    method(s, "__isub__", set_isub);
    method(s, "__ixor__", set_ixor);
    attr(s, "__hash__", none());
    method(fs, "__hash__", frozenset_hash);
}
