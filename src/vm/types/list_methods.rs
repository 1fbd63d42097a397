//! Python-visible methods of `list`, including the special methods that
//! subclasses and explicit calls (`list.__add__(a, b)`) reach; exact lists
//! normally take the fast paths in `seq.rs`/`ops.rs` instead.

use crate::vm::protection::MutationGuard;
use crate::compiler::bytecode::CmpOp;
use crate::vm::args::Args;
use crate::vm::builtins_registry::{attr, class_method, method, static_method};
use crate::vm::errors::{index_error, type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::int::new_int;
use crate::vm::types::iter::{new_state_iter, IterState};
use crate::vm::types::list::{as_list, new_list, ListData};
use crate::vm::types::method_args::{arg_range, no_args, one_arg, start_stop};
use crate::vm::types::registry::{none, not_implemented, py_bool, types};
use crate::vm::types::seq;
use crate::vm::types::typeobj::{class_of_ref, lookup, type_name};
use crate::vm::value::Value;

fn list_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    Ok(heap::alloc(cls, Payload::List(ListData::new(Vec::new()))))
}

fn list_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("list")?;
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let l = as_list(&pos[0]).ok_or_else(|| type_error("list.__init__ needs a list"))?;
    let _guard = check_mutable(&pos[0], "list.__init__")?;
    // CPython empties the list first: `l.__init__(l)` leaves it empty.
    drop(l.replace_all(Vec::new()));
    if let Some(it) = pos.get(1) {
        let items = ops::collect(vm, it)?;
        l.extend(items);
    }
    Ok(none())
}

fn self_list<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a ListData> {
    let Some(first) = a.args.first() else {
        return Err(type_error(format!("descriptor '{name}' of 'list' object needs an argument")));
    };
    as_list(first).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{}' object", type_name(first)))
    })
}

/// The list and a mutation check, for mutating methods.
fn self_mut<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a ListData, MutationGuard)> {
    let l = self_list(a, name)?;
    let guard = crate::vm::protocols::check_mutable_lazy(&a.args[0], || format!("list.{name}"))?;
    Ok((l, guard))
}

fn list_append(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "append")?;
    let v = one_arg(&a, "list.append")?;
    crate::vm::protocols::check_storable(v)?;
    l.push(v.clone());
    Ok(none())
}

fn list_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "extend")?;
    let v = one_arg(&a, "list.extend")?;
    let items = ops::collect(vm, v)?;
    l.extend(items);
    Ok(none())
}

fn list_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "insert")?;
    let p = arg_range(&a, "list.insert", "insert", 2, 2)?;
    let i = ops::index_value(vm, &p[0])?;
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    crate::vm::protocols::check_storable(&p[1])?;
    l.insert(at, p[1].clone());
    Ok(none())
}

/// Position of the first item equal to `x` in [start, stop), re-reading the
/// list after every comparison (which may mutate it).
fn find(vm: &mut Vm, l: &ListData, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if ops::eq_bool(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "remove")?;
    let x = one_arg(&a, "list.remove")?;
    match find(vm, l, x, 0, usize::MAX)? {
        Some(i) if i < l.len() => {
            drop(l.remove(i));
            Ok(none())
        }
        _ => Err(value_error("list.remove(x): x not in list")),
    }
}

fn list_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "pop")?;
    let p = arg_range(&a, "list.pop", "pop", 0, 1)?;
    let i = match p.first() {
        Some(v) => ops::index_value(vm, v)?,
        None => -1,
    };
    let n = l.len() as i64;
    if n == 0 {
        return Err(index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    l.remove(j as usize).ok_or_else(|| index_error("pop index out of range"))
}

fn list_clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "clear")?;
    no_args(&a, "list.clear")?;
    drop(l.replace_all(Vec::new()));
    Ok(none())
}

