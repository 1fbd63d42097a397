//! Slot wrappers: the special methods of the built-in types (`int.__add__`,
//! `list.__getitem__`, `dict.__eq__`, `str.__hash__`, ...) as Python-visible
//! methods.
//!
//! The operators in `vm::ops` take Rust fast paths for *exact* built-in
//! values and otherwise look the special method up on the class. These
//! wrappers are what that lookup finds for instances of subclasses
//! (`class Stack(list)`), for `super().__setitem__(k, v)` and for explicit
//! calls like `int.__add__(2, 3)`. Each one runs the built-in behaviour on
//! the object's payload, never re-dispatching to the subclass (which would
//! recurse). Operands a wrapper does not handle give `NotImplemented`.
//!
//! They are registered before the per-type files register their methods,
//! so a type file may replace any of them with a more specific version.

use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::vm::args::{Args, NativeFn};
use crate::vm::builtins_registry::method;
use crate::vm::call::call_unbound;
use crate::vm::errors::{key_error, type_error, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::{self, new_float};
use crate::vm::types::int::{self, is_int_like, new_int, new_int_big, to_bigint};
use crate::vm::types::iter::{new_iter, IterState};
use crate::vm::types::registry::{none, not_implemented, py_bool, types};
use crate::vm::types::seq;
use crate::vm::types::str::{as_str, new_str};
use crate::vm::types::typeobj::{class_of, class_of_ref, lookup, type_name};
use crate::vm::value::Value;

fn payload(v: &Value) -> Option<&Payload> {
    v.as_obj().map(|o| &o.payload)
}

fn is_exact(v: &Value) -> bool {
    v.is_small_int() || class_of_ref(v).as_obj().unwrap().is_immortal()
}

fn two<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let v = a.exact(name, 2)?;
    Ok((&v[0], &v[1]))
}

fn one<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&a.exact(name, 1)?[0])
}

// ---------------------------------------------------------------- arithmetic

fn is_number(v: &Value) -> bool {
    is_int_like(v) || float::is_float(v)
}

fn is_complex_operand(v: &Value) -> bool {
    is_number(v) || crate::vm::types::complex::is_complex(v)
}

/// `a op b` with the built-in semantics of `a`'s payload; NotImplemented
/// when the operands are not ones the built-in type handles.
fn native_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if is_int_like(a) && is_int_like(b) {
        if let Some(r) = ops::bool_bitop(a, b, op) {
            return Ok(r);
        }
        return int::int_binop(a, b, op);
    }
    if (float::is_float(a) || float::is_float(b)) && is_number(a) && is_number(b) {
        if let Some(r) = float::float_binop(a, b, op) {
            return r;
        }
        return Ok(not_implemented());
    }
    if (crate::vm::types::complex::is_complex(a) || crate::vm::types::complex::is_complex(b)) && is_complex_operand(a) && is_complex_operand(b) {
        if let Some(r) = crate::vm::types::complex::complex_binop(a, b, op) {
            return r;
        }
        return Ok(not_implemented());
    }
    if is_number(a) && is_number(b) {
        return Ok(not_implemented());
    }
    match seq::builtin_seq_binop(vm, a, b, op) {
        Some(r) => r,
        None => Ok(not_implemented()),
    }
}

fn binop_wrapper(vm: &mut Vm, a: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (x, y) = two(&a, ops::binop_names(op).0)?;
    // int's methods only take ints (`int.__add__(1, 2.5)` is NotImplemented;
    // float's reflected method does the work).
    if is_int_like(x) && !is_int_like(y) {
        return Ok(not_implemented());
    }
    if reflected {
        native_binop(vm, y, x, op)
    } else {
        native_binop(vm, x, y, op)
    }
}

fn inplace_wrapper(vm: &mut Vm, a: Args, op: BinOp) -> PyResult<Value> {
    let (x, y) = two(&a, ops::binop_names(op).2)?;
    match seq::builtin_inplace(vm, x, y, op) {
        Some(r) => r,
        None => native_binop(vm, x, y, op),
    }
}

macro_rules! binops {
    ($($fwd:ident $refl:ident $op:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, a: Args) -> PyResult<Value> {
                binop_wrapper(vm, a, BinOp::$op, false)
            }
            fn $refl(vm: &mut Vm, a: Args) -> PyResult<Value> {
                binop_wrapper(vm, a, BinOp::$op, true)
            }
        )*
    };
}

binops! {
    add radd Add;
    sub rsub Sub;
    mul rmul Mul;
    truediv rtruediv TrueDiv;
    floordiv rfloordiv FloorDiv;
    mod_ rmod Mod;
    lshift rlshift LShift;
    rshift rrshift RShift;
    and rand And;
    or ror Or;
    xor rxor Xor;
}

