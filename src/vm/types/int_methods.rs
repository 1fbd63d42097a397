//! Python-visible methods of `int` and `bool`.

use crate::vm::args::Args;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::vm::builtins_registry::{class_method, method, static_method};
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::new_float;
use crate::vm::types::int::{int_binop, is_int_like, new_int, new_int_big, to_bigint};
use crate::vm::types::registry::{not_implemented, py_bool, types};
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::tuple::new_tuple;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

/// int(x=0) / int(x, base=10).
pub fn int_from_args(vm: &mut Vm, x: Option<&Value>, base: Option<&Value>) -> PyResult<Value> {
    let Some(x) = x else { return Ok(crate::vm::types::int::new_int(0)) };
    if let Some(b) = base {
        let b = ops::index_value(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s: String = match (as_str(x), crate::vm::types::bytes::as_bytes(x)) {
            (Some(s), _) => s.to_string(),
            (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
            _ => return Err(type_error("int() can't convert non-string with explicit base")),
        };
        return parse(vm, &s, b as u32, x);
    }
    // Exact ints and floats directly; subclasses go through their (possibly
    // overridden) `__int__` below, as CPython's PyNumber_Long does.
    let exact = x.is_small_int() || class_of(x).as_obj().unwrap().is_immortal();
    if exact && is_int_like(x) {
        return Ok(crate::vm::types::int::normalize(x));
    }
    if let (true, Some(f)) = (exact, crate::vm::types::float::as_f64(x)) {
        return float_to_int(f);
    }
    let cls = class_of(x);
    if lookup(&cls, "__int__").is_some() || lookup(&cls, "__index__").is_some() {
        return int_via_dunder(vm, x, &cls);
    }
    if let Some(s) = as_str(x) {
        let s = s.to_string();
        return parse(vm, &s, 10, x);
    }
    if let Some(b) = crate::vm::types::bytes::as_bytes(x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return parse(vm, &s, 10, x);
    }
    if let Some(f) = lookup(&cls, "__trunc__") {
        return crate::vm::call::call_unbound(vm, &f, x, &[]);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// int(x) through `__int__` (or `__index__`).
fn int_via_dunder(vm: &mut Vm, x: &Value, cls: &Value) -> PyResult<Value> {
    for name in ["__int__", "__index__"] {
        if let Some(f) = lookup(cls, name) {
            let r = crate::vm::call::call_unbound(vm, &f, x, &[])?;
            if !is_int_like(&r) {
                return Err(type_error(format!("{name} returned non-int (type {})", type_name(&r))));
            }
            return Ok(crate::vm::types::int::normalize(&r));
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(crate::vm::errors::overflow_error("cannot convert float infinity to integer"));
    }
    Ok(new_int_big(crate::algo::number_parse::f64_to_bigint(f.trunc()).unwrap()))
}

fn parse(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match crate::algo::number_parse::parse_int(s, base) {
        Some(b) => {
            if b.bits() > 14_300 {
                let digits = b.to_string().trim_start_matches('-').len();
                if digits > crate::vm::types::repr::INT_MAX_STR_DIGITS && base == 10 {
                    return Err(value_error(format!(
                        "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
                        crate::vm::types::repr::INT_MAX_STR_DIGITS
                    )));
                }
            }
            Ok(new_int_big(b))
        }
        None => {
            let r = ops::repr_string(vm, orig)?;
            Err(value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [x, base] = rest.bind("int", ["x", "base"], 0)?;
    if x.is_none() && base.is_some() {
        return Err(type_error("int() missing string argument"));
    }
    let v = int_from_args(vm, x.as_ref(), base.as_ref())?;
    if cls.is(&types().int) {
        return Ok(v);
    }
    Ok(heap::alloc(cls, Payload::Int(to_bigint(&v).unwrap())))
}

fn bool_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = &a.pos()[1..];
    a.no_kw("bool")?;
    if rest.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", rest.len())));
    }
    Ok(py_bool(match rest.first() {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    }))
}

pub fn register() {
    static_method(&types().int, "__new__", int_new);
    static_method(&types().bool_, "__new__", bool_new);
    register_dunders();
}

// ------------------------------------------------------------ dunders
//
// The interpreter handles exact ints inline (`ops::binary_op`); these are the
// methods subclasses inherit and explicit `int.__add__(a, b)` calls reach.

/// `self` of an int method: an int (or bool/subclass), else the descriptor error.
fn self_int<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if is_int_like(v) => Ok(v),
        other => Err(type_error(format!(
            "descriptor '{name}' requires a 'int' object but received a '{}'",
            other.map(type_name).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

/// (self, other) of a binary slot wrapper: exactly one argument after self.
pub fn binary_args<'a>(a: &Args<'a>) -> PyResult<&'a Value> {
    a.no_kw("")
        .map_err(|_| type_error("wrapper takes no keyword arguments"))?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1))));
    }
    Ok(&p[1])
}

/// The zero-argument check of unary slot wrappers (`x.__neg__()`).
pub fn unary_args(a: &Args, name: &str) -> PyResult<()> {
    a.no_kw(name)?;
    let n = a.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(())
}

macro_rules! int_binary {
    ($fwd:ident, $rev:ident, $name:literal, $op:expr) => {
        fn $fwd(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let s = self_int(&a, $name)?;
            let o = binary_args(&a)?;
            if !is_int_like(o) {
                return Ok(not_implemented());
            }
            int_binop(s, o, $op)
        }
        fn $rev(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let s = self_int(&a, $name)?;
            let o = binary_args(&a)?;
            if !is_int_like(o) {
                return Ok(not_implemented());
            }
            int_binop(o, s, $op)
        }
    };
}

int_binary!(int_add, int_radd, "__add__", BinOp::Add);
int_binary!(int_sub, int_rsub, "__sub__", BinOp::Sub);
int_binary!(int_mul, int_rmul, "__mul__", BinOp::Mul);
int_binary!(int_truediv, int_rtruediv, "__truediv__", BinOp::TrueDiv);
int_binary!(int_floordiv, int_rfloordiv, "__floordiv__", BinOp::FloorDiv);
int_binary!(int_mod, int_rmod, "__mod__", BinOp::Mod);
int_binary!(int_lshift, int_rlshift, "__lshift__", BinOp::LShift);
int_binary!(int_rshift, int_rrshift, "__rshift__", BinOp::RShift);
int_binary!(int_and, int_rand, "__and__", BinOp::And);
int_binary!(int_or, int_ror, "__or__", BinOp::Or);
int_binary!(int_xor, int_rxor, "__xor__", BinOp::Xor);

/// divmod of two int-likes, with divmod's own zero-division message.
pub fn int_divmod(x: &Value, y: &Value) -> PyResult<Value> {
    let (a, b) = (to_bigint(x).unwrap(), to_bigint(y).unwrap());
    if b.is_zero() {
        return Err(crate::vm::errors::zero_division("integer division or modulo by zero"));
    }
    let (q, r) = a.div_mod_floor(&b);
    Ok(new_tuple(vec![new_int_big(q), new_int_big(r)]))
}

fn int_divmod_m(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__divmod__")?;
    let o = binary_args(&a)?;
    if !is_int_like(o) {
        return Ok(not_implemented());
    }
    int_divmod(s, o)
}

fn int_rdivmod(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__rdivmod__")?;
    let o = binary_args(&a)?;
    if !is_int_like(o) {
        return Ok(not_implemented());
    }
    int_divmod(o, s)
}

/// (self, other, mod) of `__pow__`/`__rpow__`.
fn pow_args<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value, Option<&'a Value>)> {
    let s = self_int(a, name)?;
    a.no_kw(name)?;
    let p = a.pos();
    match p.len() {
        2 => Ok((s, &p[1], None)),
        3 => Ok((s, &p[1], Some(&p[2]).filter(|m| !ops::is_none(m)))),
        n if n < 2 => Err(type_error(format!("expected at least 1 argument, got {}", n.saturating_sub(1)))),
        n => Err(type_error(format!("expected at most 2 arguments, got {}", n - 1))),
    }
}

fn int_pow(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o, m) = pow_args(&a, "__pow__")?;
    if !is_int_like(o) || m.is_some_and(|m| !is_int_like(m)) {
        return Ok(not_implemented());
    }
    match m {
        Some(m) => crate::vm::types::int::int_pow_mod(s, o, m),
        None => int_binop(s, o, BinOp::Pow),
    }
}

