//! Python-visible methods of `complex`: the constructor (numbers and the
//! string syntax), arithmetic slot wrappers, equality, hash, repr, format.

use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::complex::{complex_binop, complex_pow, new_complex};
use crate::vm::types::float::{coerce_f64, new_float};
use crate::vm::types::int::new_int;
use crate::vm::types::int_methods::{binary_args, unary_args};
use crate::vm::types::registry::{not_implemented, py_bool, types};
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

fn as_complex_payload(v: &Value) -> Option<(f64, f64)> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Complex(r, i)) => Some((*r, *i)),
        _ => None,
    }
}

// ------------------------------------------------------------ parsing

/// Length of the float literal at the start of `s` (sign included), or 0.
fn scan_float(s: &[u8]) -> usize {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let lower: Vec<u8> = s[i..].iter().take(8).map(|c| c.to_ascii_lowercase()).collect();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if lower.starts_with(word) {
            return i + word.len();
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < s.len() && (s[*i].is_ascii_digit() || (s[*i] == b'_' && *i > start && *i + 1 < s.len() && s[*i + 1].is_ascii_digit())) {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if i < s.len() && s[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    i
}

fn parse_f(tok: &[u8]) -> Option<f64> {
    crate::algo::number_parse::parse_float(std::str::from_utf8(tok).ok()?)
}

/// complex('1+2j') syntax; None if malformed.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    let b = t.as_bytes();
    let n1 = scan_float(b);
    let (re, im, rest): (f64, f64, &[u8]);
    if n1 > 0 {
        let x = parse_f(&b[..n1])?;
        let r = &b[n1..];
        match r.first() {
            Some(b'+') | Some(b'-') => {
                let n2 = scan_float(r);
                let y = if n2 > 0 { parse_f(&r[..n2])? } else if r[0] == b'+' { 1.0 } else { -1.0 };
                let after = &r[n2.max(1)..];
                if !matches!(after.first(), Some(b'j' | b'J')) {
                    return None;
                }
                (re, im, rest) = (x, y, &after[1..]);
            }
            Some(b'j') | Some(b'J') => (re, im, rest) = (0.0, x, &r[1..]),
            _ => (re, im, rest) = (x, 0.0, r),
        }
    } else {
        let (sign, r) = match b.first() {
            Some(b'+') => (1.0, &b[1..]),
            Some(b'-') => (-1.0, &b[1..]),
            _ => (1.0, b),
        };
        if !matches!(r.first(), Some(b'j' | b'J')) {
            return None;
        }
        (re, im, rest) = (0.0, sign, &r[1..]);
    }
    if !rest.is_empty() {
        return None;
    }
    Some((re, im))
}

// ------------------------------------------------------------ constructor

/// A number argument of complex(): (value, came-from-a-complex).
fn complex_arg(vm: &mut Vm, v: &Value, first: bool) -> PyResult<((f64, f64), bool)> {
    if let Some(c) = as_complex_payload(v) {
        return Ok((c, true));
    }
    if let Some(f) = lookup(&class_of(v), "__complex__") {
        let r = crate::vm::call::call_unbound(vm, &f, v, &[])?;
        return match as_complex_payload(&r) {
            Some(c) => Ok((c, true)),
            None => Err(type_error(format!("__complex__ returned non-complex (type {})", type_name(&r)))),
        };
    }
    if let Some(f) = coerce_f64(v) {
        return Ok(((f?, 0.0), false));
    }
    let cls = class_of(v);
    if lookup(&cls, "__float__").is_some() || lookup(&cls, "__index__").is_some() {
        return Ok(((crate::vm::types::float_methods::to_float(vm, v)?, 0.0), false));
    }
    Err(type_error(if first {
        format!("complex() first argument must be a string or a number, not '{}'", type_name(v))
    } else {
        format!("complex() second argument must be a number, not '{}'", type_name(v))
    }))
}

fn complex_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.args[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [real, imag] = rest.bind("complex", ["real", "imag"], 0)?;
    let make = |re: f64, im: f64| {
        if cls.is(&types().complex) {
            new_complex(re, im)
        } else {
            heap::alloc(cls.clone(), Payload::Complex(re, im))
        }
    };
    let Some(real) = real else {
        return match imag {
            None => Ok(make(0.0, 0.0)),
            Some(i) => {
                let ((ir, ii), i_cplx) = complex_arg(vm, &i, false)?;
                Ok(make(if i_cplx { 0.0 - ii } else { 0.0 }, ir))
            }
        };
    };
    if let Some(s) = as_str(&real) {
        if imag.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = parse_complex(s).ok_or_else(|| value_error("complex() arg is a malformed string"))?;
        return Ok(make(re, im));
    }
    if imag.as_ref().is_some_and(|i| as_str(i).is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    if imag.is_none() && cls.is(&types().complex) && class_of(&real).is(&types().complex) {
        return Ok(real);
    }
    let ((rr, ri), r_cplx) = complex_arg(vm, &real, true)?;
    let (mut re, mut im) = (rr, ri);
    match &imag {
        None => {}
        Some(i) => {
            let ((ir, ii), i_cplx) = complex_arg(vm, i, false)?;
            im = ir;
            if i_cplx {
                re -= ii;
            }
            if r_cplx {
                im += ri;
            }
        }
    }
    Ok(make(re, im))
}

// ------------------------------------------------------------ methods

fn self_complex(a: &Args, name: &str) -> PyResult<(f64, f64)> {
    match a.args.first().and_then(as_complex_payload) {
        Some(c) => Ok(c),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a 'complex' object but received a '{}'",
            a.args.first().map(type_name).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

/// A complex, float or int operand; None means NotImplemented.
fn other_complex(o: &Value) -> Option<PyResult<(f64, f64)>> {
    crate::vm::types::complex::as_complex(o)
}

macro_rules! complex_binary {
    ($fwd:ident, $rev:ident, $name:literal, $op:expr) => {
        fn $fwd(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = self_complex(&a, $name)?;
            match other_complex(binary_args(&a)?) {
                None => Ok(not_implemented()),
                Some(y) => {
                    let y = y?;
                    complex_binop(&new_complex(x.0, x.1), &new_complex(y.0, y.1), $op).unwrap()
                }
            }
        }
        fn $rev(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = self_complex(&a, $name)?;
            match other_complex(binary_args(&a)?) {
                None => Ok(not_implemented()),
                Some(y) => {
                    let y = y?;
                    complex_binop(&new_complex(y.0, y.1), &new_complex(x.0, x.1), $op).unwrap()
                }
            }
        }
    };
}

complex_binary!(complex_add, complex_radd, "__add__", BinOp::Add);
complex_binary!(complex_sub, complex_rsub, "__sub__", BinOp::Sub);
complex_binary!(complex_mul, complex_rmul, "__mul__", BinOp::Mul);
complex_binary!(complex_truediv, complex_rtruediv, "__truediv__", BinOp::TrueDiv);

fn pow_common(a: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let x = self_complex(a, name)?;
    let p = crate::vm::types::float_methods::pow_operands(a, name)?;
    if p.len() == 3 && !ops::is_none(&p[2]) {
        return Err(value_error("complex modulo"));
    }
    match other_complex(&p[1]) {
        None => Ok(not_implemented()),
        Some(y) => {
            let y = y?;
            let r = if reflected { complex_pow(y, x)? } else { complex_pow(x, y)? };
            Ok(new_complex(r.0, r.1))
        }
    }
}

fn complex_pow_m(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_common(&a, "__pow__", false)
}

fn complex_rpow(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_common(&a, "__rpow__", true)
}

/// complex == other: None means NotImplemented.
fn complex_equals(x: (f64, f64), o: &Value) -> Option<bool> {
    if let Some(y) = as_complex_payload(o) {
        return Some(x == y);
    }
    if crate::vm::types::float::is_float(o) || crate::vm::types::int::is_int_like(o) {
        if x.1 != 0.0 {
            return Some(false);
        }
        let ord = crate::vm::types::float::numeric_cmp(&new_float(x.0), o)?;
        return Some(ord == Some(std::cmp::Ordering::Equal));
    }
    None
}

fn complex_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_complex(&a, "__eq__")?;
    Ok(complex_equals(x, binary_args(&a)?).map(py_bool).unwrap_or_else(not_implemented))
}

fn complex_ne(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_complex(&a, "__ne__")?;
    Ok(complex_equals(x, binary_args(&a)?).map(|b| py_bool(!b)).unwrap_or_else(not_implemented))
}

macro_rules! complex_unary {
    ($f:ident, $name:literal, |$x:ident| $body:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PyResult<Value> {
            let $x = self_complex(&a, $name)?;
            unary_args(&a, $name)?;
            $body
        }
    };
}

complex_unary!(complex_neg, "__neg__", |x| Ok(new_complex(-x.0, -x.1)));
complex_unary!(complex_pos, "__pos__", |x| Ok(new_complex(x.0, x.1)));
complex_unary!(complex_complex, "__complex__", |x| Ok(new_complex(x.0, x.1)));
complex_unary!(complex_conjugate, "conjugate", |x| Ok(new_complex(x.0, -x.1)));
complex_unary!(complex_bool, "__bool__", |x| Ok(py_bool(x.0 != 0.0 || x.1 != 0.0)));
complex_unary!(complex_getnewargs, "__getnewargs__", |x| Ok(new_tuple(vec![new_float(x.0), new_float(x.1)])));
complex_unary!(complex_repr, "__repr__", |x| Ok(new_string(crate::vm::types::repr::complex_repr(x.0, x.1))));
complex_unary!(complex_sizeof, "__sizeof__", |_x| Ok(new_int(32)));
complex_unary!(complex_abs, "__abs__", |x| complex_abs_value(x).map(new_float));

/// abs(z) as CPython's _Py_c_abs: inf if either part is inf, nan if nan,
/// OverflowError if the finite result overflows.
pub fn complex_abs_value(x: (f64, f64)) -> PyResult<f64> {
    if x.0.is_infinite() || x.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x.0.is_nan() || x.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = x.0.hypot(x.1);
    if r.is_infinite() {
        return Err(crate::vm::errors::overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn complex_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_complex(&a, "__hash__")?;
    unary_args(&a, "__hash__")?;
    let h = crate::algo::hash::hash_complex(x.0, x.1).unwrap_or_else(|| ops::identity_hash(&a.args[0]));
    Ok(new_int(h))
}

fn complex_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_complex(&a, "__format__")?;
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
        let m = m.replace("'complex'", &format!("'{tn}'"));
        if format_spec::is_overflow_error(&m) { crate::vm::errors::overflow_error(m) } else { value_error(m) }
    };
    let fs = format_spec::parse_format_spec_for(&spec, "complex").map_err(err)?;
    Ok(new_string(format_spec::format_complex(x.0, x.1, &fs).map_err(err)?))
}

pub fn register() {
    let t = &types().complex;
    static_method(t, "__new__", complex_new);
    let fs: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("__add__", complex_add),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow_m),
        ("__rpow__", complex_rpow),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__complex__", complex_complex),
        ("__hash__", complex_hash),
        ("__repr__", complex_repr),
        ("__format__", complex_format),
        ("__getnewargs__", complex_getnewargs),
        ("__sizeof__", complex_sizeof),
        ("conjugate", complex_conjugate),
    ];
    for (name, f) in fs {
        method(t, name, *f);
    }
    let _ = CmpOp::Eq;
}
