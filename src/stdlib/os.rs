//! A minimal `os` module: the file-system calls the tests and common
//! scripts use (remove, mkdir, listdir, stat-based predicates, ...), the
//! environment as a plain dict, and `os.path` (Python source,
//! `py/posixpath.py`, over the natives defined here).

use crate::vm::args::Args;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::state::Vm;
use crate::vm::types::exception_subclasses::os_error_from_io;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::{new_int, to_i64};
use crate::vm::types::list::new_list;
use crate::vm::types::module::{as_module, new_dict_value, new_module};
use crate::vm::types::registry::{none, py_bool};
use crate::vm::types::str::{as_str, intern, new_str, new_string};
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

const PATH_SOURCE: &str = include_str!("py/posixpath.py");

/// A path argument: str, or an os.PathLike whose `__fspath__` gives a str.
fn path_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::vm::types::bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    if let Some(f) = lookup(&class_of(v), "__fspath__") {
        let r = crate::vm::call::call_unbound(vm, &f, v, &[])?;
        if let Some(s) = as_str(&r) {
            return Ok(s.to_string());
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(v),
            type_name(&r)
        )));
    }
    Err(type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {}", type_name(v))))
}

/// The single path argument of `fname(path)`.
fn one_path(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<String> {
    let [p] = a.bind(fname, ["path"], 1)?;
    path_arg(vm, fname, &p.unwrap())
}

fn io<T>(r: std::io::Result<T>, path: &str) -> PyResult<T> {
    r.map_err(|e| os_error_from_io(&e, Some(path)))
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = one_path(vm, &a, "remove")?;
    io(std::fs::remove_file(&p), &p)?;
    Ok(none())
}

fn unlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = one_path(vm, &a, "unlink")?;
    io(std::fs::remove_file(&p), &p)?;
    Ok(none())
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = one_path(vm, &a, "rmdir")?;
    io(std::fs::remove_dir(&p), &p)?;
    Ok(none())
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [p, _mode] = a.bind("mkdir", ["path", "mode"], 1)?;
    let p = path_arg(vm, "mkdir", &p.unwrap())?;
    io(std::fs::create_dir(&p), &p)?;
    Ok(none())
}

fn makedirs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [p, _mode, exist_ok] = a.bind("makedirs", ["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(vm, "makedirs", &p.unwrap())?;
    let exist_ok = match exist_ok {
        Some(v) => crate::vm::ops::truthy(vm, &v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(none());
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(os_error_from_io(&e, Some(&p)));
    }
    io(std::fs::create_dir_all(&p), &p)?;
    Ok(none())
}

fn rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [src, dst] = a.bind("rename", ["src", "dst"], 2)?;
    let s = path_arg(vm, "rename", &src.unwrap())?;
    let d = path_arg(vm, "rename", &dst.unwrap())?;
    // CPython reports both names; the source is the one shown first.
    io(std::fs::rename(&s, &d), &s)?;
    Ok(none())
}

fn getcwd(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("getcwd", 0)?;
    let d = io(std::env::current_dir(), ".")?;
    Ok(new_string(d.to_string_lossy().into_owned()))
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = one_path(vm, &a, "chdir")?;
    io(std::env::set_current_dir(&p), &p)?;
    Ok(none())
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [p] = a.bind("listdir", ["path"], 0)?;
    let p = match p {
        Some(v) if !crate::vm::ops::is_none(&v) => path_arg(vm, "listdir", &v)?,
        _ => ".".to_string(),
    };
    let mut names = Vec::new();
    for e in io(std::fs::read_dir(&p), &p)? {
        let e = io(e, &p)?;
        names.push(new_string(e.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(names))
}

fn getpid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("getpid", 0)?;
    Ok(new_int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("cpu_count", 0)?;
    Ok(std::thread::available_parallelism().map(|n| new_int(n.get() as i64)).unwrap_or_else(|_| none()))
}

fn getenv(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [key, default] = a.bind("getenv", ["key", "default"], 1)?;
    let key = key.unwrap();
    let k = as_str(&key).ok_or_else(|| type_error(format!("str expected, not {}", type_name(&key))))?;
    match std::env::var_os(k) {
        Some(v) => Ok(new_string(v.to_string_lossy().into_owned())),
        None => Ok(default.unwrap_or_else(none)),
    }
}

fn strerror(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("strerror", 1)?;
    let code = to_i64(&p[0]).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&p[0]))))?;
    let e = std::io::Error::from_raw_os_error(code as i32);
    // std's message carries " (os error N)"; CPython shows the C text only.
    let s = e.to_string();
    Ok(new_string(s.split(" (os error").next().unwrap_or(&s).to_string()))
}