fn int_rpow(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o, m) = pow_args(&a, "__rpow__")?;
    if !is_int_like(o) || m.is_some_and(|m| !is_int_like(m)) {
        return Ok(not_implemented());
    }
    match m {
        Some(m) => crate::vm::types::int::int_pow_mod(o, s, m),
        None => int_binop(o, s, BinOp::Pow),
    }
}

macro_rules! int_compare {
    ($f:ident, $name:literal, $op:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let s = self_int(&a, $name)?;
            let o = binary_args(&a)?;
            if !is_int_like(o) {
                return Ok(not_implemented());
            }
            let ord = to_bigint(s).unwrap().cmp(&to_bigint(o).unwrap());
            Ok(py_bool(ops::cmp_ord(ord, $op)))
        }
    };
}

int_compare!(int_eq, "__eq__", CmpOp::Eq);
int_compare!(int_ne, "__ne__", CmpOp::Ne);
int_compare!(int_lt, "__lt__", CmpOp::Lt);
int_compare!(int_le, "__le__", CmpOp::Le);
int_compare!(int_gt, "__gt__", CmpOp::Gt);
int_compare!(int_ge, "__ge__", CmpOp::Ge);

macro_rules! int_unary {
    ($f:ident, $name:literal, |$v:ident| $body:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let s = self_int(&a, $name)?;
            unary_args(&a, $name)?;
            let $v = to_bigint(s).unwrap();
            Ok($body)
        }
    };
}

