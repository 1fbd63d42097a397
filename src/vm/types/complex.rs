//! `complex`: arithmetic core.

use crate::compiler::bytecode::BinOp;
use crate::vm::errors::{zero_division, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::float::coerce_f64;
use crate::vm::types::registry::types;
use crate::vm::value::Value;

pub fn new_complex(re: f64, im: f64) -> Value {
    heap::alloc(types().complex.clone(), Payload::Complex(re, im))
}

pub fn is_complex(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Complex(..)))
}

pub fn as_complex(v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(Payload::Complex(r, i)) = v.as_obj().map(|o| &o.payload) {
        return Some(Ok((*r, *i)));
    }
    coerce_f64(v).map(|r| r.map(|f| (f, 0.0)))
}

pub fn complex_binop(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let x = match as_complex(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match as_complex(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        BinOp::TrueDiv => match complex_div(x, y) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        },
        BinOp::Pow => match complex_pow(x, y) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        },
        _ => return None,
    };
    Some(Ok(new_complex(r.0, r.1)))
}

/// CPython's _Py_c_quot (Smith's algorithm).
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// CPython's _Py_c_pow.
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        // Integer power by repeated squaring, as CPython's c_powi.
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                r = (r.0 * base.0 - r.1 * base.1, r.0 * base.1 + r.1 * base.0);
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            return complex_div((1.0, 0.0), r);
        }
        return Ok(r);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}
