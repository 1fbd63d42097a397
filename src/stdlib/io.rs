//! Text and binary streams: `sys.stdin/stdout/stderr` and the file objects
//! returned by `open()`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::method;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::state::Vm;
use crate::vm::types::int::new_int;
use crate::vm::types::registry::{none, types};
use crate::vm::types::str::{as_str, new_str};
use crate::vm::types::typeobj::{alloc_type, tflags, BaseKind};
use crate::vm::value::Value;
use std::io::Write;
use std::sync::Mutex;
use crate::vm::valgrind::OnceLock;
use crate::vm::valgrind;

/// A standard stream.
pub struct StdStream {
    pub fd: i32,
    pub name: &'static str,
}

impl NativeData for StdStream {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static STDOUT_BUF: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Write to the process's stdout (buffered; flushed at exit and on newline
/// when interactive).
pub fn write_stdout_bytes(b: &[u8]) {
    let mut buf = valgrind::lock(&STDOUT_BUF);
    buf.extend_from_slice(b);
    if buf.len() > 64 * 1024 || (is_tty() && b.contains(&b'\n')) {
        let _ = std::io::stdout().write_all(&buf);
        let _ = std::io::stdout().flush();
        buf.clear();
    }
}

fn is_tty() -> bool {
    static TTY: OnceLock<bool> = OnceLock::new();
    *TTY.get_or_init(|| std::io::IsTerminal::is_terminal(&std::io::stdout()))
}

pub fn flush_stdout() {
    let mut buf = valgrind::lock(&STDOUT_BUF);
    let _ = std::io::stdout().write_all(&buf);
    let _ = std::io::stdout().flush();
    buf.clear();
}

pub fn write_stderr_bytes(b: &[u8]) {
    flush_stdout();
    let _ = std::io::stderr().write_all(b);
}

static STREAM_TYPE: OnceLock<Value> = OnceLock::new();

pub fn stream_type() -> &'static Value {
    STREAM_TYPE.get_or_init(|| crate::vm::heap::permanent(|| {
        let dict = crate::vm::types::module::new_dict_value();
        let t = alloc_type(types().type_.clone(), "TextIOWrapper", vec![types().object.clone()], dict, BaseKind::Internal, tflags::BASETYPE, None, true);
        let mro = crate::vm::types::tuple::new_tuple(vec![t.clone(), types().object.clone()]);
        crate::vm::heap::make_immortal(&mro);
        crate::vm::types::typeobj::type_data(&t).unwrap().mro.set(Some(mro));
        crate::vm::builtins_registry::attr(&t, "__module__", new_str("_io"));
        // The class is shared by sys.stdout & co and by text files from
        // open(): file methods first, then std-stream-aware overrides.
        super::fileio::register_text_methods(&t);
        method(&t, "write", stream_write);
        method(&t, "flush", stream_flush);
        method(&t, "fileno", stream_fileno);
        method(&t, "isatty", stream_isatty);
        method(&t, "readline", stream_readline);
        method(&t, "read", stream_read);
        method(&t, "readlines", stream_readlines);
        method(&t, "close", stream_close);
        method(&t, "readable", stream_readable);
        method(&t, "writable", stream_writable);
        method(&t, "seekable", stream_seekable);
        method(&t, "__iter__", stream_iter);
        method(&t, "__next__", stream_next);
        method(&t, "__repr__", stream_repr);
        for (name, g) in [
            ("name", g_name as crate::vm::args::NativeFn),
            ("mode", g_mode),
            ("encoding", g_encoding),
            ("errors", g_errors),
            ("closed", g_closed),
            ("line_buffering", g_line_buffering),
        ] {
            crate::vm::builtins_registry::attr(&t, name, crate::vm::types::misc_types::new_getter(name, g));
        }
        t
    }))
}

pub fn new_std_stream(fd: i32, name: &'static str) -> Value {
    let v = heap::alloc(stream_type().clone(), Payload::Native(Box::new(StdStream { fd, name })));
    heap::make_immortal(&v);
    v
}

fn std_of(v: &Value) -> PyResult<&StdStream> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<StdStream>().ok_or_else(|| type_error("not a stream")),
        _ => Err(type_error("not a stream")),
    }
}

/// Is `v` the interpreter's own stdout stream?
pub fn is_std_stream(v: &Value, fd: i32) -> bool {
    std_of(v).is_ok_and(|s| s.fd == fd)
}

