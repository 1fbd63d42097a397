//! The `math` module: argument conversion (`__float__`, `__index__`,
//! `__floor__`/`__ceil__`/`__trunc__`, huge ints) and error mapping around
//! the numeric core in `algo::math_fns`.

use crate::algo::math_fns::{self as mf, MathError};
use crate::vm::args::Args;
use crate::vm::errors::{type_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::{as_f64, new_float};
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::{is_int_like, new_int, new_int_big, to_bigint};
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::{py_bool, types, ExcKind};
use crate::vm::types::str::intern;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;
use num_bigint::BigInt;

/// The Python exception for a math-core error.
fn merr(e: MathError) -> PyErr {
    let kind = match e {
        MathError::Domain | MathError::Value(_) => ExcKind::ValueError,
        MathError::Range | MathError::Overflow(_) => ExcKind::OverflowError,
        MathError::ZeroDivision(_) => ExcKind::ZeroDivisionError,
    };
    PyErr::msg(kind, e.message())
}

/// PyFloat_AsDouble: float, int, `__float__`, then `__index__`.
pub fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if is_int_like(v) {
        return crate::vm::types::int::to_f64(v);
    }
    let cls = class_of(v);
    if let Some(f) = lookup(&cls, "__float__") {
        let r = crate::vm::call::call_unbound(vm, &f, v, &[])?;
        return as_f64(&r).ok_or_else(|| {
            type_error(format!("{}.__float__ returned non-float (type {})", type_name(v), type_name(&r)))
        });
    }
    if lookup(&cls, "__index__").is_some() {
        let i = ops::index(vm, v)?;
        return crate::vm::types::int::to_f64(&i);
    }
    Err(type_error(format!("must be real number, not {}", type_name(v))))
}

/// An integer argument (via `__index__`).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = ops::index(vm, v)?;
    Ok(to_bigint(&i).unwrap())
}

/// The single argument of a METH_O function.
fn one<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if a.has_kw() {
        a.no_kw(&format!("math.{name}"))?;
    }
    let p = a.pos();
    if p.len() != 1 {
        return Err(type_error(format!("math.{name}() takes exactly one argument ({} given)", p.len())));
    }
    Ok(&p[0])
}

/// The two arguments of a fixed two-argument function.
fn two<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    a.no_kw(name)?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("{name} expected 2 arguments, got {}", p.len())));
    }
    Ok((&p[0], &p[1]))
}

macro_rules! float1 {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let x = float_arg(vm, one(&a, stringify!($name))?)?;
                Ok(new_float(mf::$name(x).map_err(merr)?))
            }
        )*
    };
}

float1!(acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, degrees, erf, erfc, exp, exp2, expm1, fabs, gamma, lgamma, log1p, sin, sinh, sqrt, tan, tanh, ulp, radians);

macro_rules! float2 {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let (x, y) = two(&a, stringify!($name))?;
                let x = float_arg(vm, x)?;
                let y = float_arg(vm, y)?;
                Ok(new_float(mf::$name(x, y).map_err(merr)?))
            }
        )*
    };
}

float2!(atan2, copysign, fmod, remainder, pow, nextafter);

macro_rules! predicate {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let x = float_arg(vm, one(&a, stringify!($name))?)?;
                Ok(py_bool(mf::$name(x)))
            }
        )*
    };
}

predicate!(isfinite, isinf, isnan);

/// CPython's loghelper: ints (any size) take the exact path.
fn log_of(vm: &mut Vm, v: &Value, int_path: fn(&BigInt) -> mf::MathResult<f64>, float_path: fn(f64) -> mf::MathResult<f64>) -> PyResult<f64> {
    if is_int_like(v) {
        return int_path(&to_bigint(v).unwrap()).map_err(merr);
    }
    let x = float_arg(vm, v)?;
    float_path(x).map_err(merr)
}

fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("log")?;
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &p[0], mf::ln_bigint, mf::ln)?;
    match p.get(1) {
        None => Ok(new_float(num)),
        Some(b) => {
            let den = log_of(vm, b, mf::ln_bigint, mf::ln)?;
            Ok(new_float(mf::log_ratio(num, den).map_err(merr)?))
        }
    }
}

fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "log2")?;
    Ok(new_float(log_of(vm, v, mf::log2_bigint, mf::log2)?))
}

fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "log10")?;
    Ok(new_float(log_of(vm, v, mf::log10_bigint, mf::log10)?))
}

/// floor/ceil: exact floats directly, else the type's `__floor__`/`__ceil__`,
/// else via float conversion.
fn rounding(vm: &mut Vm, a: Args, name: &str, dunder: &str, f: fn(f64) -> mf::MathResult<BigInt>) -> PyResult<Value> {
    let v = one(&a, name)?;
    if let Some(Payload::Float(x)) = v.as_obj().map(|o| &o.payload).filter(|_| class_of(v).is(&types().float)) {
        return Ok(new_int_big(f(*x).map_err(merr)?));
    }
    if v.is_small_int() {
        return Ok(v.clone());
    }
    if let Some(m) = lookup(&class_of(v), dunder) {
        return crate::vm::call::call_unbound(vm, &m, v, &[]);
    }
    let x = float_arg(vm, v)?;
    Ok(new_int_big(f(x).map_err(merr)?))
}

fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rounding(vm, a, "floor", "__floor__", mf::floor)
}

fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rounding(vm, a, "ceil", "__ceil__", mf::ceil)
}

fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "trunc")?;
    if v.is_small_int() {
        return Ok(v.clone());
    }
    match lookup(&class_of(v), "__trunc__") {
        Some(m) => crate::vm::call::call_unbound(vm, &m, v, &[]),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(v)))),
    }
}

fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, one(&a, "frexp")?)?;
    let (m, e) = mf::frexp(x).map_err(merr)?;
    Ok(new_tuple(vec![new_float(m), new_int(e)]))
}

fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, one(&a, "modf")?)?;
    let (f, i) = mf::modf(x).map_err(merr)?;
    Ok(new_tuple(vec![new_float(f), new_float(i)]))
}

fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, i) = two(&a, "ldexp")?;
    let x = float_arg(vm, x)?;
    if !is_int_like(i) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    Ok(new_float(mf::ldexp_bigint(x, &to_bigint(i).unwrap()).map_err(merr)?))
}

fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(&a, "fsum")?;
    let it = ops::iter(vm, v)?;
    let mut acc = mf::FSum::new();
    while let Some(x) = ops::next(vm, &it)? {
        let f = float_arg(vm, &x)?;
        acc.add(f).map_err(merr)?;
    }
    Ok(new_float(acc.finish().map_err(merr)?))
}

fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 1 {
        if p.len() + a.kwnames.len() > 2 {
            return Err(type_error(format!("prod() takes at most 2 arguments ({} given)", p.len() + a.kwnames.len())));
        }
        return Err(type_error(format!("prod() takes exactly 1 positional argument ({} given)", p.len())));
    }
    let mut acc = new_int(1);
    for (k, v) in a.kw() {
        if k != "start" {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for prod()")));
        }
        acc = v.clone();
    }
    let it = ops::iter(vm, &p[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        acc = ops::binary_op(vm, &acc, &x, crate::compiler::bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("hypot")?;
    let mut coords = Vec::with_capacity(a.pos().len());
    for v in a.pos() {
        coords.push(float_arg(vm, v)?);
    }
    Ok(new_float(mf::hypot(&coords).map_err(merr)?))
}

fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (p, q) = two(&a, "dist")?;
    let mut pts = [Vec::new(), Vec::new()];
    for (i, v) in [p, q].into_iter().enumerate() {
        for x in ops::collect(vm, v)? {
            pts[i].push(float_arg(vm, &x)?);
        }
    }
    Ok(new_float(mf::dist(&pts[0], &pts[1]).map_err(merr)?))
}

fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", p.len())));
    }
    let [x, y, rel, abs] = a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = float_arg(vm, &x.unwrap())?;
    let y = float_arg(vm, &y.unwrap())?;
    let rel = match rel {
        Some(r) => float_arg(vm, &r)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(r) => float_arg(vm, &r)?,
        None => 0.0,
    };
    Ok(py_bool(mf::isclose(x, y, rel, abs).map_err(merr)?))
}

fn int_list(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    a.no_kw(name)?;
    let mut out = Vec::with_capacity(a.pos().len());
    for v in a.pos() {
        out.push(int_arg(vm, v)?);
    }
    Ok(out)
}

fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let xs = int_list(vm, &a, "gcd")?;
    Ok(new_int_big(mf::gcd(&xs)))
}

fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let xs = int_list(vm, &a, "lcm")?;
    Ok(new_int_big(mf::lcm(&xs)))
}

fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, one(&a, "isqrt")?)?;
    Ok(new_int_big(mf::isqrt(&n).map_err(merr)?))
}

fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, one(&a, "factorial")?)?;
    Ok(new_int_big(mf::factorial(&n).map_err(merr)?))
}

fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (n, k) = two(&a, "comb")?;
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    Ok(new_int_big(mf::comb(&n, &k).map_err(merr)?))
}

fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("perm", 1, 2)?;
    let n = int_arg(vm, &p[0])?;
    let k = match p.get(1).filter(|k| !ops::is_none(k)) {
        Some(k) => Some(int_arg(vm, k)?),
        None => None,
    };
    Ok(new_int_big(mf::perm(&n, k.as_ref()).map_err(merr)?))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("math");
    let d = as_module(&m).unwrap().dict_data();
    d.set_str(intern("pi"), new_float(std::f64::consts::PI));
    d.set_str(intern("e"), new_float(std::f64::consts::E));
    d.set_str(intern("tau"), new_float(std::f64::consts::TAU));
    d.set_str(intern("inf"), new_float(f64::INFINITY));
    d.set_str(intern("nan"), new_float(f64::NAN));
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for (n, f) in fns {
        d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    Ok(m)
}
