//! dict views: `d.keys()`, `d.values()`, `d.items()`. A view holds the dict
//! itself (no copy), so it always reflects the dict's current content.
//! Keys and items views are set-like: `&`, `|`, `-`, `^` return sets, and
//! the comparisons are subset tests, as in CPython.

use crate::compiler::bytecode::CmpOp;
use crate::vm::args::Args;
use crate::vm::builtins_registry::{attr, method};
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict::DictData;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::int::new_int;
use crate::vm::types::iter::dict_view_iter;
use crate::vm::types::method_args::{no_args, one_arg};
use crate::vm::types::registry::{none, not_implemented, py_bool, types};
use crate::vm::types::set::{as_set, new_set_of_class, update_from, SetData};
use crate::vm::types::str::new_string;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of_ref, type_name};
use crate::vm::value::Value;
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn class(self) -> &'static Value {
        match self {
            ViewKind::Keys => &types().dict_keys,
            ViewKind::Values => &types().dict_values,
            ViewKind::Items => &types().dict_items,
        }
    }
    fn name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
    /// The iteration kind of `iter::dict_view_iter`.
    fn iter_kind(self) -> u8 {
        self as u8
    }
}

struct DictView {
    kind: ViewKind,
    dict: Value,
}

impl NativeData for DictView {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub fn new_view(kind: ViewKind, dict: Value) -> Value {
    let protected = dict.as_obj().is_some_and(crate::vm::protection::is_protected);
    let v = heap::alloc(kind.class().clone(), Payload::Native(Box::new(DictView { kind, dict })));
    if protected {
        // A live window onto a protected dict is read under the dict's lock
        // (see `protection::acquire`): `list(d.values())` is one read of `d`.
        v.as_obj().expect("a new view").set_flag(crate::vm::object::flags::PROTECTED);
    }
    v
}

/// The dict a view object shows, if `o` is one.
pub fn viewed_dict(o: &crate::vm::object::Obj) -> Option<&crate::vm::object::Obj> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<DictView>()?.dict.as_obj(),
        _ => None,
    }
}

fn as_view(v: &Value) -> Option<&DictView> {
    match &v.as_obj()?.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<DictView>(),
        _ => None,
    }
}

/// A keys or items view (the set-like ones).
fn as_set_view(v: &Value) -> Option<&DictView> {
    as_view(v).filter(|w| w.kind != ViewKind::Values)
}

fn self_view<'a>(a: &Args<'a>, kind_name: &str, name: &str) -> PyResult<&'a DictView> {
    let first = a.args.first().ok_or_else(|| type_error(format!("descriptor '{name}' needs an argument")))?;
    as_view(first).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for '{kind_name}' objects doesn't apply to a '{}' object", type_name(first)))
    })
}

fn data(w: &DictView) -> &DictData {
    as_dict(&w.dict).unwrap()
}

/// The items the view yields, in order (a snapshot).
fn view_items(w: &DictView) -> Vec<Value> {
    let d = data(w);
    match w.kind {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d.items().into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect(),
    }
}

