//! Built-in modules written in Rust, one file each.

pub mod builtins;
pub mod builtins_extra;
pub mod contextlib;
pub mod errno;
pub mod fileio;
pub mod frozen;
pub mod gc;
pub mod io;
pub mod math;
pub mod os;
pub mod parallel;
pub mod stdin_reader;
pub mod sys;
pub mod time;
pub mod types;

use crate::vm::errors::PyResult;
use crate::vm::state::Vm;
use crate::vm::value::Value;

pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// The initialiser of a built-in module, by name.
pub fn builtin_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "collections" => frozen::collections,
        "contextlib" => contextlib::init,
        "copy" => frozen::copy,
        "errno" => errno::init,
        "gc" => gc::init,
        "keyword" => frozen::keyword,
        "operator" => frozen::operator,
        "os" => os::init,
        "parallel" => frozen::parallel,
        "_parallel" => parallel::init,
        "math" => math::init,
        "types" => types::init,
        "time" => time::init,
        _ => return None,
    })
}

/// Names listed in `sys.builtin_module_names`.
pub const BUILTIN_MODULE_NAMES: &[&str] = &["builtins", "errno", "gc", "math", "sys", "time"];

/// Create `builtins` and `sys` and install the import system.
pub fn init_builtins_and_sys() {
    let (bm, bd) = builtins::create();
    let modules = crate::vm::types::module::new_dict_value();
    crate::vm::import::install(crate::vm::import::ImportState {
        builtins_module: bm.clone(),
        builtins_dict: bd,
        modules: modules.clone(),
    });
    let sysm = sys::create(&modules);
    let d = crate::vm::types::dict_methods::as_dict(&modules).unwrap();
    d.set_str(crate::vm::types::str::intern("builtins"), bm);
    d.set_str(crate::vm::types::str::intern("sys"), sysm);
}
