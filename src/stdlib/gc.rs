//! The `gc` module: a minimal interface to the main heap's cycle collector
//! (`vm::heap::gc`): `collect()`, `enable()`, `disable()`, `isenabled()`.

use crate::vm::args::Args;
use crate::vm::errors::PyResult;
use crate::vm::heap::gc;
use crate::vm::state::Vm;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::new_int;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::{none, py_bool};
use crate::vm::types::str::intern;
use crate::vm::value::Value;

/// `gc.collect(generation=2)`: the number of unreachable objects found.
fn collect(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [generation] = a.bind("collect", ["generation"], 0)?;
    if let Some(g) = generation {
        let n = crate::vm::ops::index_value(_vm, &g)?;
        if !(0..=2).contains(&n) {
            return Err(crate::vm::errors::value_error("invalid generation"));
        }
    }
    let found = gc::collect();
    // Finalizers (__del__) of cyclic garbage run inside collect(), then the
    // cycles they left are freed.
    if crate::vm::finalize::has_pending() {
        crate::vm::finalize::run_pending(_vm);
        gc::collect();
    }
    Ok(new_int(found as i64))
}

fn enable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("enable", 0)?;
    gc::set_enabled(true);
    Ok(none())
}

fn disable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("disable", 0)?;
    gc::set_enabled(false);
    Ok(none())
}

fn isenabled(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("isenabled", 0)?;
    Ok(py_bool(gc::is_enabled()))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("gc");
    let d = as_module(&m).unwrap().dict_data();
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[("collect", collect), ("enable", enable), ("disable", disable), ("isenabled", isenabled)];
    for (n, f) in fns {
        d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    Ok(m)
}
