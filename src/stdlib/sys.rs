//! The `sys` module.

use crate::vm::args::Args;
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::{Vm, RECURSION_LIMIT};
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::new_int;
use crate::vm::types::list::new_list;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::{none, ExcKind};
use crate::vm::types::str::{as_str, intern, new_str};
use crate::vm::types::tuple::new_tuple;
use crate::vm::value::Value;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;
use crate::vm::valgrind;

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

/// The current `sys.stdout` object (None if deleted).
pub fn stdout_obj() -> Option<Value> {
    sys_get("stdout")
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
    // A C int, as in CPython.
    let n = crate::vm::types::int::to_i64(&ops::index(vm, &p[0])?)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| PyErr::msg(ExcKind::OverflowError, "Python int too large to convert to C int"))?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    // This call is a METH_O built-in: CPython counts its level too.
    let depth = vm.depth + 1;
    if (n as u32) <= depth {
        return Err(PyErr::msg(
            ExcKind::RecursionError,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    crate::vm::valgrind::AtomicVg::store_vg(&RECURSION_LIMIT, n.min(u32::MAX as i64) as u32, Ordering::Relaxed);
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

/// The CPython version whose behaviour pyrallel reproduces (its tests are
/// generated with CPython 3.11): `sys.version_info`, `sys.hexversion`,
/// `sys.version` and `--version` all derive from these.
pub const PY_MAJOR: i64 = 3;
pub const PY_MINOR: i64 = 11;
pub const PY_MICRO: i64 = 7;
/// "3.11.7", as `python -V` prints it after "Python ".
pub const PY_VERSION: &str = "3.11.7";
/// `sys.version`: the language version, then the implementation.
pub const VERSION: &str = concat!("3.11.7 (pyrallel ", env!("CARGO_PKG_VERSION"), ")");
/// `sys.hexversion`: major, minor, micro, release level (0xf = final), serial.
const HEXVERSION: i64 = (PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | 0xf0;

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
    let vi_t = structseq::new_type("sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"], 5);
    set("version_info", structseq::make(&vi_t, vec![new_int(PY_MAJOR), new_int(PY_MINOR), new_int(PY_MICRO), new_str("final"), new_int(0)], vec![]));
    let fi_t = structseq::new_type(
        "sys",
        "float_info",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        11,
    );
    let fl = crate::vm::types::float::new_float;
    set(
        "float_info",
        structseq::make(
            &fi_t,
            vec![
                fl(f64::MAX),
                new_int(1024),
                new_int(308),
                fl(f64::MIN_POSITIVE),
                new_int(-1021),
                new_int(-307),
                new_int(15),
                new_int(53),
                fl(f64::EPSILON),
                new_int(2),
                new_int(1),
            ],
            vec![],
        ),
    );
    let hi_t = structseq::new_type(
        "sys",
        "hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
        9,
    );
    set(
        "hash_info",
        structseq::make(
            &hi_t,
            vec![
                new_int(64),
                new_int((1i64 << 61) - 1),
                new_int(314159),
                new_int(0),
                new_int(1000003),
                new_str("siphash13"),
                new_int(64),
                new_int(128),
                new_int(0),
            ],
            vec![],
        ),
    );
    let ii_t = structseq::new_type(
        "sys",
        "int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        4,
    );
    set("int_info", structseq::make(&ii_t, vec![new_int(30), new_int(4), new_int(4300), new_int(640)], vec![]));
    let flag_names = [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];
    let fl_t = structseq::new_type("sys", "flags", &flag_names, flag_names.len());
    let mut fv: Vec<Value> = flag_names.iter().map(|_| new_int(0)).collect();
    fv[4] = new_int(1);
    fv[11] = new_int(1);
    fv[13] = crate::vm::types::registry::py_bool(false);
    fv[16] = crate::vm::types::registry::py_bool(false);
    fv[17] = new_int(-1);
    set("flags", structseq::make(&fl_t, fv, vec![]));
    let impl_t = structseq::new_type("sys", "implementation", &["name", "cache_tag", "version", "hexversion"], 4);
    let vi = sys_get("version_info").unwrap();
    set(
        "implementation",
        structseq::make(&impl_t, vec![new_str("pyrallel"), none(), vi, new_int(HEXVERSION)], vec![]),
    );
    set("hexversion", new_int(HEXVERSION));
    set("maxsize", new_int(i64::MAX));
    set("maxunicode", new_int(0x10ffff));
    set("platform", new_str("linux"));
    set("byteorder", new_str("little"));
    set("executable", new_str(&std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
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
    set("__displayhook__", sys_get("displayhook").unwrap());
    set("excepthook", f("excepthook", excepthook));
    set("__excepthook__", sys_get("excepthook").unwrap());
    for (name, v) in [
        ("abiflags", ""),
        ("prefix", "/usr/local"),
        ("exec_prefix", "/usr/local"),
        ("base_prefix", "/usr/local"),
        ("base_exec_prefix", "/usr/local"),
        ("platlibdir", "lib"),
        ("float_repr_style", "short"),
        ("copyright", "Copyright (c) pyrallel authors.\nAll Rights Reserved."),
    ] {
        set(name, new_str(v));
    }
    set("api_version", new_int(1013));
    set("pycache_prefix", none());
    set("meta_path", new_list(vec![]));
    set("path_hooks", new_list(vec![]));
    set("warnoptions", new_list(vec![]));
    set("orig_argv", new_list(vec![]));
    set("path_importer_cache", crate::vm::types::module::new_dict_value());
    set("_xoptions", crate::vm::types::module::new_dict_value());
    let ti_t = structseq::new_type("sys", "thread_info", &["name", "lock", "version"], 3);
    set("thread_info", structseq::make(&ti_t, vec![new_str("pthread"), new_str("semaphore"), none()], vec![]));
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("getfilesystemencoding", getfilesystemencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("gettrace", no_hook),
        ("getprofile", no_hook),
        ("settrace", set_hook),
        ("setprofile", set_hook),
        ("is_finalizing", is_finalizing),
        ("call_tracing", call_tracing),
        ("audit", audit),
        ("addaudithook", set_hook),
    ];
    for (n, func) in fns {
        set(n, f(n, *func));
    }
    m
}

fn excepthook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("excepthook", 3)?;
    crate::vm::traceback_print::print_exception(vm, &p[1]);
    Ok(none())
}

fn getfilesystemencoding(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("getfilesystemencoding", 0)?;
    Ok(new_str("utf-8"))
}

fn getfilesystemencodeerrors(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("getfilesystemencodeerrors", 0)?;
    Ok(new_str("surrogateescape"))
}

static SWITCH_INTERVAL: std::sync::Mutex<f64> = std::sync::Mutex::new(0.005);

fn getswitchinterval(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("getswitchinterval", 0)?;
    Ok(crate::vm::types::float::new_float(*valgrind::lock(&SWITCH_INTERVAL)))
}

fn setswitchinterval(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("setswitchinterval", 1)?;
    let x = match crate::vm::types::float::coerce_f64(&p[0]) {
        Some(r) => r?,
        None => return Err(type_error(format!("must be real number, not {}", crate::vm::types::typeobj::type_name(&p[0])))),
    };
    if x <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    // There is no GIL to switch; the value is only remembered.
    *valgrind::lock(&SWITCH_INTERVAL) = x;
    Ok(none())
}

fn no_hook(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(none())
}

/// settrace/setprofile/addaudithook: accepted, not acted on (no tracing support).
fn set_hook(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("settrace", 1)?;
    Ok(none())
}

fn is_finalizing(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("is_finalizing", 0)?;
    Ok(crate::vm::types::registry::py_bool(false))
}

fn call_tracing(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("call_tracing", 2)?;
    let args = crate::vm::types::tuple::as_tuple(&p[1])
        .ok_or_else(|| type_error(format!("call_tracing() argument 2 must be tuple, not {}", crate::vm::types::typeobj::type_name(&p[1]))))?
        .to_vec();
    crate::vm::call::call(vm, &p[0], &args, &[])
}

fn audit(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos().is_empty() {
        return Err(type_error("audit() missing 1 required positional argument: 'event'"));
    }
    Ok(none())
}

// ------------------------------------------------------------------ struct sequences

/// Struct sequences (`sys.version_info`, `time.struct_time`, ...): tuple
/// subclasses whose items are also named attributes. Fields past the tuple
/// length (like struct_time's tm_zone) live in a hidden extras tuple in the
/// instance dict slot.
pub mod structseq {
    use crate::vm::args::{Args, NativeFn};
    use crate::vm::builtins_registry::{attr, method, static_method};
    use crate::vm::errors::{type_error, PyResult};
    use crate::vm::heap;
    use crate::vm::object::Payload;
    use crate::vm::ops;
    use crate::vm::state::Vm;
    use crate::vm::types::int::new_int;
    use crate::vm::types::misc_types::new_getter;
    use crate::vm::types::registry::{none, types};
    use crate::vm::types::str::{as_str, new_str, new_string};
    use crate::vm::types::tuple::{as_tuple, new_tuple};
    use crate::vm::types::typeobj::{alloc_type, class_of, type_data, BaseKind};
    use crate::vm::value::Value;

    const FIELDS_KEY: &str = "_structseq_fields";

    fn fields_of(cls: &Value) -> Vec<String> {
        let f = type_data(cls).and_then(|t| t.dict_data().get_str(FIELDS_KEY));
        f.as_ref().and_then(|t| as_tuple(t)).map(|t| t.iter().filter_map(|v| as_str(v).map(String::from)).collect()).unwrap_or_default()
    }

    fn extras(v: &Value) -> Option<Value> {
        v.as_obj()?.dict.get()
    }

    fn field(v: &Value, i: usize) -> Value {
        let items = as_tuple(v).unwrap_or(&[]);
        if i < items.len() {
            return items[i].clone();
        }
        extras(v).and_then(|e| as_tuple(&e).and_then(|t| t.get(i - items.len()).cloned())).unwrap_or_else(none)
    }

    macro_rules! getters {
        ($($name:ident = $i:expr),*) => {
            $(fn $name(_vm: &mut Vm, a: Args) -> PyResult<Value> { Ok(field(&a.args[0], $i)) })*
            const GETTERS: &[NativeFn] = &[$($name),*];
        };
    }
    getters!(g0 = 0, g1 = 1, g2 = 2, g3 = 3, g4 = 4, g5 = 5, g6 = 6, g7 = 7, g8 = 8, g9 = 9, g10 = 10, g11 = 11, g12 = 12,
        g13 = 13, g14 = 14, g15 = 15, g16 = 16, g17 = 17, g18 = 18, g19 = 19);

    fn ss_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let v = &a.args[0];
        let cls = class_of(v);
        let names = fields_of(&cls);
        let items = as_tuple(v).map(|t| t.to_vec()).unwrap_or_default();
        let module = type_data(&cls).and_then(|t| t.dict_data().get_str("__module__")).and_then(|m| as_str(&m).map(String::from));
        let tname = type_data(&cls).map(|t| t.name().to_string()).unwrap_or_default();
        let mut out = match module.as_deref() {
            Some("builtins") | None => tname,
            Some(m) => format!("{m}.{tname}"),
        };
        out.push('(');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(names.get(i).map(String::as_str).unwrap_or("?"));
            out.push('=');
            out.push_str(&ops::repr_string(vm, it)?);
        }
        out.push(')');
        Ok(new_string(out))
    }

    fn ss_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let p = a.pos();
        let cls = p[0].clone();
        let seq = p.get(1).ok_or_else(|| type_error("structseq() missing required argument 'sequence' (pos 1)"))?;
        let items = ops::collect(vm, seq)?;
        let td = type_data(&cls).unwrap();
        let n_seq = td.dict_data().get_str("n_sequence_fields").and_then(|v| v.as_small_int()).unwrap_or(0) as usize;
        let n_all = td.dict_data().get_str("n_fields").and_then(|v| v.as_small_int()).unwrap_or(0) as usize;
        let module = td.dict_data().get_str("__module__").and_then(|m| as_str(&m).map(String::from)).unwrap_or_default();
        let full = format!("{module}.{}", td.name());
        if items.len() < n_seq {
            let what = if n_seq == n_all { "a" } else { "an at least" };
            return Err(type_error(format!("{full}() takes {what} {n_seq}-sequence ({}-sequence given)", items.len())));
        }
        if items.len() > n_all {
            let what = if n_seq == n_all { "a" } else { "an at most" };
            return Err(type_error(format!("{full}() takes {what} {n_all}-sequence ({}-sequence given)", items.len())));
        }
        let mut extra = items[n_seq..].to_vec();
        extra.resize(n_all - n_seq, none());
        Ok(make(&cls, items[..n_seq].to_vec(), extra))
    }

    /// A new instance of struct sequence type `cls`.
    pub fn make(cls: &Value, items: Vec<Value>, extra: Vec<Value>) -> Value {
        let v = heap::alloc(cls.clone(), Payload::Tuple(items.into_boxed_slice()));
        if !extra.is_empty() {
            if let Some(o) = v.as_obj() {
                o.dict.set(Some(new_tuple(extra)));
            }
        }
        v
    }

    /// A struct sequence type `module.name` with `n_seq` tuple fields out of `fields`.
    pub fn new_type(module: &str, name: &str, fields: &[&str], n_seq: usize) -> Value {
        let dict = crate::vm::types::module::new_dict_value();
        let t = alloc_type(types().type_.clone(), name, vec![types().tuple.clone()], dict, BaseKind::Tuple, 0, None, true);
        let mro = new_tuple(vec![t.clone(), types().tuple.clone(), types().object.clone()]);
        heap::make_immortal(&mro);
        type_data(&t).unwrap().mro.set(Some(mro));
        attr(&t, "__module__", new_str(module));
        attr(&t, FIELDS_KEY, new_tuple(fields.iter().map(|f| new_str(f)).collect()));
        attr(&t, "n_sequence_fields", new_int(n_seq as i64));
        attr(&t, "n_fields", new_int(fields.len() as i64));
        attr(&t, "n_unnamed_fields", new_int(0));
        attr(&t, "__match_args__", new_tuple(fields[..n_seq].iter().map(|f| new_str(f)).collect()));
        for (i, f) in fields.iter().enumerate().take(GETTERS.len()) {
            let name: &'static str = Box::leak(f.to_string().into_boxed_str());
            attr(&t, name, new_getter(name, GETTERS[i]));
        }
        static_method(&t, "__new__", ss_new);
        method(&t, "__repr__", ss_repr);
        t
    }
}