/// `__pow__(self, other, mod=None)`: the three-argument form is `pow(a, b, m)`.
fn pow_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.range("__pow__", 2, 3)?;
    match v.get(2).filter(|m| !ops::is_none(m)) {
        Some(m) => {
            if !(is_int_like(&v[0]) && is_int_like(&v[1]) && is_int_like(m)) {
                return Ok(not_implemented());
            }
            int::int_pow_mod(&v[0], &v[1], m)
        }
        None => binop_wrapper(vm, Args::new(&v[..2]), BinOp::Pow, false),
    }
}

fn rpow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.range("__rpow__", 2, 3)?;
    if v.get(2).is_some_and(|m| !ops::is_none(m)) {
        return Ok(not_implemented());
    }
    binop_wrapper(vm, Args::new(&v[..2]), BinOp::Pow, true)
}

/// `__format__` of int, float, complex and str, for subclass instances.
fn format_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__format__", 2)?;
    let spec = as_str(&v[1]).ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", type_name(&v[1]))))?;
    if spec.is_empty() {
        // An empty spec is str(self), which a subclass may override.
        return ops::str_(vm, &v[0]);
    }
    match crate::vm::types::format::format_by_payload(vm, &v[0], spec)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(&v[0])))),
    }
}

fn iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_wrapper(vm, a, BinOp::Add)
}
fn imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_wrapper(vm, a, BinOp::Mul)
}
fn ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_wrapper(vm, a, BinOp::Or)
}
fn iand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_wrapper(vm, a, BinOp::And)
}
fn isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_wrapper(vm, a, BinOp::Sub)
}
fn ixor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace_wrapper(vm, a, BinOp::Xor)
}

fn divmod_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(&a, "__divmod__")?;
    divmod_of(vm, x, y)
}
fn rdivmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(&a, "__rdivmod__")?;
    divmod_of(vm, y, x)
}
fn divmod_of(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    if !(is_number(x) && is_number(y)) {
        return Ok(not_implemented());
    }
    let q = native_binop(vm, x, y, BinOp::FloorDiv)?;
    let r = native_binop(vm, x, y, BinOp::Mod)?;
    Ok(crate::vm::types::tuple::new_tuple(vec![q, r]))
}

// ---------------------------------------------------------------- unary

fn neg(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__neg__")?;
    if let Some(b) = to_bigint(v) {
        return Ok(new_int_big(-b));
    }
    match payload(v) {
        Some(Payload::Float(f)) => Ok(new_float(-f)),
        Some(Payload::Complex(r, i)) => Ok(crate::vm::types::complex::new_complex(-r, -i)),
        _ => Ok(not_implemented()),
    }
}

fn pos(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__pos__")?;
    if let Some(b) = to_bigint(v) {
        return Ok(new_int_big(b));
    }
    match payload(v) {
        Some(Payload::Float(f)) => Ok(new_float(*f)),
        Some(Payload::Complex(r, i)) => Ok(crate::vm::types::complex::new_complex(*r, *i)),
        _ => Ok(not_implemented()),
    }
}

fn invert(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__invert__")?;
    match to_bigint(v) {
        Some(b) => Ok(new_int_big(-b - 1)),
        None => Ok(not_implemented()),
    }
}

fn abs_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__abs__")?;
    if let Some(b) = to_bigint(v) {
        return Ok(new_int_big(num_traits::Signed::abs(&b)));
    }
    match payload(v) {
        Some(Payload::Float(f)) => Ok(new_float(f.abs())),
        Some(Payload::Complex(r, i)) => {
            let m = r.hypot(*i);
            if m.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(crate::vm::errors::overflow_error("absolute value too large"));
            }
            Ok(new_float(m))
        }
        _ => Ok(not_implemented()),
    }
}

fn bool_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__bool__")?;
    if let Some(b) = to_bigint(v) {
        return Ok(py_bool(b.sign() != num_bigint::Sign::NoSign));
    }
    match payload(v) {
        Some(Payload::Float(f)) => Ok(py_bool(*f != 0.0)),
        Some(Payload::Complex(r, i)) => Ok(py_bool(*r != 0.0 || *i != 0.0)),
        _ => Err(type_error(format!("descriptor '__bool__' does not apply to a '{}' object", type_name(v)))),
    }
}

fn index_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__index__")?;
    match to_bigint(v) {
        Some(b) => Ok(new_int_big(b)),
        None => Err(type_error(format!("descriptor '__index__' requires a 'int' object but received a '{}'", type_name(v)))),
    }
}

