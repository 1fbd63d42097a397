//! The import system: `sys.modules`, built-in modules, `.py` modules and
//! packages found on `sys.path` (or a package's `__path__`), relative
//! imports, `from m import x` and `from m import *`.

use super::errors::{type_error, PyErr, PyResult};
use super::frame::Frame;
use super::object::Payload;
use super::ops;
use super::protocols;
use super::state::Vm;
use super::types::code::new_code;
use super::types::dict_methods::as_dict;
use super::types::list::as_list;
use super::types::module::{as_module, new_module};
use super::types::registry::{none, ExcKind};
use super::types::str::{as_str, intern, new_str};
use super::types::tuple::as_tuple;
use super::value::Value;
use std::sync::OnceLock;

pub struct ImportState {
    pub builtins_module: Value,
    pub builtins_dict: Value,
    /// `sys.modules`.
    pub modules: Value,
}

static STATE: OnceLock<ImportState> = OnceLock::new();

thread_local! {
    /// Modules whose code is running right now (for the circular-import hint).
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub fn install(state: ImportState) {
    let _ = STATE.set(state);
}

pub fn state() -> &'static ImportState {
    STATE.get().expect("import system not initialised")
}

pub fn builtins_dict() -> Value {
    state().builtins_dict.clone()
}

pub fn modules_dict() -> Value {
    state().modules.clone()
}

fn modules() -> &'static super::types::dict::DictData {
    as_dict(&state().modules).unwrap()
}

pub fn import_error(kind: ExcKind, msg: String, name: Option<&str>) -> PyErr {
    let e = PyErr::msg(kind, msg);
    if let (Some(n), Some(o)) = (name, e.exc.as_obj()) {
        let d = super::types::module::new_dict_value();
        as_dict(&d).unwrap().set_str(intern("name"), new_str(n));
        as_dict(&d).unwrap().set_str(intern("path"), none());
        o.dict.set(Some(d));
    }
    e
}

