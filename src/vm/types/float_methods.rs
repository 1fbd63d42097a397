//! Python-visible methods of `float`.

use crate::vm::args::Args;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::vm::builtins_registry::{class_method, method, static_method};
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::{as_f64, float_arith, float_divmod, float_pow, new_float};
use crate::vm::types::int::{new_int, new_int_big, to_bigint};
use crate::vm::types::int_methods::{binary_args, float_to_int, unary_args};
use crate::vm::types::registry::{not_implemented, py_bool, types};
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::tuple::new_tuple;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

/// float(x) conversion.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    // Exact floats and ints directly; subclasses through their (possibly
    // overridden) `__float__`, as CPython's PyNumber_Float does.
    let exact = x.is_small_int() || class_of(x).as_obj().unwrap().is_immortal();
    if let (true, Some(f)) = (exact, as_f64(x)) {
        return Ok(f);
    }
    if exact && crate::vm::types::int::is_int_like(x) {
        return crate::vm::types::int::to_f64(x);
    }
    let cls = class_of(x);
    if lookup(&cls, "__float__").is_some() || lookup(&cls, "__index__").is_some() {
        return float_via_dunder(vm, x, &cls);
    }
    if let Some(s) = as_str(x) {
        return crate::algo::number_parse::parse_float(s).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", crate::vm::types::repr::str_repr(s)))
        });
    }
    if let Some(b) = crate::vm::types::bytes::as_bytes(x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return crate::algo::number_parse::parse_float(&s).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", crate::vm::types::repr::bytes_repr(&b, "", "")))
        });
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x))))
}

/// float(x) through `__float__` (or `__index__`).
fn float_via_dunder(vm: &mut Vm, x: &Value, cls: &Value) -> PyResult<f64> {
    if let Some(f) = lookup(cls, "__float__") {
        let r = crate::vm::call::call_unbound(vm, &f, x, &[])?;
        return as_f64(&r).ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", type_name(x), type_name(&r))));
    }
    let r = ops::index(vm, x)?;
    crate::vm::types::int::to_f64(&r)
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    a.no_kw("float")?;
    let rest = &a.pos()[1..];
    if rest.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", rest.len())));
    }
    let f = match rest.first() {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if cls.is(&types().float) {
        return Ok(new_float(f));
    }
    Ok(heap::alloc(cls, Payload::Float(f)))
}

pub fn register() {
    static_method(&types().float, "__new__", float_new);
    register_methods();
}

// ------------------------------------------------------------ methods
//
// Exact floats are handled inline by `ops::binary_op`; these are what
// subclasses inherit and explicit `float.__add__(x, y)` calls reach.

/// `self` of a float method, else the descriptor error.
fn self_float(a: &Args, name: &str) -> PyResult<f64> {
    match a.args.first().and_then(as_f64) {
        Some(f) => Ok(f),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a 'float' object but received a '{}'",
            a.args.first().map(type_name).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

/// The other operand of a float binary method as f64; None means NotImplemented.
fn other_f64(o: &Value) -> Option<PyResult<f64>> {
    crate::vm::types::float::coerce_f64(o)
}

macro_rules! float_binary {
    ($fwd:ident, $rev:ident, $name:literal, $op:expr) => {
        fn $fwd(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = self_float(&a, $name)?;
            let o = binary_args(&a)?;
            match other_f64(o) {
                None => Ok(not_implemented()),
                Some(y) => float_arith(x, y?, $op),
            }
        }
        fn $rev(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = self_float(&a, $name)?;
            let o = binary_args(&a)?;
            match other_f64(o) {
                None => Ok(not_implemented()),
                Some(y) => float_arith(y?, x, $op),
            }
        }
    };
}

float_binary!(float_add, float_radd, "__add__", BinOp::Add);
float_binary!(float_sub, float_rsub, "__sub__", BinOp::Sub);
float_binary!(float_mul, float_rmul, "__mul__", BinOp::Mul);
float_binary!(float_truediv, float_rtruediv, "__truediv__", BinOp::TrueDiv);
float_binary!(float_floordiv, float_rfloordiv, "__floordiv__", BinOp::FloorDiv);
float_binary!(float_mod, float_rmod, "__mod__", BinOp::Mod);

fn divmod_pair(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Err(crate::vm::errors::zero_division("float divmod()"));
    }
    let (q, r) = float_divmod(x, y);
    Ok(new_tuple(vec![new_float(q), new_float(r)]))
}

fn float_divmod_m(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "__divmod__")?;
    match other_f64(binary_args(&a)?) {
        None => Ok(not_implemented()),
        Some(y) => divmod_pair(x, y?),
    }
}