fn int_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__int__")?;
    if let Some(b) = to_bigint(v) {
        return Ok(new_int_big(b));
    }
    match payload(v) {
        Some(Payload::Float(f)) => {
            if f.is_nan() {
                return Err(crate::vm::errors::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(crate::vm::errors::overflow_error("cannot convert float infinity to integer"));
            }
            Ok(new_int_big(num_bigint::BigInt::from(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or(num_bigint::BigInt::from(0)))))
        }
        _ => Err(type_error(format!("descriptor '__int__' does not apply to a '{}' object", type_name(v)))),
    }
}

fn float_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__float__")?;
    if is_int_like(v) {
        return int::to_f64(v).map(new_float);
    }
    match payload(v) {
        Some(Payload::Float(f)) => Ok(new_float(*f)),
        _ => Err(type_error(format!("descriptor '__float__' does not apply to a '{}' object", type_name(v)))),
    }
}

// ---------------------------------------------------------------- comparison

/// Compare `a` and `b` as built-in values; NotImplemented for foreign operands.
pub fn native_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if is_number(a) && is_number(b) {
        if let Some(o) = float::numeric_cmp(a, b) {
            return Ok(py_bool(o.map(|o| ops::cmp_ord(o, op)).unwrap_or(op == CmpOp::Ne)));
        }
    }
    let eq_only = matches!(op, CmpOp::Eq | CmpOp::Ne);
    if crate::vm::types::complex::is_complex(a) || crate::vm::types::complex::is_complex(b) {
        if !(eq_only && is_complex_operand(a) && is_complex_operand(b)) {
            return Ok(not_implemented());
        }
        let ca = crate::vm::types::complex::as_complex(a).transpose()?.unwrap_or((0.0, 0.0));
        let cb = crate::vm::types::complex::as_complex(b).transpose()?.unwrap_or((0.0, 0.0));
        return Ok(py_bool((ca == cb) == (op == CmpOp::Eq)));
    }
    let (Some(pa), Some(pb)) = (payload(a), payload(b)) else { return Ok(not_implemented()) };
    match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => Ok(py_bool(ops::cmp_ord(x.s.cmp(&y.s), op))),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let x = bytes_of(pa);
            let y = bytes_of(pb);
            Ok(py_bool(ops::cmp_ord(x.cmp(&y), op)))
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            seq::compare_seqs(vm, &x, &y, op)
        }
        (Payload::List(x), Payload::List(y)) => {
            let (x, y) = (x.snapshot(), y.snapshot());
            seq::compare_seqs(vm, &x, &y, op)
        }
        (Payload::Dict(x), Payload::Dict(y)) if eq_only => {
            if x.len() != y.len() {
                return Ok(py_bool(op == CmpOp::Ne));
            }
            let items = x.items();
            for (k, v) in items {
                let same = match y.get(vm, &k)? {
                    Some(w) => ops::eq_bool(vm, &v, &w)?,
                    None => false,
                };
                if !same {
                    return Ok(py_bool(op == CmpOp::Ne));
                }
            }
            Ok(py_bool(op == CmpOp::Eq))
        }
        (Payload::Set(x), Payload::Set(y)) => {
            let (lx, ly) = (x.len(), y.len());
            // a <= b: every item of a is in b.
            let subset = |vm: &mut Vm, small: &crate::vm::types::set::SetData, big: &crate::vm::types::set::SetData| -> PyResult<bool> {
                for it in small.items() {
                    if !big.contains(vm, &it)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let r = match op {
                CmpOp::Eq => lx == ly && subset(vm, x, y)?,
                CmpOp::Ne => !(lx == ly && subset(vm, x, y)?),
                CmpOp::Le => lx <= ly && subset(vm, x, y)?,
                CmpOp::Lt => lx < ly && subset(vm, x, y)?,
                CmpOp::Ge => ly <= lx && subset(vm, y, x)?,
                CmpOp::Gt => ly < lx && subset(vm, y, x)?,
            };
            Ok(py_bool(r))
        }
        _ => Ok(not_implemented()),
    }
}

fn bytes_of(p: &Payload) -> Vec<u8> {
    match p {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.get().to_vec(),
        _ => Vec::new(),
    }
}

macro_rules! cmps {
    ($($name:ident $op:ident $py:literal;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let (x, y) = two(&a, $py)?;
                // int's comparisons only take ints (`(5).__eq__(5.0)` is NotImplemented).
                if is_int_like(x) && !is_int_like(y) {
                    return Ok(not_implemented());
                }
                native_compare(vm, x, y, CmpOp::$op)
            }
        )*
    };
}

