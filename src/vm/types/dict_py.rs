//! Python-visible methods of `dict`, including the special methods that
//! dict subclasses (`__missing__`) and explicit calls reach. The views
//! returned by keys()/values()/items() live in `dict_views.rs`.

use crate::vm::protection::MutationGuard;
use crate::compiler::bytecode::CmpOp;
use crate::vm::args::Args;
use crate::vm::builtins_registry::{attr, class_method, method, static_method};
use crate::vm::call::{call, call_unbound};
use crate::vm::errors::{key_error, type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::dict::DictData;
use crate::vm::types::dict_methods::{as_dict, dict_merge};
use crate::vm::types::dict_views::{new_view, ViewKind};
use crate::vm::types::int::new_int;
use crate::vm::types::iter::{dict_view_iter, new_iter, IterState};
use crate::vm::types::method_args::{arg_range, no_args, one_arg};
use crate::vm::types::registry::{none, not_implemented, py_bool, types};
use crate::vm::types::str::intern;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{class_of, class_of_ref, lookup, type_name};
use crate::vm::value::Value;

fn dict_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    Ok(heap::alloc(cls, Payload::Dict(DictData::new())))
}

/// Merge `src` into dict `target`: a mapping (anything with `keys`) or an
/// iterable of key/value pairs (CPython's dict_update_arg).
pub fn update_from_value(vm: &mut Vm, target: &Value, src: &Value) -> PyResult<()> {
    if as_dict(src).is_some() || lookup(&class_of(src), "keys").is_some() {
        return dict_merge(vm, target, src, false, || None);
    }
    let d = as_dict(target).unwrap();
    let it = ops::iter(vm, src)?;
    let mut n = 0;
    while let Some(item) = ops::next(vm, &it)? {
        let kv = match seq_items(vm, &item)? {
            Some(kv) => kv,
            None => {
                return Err(type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence")));
            }
        };
        if kv.len() != 2 {
            return Err(crate::vm::errors::value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().unwrap(), kv.next().unwrap());
        d.set(vm, k, v)?;
        n += 1;
    }
    Ok(())
}

/// The items of an update-sequence element, or None if it is not iterable.
fn seq_items(vm: &mut Vm, item: &Value) -> PyResult<Option<Vec<Value>>> {
    let it = match ops::iter(vm, item) {
        Ok(it) => it,
        Err(e) if e.matches(crate::vm::types::registry::ExcKind::TypeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(x);
    }
    Ok(Some(out))
}

/// dict.update / dict.__init__ argument handling.
pub fn update_from_args(vm: &mut Vm, target: &Value, a: &Args, fname: &str) -> PyResult<()> {
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("{fname} expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(src) = pos.get(1) {
        update_from_value(vm, target, src)?;
    }
    let d = as_dict(target).unwrap();
    for (k, v) in a.kw() {
        d.set(vm, intern(k), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = self_value(&a, "__init__")?;
    let _guard = check_mutable(&target, "dict.__init__")?;
    update_from_args(vm, &target, &a, "dict")?;
    Ok(none())
}

fn self_dict<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a DictData> {
    let Some(first) = a.args.first() else {
        return Err(type_error(format!("descriptor '{name}' of 'dict' object needs an argument")));
    };
    as_dict(first).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object", type_name(first)))
    })
}

fn self_value(a: &Args, name: &str) -> PyResult<Value> {
    self_dict(a, name)?;
    Ok(a.args[0].clone())
}

fn self_mut<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a DictData, MutationGuard)> {
    let d = self_dict(a, name)?;
    let guard = crate::vm::protocols::check_mutable_lazy(&a.args[0], || format!("dict.{name}"))?;
    Ok((d, guard))
}

fn dict_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "get")?;
    let p = arg_range(&a, "dict.get", "get", 1, 2)?;
    Ok(d.get(vm, &p[0])?.unwrap_or_else(|| p.get(1).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _guard) = self_mut(&a, "setdefault")?;
    let p = arg_range(&a, "dict.setdefault", "setdefault", 1, 2)?;
    let hash = ops::hash(vm, &p[0])?;
    if let Some(v) = d.get_hashed(vm, &p[0], hash)? {
        return Ok(v);
    }
    let default = p.get(1).cloned().unwrap_or_else(none);
    crate::vm::protocols::check_storable(&default)?;
    d.set_hashed(vm, p[0].clone(), hash, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _guard) = self_mut(&a, "pop")?;
    let p = arg_range(&a, "dict.pop", "pop", 1, 2)?;
    match d.remove(vm, &p[0])? {
        Some(v) => Ok(v),
        None => p.get(1).cloned().ok_or_else(|| key_error(p[0].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _guard) = self_mut(&a, "popitem")?;
    no_args(&a, "dict.popitem")?;
    let Some((pos, k, v)) = d.prev_entry(d.entries_len()) else {
        return Err(crate::vm::errors::PyErr::msg(
            crate::vm::types::registry::ExcKind::KeyError,
            "popitem(): dictionary is empty",
        ));
    };
    let h = d.hash_at(pos);
    d.remove_hashed(vm, &k, h)?;
    Ok(new_tuple(vec![k, v]))
}

fn dict_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = self_value(&a, "update")?;
    let _guard = check_mutable(&target, "dict.update")?;
    update_from_args(vm, &target, &a, "update")?;
    Ok(none())
}

fn dict_keys(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_value(&a, "keys")?;
    no_args(&a, "dict.keys")?;
    Ok(new_view(ViewKind::Keys, d))
}
fn dict_values(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_value(&a, "values")?;
    no_args(&a, "dict.values")?;
    Ok(new_view(ViewKind::Values, d))
}
fn dict_items(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_value(&a, "items")?;
    no_args(&a, "dict.items")?;
    Ok(new_view(ViewKind::Items, d))
}

fn dict_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = arg_range(&a, "dict.fromkeys", "fromkeys", 1, 2)?;
    let cls = a.args[0].clone();
    let value = p.get(1).cloned().unwrap_or_else(none);
    let d = call(vm, &cls, &[], &[])?;
    let exact = class_of_ref(&d).is(&types().dict);
    let it = ops::iter(vm, &p[0])?;
    while let Some(k) = ops::next(vm, &it)? {
        if exact {
            as_dict(&d).unwrap().set(vm, k, value.clone())?;
        } else {
            ops::setitem(vm, &d, &k, &value)?;
        }
    }
    Ok(d)
}

fn dict_copy(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "copy")?;
    no_args(&a, "dict.copy")?;
    Ok(heap::alloc(types().dict.clone(), Payload::Dict(d.copy())))
}