fn float_rdivmod(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "__rdivmod__")?;
    match other_f64(binary_args(&a)?) {
        None => Ok(not_implemented()),
        Some(y) => divmod_pair(y?, x),
    }
}

/// The operands of a number's `__pow__`/`__rpow__`: self, other and an
/// optional modulus, with the slot wrappers' argument-count errors.
pub(crate) fn pow_operands<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    a.no_kw(name)?;
    let p = a.pos();
    if p.len() < 2 {
        return Err(type_error(format!("expected at least 1 argument, got {}", p.len().saturating_sub(1))));
    }
    if p.len() > 3 {
        return Err(type_error(format!("expected at most 2 arguments, got {}", p.len() - 1)));
    }
    Ok(p)
}

fn pow_common(a: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let x = self_float(a, name)?;
    let p = pow_operands(a, name)?;
    if p.len() == 3 && !ops::is_none(&p[2]) {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    match other_f64(&p[1]) {
        None => Ok(not_implemented()),
        Some(y) => {
            let y = y?;
            if reflected {
                float_pow(y, x)
            } else {
                float_pow(x, y)
            }
        }
    }
}

fn float_pow_m(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_common(&a, "__pow__", false)
}

fn float_rpow(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_common(&a, "__rpow__", true)
}

macro_rules! float_compare {
    ($f:ident, $name:literal, $op:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            self_float(&a, $name)?;
            let o = binary_args(&a)?;
            let x = new_float(as_f64(&a.args[0]).unwrap());
            match crate::vm::types::float::numeric_cmp(&x, o) {
                None => Ok(not_implemented()),
                Some(ord) => Ok(py_bool(ord.map(|o| ops::cmp_ord(o, $op)).unwrap_or($op == CmpOp::Ne))),
            }
        }
    };
}

float_compare!(float_eq, "__eq__", CmpOp::Eq);
float_compare!(float_ne, "__ne__", CmpOp::Ne);
float_compare!(float_lt, "__lt__", CmpOp::Lt);
float_compare!(float_le, "__le__", CmpOp::Le);
float_compare!(float_gt, "__gt__", CmpOp::Gt);
float_compare!(float_ge, "__ge__", CmpOp::Ge);

macro_rules! float_unary {
    ($f:ident, $name:literal, |$x:ident| $body:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let $x = self_float(&a, $name)?;
            unary_args(&a, $name)?;
            $body
        }
    };
}

float_unary!(float_neg, "__neg__", |x| Ok(new_float(-x)));
float_unary!(float_pos, "__pos__", |x| Ok(new_float(x)));
float_unary!(float_abs, "__abs__", |x| Ok(new_float(x.abs())));
float_unary!(float_bool, "__bool__", |x| Ok(py_bool(x != 0.0)));
float_unary!(float_float, "__float__", |x| Ok(new_float(x)));
float_unary!(float_conjugate, "conjugate", |x| Ok(new_float(x)));
float_unary!(float_int, "__int__", |x| float_to_int(x));
float_unary!(float_trunc, "__trunc__", |x| float_to_int(x));
float_unary!(float_floor, "__floor__", |x| float_to_int(x.floor()));
float_unary!(float_ceil, "__ceil__", |x| float_to_int(x.ceil()));
float_unary!(float_is_integer, "is_integer", |x| Ok(py_bool(x.is_finite() && x.fract() == 0.0)));
float_unary!(float_getnewargs, "__getnewargs__", |x| Ok(new_tuple(vec![new_float(x)])));
float_unary!(float_hex, "hex", |x| Ok(new_string(crate::algo::number_parse::float_to_hex(x))));
float_unary!(float_sizeof, "__sizeof__", |_x| Ok(new_int(24)));

fn float_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "__hash__")?;
    unary_args(&a, "__hash__")?;
    Ok(new_int(crate::vm::types::float::hash_float(&a.args[0], x)))
}

fn float_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "__repr__")?;
    unary_args(&a, "__repr__")?;
    Ok(new_string(crate::vm::types::repr::float_repr(x)))
}

