//! The `math` module (numeric core in `algo::math_fns`).

use crate::vm::errors::PyResult;
use crate::vm::state::Vm;
use crate::vm::types::float::new_float;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::str::intern;
use crate::vm::value::Value;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("math");
    let d = as_module(&m).unwrap().dict_data();
    d.set_str(intern("pi"), new_float(std::f64::consts::PI));
    d.set_str(intern("e"), new_float(std::f64::consts::E));
    d.set_str(intern("tau"), new_float(std::f64::consts::TAU));
    d.set_str(intern("inf"), new_float(f64::INFINITY));
    d.set_str(intern("nan"), new_float(f64::NAN));
    Ok(m)
}
