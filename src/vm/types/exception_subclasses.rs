//! Exceptions with extra structure: OSError (errno → subclass), SyntaxError
//! (from compile errors), StopIteration.value, SystemExit.code, KeyError's
//! str, ImportError.name, and BaseExceptionGroup.

use crate::compiler::CompileError;
use crate::vm::args::Args;
use crate::vm::errors::{type_error, PyErr, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::exception::{as_exception, ExcData};
use crate::vm::types::int::new_int;
use crate::vm::types::registry::{exc, none, ExcKind};
use crate::vm::types::str::{intern, new_str, new_string};
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of, is_subclass, type_data};
use crate::vm::value::Value;

fn set_attr(v: &Value, name: &str, val: Value) {
    if let Some(o) = v.as_obj() {
        let d = match o.dict.get() {
            Some(d) => d,
            None => {
                let d = crate::vm::types::module::new_dict_value();
                o.dict.set(Some(d.clone()));
                d
            }
        };
        if let Payload::Dict(dd) = &d.as_obj().unwrap().payload {
            dd.set_str(intern(name), val);
        }
    }
}

/// The OSError subclass CPython picks for an errno.
pub fn os_error_kind(errno: i64) -> ExcKind {
    match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        4 => ExcKind::InterruptedError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

fn strerror(errno: i32) -> String {
    std::io::Error::from_raw_os_error(errno).to_string().split(" (os error").next().unwrap_or("").to_string()
}

/// An OSError (subclass chosen by errno) from a Rust I/O error.
pub fn os_error_from_io(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let mut args = vec![new_int(errno as i64), new_string(strerror(errno))];
    if let Some(f) = filename {
        args.push(new_str(f));
    }
    let cls = exc(os_error_kind(errno as i64));
    let v = heap::alloc(cls, Payload::Exception(Box::new(ExcData::new(new_tuple(vec![])))));
    os_init_fields(&v, &args);
    PyErr::new(v)
}

fn os_init_fields(v: &Value, args: &[Value]) {
    if let Some(e) = as_exception(v) {
        if (2..=5).contains(&args.len()) {
            set_attr(v, "errno", args[0].clone());
            set_attr(v, "strerror", args[1].clone());
            set_attr(v, "filename", args.get(2).cloned().unwrap_or_else(none));
            set_attr(v, "filename2", args.get(4).cloned().unwrap_or_else(none));
            e.args.set(Some(new_tuple(args[..2].to_vec())));
        } else {
            for n in ["errno", "strerror", "filename", "filename2"] {
                set_attr(v, n, none());
            }
            e.args.set(Some(new_tuple(args.to_vec())));
        }
    }
}

/// `OSError.__new__`: OSError(errno, ...) becomes the matching subclass.
pub fn os_error_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let mut cls = pos[0].clone();
    let args = &pos[1..];
    if cls.is(&exc(ExcKind::OSError)) && args.len() >= 2 {
        if let Some(n) = args[0].as_small_int() {
            cls = exc(os_error_kind(n));
        }
    }
    let use_init = os_uses_init(&cls);
    let v = heap::alloc(cls, Payload::Exception(Box::new(ExcData::new(new_tuple(vec![])))));
    // Like CPython: when a subclass overrides __init__, the fields are parsed
    // by OSError.__init__ (reached through super()), not by __new__.
    os_init_fields(&v, if use_init { &[] } else { args });
    if use_init {
        if let Some(e) = as_exception(&v) {
            e.args.set(Some(new_tuple(args.to_vec())));
        }
    }
    Ok(v)
}

/// Does `cls` override `__init__` (so OSError.__init__ parses the arguments)?
fn os_uses_init(cls: &Value) -> bool {
    let init = crate::vm::types::typeobj::lookup(cls, "__init__");
    let os_init = crate::vm::types::typeobj::lookup(&exc(ExcKind::OSError), "__init__");
    match (init, os_init) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

pub fn os_error_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if let Some(v) = pos.first() {
        if os_uses_init(&class_of(v)) {
            os_init_fields(v, &pos[1..]);
        }
    }
    Ok(none())
}

pub fn os_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let get = |n: &str| -> Option<Value> {
        v.as_obj()?.dict.get().and_then(|d| match &d.as_obj()?.payload {
            Payload::Dict(dd) => dd.get_str(n),
            _ => None,
        })
    };
    let (errno, strerr, fname) = (get("errno"), get("strerror"), get("filename"));
    if let (Some(en), Some(se)) = (&errno, &strerr) {
        if !ops::is_none(en) || !ops::is_none(se) {
            let en_s = ops::str_string(vm, en)?;
            let se_s = ops::str_string(vm, se)?;
            if let Some(f) = fname.filter(|f| !ops::is_none(f)) {
                let fr = ops::repr_string(vm, &f)?;
                if let Some(f2) = get("filename2").filter(|f| !ops::is_none(f)) {
                    let f2r = ops::repr_string(vm, &f2)?;
                    return Ok(new_string(format!("[Errno {en_s}] {se_s}: {fr} -> {f2r}")));
                }
                return Ok(new_string(format!("[Errno {en_s}] {se_s}: {fr}")));
            }
            return Ok(new_string(format!("[Errno {en_s}] {se_s}")));
        }
    }
    crate::vm::types::exception_ops::exception_str(vm, v).map(new_string)
}