/// `x in view` for keys and items views.
fn view_contains(vm: &mut Vm, w: &DictView, x: &Value) -> PyResult<bool> {
    let d = data(w);
    match w.kind {
        ViewKind::Keys => d.contains(vm, x),
        ViewKind::Items => {
            let Some(kv) = as_tuple(x).filter(|t| t.len() == 2) else { return Ok(false) };
            let (k, v) = (kv[0].clone(), kv[1].clone());
            match d.get(vm, &k)? {
                Some(found) => ops::eq_bool(vm, &found, &v),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for v in d.values() {
                if ops::eq_bool(vm, &v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_view", "__len__")?;
    no_args(&a, "__len__")?;
    Ok(new_int(data(w).len() as i64))
}

fn view_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_view", "__iter__")?;
    no_args(&a, "__iter__")?;
    dict_view_iter(w.dict.clone(), w.kind.iter_kind())
}

fn view_reversed(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_view", "__reversed__")?;
    no_args(&a, "__reversed__")?;
    Ok(crate::vm::types::dict_py::reversed_of(view_items(w)))
}

fn view_contains_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_view", "__contains__")?;
    let x = one_arg(&a, "__contains__")?;
    Ok(py_bool(view_contains(vm, w, x)?))
}

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn view_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_view", "__repr__")?;
    no_args(&a, "__repr__")?;
    let id = a.args[0].bits();
    if IN_REPR.with(|s| s.borrow().contains(&id)) {
        return Ok(new_string("...".to_string()));
    }
    IN_REPR.with(|s| s.borrow_mut().push(id));
    let r = (|| {
        let mut parts = Vec::new();
        for it in view_items(w) {
            parts.push(ops::repr_string(vm, &it)?);
        }
        Ok(new_string(format!("{}([{}])", w.kind.name(), parts.join(", "))))
    })();
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|x| *x == id) {
            s.remove(p);
        }
    });
    r
}

// ------------------------------------------------------------ set operations

/// A new set holding the items of any iterable.
fn set_of(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    let s = SetData::new();
    update_from(vm, &s, v)?;
    Ok(s)
}

fn to_set_value(s: SetData) -> Value {
    new_set_of_class(types().set.clone(), s)
}

/// CPython's _PyDictView_Intersect: iterate the other operand, keep what
/// the (larger) view contains.
fn intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = (a.clone(), b.clone());
    if as_set_view(&this).is_none() {
        std::mem::swap(&mut this, &mut other);
    }
    let len_self = data(as_set_view(&this).unwrap()).len();
    if class_of_ref(&other).is(&types().set) && len_self <= as_set(&other).unwrap().len() {
        let r = crate::vm::types::set_methods::intersection(vm, as_set(&other).unwrap(), &this)?;
        return Ok(to_set_value(r));
    }
    if as_set_view(&other).is_some_and(|ow| data(ow).len() > len_self) {
        std::mem::swap(&mut this, &mut other);
    }
    let w = as_set_view(&this).unwrap();
    let r = SetData::new();
    let it = ops::iter(vm, &other)?;
    while let Some(x) = ops::next(vm, &it)? {
        if view_contains(vm, w, &x)? {
            r.add(vm, x)?;
        }
    }
    Ok(to_set_value(r))
}

#[derive(Clone, Copy)]
enum SetOp {
    And,
    Or,
    Sub,
    Xor,
}

/// `left op right` where one side is a keys/items view.
fn view_setop(vm: &mut Vm, left: &Value, right: &Value, op: SetOp) -> PyResult<Value> {
    if let SetOp::And = op {
        return intersect(vm, left, right);
    }
    let r = set_of(vm, left)?;
    match op {
        SetOp::Or => update_from(vm, &r, right)?,
        SetOp::Sub => {
            let other = set_or_iter_items(vm, right)?;
            for k in other {
                r.discard(vm, &k)?;
            }
        }
        SetOp::Xor => {
            let other = set_of(vm, right)?;
            for (h, k) in other.hashed_items() {
                if !r.discard(vm, &k)? {
                    r.add_hashed(vm, k, h)?;
                }
            }
        }
        SetOp::And => unreachable!(),
    }
    Ok(to_set_value(r))
}

fn set_or_iter_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match as_set(v) {
        Some(s) => Ok(s.items()),
        None => ops::collect(vm, v),
    }
}

fn binop(vm: &mut Vm, a: &Args, name: &str, op: SetOp, reflected: bool) -> PyResult<Value> {
    self_view(a, "dict_keys", name)?;
    let o = one_arg(a, name)?;
    let this = &a.args[0];
    if reflected {
        view_setop(vm, o, this, op)
    } else {
        view_setop(vm, this, o, op)
    }
}