int_unary!(int_neg, "__neg__", |b| new_int_big(-b));
int_unary!(int_pos, "__pos__", |b| new_int_big(b));
int_unary!(int_abs, "__abs__", |b| new_int_big(b.abs()));
int_unary!(int_invert, "__invert__", |b| new_int_big(!b));
int_unary!(int_bool, "__bool__", |b| py_bool(!b.is_zero()));
int_unary!(int_int, "__int__", |b| new_int_big(b));
int_unary!(int_index, "__index__", |b| new_int_big(b));
int_unary!(int_trunc, "__trunc__", |b| new_int_big(b));
int_unary!(int_floor, "__floor__", |b| new_int_big(b));
int_unary!(int_ceil, "__ceil__", |b| new_int_big(b));
int_unary!(int_conjugate, "conjugate", |b| new_int_big(b));
int_unary!(int_getnewargs, "__getnewargs__", |b| new_tuple(vec![new_int_big(b)]));
int_unary!(int_as_integer_ratio, "as_integer_ratio", |b| new_tuple(vec![new_int_big(b), new_int(1)]));
int_unary!(int_bit_length, "bit_length", |b| new_int(b.bits() as i64));
int_unary!(int_sizeof, "__sizeof__", |b| new_int(24 + 4 * b.bits().div_ceil(30) as i64));
int_unary!(int_bit_count, "bit_count", |b| new_int(b.magnitude().count_ones() as i64));

fn int_float(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__float__")?;
    unary_args(&a, "__float__")?;
    Ok(new_float(crate::vm::types::int::to_f64(s)?))
}

fn int_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__hash__")?;
    unary_args(&a, "__hash__")?;
    Ok(new_int(crate::algo::hash::hash_bigint(&to_bigint(s).unwrap())))
}

fn int_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__repr__")?;
    unary_args(&a, "__repr__")?;
    Ok(new_string(crate::vm::types::repr::int_to_decimal(&to_bigint(s).unwrap())?))
}

fn int_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__format__")?;
    let spec = binary_args(&a)?;
    let spec = as_str(spec)
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(spec))))?
        .to_string();
    if spec.is_empty() {
        return ops::str_(vm, s);
    }
    match crate::vm::types::format::format_by_payload(vm, s, &spec)? {
        Some(r) => Ok(r),
        None => Err(type_error("bad int")),
    }
}

/// Round an int to a multiple of 10**(-ndigits), half to even (ndigits < 0).
pub fn round_int_digits(x: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return x.clone();
    }
    let digits = x.magnitude().to_string().len() as u64;
    let n = match (-ndigits).to_u64() {
        Some(n) if n <= digits => n as u32,
        _ => return BigInt::zero(),
    };
    let pow = num_traits::pow::Pow::pow(&BigInt::from(10), n);
    let (q, r) = x.div_mod_floor(&pow);
    let twice: BigInt = &r * 2u32;
    let up = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    (if up { q + 1 } else { q }) * pow
}

fn int_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "__round__")?;
    a.no_kw("__round__")?;
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("__round__ expected at most 1 argument, got {}", p.len() - 1)));
    }
    let x = to_bigint(s).unwrap();
    match p.get(1) {
        None => Ok(new_int_big(x)),
        Some(n) => {
            let n = ops::index(vm, n)?;
            Ok(new_int_big(round_int_digits(&x, &to_bigint(&n).unwrap())))
        }
    }
}

/// The byteorder argument of to_bytes/from_bytes: true for little-endian.
fn byteorder_arg(fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!("{fname}() argument 'byteorder' must be str, not {}", type_name_or_none(v)))),
    }
}