fn dict_clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _guard) = self_mut(&a, "clear")?;
    no_args(&a, "dict.clear")?;
    d.clear();
    Ok(none())
}

// ------------------------------------------------------------ special methods

fn dict_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "__len__")?;
    no_args(&a, "dict.__len__")?;
    Ok(new_int(d.len() as i64))
}

fn dict_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "__getitem__")?;
    let k = one_arg(&a, "dict.__getitem__")?;
    if let Some(v) = d.get(vm, k)? {
        return Ok(v);
    }
    let this = &a.args[0];
    let missing = if class_of_ref(this).is(&types().dict) { None } else { lookup(class_of_ref(this), "__missing__") };
    if let Some(m) = missing {
        return call_unbound(vm, &m, this, std::slice::from_ref(k));
    }
    Err(key_error(k.clone()))
}

fn dict_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _guard) = self_mut(&a, "__setitem__")?;
    let p = arg_range(&a, "dict.__setitem__", "__setitem__", 2, 2)?;
    crate::vm::protocols::check_storable(&p[1])?;
    d.set(vm, p[0].clone(), p[1].clone())?;
    Ok(none())
}

fn dict_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _guard) = self_mut(&a, "__delitem__")?;
    let k = one_arg(&a, "dict.__delitem__")?;
    match d.remove(vm, k)? {
        Some(_) => Ok(none()),
        None => Err(key_error(k.clone())),
    }
}

fn dict_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "__contains__")?;
    let k = one_arg(&a, "dict.__contains__")?;
    Ok(py_bool(d.contains(vm, k)?))
}