fn view_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__and__", SetOp::And, false)
}
fn view_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__rand__", SetOp::And, true)
}
fn view_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__or__", SetOp::Or, false)
}
fn view_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__ror__", SetOp::Or, true)
}
fn view_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__sub__", SetOp::Sub, false)
}
fn view_rsub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__rsub__", SetOp::Sub, true)
}
fn view_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__xor__", SetOp::Xor, false)
}
fn view_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    binop(vm, &a, "__rxor__", SetOp::Xor, true)
}

fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_keys", "isdisjoint")?;
    let o = one_arg(&a, "isdisjoint")?;
    let this = &a.args[0];
    if o.is(this) {
        return Ok(py_bool(data(w).is_empty()));
    }
    let other_len = as_set(o).map(|s| s.len()).or_else(|| as_set_view(o).map(|ow| data(ow).len()));
    if let Some(n) = other_len {
        if data(w).len() > n {
            // Iterate the smaller one (the other), probing this view.
        } else {
            for x in view_items(w) {
                if ops::contains(vm, o, &x)? {
                    return Ok(py_bool(false));
                }
            }
            return Ok(py_bool(true));
        }
    }
    let it = ops::iter(vm, o)?;
    while let Some(x) = ops::next(vm, &it)? {
        if view_contains(vm, w, &x)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = ops::iter(vm, a)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let w = self_view(a, "dict_keys", name)?;
    let o = one_arg(a, name)?;
    if as_set(o).is_none() && as_set_view(o).is_none() {
        return Ok(not_implemented());
    }
    let this = &a.args[0];
    let len_self = data(w).len();
    let len_other = ops::len(vm, o)?;
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = len_self == len_other && all_contained_in(vm, this, o)?;
            if op == CmpOp::Eq { eq } else { !eq }
        }
        CmpOp::Lt => len_self < len_other && all_contained_in(vm, this, o)?,
        CmpOp::Le => len_self <= len_other && all_contained_in(vm, this, o)?,
        CmpOp::Gt => len_self > len_other && all_contained_in(vm, o, this)?,
        CmpOp::Ge => len_self >= len_other && all_contained_in(vm, o, this)?,
    };
    Ok(py_bool(r))
}

fn view_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_cmp(vm, &a, "__eq__", CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_cmp(vm, &a, "__ne__", CmpOp::Ne)
}
fn view_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_cmp(vm, &a, "__lt__", CmpOp::Lt)
}
fn view_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_cmp(vm, &a, "__le__", CmpOp::Le)
}
fn view_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_cmp(vm, &a, "__gt__", CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_cmp(vm, &a, "__ge__", CmpOp::Ge)
}

/// `view.mapping`: CPython gives a read-only mappingproxy; without that
/// type here, the dict itself (equal to it, same content).
fn view_mapping(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = self_view(&a, "dict_view", "mapping")?;
    Ok(w.dict.clone())
}

pub fn register() {
    let t = types();
    for cls in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        attr(cls, "mapping", crate::vm::types::misc_types::new_getter("mapping", view_mapping));
        method(cls, "__len__", view_len);
        method(cls, "__iter__", view_iter);
        method(cls, "__reversed__", view_reversed);
        method(cls, "__repr__", view_repr);
    }
    for cls in [&t.dict_keys, &t.dict_items] {
        method(cls, "__contains__", view_contains_m);
        method(cls, "__and__", view_and);
        method(cls, "__rand__", view_rand);
        method(cls, "__or__", view_or);
        method(cls, "__ror__", view_ror);
        method(cls, "__sub__", view_sub);
        method(cls, "__rsub__", view_rsub);
        method(cls, "__xor__", view_xor);
        method(cls, "__rxor__", view_rxor);
        method(cls, "isdisjoint", view_isdisjoint);
        method(cls, "__eq__", view_eq);
        method(cls, "__ne__", view_ne);
        method(cls, "__lt__", view_lt);
        method(cls, "__le__", view_le);
        method(cls, "__gt__", view_gt);
        method(cls, "__ge__", view_ge);
        attr(cls, "__hash__", none());
    }
}