fn type_name_or_none(v: &Value) -> String {
    if ops::is_none(v) {
        "None".into()
    } else {
        type_name(v)
    }
}

fn int_to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = self_int(&a, "to_bytes")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    if rest.pos().len() > 2 {
        return Err(type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", rest.pos().len())));
    }
    let [length, order, signed] = rest.bind("to_bytes", ["length", "byteorder", "signed"], 0)?;
    let length = match length {
        Some(l) => ops::index_value(vm, &l)?,
        None => 1,
    };
    let little = byteorder_arg("to_bytes", order.as_ref())?;
    let signed = match signed {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let x = to_bigint(s).unwrap();
    if x.is_negative() && !signed {
        return Err(crate::vm::errors::overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed { x.to_signed_bytes_le() } else { x.to_bytes_le().1 };
    if x.is_zero() {
        bytes.clear();
    }
    // to_signed_bytes_le may carry a redundant sign byte; trim it.
    if signed {
        while bytes.len() > 1 {
            let last = bytes[bytes.len() - 1];
            let prev = bytes[bytes.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                bytes.pop();
            } else {
                break;
            }
        }
    }
    if bytes.len() > length {
        return Err(crate::vm::errors::overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::vm::types::bytes::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.args[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    if rest.pos().len() > 2 {
        return Err(type_error(format!("from_bytes() takes at most 2 positional arguments ({} given)", rest.pos().len())));
    }
    let [data, order, signed] = rest.bind("from_bytes", ["bytes", "byteorder", "signed"], 1)?;
    let data = data.unwrap();
    let little = byteorder_arg("from_bytes", order.as_ref())?;
    let signed = match signed {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    let bytes: Vec<u8> = match crate::vm::types::bytes::as_bytes(&data) {
        Some(b) => b.to_vec(),
        None => {
            if as_str(&data).is_some() || ops::iter(vm, &data).is_err() {
                return Err(type_error(format!("cannot convert '{}' object to bytes", type_name(&data))));
            }
            crate::vm::types::bytes_ops::bytes_from_value(vm, &data).map_err(|e| {
                if e.matches(crate::vm::types::registry::ExcKind::ValueError) {
                    value_error("bytes must be in range(0, 256)")
                } else {
                    e
                }
            })?
        }
    };
    let mut le = bytes;
    if !little {
        le.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&le) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &le) };
    let v = new_int_big(n);
    if cls.is(&types().int) {
        return Ok(v);
    }
    crate::vm::call::call(vm, &cls, &[v], &[])
}

// ------------------------------------------------------------ bool

fn self_bool<'a>(a: &Args<'a>, name: &str) -> PyResult<bool> {
    match a.args.first().and_then(|v| v.as_obj()).map(|o| &o.payload) {
        Some(Payload::Bool(b)) => Ok(*b),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'bool' object but received a '{}'",
            a.args.first().map(type_name).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

fn as_bool_payload(v: &Value) -> Option<bool> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bool(b)) => Some(*b),
        _ => None,
    }
}

macro_rules! bool_logic {
    ($f:ident, $name:literal, $op:expr, |$x:ident, $y:ident| $body:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let $x = self_bool(&a, $name)?;
            let o = binary_args(&a)?;
            if let Some($y) = as_bool_payload(o) {
                return Ok(py_bool($body));
            }
            if !is_int_like(o) {
                return Ok(not_implemented());
            }
            int_binop(&a.args[0], o, $op)
        }
    };
}

bool_logic!(bool_and, "__and__", BinOp::And, |x, y| x & y);
bool_logic!(bool_or, "__or__", BinOp::Or, |x, y| x | y);
bool_logic!(bool_xor, "__xor__", BinOp::Xor, |x, y| x ^ y);

fn bool_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = self_bool(&a, "__repr__")?;
    unary_args(&a, "__repr__")?;
    Ok(crate::vm::types::str::new_str(if b { "True" } else { "False" }))
}

pub fn register_dunders() {
    let t = &types().int;
    let fs: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod_m),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("__sizeof__", int_sizeof),
    ];
    for (name, f) in fs {
        method(t, name, *f);
    }
    class_method(t, "from_bytes", int_from_bytes);
    let b = &types().bool_;
    for (name, f) in [
        ("__and__", bool_and as crate::vm::args::NativeFn),
        ("__rand__", bool_and),
        ("__or__", bool_or),
        ("__ror__", bool_or),
        ("__xor__", bool_xor),
        ("__rxor__", bool_xor),
        ("__repr__", bool_repr),
    ] {
        method(b, name, f);
    }
}