cmps! {
    eq Eq "__eq__";
    ne Ne "__ne__";
    lt Lt "__lt__";
    le Le "__le__";
    gt Gt "__gt__";
    ge Ge "__ge__";
}

// ---------------------------------------------------------------- hashing

fn hash_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__hash__")?;
    if let Some(i) = v.as_small_int() {
        return Ok(new_int(crate::algo::hash::hash_i64(i)));
    }
    let h = match payload(v) {
        Some(Payload::Str(s)) => s.hash(),
        Some(Payload::Int(b)) => crate::algo::hash::hash_bigint(b),
        Some(Payload::Bool(b)) => *b as i64,
        Some(Payload::Float(f)) => float::hash_float(v, *f),
        Some(Payload::Complex(r, i)) => crate::algo::hash::hash_complex(*r, *i).unwrap_or_else(|| ops::identity_hash(v)),
        Some(Payload::Bytes(b)) => crate::algo::hash::hash_bytes(b),
        Some(Payload::Tuple(items)) => {
            let items = items.to_vec();
            let mut hs = Vec::with_capacity(items.len());
            for it in &items {
                hs.push(ops::hash(vm, it)?);
            }
            crate::algo::hash::hash_tuple(hs, items.len())
        }
        Some(Payload::Set(s)) => {
            let items = s.items();
            let mut hs = Vec::with_capacity(items.len());
            for it in &items {
                hs.push(ops::hash(vm, it)?);
            }
            crate::algo::hash::hash_frozenset(hs)
        }
        _ => ops::identity_hash(v),
    };
    Ok(new_int(h))
}

// ---------------------------------------------------------------- containers

fn len_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__len__")?;
    match seq::len_impl(v) {
        Some(n) => Ok(new_int(n as i64)),
        None => Err(type_error(format!("descriptor '__len__' does not apply to a '{}' object", type_name(v)))),
    }
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, key) = two(&a, "__getitem__")?;
    if let Some(Payload::Dict(d)) = payload(obj) {
        if let Some(v) = d.get(vm, key)? {
            return Ok(v);
        }
        // dict subclasses may define __missing__ (collections.defaultdict style).
        if !is_exact(obj) {
            if let Some(m) = lookup(&class_of(obj), "__missing__") {
                return call_unbound(vm, &m, obj, std::slice::from_ref(key));
            }
        }
        return Err(key_error(key.clone()));
    }
    match seq::getitem_impl(vm, obj, key) {
        Some(r) => r,
        None => Err(type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    }
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__setitem__", 3)?;
    match seq::setitem_impl(vm, &v[0], &v[1], &v[2]) {
        Some(r) => r.map(|_| none()),
        None => Err(type_error(format!("'{}' object does not support item assignment", type_name(&v[0])))),
    }
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, key) = two(&a, "__delitem__")?;
    match seq::delitem_impl(vm, obj, key) {
        Some(r) => r.map(|_| none()),
        None => Err(type_error(format!("'{}' object doesn't support item deletion", type_name(obj)))),
    }
}

fn contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, item) = two(&a, "__contains__")?;
    match seq::contains_impl(vm, obj, item) {
        Some(r) => r.map(py_bool),
        None => Err(type_error(format!("argument of type '{}' is not iterable", type_name(obj)))),
    }
}

fn iter_(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__iter__")?;
    let st = match payload(v) {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => IterState::Seq { seq: v.clone(), pos: 0 },
        Some(Payload::Str(s)) => {
            if s.is_ascii() {
                IterState::Seq { seq: v.clone(), pos: 0 }
            } else {
                IterState::StrChars { s: v.clone(), byte_pos: 0 }
            }
        }
        Some(Payload::Dict(d)) => IterState::Dict { dict: v.clone(), pos: 0, len: d.len(), kind: 0 },
        Some(Payload::Set(s)) => IterState::Set { set: v.clone(), pos: 0, len: s.len() },
        Some(Payload::Range(r)) => {
            return crate::vm::types::range_ops::range_iter(r).ok_or_else(|| type_error("range iteration failed"));
        }
        _ => return Err(type_error(format!("'{}' object is not iterable", type_name(v)))),
    };
    Ok(new_iter(types().iterator.clone(), st))
}

fn str_str(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "__str__")?;
    match as_str(v) {
        Some(_) if is_exact(v) => Ok(v.clone()),
        Some(s) => Ok(new_str(s)),
        None => Err(type_error(format!("descriptor '__str__' requires a 'str' object but received a '{}'", type_name(v)))),
    }
}