fn dict_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_value(&a, "__iter__")?;
    no_args(&a, "dict.__iter__")?;
    dict_view_iter(d, 0)
}

fn dict_reversed(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "__reversed__")?;
    no_args(&a, "dict.__reversed__")?;
    Ok(reversed_of(d.keys()))
}

/// An iterator over a snapshot, last item first.
pub fn reversed_of(mut items: Vec<Value>) -> Value {
    items.reverse();
    new_iter(types().reversed.clone(), IterState::Seq { seq: new_tuple(items), pos: 0 })
}

/// `a == b` for two dicts: same length and every key maps to an equal value.
pub fn dicts_equal(vm: &mut Vm, a: &DictData, b: &DictData) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (h, k, v) in a.hashed_items() {
        match b.get_hashed(vm, &k, h)? {
            None => return Ok(false),
            Some(bv) => {
                if !ops::eq_bool(vm, &v, &bv)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

fn dict_cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let d = self_dict(a, name)?;
    let o = one_arg(a, &format!("dict.{name}"))?;
    match as_dict(o) {
        Some(od) => {
            let eq = dicts_equal(vm, d, od)?;
            Ok(py_bool(if op == CmpOp::Eq { eq } else { !eq }))
        }
        None => Ok(not_implemented()),
    }
}

fn dict_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    dict_cmp(vm, &a, "__eq__", CmpOp::Eq)
}
fn dict_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    dict_cmp(vm, &a, "__ne__", CmpOp::Ne)
}

fn dict_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_dict(&a, "__repr__")?;
    no_args(&a, "dict.__repr__")?;
    let s = crate::vm::types::repr::builtin_repr(vm, &a.args[0])?.unwrap_or_default();
    Ok(crate::vm::types::str::new_string(s))
}

fn dict_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = self_dict(&a, "__or__")?;
    let o = one_arg(&a, "dict.__or__")?;
    if as_dict(o).is_none() {
        return Ok(not_implemented());
    }
    let r = heap::alloc(types().dict.clone(), Payload::Dict(d.copy()));
    update_from_value(vm, &r, o)?;
    Ok(r)
}

fn dict_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    self_dict(&a, "__ror__")?;
    let o = one_arg(&a, "dict.__ror__")?;
    let Some(od) = as_dict(o) else { return Ok(not_implemented()) };
    let r = heap::alloc(types().dict.clone(), Payload::Dict(od.copy()));
    update_from_value(vm, &r, &a.args[0])?;
    Ok(r)
}

fn dict_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = self_value(&a, "__ior__")?;
    let _guard = check_mutable(&this, "dict |=")?;
    let o = one_arg(&a, "dict.__ior__")?;
    update_from_value(vm, &this, o)?;
    Ok(this)
}

pub fn register() {
    let d = &types().dict;
    static_method(d, "__new__", dict_new);
    method(d, "__init__", dict_init);
    method(d, "get", dict_get);
    method(d, "setdefault", dict_setdefault);
    method(d, "pop", dict_pop);
    method(d, "popitem", dict_popitem);
    method(d, "update", dict_update);
    method(d, "keys", dict_keys);
    method(d, "values", dict_values);
    method(d, "items", dict_items);
    class_method(d, "fromkeys", dict_fromkeys);
    method(d, "copy", dict_copy);
    method(d, "clear", dict_clear);
    method(d, "__len__", dict_len);
    method(d, "__getitem__", dict_getitem);
    method(d, "__setitem__", dict_setitem);
    method(d, "__delitem__", dict_delitem);
    method(d, "__contains__", dict_contains);
    method(d, "__iter__", dict_iter);
    method(d, "__reversed__", dict_reversed);
    method(d, "__eq__", dict_eq);
    method(d, "__ne__", dict_ne);
    method(d, "__repr__", dict_repr);
    method(d, "__or__", dict_or);
    method(d, "__ror__", dict_ror);
    method(d, "__ior__", dict_ior);
    attr(d, "__hash__", none());
    class_method(d, "__class_getitem__", crate::vm::types::list_methods::class_getitem);
    crate::vm::types::dict_views::register();
}
