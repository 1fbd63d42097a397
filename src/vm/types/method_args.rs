//! Argument-count checks for built-in container methods, with CPython's
//! exact messages. `self` is args[0] and is not counted.

use crate::vm::args::Args;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::to_bigint;
use crate::vm::value::Value;
use num_traits::{Signed, ToPrimitive};

/// METH_NOARGS: `f() takes no arguments (1 given)`.
pub fn no_args(a: &Args, fname: &str) -> PyResult<()> {
    a.no_kw(fname)?;
    let n = a.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!("{fname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// METH_O: `f() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(a: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    a.no_kw(fname)?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("{fname}() takes exactly one argument ({} given)", p.len().saturating_sub(1))));
    }
    Ok(&p[1])
}

/// Argument-clinic positional range: `name expected at most 1 argument, got 2`.
/// Returns the arguments after self.
pub fn arg_range<'a>(a: &Args<'a>, fname: &str, short: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    a.no_kw(fname)?;
    let p = &a.pos()[1.min(a.pos().len())..];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if p.len() < min || p.len() > max {
        return Err(type_error(if min == max {
            format!("{short} expected {min} argument{}, got {}", plural(min), p.len())
        } else if p.len() < min {
            format!("{short} expected at least {min} argument{}, got {}", plural(min), p.len())
        } else {
            format!("{short} expected at most {max} argument{}, got {}", plural(max), p.len())
        }));
    }
    Ok(p)
}

/// A slice-style index (`list.index` start/stop): clamped to i64, and
/// CPython's message for a non-integer.
pub fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let is_index = crate::vm::types::int::is_int_like(v)
        || crate::vm::types::typeobj::lookup(crate::vm::types::typeobj::class_of_ref(v), "__index__").is_some();
    if !is_index {
        return Err(type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = ops::index(vm, v)?;
    let b = to_bigint(&i).unwrap_or_default();
    Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// Resolve optional start/stop arguments against a length (list.index, tuple.index).
pub fn start_stop(vm: &mut Vm, start: Option<&Value>, stop: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as u64).min(len as u64) as usize
        }
    };
    let s = match start {
        Some(v) => norm(slice_index(vm, v)?),
        None => 0,
    };
    let e = match stop {
        Some(v) => norm(slice_index(vm, v)?),
        None => len,
    };
    Ok((s, e))
}
