//! The `time` module.

use crate::vm::args::Args;
use crate::vm::errors::{value_error, PyResult};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::new_float;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::new_int;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::none;
use crate::vm::types::str::intern;
use crate::vm::value::Value;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn start() -> Instant {
    static S: OnceLock<Instant> = OnceLock::new();
    *S.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("time", 0)?;
    Ok(new_float(epoch().as_secs_f64()))
}
fn time_ns(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("time_ns", 0)?;
    Ok(crate::vm::types::int::new_int_i128(epoch().as_nanos() as i128))
}
fn perf_counter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("perf_counter", 0)?;
    Ok(new_float(start().elapsed().as_secs_f64()))
}
fn perf_counter_ns(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("perf_counter_ns", 0)?;
    Ok(crate::vm::types::int::new_int_i128(start().elapsed().as_nanos() as i128))
}
fn process_time(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("process_time", 0)?;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into the provided buffer.
    unsafe { clock_gettime(2, &mut ts) };
    Ok(new_float(ts.sec as f64 + ts.nsec as f64 * 1e-9))
}

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}
unsafe extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("sleep", 1)?;
    let secs = match crate::vm::types::float::coerce_f64(&p[0]) {
        Some(r) => r?,
        None => {
            return Err(crate::vm::errors::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::vm::types::typeobj::type_name(&p[0])
            )))
        }
    };
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::stdlib::io::flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    let _ = (vm, ops::is_none);
    Ok(none())
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("time");
    let d = as_module(&m).unwrap().dict_data();
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", process_time),
        ("sleep", sleep),
    ];
    for (n, f) in fns {
        d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    d.set_str(intern("timezone"), new_int(0));
    start();
    Ok(m)
}