/// A SyntaxError instance from a compile error.
pub fn syntax_error_from(e: &CompileError) -> PyErr {
    use crate::compiler::SyntaxErrorKind;
    let kind = match e.kind {
        SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        SyntaxErrorKind::TabError => ExcKind::TabError,
        SyntaxErrorKind::RecursionError => return PyErr::msg(ExcKind::RecursionError, e.msg.clone()),
        SyntaxErrorKind::MemoryError => return PyErr::empty(ExcKind::MemoryError),
    };
    let text = e.text.as_ref().map(|t| new_str(t)).unwrap_or_else(none);
    let details = new_tuple(vec![
        new_str(&e.filename),
        new_int(e.lineno as i64),
        new_int(e.col as i64),
        text.clone(),
        new_int(e.end_lineno as i64),
        new_int(e.end_col as i64),
    ]);
    let v = heap::alloc(exc(kind), Payload::Exception(Box::new(ExcData::new(new_tuple(vec![new_str(&e.msg), details])))));
    syntax_fields(&v, &[new_str(&e.msg), new_str(&e.filename), new_int(e.lineno as i64), new_int(e.col as i64), text, new_int(e.end_lineno as i64), new_int(e.end_col as i64)]);
    PyErr::new(v)
}

fn syntax_fields(v: &Value, f: &[Value]) {
    for (n, val) in ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(f) {
        set_attr(v, n, val.clone());
    }
    set_attr(v, "print_file_and_line", none());
}

pub fn syntax_error_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let v = &pos[0];
    let args = &pos[1..];
    if let Some(e) = as_exception(v) {
        e.args.set(Some(new_tuple(args.to_vec())));
    }
    let msg = args.first().cloned().unwrap_or_else(none);
    let mut fields = vec![msg, none(), none(), none(), none(), none(), none()];
    if let Some(t) = args.get(1).and_then(as_tuple) {
        for (i, x) in t.iter().take(6).enumerate() {
            fields[i + 1] = x.clone();
        }
    }
    syntax_fields(v, &fields);
    Ok(none())
}

pub fn syntax_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let msg = crate::vm::protocols::getattr_opt(vm, v, "msg")?.unwrap_or_else(none);
    let msg_s = if ops::is_none(&msg) { crate::vm::types::exception_ops::exception_str(vm, v)? } else { ops::str_string(vm, &msg)? };
    let fname = crate::vm::protocols::getattr_opt(vm, v, "filename")?.filter(|f| !ops::is_none(f));
    let lineno = crate::vm::protocols::getattr_opt(vm, v, "lineno")?.filter(|f| !ops::is_none(f));
    Ok(new_string(match (fname, lineno) {
        (Some(f), Some(l)) => {
            let f = ops::str_string(vm, &f)?;
            let base = std::path::Path::new(&f).file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or(f);
            format!("{msg_s} ({base}, line {})", ops::str_string(vm, &l)?)
        }
        (Some(f), None) => {
            let f = ops::str_string(vm, &f)?;
            format!("{msg_s} ({f})")
        }
        (None, Some(l)) => format!("{msg_s} (line {})", ops::str_string(vm, &l)?),
        _ => msg_s,
    }))
}

pub fn key_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let args = as_exception(v).map(|e| e.args_vec()).unwrap_or_default();
    if args.len() == 1 {
        return ops::repr(vm, &args[0]);
    }
    crate::vm::types::exception_ops::exception_str(vm, v).map(new_string)
}

/// StopIteration / SystemExit / ImportError / NameError / AttributeError
/// attributes derived from the arguments.
pub fn value_attr_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let v = &pos[0];
    let args = &pos[1..];
    let cls = class_of(v);
    if let Some(e) = as_exception(v) {
        e.args.set(Some(new_tuple(args.to_vec())));
    }
    let first = || args.first().cloned().unwrap_or_else(none);
    if is_subclass(&cls, &exc(ExcKind::StopIteration)) {
        set_attr(v, "value", first());
    } else if is_subclass(&cls, &exc(ExcKind::SystemExit)) {
        set_attr(v, "code", if args.len() > 1 { new_tuple(args.to_vec()) } else { first() });
    } else if is_subclass(&cls, &exc(ExcKind::ImportError)) {
        set_attr(v, "msg", first());
        set_attr(v, "name", a.kwarg("name").cloned().unwrap_or_else(none));
        set_attr(v, "path", a.kwarg("path").cloned().unwrap_or_else(none));
        return Ok(none());
    } else if is_subclass(&cls, &exc(ExcKind::NameError)) || is_subclass(&cls, &exc(ExcKind::AttributeError)) {
        set_attr(v, "name", a.kwarg("name").cloned().unwrap_or_else(none));
        if is_subclass(&cls, &exc(ExcKind::AttributeError)) {
            set_attr(v, "obj", a.kwarg("obj").cloned().unwrap_or_else(none));
        }
        return Ok(none());
    }
    if a.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", type_data(&cls).unwrap().name())));
    }
    let _ = vm;
    Ok(none())
}