/// Resolve a relative import against the importing module's package.
fn resolve_name(name: &str, globals: &Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = as_dict(globals).unwrap();
    let package = match g.get_str("__package__").filter(|p| as_str(p).is_some()) {
        Some(p) => as_str(&p).unwrap().to_string(),
        None => {
            let modname = g.get_str("__name__").and_then(|n| as_str(&n).map(String::from)).unwrap_or_default();
            if g.get_str("__path__").is_some() {
                modname
            } else {
                modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(import_error(ExcKind::ImportError, "attempted relative import with no known parent package".into(), None));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p,
            None => return Err(import_error(ExcKind::ImportError, "attempted relative import beyond top-level package".into(), None)),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// The IMPORT_NAME instruction / `__import__`.
pub fn import_name(vm: &mut Vm, name: &str, globals: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let level = level.as_small_int().unwrap_or(0).max(0) as usize;
    if name.is_empty() && level == 0 {
        return Err(super::errors::value_error("Empty module name"));
    }
    let full = resolve_name(name, globals, level)?;
    let mut module = none();
    let mut prefix = String::new();
    let mut top = None;
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = import_module(vm, &prefix, if prefix.contains('.') { Some(&module) } else { None })?;
        if top.is_none() {
            top = Some(module.clone());
        }
    }
    let has_fromlist = !ops::is_none(fromlist) && as_tuple(fromlist).is_none_or(|t| !t.is_empty());
    if has_fromlist {
        // `from pkg import sub`: make sure submodules named in fromlist are loaded.
        if let Some(items) = as_tuple(fromlist) {
            for it in items {
                let n = as_str(it).unwrap_or("");
                if n != "*" && as_module(&module).is_some_and(|m| m.dict_data().get_str("__path__").is_some() && m.dict_data().get_str(n).is_none()) {
                    let sub = format!("{full}.{n}");
                    match import_module(vm, &sub, Some(&module)) {
                        Ok(_) => {}
                        Err(e) if e.matches(ExcKind::ModuleNotFoundError) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(module);
    }
    if level > 0 && name.is_empty() {
        return Ok(module);
    }
    Ok(if level > 0 {
        // `from . import x` returns the package; `import .a.b` is not valid syntax.
        module
    } else {
        top.unwrap_or(module)
    })
}

/// Import one dotted module (its parent already imported as `parent`).
pub fn import_module(vm: &mut Vm, fullname: &str, parent: Option<&Value>) -> PyResult<Value> {
    if let Some(m) = modules().get_str(fullname) {
        return Ok(m);
    }
    if super::heap::in_parallel_context() {
        // A new module would go into sys.modules, a main-thread dict.
        return Err(super::parallel_hooks::unprotected_error(
            &format!("import of '{fullname}' (not yet imported by the main thread)"),
            "dict",
            true,
        ));
    }
    if let Some(init) = crate::stdlib::builtin_module(fullname) {
        let m = init(vm)?;
        modules().set_str(new_str(fullname), m.clone());
        return Ok(m);
    }
    let (search, short) = match (parent, fullname.rsplit_once('.')) {
        (Some(p), Some((_, short))) => {
            let path = as_module(p).and_then(|m| m.dict_data().get_str("__path__"));
            match path {
                Some(path) => (ops::collect(vm, &path)?, short),
                None => {
                    let pname = fullname.rsplit_once('.').unwrap().0;
                    return Err(import_error(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{fullname}'; '{pname}' is not a package"),
                        Some(fullname),
                    ));
                }
            }
        }
        _ => {
            let sys_path = crate::stdlib::sys::sys_path();
            (as_list(&sys_path).map(|l| l.snapshot()).unwrap_or_default(), fullname)
        }
    };
    for dir in &search {
        let Some(dir) = as_str(dir) else { continue };
        let dir = if dir.is_empty() { "." } else { dir };
        let base = std::path::Path::new(dir);
        let pkg_init = base.join(short).join("__init__.py");
        let file = base.join(format!("{short}.py"));
        let loaded = if pkg_init.is_file() {
            let pkg_dir = display_path(&base.join(short));
            load_source_module(vm, fullname, &display_path(&pkg_init), Some(pkg_dir))?
        } else if file.is_file() {
            load_source_module(vm, fullname, &display_path(&file), None)?
        } else {
            continue;
        };
        // A loaded submodule becomes an attribute of its package.
        if let Some(p) = parent {
            if let Some(pm) = as_module(p) {
                pm.dict_data().set_str(intern(short), loaded.clone());
            }
        }
        return Ok(loaded);
    }
    Err(import_error(ExcKind::ModuleNotFoundError, format!("No module named '{fullname}'"), Some(fullname)))
}

fn display_path(p: &std::path::Path) -> String {
    let s = p.to_string_lossy().to_string();
    s.strip_prefix("./").map(String::from).unwrap_or(s)
}

/// Compile and run a `.py` file as module `name`.
pub fn load_source_module(vm: &mut Vm, name: &str, path: &str, pkg_dir: Option<String>) -> PyResult<Value> {
    let source = std::fs::read_to_string(path).map_err(|e| super::types::exception_subclasses::os_error_from_io(&e, Some(path)))?;
    let m = new_module(name);
    let d = as_module(&m).unwrap().dict_data();
    d.set_str(intern("__file__"), new_str(path));
    match &pkg_dir {
        Some(dir) => {
            d.set_str(intern("__path__"), super::types::list::new_list(vec![new_str(dir)]));
            d.set_str(intern("__package__"), new_str(name));
        }
        None => {
            d.set_str(intern("__package__"), new_str(name.rsplit_once('.').map(|(p, _)| p).unwrap_or("")));
        }
    }
    d.set_str(intern("__builtins__"), state().builtins_module.clone());
    modules().set_str(new_str(name), m.clone());
    INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
    let r = exec_source(vm, &source, path, &as_module(&m).unwrap().dict);
    INITIALIZING.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(p) = i.iter().rposition(|n| n == name) {
            i.remove(p);
        }
    });
    if let Err(e) = r {
        modules().remove_str(name);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(modules().get_str(name).unwrap_or(m))
}

/// Compile `source` and run it with `globals` as globals and locals.
pub fn exec_source(vm: &mut Vm, source: &str, filename: &str, globals: &Value) -> PyResult<Value> {
    let code = crate::compiler::compile(source, filename, crate::compiler::Mode::Exec)
        .map_err(|e| super::types::exception_subclasses::syntax_error_from(&e))?;
    let code = new_code(vm, std::sync::Arc::new(code));
    run_code(vm, &code, globals, None)
}

/// Run a module-level code object.
pub fn run_code(vm: &mut Vm, code: &Value, globals: &Value, locals: Option<Value>) -> PyResult<Value> {
    if let Some(g) = as_dict(globals) {
        if g.get_str("__builtins__").is_none() {
            g.set_str(intern("__builtins__"), state().builtins_module.clone());
        }
    }
    let mut frame = Frame::for_module(code.clone(), globals.clone(), locals, builtins_dict());
    if frame.locals.is_none() {
        frame.locals = Some(globals.clone());
    }
    vm.depth += 1;
    let r = super::interp::run_frame(vm, &mut frame);
    vm.depth -= 1;
    r
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &str) -> PyResult<Value> {
    if let Some(v) = protocols::getattr_opt(vm, module, name)? {
        return Ok(v);
    }
    let modname = as_module(module).and_then(|m| m.dict_data().get_str("__name__")).and_then(|n| as_str(&n).map(String::from));
    if let Some(mn) = &modname {
        let full = format!("{mn}.{name}");
        if let Some(m) = modules().get_str(&full) {
            return Ok(m);
        }
    }
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let file = as_module(module).and_then(|m| m.dict_data().get_str("__file__")).and_then(|n| as_str(&n).map(String::from));
    let location = file.unwrap_or_else(|| "unknown location".into());
    let partial = INITIALIZING.with(|i| i.borrow().iter().any(|n| *n == mn));
    let msg = if partial {
        format!("cannot import name '{name}' from partially initialized module '{mn}' (most likely due to a circular import) ({location})")
    } else {
        format!("cannot import name '{name}' from '{mn}' ({location})")
    };
    Err(import_error(ExcKind::ImportError, msg, Some(&mn)))
}

/// IMPORT_STAR.
pub fn import_star(vm: &mut Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let m = as_module(module).ok_or_else(|| type_error("import * from a non-module"))?;
    let d = m.dict_data();
    let names: Vec<Value> = match d.get_str("__all__") {
        Some(all) => ops::collect(vm, &all)?,
        None => d.keys().into_iter().filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_'))).collect(),
    };
    for n in names {
        let s = as_str(&n).ok_or_else(|| type_error("attribute name must be string"))?.to_string();
        let v = protocols::getattr_str(vm, module, &s)?;
        match as_dict(locals) {
            Some(ld) => ld.set(vm, n, v)?,
            None => ops::setitem(vm, locals, &n, &v)?,
        }
    }
    Ok(())
}

pub fn payload_is_module(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Module(_)))
}