fn list_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "index")?;
    let p = arg_range(&a, "list.index", "index", 1, 3)?;
    let (start, stop) = start_stop(vm, p.get(1), p.get(2), l.len())?;
    match find(vm, l, &p[0], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => {
            let r = ops::repr_string(vm, &p[0])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "count")?;
    let x = one_arg(&a, "list.count")?;
    let (mut i, mut n) = (0, 0i64);
    while let Some(item) = l.get(i) {
        if ops::eq_bool(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}

fn list_sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "sort")?;
    if a.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in a.kw() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !ops::is_none(v)),
            "reverse" => reverse = bool_arg(vm, v)?,
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    crate::vm::types::list_sort::sort_list(vm, l, key.as_ref(), reverse)?;
    Ok(none())
}

/// An int-valued flag (CPython's `reverse` is parsed as an int).
fn bool_arg(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if crate::vm::types::float::is_float(v) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    if crate::vm::types::int::is_int_like(v) {
        return ops::truthy(vm, v);
    }
    Ok(ops::index_value(vm, v)? != 0)
}

fn list_reverse(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "reverse")?;
    no_args(&a, "list.reverse")?;
    l.reverse();
    Ok(none())
}

fn list_copy(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "copy")?;
    no_args(&a, "list.copy")?;
    Ok(crate::vm::types::list::new_list_from(l.copy()))
}

// ------------------------------------------------------------ special methods

fn list_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "__len__")?;
    no_args(&a, "list.__len__")?;
    Ok(new_int(l.len() as i64))
}

fn list_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_list(&a, "__getitem__")?;
    let k = one_arg(&a, "list.__getitem__")?;
    seq::getitem_impl(vm, &a.args[0], k).unwrap()
}

fn list_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_list(&a, "__setitem__")?;
    let p = arg_range(&a, "list.__setitem__", "__setitem__", 2, 2)?;
    seq::setitem_impl(vm, &a.args[0], &p[0], &p[1]).unwrap()?;
    Ok(none())
}

fn list_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_list(&a, "__delitem__")?;
    let k = one_arg(&a, "list.__delitem__")?;
    seq::delitem_impl(vm, &a.args[0], k).unwrap()?;
    Ok(none())
}

fn list_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_list(&a, "__contains__")?;
    let k = one_arg(&a, "list.__contains__")?;
    Ok(py_bool(seq::contains_impl(vm, &a.args[0], k).unwrap()?))
}

fn list_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_list(&a, "__iter__")?;
    no_args(&a, "list.__iter__")?;
    Ok(new_state_iter(IterState::Seq { seq: a.args[0].clone(), pos: 0 }))
}

fn list_reversed(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "__reversed__")?;
    no_args(&a, "list.__reversed__")?;
    let st = IterState::Reversed { seq: a.args[0].clone(), next: l.len() as i64 - 1 };
    Ok(crate::vm::types::iter::new_iter(types().reversed.clone(), st))
}

/// Does `other`'s (user) class offer the reflected operator? Then a
/// list operator returns NotImplemented instead of raising, as CPython's
/// slot order lets that method run.
fn user_reflected(other: &Value, rname: &str) -> bool {
    !other.is_small_int() && !class_of_ref(other).as_obj().unwrap().is_immortal() && lookup(class_of_ref(other), rname).is_some()
}

fn list_add(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "__add__")?;
    let o = one_arg(&a, "list.__add__")?;
    match as_list(o) {
        Some(ol) => {
            let mut v = l.snapshot();
            v.extend(ol.snapshot());
            Ok(new_list(v))
        }
        None if user_reflected(o, "__radd__") => Ok(not_implemented()),
        None => Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(o)))),
    }
}

fn list_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "__iadd__")?;
    let o = one_arg(&a, "list.__iadd__")?;
    let items = ops::collect(vm, o)?;
    l.extend(items);
    Ok(a.args[0].clone())
}

/// The repeat count of `*`, or None when `n` is not an integer.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if !crate::vm::types::int::is_int_like(n) && lookup(class_of_ref(n), "__index__").is_none() {
        return Ok(None);
    }
    let i = ops::index(vm, n)?;
    let i = crate::vm::types::int::to_i64(&i);
    match i {
        Some(i) => Ok(Some(i.max(0) as usize)),
        None if crate::vm::types::int::to_bigint(n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) => Ok(Some(0)),
        None => Err(crate::vm::errors::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(n)
        ))),
    }
}