// ---------------------------------------------------------------- registration

fn register_all(cls: &Value, list: &[(&'static str, NativeFn)]) {
    for (name, f) in list {
        method(cls, name, *f);
    }
}

const CMP: [(&str, NativeFn); 6] = [("__eq__", eq), ("__ne__", ne), ("__lt__", lt), ("__le__", le), ("__gt__", gt), ("__ge__", ge)];
const EQ: [(&str, NativeFn); 2] = [("__eq__", eq), ("__ne__", ne)];
const SEQ_READ: [(&str, NativeFn); 4] = [("__len__", len_), ("__getitem__", getitem), ("__contains__", contains), ("__iter__", iter_)];
const SEQ_WRITE: [(&str, NativeFn); 2] = [("__setitem__", setitem), ("__delitem__", delitem)];
const CONCAT: [(&str, NativeFn); 3] = [("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];

pub fn register() {
    let t = types();
    let arith: [(&str, NativeFn); 14] = [
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", mod_),
        ("__rmod__", rmod),
        ("__pow__", pow_),
        ("__rpow__", rpow),
    ];
    let bits: [(&str, NativeFn); 10] = [
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
    ];
    let unary: [(&str, NativeFn); 5] = [("__neg__", neg), ("__pos__", pos), ("__abs__", abs_), ("__bool__", bool_), ("__hash__", hash_)];

    for cls in [&t.int, &t.float, &t.complex, &t.str_] {
        method(cls, "__format__", format_);
    }
    for cls in [&t.int, &t.float] {
        register_all(cls, &arith);
        register_all(cls, &unary);
        register_all(cls, &CMP);
        register_all(cls, &[("__divmod__", divmod_ as NativeFn), ("__rdivmod__", rdivmod), ("__int__", int_), ("__float__", float_)]);
    }
    register_all(&t.int, &bits);
    register_all(&t.int, &[("__invert__", invert as NativeFn), ("__index__", index_)]);
    register_all(&t.complex, &arith[..10]);
    register_all(&t.complex, &arith[12..]);
    register_all(&t.complex, &unary);
    register_all(&t.complex, &EQ);

    register_all(&t.str_, &SEQ_READ);
    register_all(&t.str_, &CONCAT);
    register_all(&t.str_, &CMP);
    register_all(&t.str_, &[("__mod__", mod_ as NativeFn), ("__hash__", hash_), ("__str__", str_str)]);

    for cls in [&t.bytes, &t.bytearray] {
        register_all(cls, &SEQ_READ);
        register_all(cls, &CONCAT);
        register_all(cls, &CMP);
        register_all(cls, &[("__mod__", mod_ as NativeFn)]);
    }
    method(&t.bytes, "__hash__", hash_);
    register_all(&t.bytearray, &SEQ_WRITE);
    register_all(&t.bytearray, &[("__iadd__", iadd as NativeFn)]);

    register_all(&t.tuple, &SEQ_READ);
    register_all(&t.tuple, &CONCAT);
    register_all(&t.tuple, &CMP);
    method(&t.tuple, "__hash__", hash_);

    register_all(&t.list, &SEQ_READ);
    register_all(&t.list, &SEQ_WRITE);
    register_all(&t.list, &CONCAT);
    register_all(&t.list, &CMP);
    register_all(&t.list, &[("__iadd__", iadd as NativeFn), ("__imul__", imul)]);

    register_all(&t.dict, &SEQ_READ);
    register_all(&t.dict, &SEQ_WRITE);
    register_all(&t.dict, &EQ);
    register_all(&t.dict, &[("__or__", or as NativeFn), ("__ror__", ror), ("__ior__", ior)]);

    for cls in [&t.set, &t.frozenset] {
        register_all(cls, &[("__len__", len_ as NativeFn), ("__contains__", contains), ("__iter__", iter_)]);
        register_all(cls, &CMP);
        register_all(cls, &[("__sub__", sub as NativeFn), ("__rsub__", rsub), ("__and__", and), ("__rand__", rand), ("__or__", or), ("__ror__", ror), ("__xor__", xor), ("__rxor__", rxor)]);
    }
    register_all(&t.set, &[("__isub__", isub as NativeFn), ("__iand__", iand), ("__ior__", ior), ("__ixor__", ixor)]);
    method(&t.frozenset, "__hash__", hash_);

    register_all(&t.range, &SEQ_READ);

    // Mutable containers are unhashable (`__hash__ = None`, as in CPython).
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray] {
        crate::vm::builtins_registry::attr(cls, "__hash__", none());
    }
}