fn stream_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_write(vm, a);
    }
    let v = a.exact("write", 2)?;
    let s = std_of(&v[0])?;
    let text = as_str(&v[1]).ok_or_else(|| {
        type_error(format!("write() argument must be str, not {}", crate::vm::types::typeobj::type_name(&v[1])))
    })?;
    match s.fd {
        1 => write_stdout_bytes(text.as_bytes()),
        2 => write_stderr_bytes(text.as_bytes()),
        _ => return Err(crate::vm::errors::PyErr::msg(crate::vm::types::registry::ExcKind::OSError, "not writable")),
    }
    Ok(new_int(text.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_flush(vm, a);
    }
    let s = std_of(&a.args[0])?;
    if s.fd == 1 {
        flush_stdout();
    }
    Ok(none())
}

fn stream_fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_fileno(vm, a);
    }
    Ok(new_int(std_of(&a.args[0])?.fd as i64))
}

fn stream_isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_isatty(vm, a);
    }
    let s = std_of(&a.args[0])?;
    let r = match s.fd {
        0 => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        1 => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        _ => std::io::IsTerminal::is_terminal(&std::io::stderr()),
    };
    Ok(crate::vm::types::registry::py_bool(r))
}

/// Read one line from stdin (None at EOF); Ctrl-C interrupts the wait.
pub fn read_stdin_line() -> PyResult<Option<String>> {
    super::stdin_reader::read_line()
}

fn stream_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_readline(vm, a);
    }
    let s = std_of(&a.args[0])?;
    if s.fd != 0 {
        return Err(crate::vm::errors::PyErr::msg(crate::vm::types::registry::ExcKind::OSError, "not readable"));
    }
    Ok(new_str(&read_stdin_line()?.unwrap_or_default()))
}

fn stream_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_read(vm, a);
    }
    let s = std_of(&a.args[0])?;
    if s.fd != 0 {
        return Err(crate::vm::errors::PyErr::msg(crate::vm::types::registry::ExcKind::OSError, "not readable"));
    }
    Ok(new_str(&super::stdin_reader::read_all()?))
}

fn is_std(a: &Args) -> bool {
    a.args.first().is_some_and(|v| std_of(v).is_ok())
}

fn not_readable(vm: &mut Vm) -> crate::vm::errors::PyErr {
    match super::fileio::unsupported_operation(vm).and_then(|c| crate::vm::call::call(vm, &c, &[new_str("not readable")], &[])) {
        Ok(e) => crate::vm::errors::PyErr::new(e),
        Err(e) => e,
    }
}

fn stream_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_readlines(vm, a);
    }
    if std_of(&a.args[0])?.fd != 0 {
        return Err(not_readable(vm));
    }
    let mut out = Vec::new();
    while let Some(l) = read_stdin_line()? {
        out.push(new_str(&l));
    }
    Ok(crate::vm::types::list::new_list(out))
}

fn stream_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_close(vm, a);
    }
    flush_stdout();
    Ok(none())
}

fn stream_readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_readable(vm, a);
    }
    Ok(crate::vm::types::registry::py_bool(std_of(&a.args[0])?.fd == 0))
}

fn stream_writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_writable(vm, a);
    }
    Ok(crate::vm::types::registry::py_bool(std_of(&a.args[0])?.fd != 0))
}

fn stream_seekable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_seekable(vm, a);
    }
    Ok(crate::vm::types::registry::py_bool(false))
}

fn stream_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_iter(vm, a);
    }
    Ok(a.args[0].clone())
}

fn stream_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_next(vm, a);
    }
    if std_of(&a.args[0])?.fd != 0 {
        return Err(not_readable(vm));
    }
    match read_stdin_line()? {
        Some(l) => Ok(new_str(&l)),
        None => Err(crate::vm::errors::stop_iteration(None)),
    }
}

fn stream_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !is_std(&a) {
        return super::fileio::file_repr(vm, a);
    }
    let s = std_of(&a.args[0])?;
    let mode = if s.fd == 0 { "r" } else { "w" };
    Ok(crate::vm::types::str::new_string(format!("<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>", s.name)))
}

macro_rules! std_getter {
    ($fname:ident, $attr:literal, |$s:ident| $e:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            match std_of(&a.args[0]) {
                Ok($s) => Ok($e),
                Err(_) => super::fileio::$fname(vm, a),
            }
        }
    };
}

std_getter!(g_name, "name", |s| new_str(s.name));
std_getter!(g_mode, "mode", |s| new_str(if s.fd == 0 { "r" } else { "w" }));
std_getter!(g_encoding, "encoding", |_s| new_str("utf-8"));
std_getter!(g_errors, "errors", |s| new_str(if s.fd == 2 { "backslashreplace" } else { "strict" }));
std_getter!(g_closed, "closed", |_s| crate::vm::types::registry::py_bool(false));
std_getter!(g_line_buffering, "line_buffering", |_s| crate::vm::types::registry::py_bool(false));