fn float_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "__format__")?;
    let spec = binary_args(&a)?;
    let spec = as_str(spec)
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(spec))))?
        .to_string();
    if spec.is_empty() {
        return ops::str_(vm, &a.args[0]);
    }
    use crate::algo::format_spec;
    // Errors name the actual (sub)class, as CPython's do.
    let tn = type_name(&a.args[0]);
    let err = |m: String| {
        let m = m.replace("'float'", &format!("'{tn}'"));
        if format_spec::is_overflow_error(&m) { crate::vm::errors::overflow_error(m) } else { value_error(m) }
    };
    let fs = format_spec::parse_format_spec_for(&spec, "float").map_err(err)?;
    Ok(new_string(format_spec::format_float(x, &fs).map_err(err)?))
}

/// The exact value of a finite float as numerator/denominator (denominator a power of 2).
pub fn f64_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let mut n = BigInt::from(mant);
    if x.is_sign_negative() {
        n = -n;
    }
    if n.is_zero() {
        return (n, BigInt::one());
    }
    if e >= 0 {
        return (n << e as usize, BigInt::one());
    }
    // Reduce: strip common factors of two.
    let tz = (mant.trailing_zeros() as i64).min(-e);
    (n >> tz as usize, BigInt::one() << (-e - tz) as usize)
}

fn float_as_integer_ratio(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "as_integer_ratio")?;
    unary_args(&a, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(crate::vm::errors::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = f64_ratio(x);
    Ok(new_tuple(vec![new_int_big(n), new_int_big(d)]))
}

/// round(x, ndigits) for a float: the exact value rounded half-even to a
/// multiple of 10**-ndigits, then correctly rounded back to a float (what
/// CPython's dtoa-based double_round computes).
pub fn round_f64_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let (n, d) = f64_ratio(x);
    let ten = BigInt::from(10);
    let p = num_traits::pow::Pow::pow(&ten, ndigits.unsigned_abs() as u32);
    // value * 10**ndigits = num/den
    let (num, den) = if ndigits >= 0 { (n * &p, d) } else { (n, d * &p) };
    let (q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r * 2u32;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    if q.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let r = if ndigits >= 0 {
        crate::algo::number_parse::int_true_divide(&q, &p)
    } else {
        crate::algo::number_parse::bigint_to_f64(&(q * p))
    };
    match r {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(crate::vm::errors::overflow_error("rounded value too large to represent")),
    }
}

fn float_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_float(&a, "__round__")?;
    a.no_kw("__round__")?;
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("__round__ expected at most 1 argument, got {}", p.len() - 1)));
    }
    match p.get(1).filter(|n| !ops::is_none(n)) {
        None => {
            let r = x.round_ties_even();
            float_to_int(r)
        }
        Some(n) => {
            let n = ops::index(vm, n)?;
            let b = to_bigint(&n).unwrap();
            let nd = b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX });
            Ok(new_float(round_f64_digits(x, nd)?))
        }
    }
}

fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.args[0].clone();
    let p = a.pos();
    a.no_kw("fromhex")?;
    if p.len() != 2 {
        return Err(type_error(format!("float.fromhex() takes exactly one argument ({} given)", p.len() - 1)));
    }
    let s = as_str(&p[1])
        .ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    let f = crate::algo::number_parse::float_from_hex_checked(s).map_err(|e| match e {
        crate::algo::number_parse::FromHexError::Invalid => value_error(e.message()),
        crate::algo::number_parse::FromHexError::Overflow => crate::vm::errors::overflow_error(e.message()),
    })?;
    let v = new_float(f);
    if cls.is(&types().float) {
        return Ok(v);
    }
    crate::vm::call::call(vm, &cls, &[v], &[])
}

fn float_getformat(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    a.no_kw("__getformat__")?;
    if p.len() != 2 {
        return Err(type_error(format!("float.__getformat__() takes exactly one argument ({} given)", p.len() - 1)));
    }
    let s = as_str(&p[1])
        .ok_or_else(|| type_error(format!("__getformat__() argument must be str, not {}", type_name(&p[1]))))?;
    match s {
        "double" | "float" => Ok(new_string("IEEE, little-endian".into())),
        _ => Err(value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn register_methods() {
    let t = &types().float;
    let fs: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod_m),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow_m),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("__sizeof__", float_sizeof),
        ("conjugate", float_conjugate),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ];
    for (name, f) in fs {
        method(t, name, *f);
    }
    class_method(t, "fromhex", float_fromhex);
    class_method(t, "__getformat__", float_getformat);
}