// ---- natives behind os.path (stat without a stat_result type)

/// `_kind(path)`: 'file', 'dir', 'other', or None if it does not exist.
fn path_kind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("_kind", 1)?;
    let Ok(path) = path_arg(vm, "stat", &p[0]) else { return Ok(none()) };
    Ok(match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => new_str("file"),
        Ok(m) if m.is_dir() => new_str("dir"),
        Ok(_) => new_str("other"),
        Err(_) => none(),
    })
}

fn path_islink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("islink", 1)?;
    let Ok(path) = path_arg(vm, "lstat", &p[0]) else { return Ok(py_bool(false)) };
    Ok(py_bool(std::fs::symlink_metadata(&path).map(|m| m.file_type().is_symlink()).unwrap_or(false)))
}

fn path_getsize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("getsize", 1)?;
    let path = path_arg(vm, "stat", &p[0])?;
    let m = io(std::fs::metadata(&path), &path)?;
    Ok(new_int(m.len() as i64))
}

fn path_getmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("getmtime", 1)?;
    let path = path_arg(vm, "stat", &p[0])?;
    let m = io(std::fs::metadata(&path), &path)?;
    let t = io(m.modified(), &path)?;
    let secs = match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    };
    Ok(crate::vm::types::float::new_float(secs))
}

fn fspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("fspath", 1)?;
    if as_str(&p[0]).is_some() || crate::vm::types::bytes::as_bytes(&p[0]).is_some() {
        return Ok(p[0].clone());
    }
    if lookup(&class_of(&p[0]), "__fspath__").is_none() {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(&p[0]))));
    }
    Ok(new_string(path_arg(vm, "fspath", &p[0])?))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("os");
    let d = as_module(&m).unwrap().dict_data();
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("remove", remove),
        ("unlink", unlink),
        ("rmdir", rmdir),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rename", rename),
        ("replace", rename),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("getpid", getpid),
        ("cpu_count", cpu_count),
        ("getenv", getenv),
        ("strerror", strerror),
        ("fspath", fspath),
    ];
    for (n, f) in fns {
        d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    for (n, v) in [("name", "posix"), ("sep", "/"), ("altsep", ""), ("extsep", "."), ("pathsep", ":"), ("linesep", "\n"), ("curdir", "."), ("pardir", ".."), ("devnull", "/dev/null")] {
        d.set_str(intern(n), if n == "altsep" { none() } else { new_str(v) });
    }
    // The environment is a snapshot dict (changes do not reach the process).
    let env = new_dict_value();
    let ed = crate::vm::types::dict_methods::as_dict(&env).unwrap();
    for (k, v) in std::env::vars_os() {
        ed.set_str(new_string(k.to_string_lossy().into_owned()), new_string(v.to_string_lossy().into_owned()));
    }
    d.set_str(intern("environ"), env);
    d.set_str(intern("error"), crate::vm::types::registry::exc(crate::vm::types::registry::ExcKind::OSError));

    let pm = new_module("posixpath");
    let pd = as_module(&pm).unwrap().dict.clone();
    let pdd = as_module(&pm).unwrap().dict_data();
    let natives: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("_kind", path_kind),
        ("islink", path_islink),
        ("getsize", path_getsize),
        ("getmtime", path_getmtime),
        ("_getcwd", getcwd),
        ("_fspath", fspath),
    ];
    for (n, f) in natives {
        pdd.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    crate::vm::import::exec_source(vm, PATH_SOURCE, "<frozen posixpath>", &pd)?;
    d.set_str(intern("path"), pm.clone());
    let modules = crate::vm::import::modules_dict();
    let md = crate::vm::types::dict_methods::as_dict(&modules).unwrap();
    md.set_str(intern("os.path"), pm.clone());
    md.set_str(intern("posixpath"), pm);
    Ok(m)
}