fn repeated(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if !items.is_empty() && n > (isize::MAX as usize / 16) / items.len() {
        return Err(crate::vm::errors::PyErr::empty(crate::vm::types::registry::ExcKind::MemoryError));
    }
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(v)
}

fn list_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "__mul__")?;
    let o = one_arg(&a, "list.__mul__")?;
    match repeat_count(vm, o)? {
        Some(n) => Ok(new_list(repeated(&l.snapshot(), n)?)),
        None if user_reflected(o, "__rmul__") => Ok(not_implemented()),
        None => Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(o)))),
    }
}

fn list_imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (l, _guard) = self_mut(&a, "__imul__")?;
    let o = one_arg(&a, "list.__imul__")?;
    match repeat_count(vm, o)? {
        Some(n) => {
            let v = repeated(&l.snapshot(), n)?;
            drop(l.replace_all(v));
            Ok(a.args[0].clone())
        }
        None if user_reflected(o, "__rmul__") => Ok(not_implemented()),
        None => Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(o)))),
    }
}

fn list_cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let l = self_list(a, name)?;
    let o = one_arg(a, &format!("list.{name}"))?;
    match as_list(o) {
        Some(ol) => seq::compare_seqs(vm, &l.snapshot(), &ol.snapshot(), op),
        None => Ok(not_implemented()),
    }
}

fn list_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    list_cmp(vm, &a, "__eq__", CmpOp::Eq)
}
fn list_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    list_cmp(vm, &a, "__ne__", CmpOp::Ne)
}
fn list_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    list_cmp(vm, &a, "__lt__", CmpOp::Lt)
}
fn list_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    list_cmp(vm, &a, "__le__", CmpOp::Le)
}
fn list_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    list_cmp(vm, &a, "__gt__", CmpOp::Gt)
}
fn list_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    list_cmp(vm, &a, "__ge__", CmpOp::Ge)
}

fn list_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_list(&a, "__repr__")?;
    no_args(&a, "list.__repr__")?;
    let s = crate::vm::types::repr::builtin_repr(vm, &a.args[0])?.unwrap_or_default();
    Ok(crate::vm::types::str::new_string(s))
}

fn list_sizeof(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "__sizeof__")?;
    Ok(new_int(40 + 8 * l.capacity() as i64))
}

/// `list[int]` and friends: a types.GenericAlias.
pub fn class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("__class_getitem__() takes exactly one argument ({} given)", p.len().saturating_sub(1))));
    }
    crate::vm::types::generic_alias::new_generic_alias(vm, &p[0], &p[1])
}

pub fn register() {
    let l = &types().list;
    static_method(l, "__new__", list_new);
    method(l, "__init__", list_init);
    method(l, "append", list_append);
    method(l, "extend", list_extend);
    method(l, "insert", list_insert);
    method(l, "remove", list_remove);
    method(l, "pop", list_pop);
    method(l, "clear", list_clear);
    method(l, "index", list_index);
    method(l, "count", list_count);
    method(l, "sort", list_sort);
    method(l, "reverse", list_reverse);
    method(l, "copy", list_copy);
    method(l, "__len__", list_len);
    method(l, "__getitem__", list_getitem);
    method(l, "__setitem__", list_setitem);
    method(l, "__delitem__", list_delitem);
    method(l, "__contains__", list_contains);
    method(l, "__iter__", list_iter);
    method(l, "__reversed__", list_reversed);
    method(l, "__add__", list_add);
    method(l, "__iadd__", list_iadd);
    method(l, "__mul__", list_mul);
    method(l, "__rmul__", list_mul);
    method(l, "__imul__", list_imul);
    method(l, "__eq__", list_eq);
    method(l, "__ne__", list_ne);
    method(l, "__lt__", list_lt);
    method(l, "__le__", list_le);
    method(l, "__gt__", list_gt);
    method(l, "__ge__", list_ge);
    method(l, "__repr__", list_repr);
    method(l, "__sizeof__", list_sizeof);
    attr(l, "__hash__", none());
    class_method(l, "__class_getitem__", class_getitem);
}
