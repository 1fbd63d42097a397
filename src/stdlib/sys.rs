//! The `sys` module.

use crate::vm::args::Args;
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::{Vm, RECURSION_LIMIT};
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::new_int;
use crate::vm::types::list::new_list;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::{exc, none, ExcKind};
use crate::vm::types::str::{as_str, intern, new_str};
use crate::vm::types::tuple::new_tuple;
use crate::vm::value::Value;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;

static SYS: OnceLock<Value> = OnceLock::new();

pub fn sys_module() -> &'static Value {
    SYS.get().expect("sys not initialised")
}

fn sys_get(name: &str) -> Option<Value> {
    as_module(sys_module()).unwrap().dict_data().get_str(name)
}

pub fn sys_set(name: &str, v: Value) {
    as_module(sys_module()).unwrap().dict_data().set_str(intern(name), v);
}

pub fn sys_path() -> Value {
    sys_get("path").unwrap_or_else(|| new_list(vec![]))
}

/// Write text to `sys.stdout` (our stream, or whatever object replaced it).
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    write_to(vm, sys_get("stdout"), 1, s)
}

pub fn write_stderr(vm: &mut Vm, s: &str) -> PyResult<()> {
    write_to(vm, sys_get("stderr"), 2, s)
}

pub fn write_to(vm: &mut Vm, stream: Option<Value>, fd: i32, s: &str) -> PyResult<()> {
    match stream {
        Some(st) if super::io::is_std_stream(&st, fd) => {
            if fd == 1 {
                super::io::write_stdout_bytes(s.as_bytes())
            } else {
                super::io::write_stderr_bytes(s.as_bytes())
            }
            Ok(())
        }
        Some(st) if !ops::is_none(&st) => {
            crate::vm::call::call_method_by_name(vm, &st, "write", &[new_str(s)])?;
            Ok(())
        }
        _ => Ok(()),
    }
}

fn f(name: &'static str, func: crate::vm::args::NativeFn) -> Value {
    new_builtin(name, func, BuiltinKind::Function, None)
}

fn sys_exit(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("exit", 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, p.to_vec()))
}

fn getrecursionlimit(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("getrecursionlimit", 0)?;
    Ok(new_int(RECURSION_LIMIT.load(Ordering::Relaxed) as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("setrecursionlimit", 1)?;
    if crate::vm::types::float::is_float(&p[0]) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = ops::index_value(vm, &p[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as u32) <= vm.depth {
        return Err(PyErr::msg(
            ExcKind::RecursionError,
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    RECURSION_LIMIT.store(n.min(u32::MAX as i64) as u32, Ordering::Relaxed);
    Ok(none())
}

fn exc_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("exc_info", 0)?;
    Ok(match &vm.handled {
        Some(e) => {
            let tb = crate::vm::types::exception::as_exception(e).and_then(|d| d.traceback.get()).unwrap_or_else(none);
            new_tuple(vec![crate::vm::types::typeobj::class_of(e), e.clone(), tb])
        }
        None => new_tuple(vec![none(), none(), none()]),
    })
}

fn exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("exception", 0)?;
    Ok(vm.handled.clone().unwrap_or_else(none))
}

fn sys_intern(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("intern", 1)?;
    let s = as_str(&p[0]).ok_or_else(|| {
        type_error(format!("intern() argument must be str, not {}", crate::vm::types::typeobj::type_name(&p[0])))
    })?;
    Ok(intern(s))
}

fn getsizeof(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("getsizeof", 1, 2)?;
    let v = &p[0];
    let base = 32 + std::mem::size_of::<Payload>() as i64;
    let extra = match v.as_obj().map(|o| &o.payload) {
        None => 28 - base,
        Some(Payload::Str(s)) => s.s.len() as i64 + 1,
        Some(Payload::List(l)) => 8 * l.len() as i64,
        Some(Payload::Tuple(t)) => 8 * t.len() as i64,
        Some(Payload::Dict(d)) => 24 * d.len() as i64,
        Some(Payload::Bytes(b)) => b.len() as i64,
        _ => 0,
    };
    Ok(new_int(base + extra))
}

fn getrefcount(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("getrefcount", 1)?;
    Ok(new_int(p[0].as_obj().map(|o| crate::vm::heap::refcount(o) as i64).unwrap_or(1 << 30)))
}

fn displayhook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("displayhook", 1)?;
    crate::vm::builtins_registry::displayhook(vm, &p[0])?;
    Ok(none())
}

fn get_int_max_str_digits(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(new_int(crate::vm::types::repr::INT_MAX_STR_DIGITS as i64))
}

fn getdefaultencoding(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

pub const VERSION: &str = "3.12.0 (pyrallel 0.1.0)";

/// Create the sys module (argv is filled in by the CLI).
pub fn create(modules: &Value) -> Value {
    let m = new_module("sys");
    let _ = SYS.set(m.clone());
    let set = |n: &str, v: Value| sys_set(n, v);
    set("modules", modules.clone());
    set("argv", new_list(vec![new_str("")]));
    set("path", new_list(vec![]));
    set("stdin", super::io::new_std_stream(0, "<stdin>"));
    set("stdout", super::io::new_std_stream(1, "<stdout>"));
    set("stderr", super::io::new_std_stream(2, "<stderr>"));
    set("__stdin__", sys_get("stdin").unwrap());
    set("__stdout__", sys_get("stdout").unwrap());
    set("__stderr__", sys_get("stderr").unwrap());
    set("version", new_str(VERSION));
    let vi = new_tuple(vec![new_int(3), new_int(12), new_int(0), new_str("final"), new_int(0)]);
    set("version_info", vi);
    set("hexversion", new_int(0x030c00f0));
    set("maxsize", new_int(i64::MAX));
    set("maxunicode", new_int(0x10ffff));
    set("platform", new_str("linux"));
    set("byteorder", new_str("little"));
    set("executable", new_str(&std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
    set("implementation_name", new_str("pyrallel"));
    set("builtin_module_names", new_tuple(super::BUILTIN_MODULE_NAMES.iter().map(|s| new_str(s)).collect()));
    set("dont_write_bytecode", crate::vm::types::registry::py_bool(true));
    set("exit", f("exit", sys_exit));
    set("getrecursionlimit", f("getrecursionlimit", getrecursionlimit));
    set("setrecursionlimit", f("setrecursionlimit", setrecursionlimit));
    set("exc_info", f("exc_info", exc_info));
    set("exception", f("exception", exception));
    set("intern", f("intern", sys_intern));
    set("getsizeof", f("getsizeof", getsizeof));
    set("getrefcount", f("getrefcount", getrefcount));
    set("displayhook", f("displayhook", displayhook));
    set("get_int_max_str_digits", f("get_int_max_str_digits", get_int_max_str_digits));
    set("getdefaultencoding", f("getdefaultencoding", getdefaultencoding));
    let _ = (as_dict, exc);
    m
}
