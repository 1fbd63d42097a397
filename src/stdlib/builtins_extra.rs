//! More built-in functions: sorted, round, eval, exec, compile, open, ...
//! (kept apart from `builtins.rs` to keep each file readable).

use crate::vm::types::dict::DictData;

pub fn register(d: &DictData) {
    code_and_files::register(d);
    round::register(d);
}

// ------------------------------------------------------------------ sorted, eval/exec/compile, open

/// `sorted` (on top of `list.sort`'s algorithm), `eval`, `exec`, `compile`,
/// `open`, `aiter`/`anext` and `exit`/`quit`.
pub mod code_and_files {
    use crate::compiler::Mode;
    use crate::vm::args::Args;
    use crate::vm::errors::{type_error, value_error, PyResult};
    use crate::vm::frame::Frame;
    use crate::vm::ops;
    use crate::vm::state::Vm;
    use crate::vm::types::dict::DictData;
    use crate::vm::types::dict_methods::as_dict;
    use crate::vm::types::function::{new_builtin, BuiltinKind};
    use crate::vm::types::list::new_list;
    use crate::vm::types::module::as_module;
    use crate::vm::types::registry::none;
    use crate::vm::types::str::{as_str, intern};
    use crate::vm::types::typeobj::{class_of, lookup, type_name};
    use crate::vm::value::Value;

    fn sorted(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let p = a.pos();
        if p.len() != 1 {
            return Err(type_error(format!("sorted expected 1 argument, got {}", p.len())));
        }
        let mut key = None;
        let mut reverse = false;
        for (k, v) in a.kw() {
            match k {
                "key" => key = Some(v.clone()),
                "reverse" => {
                    // CPython parses `reverse` as an int.
                    if crate::vm::types::float::is_float(v) {
                        return Err(type_error("'float' object cannot be interpreted as an integer"));
                    }
                    reverse = if crate::vm::types::int::is_int_like(v) { ops::truthy(vm, v)? } else { ops::index_value(vm, v)? != 0 };
                }
                _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
            }
        }
        // A new list sorted by list.sort's algorithm (same comparisons as CPython).
        let items = ops::collect(vm, &p[0])?;
        let out = new_list(items);
        let key = key.filter(|k| !ops::is_none(k));
        crate::vm::types::list_sort::sort_list(vm, crate::vm::types::list::as_list(&out).unwrap(), key.as_ref(), reverse)?;
        Ok(out)
    }

    // -------------------------------------------------------------- eval / exec / compile

    /// The text of a source argument (str, or bytes decoded as UTF-8).
    fn source_text(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Option<String>> {
        if let Some(s) = as_str(v) {
            return Ok(Some(s.to_string()));
        }
        if let Some(b) = crate::vm::types::bytes_methods::buffer_bytes(v) {
            let s = crate::vm::types::bytes_codec::decode_bytes(&b, "utf-8", "strict")?;
            return Ok(Some(s));
        }
        let _ = (vm, fname);
        Ok(None)
    }

    fn compile_source(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
        if src.contains('\0') {
            return Err(crate::vm::errors::PyErr::msg(
                crate::vm::types::registry::ExcKind::SyntaxError,
                "source code string cannot contain null bytes",
            ));
        }
        let code = crate::compiler::compile_nested(src, filename, mode, vm.depth as usize)
            .map_err(|e| crate::vm::types::exception_subclasses::syntax_error_from(&e))?;
        Ok(crate::vm::types::code::new_code(vm, std::sync::Arc::new(code)))
    }

    fn is_code(v: &Value) -> bool {
        crate::vm::types::code::as_code(v).is_some()
    }

    /// Run a code object with explicit namespaces; builtins come from
    /// `globals['__builtins__']` like CPython (so `{'__builtins__': {}}` restricts).
    fn run_in(vm: &mut Vm, code: &Value, globals: &Value, locals: Value) -> PyResult<Value> {
        let g = as_dict(globals).unwrap();
        let builtins = match g.get_str("__builtins__") {
            Some(b) => match as_module(&b) {
                Some(_) => crate::vm::protocols::getattr_str(vm, &b, "__dict__")?,
                None if as_dict(&b).is_some() => b,
                None => crate::vm::import::builtins_dict(),
            },
            None => {
                g.set_str(intern("__builtins__"), crate::vm::import::state().builtins_module.clone());
                crate::vm::import::builtins_dict()
            }
        };
        let mut frame = Frame::for_module(code.clone(), globals.clone(), Some(locals), builtins);
        vm.depth += 1;
        let r = crate::vm::interp::run_frame(vm, &mut frame);
        vm.depth -= 1;
        r
    }

    /// Shared argument handling of eval and exec.
    fn eval_exec(vm: &mut Vm, a: Args, fname: &str, mode: Mode) -> PyResult<Value> {
        let p = a.pos();
        let mut src = p.first().cloned();
        let mut globals = p.get(1).cloned();
        let mut locals = p.get(2).cloned();
        if p.len() > 3 {
            return Err(type_error(format!("{fname} expected at most 3 arguments, got {}", p.len())));
        }
        for (k, v) in a.kw() {
            match k {
                "globals" if globals.is_none() => globals = Some(v.clone()),
                "locals" if locals.is_none() => locals = Some(v.clone()),
                "source" if fname == "eval" && src.is_none() => src = Some(v.clone()),
                "closure" if fname == "exec" => {}
                _ => return Err(type_error(format!("{fname}() takes no keyword arguments"))),
            }
        }
        let Some(src) = src else {
            return Err(type_error(format!("{fname} expected at least 1 argument, got 0")));
        };
        let globals = globals.filter(|g| !ops::is_none(g));
        let locals = locals.filter(|l| !ops::is_none(l));
        if let Some(g) = &globals {
            if as_dict(g).is_none() {
                return Err(type_error(if fname == "eval" {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    format!("exec() globals must be a dict, not {}", type_name(g))
                }));
            }
        }
        if let Some(l) = &locals {
            if as_dict(l).is_none() && lookup(&class_of(l), "__getitem__").is_none() {
                return Err(type_error(if fname == "eval" {
                    "locals must be a mapping".to_string()
                } else {
                    format!("locals must be a mapping or None, not {}", type_name(l))
                }));
            }
        }
        let (globals, locals) = match (globals, locals) {
            (Some(g), Some(l)) => (g, l),
            (Some(g), None) => (g.clone(), g),
            (None, l) => {
                let g = vm.current_globals().unwrap_or_else(crate::vm::types::module::new_dict_value);
                let l = l.or_else(|| vm.current_locals()).unwrap_or_else(|| g.clone());
                (g, l)
            }
        };
        let code = if is_code(&src) {
            if crate::vm::types::code::as_code(&src).is_some_and(|c| !c.code.freevars.is_empty()) {
                return Err(type_error(format!("code object passed to {fname}() may not contain free variables")));
            }
            src
        } else {
            match source_text(vm, &src, fname)? {
                Some(s) => {
                    let s = if mode == Mode::Eval { s.trim_start_matches([' ', '\t']).to_string() } else { s };
                    compile_source(vm, &s, "<string>", mode)?
                }
                None => {
                    return Err(type_error(format!("{fname}() arg 1 must be a string, bytes or code object")));
                }
            }
        };
        let r = run_in(vm, &code, &globals, locals)?;
        Ok(if mode == Mode::Eval { r } else { none() })
    }

    fn eval(vm: &mut Vm, a: Args) -> PyResult<Value> {
        eval_exec(vm, a, "eval", Mode::Eval)
    }

    fn exec(vm: &mut Vm, a: Args) -> PyResult<Value> {
        eval_exec(vm, a, "exec", Mode::Exec)
    }

    fn compile(vm: &mut Vm, a: Args) -> PyResult<Value> {
        if a.pos().len() > 6 {
            return Err(type_error(format!("compile() takes at most 6 positional arguments ({} given)", a.pos().len())));
        }
        let [source, filename, mode, _flags, _dont_inherit, _optimize, _fv] = a.bind(
            "compile",
            ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
            3,
        )?;
        let (source, filename, mode) = (source.unwrap(), filename.unwrap(), mode.unwrap());
        let fname = match as_str(&filename) {
            Some(s) => s.to_string(),
            None => match crate::vm::types::bytes::as_bytes(&filename) {
                Some(b) => String::from_utf8_lossy(&b).into_owned(),
                None => match lookup(&class_of(&filename), "__fspath__") {
                    Some(f) => {
                        let r = crate::vm::call::call_unbound(vm, &f, &filename, &[])?;
                        ops::str_string(vm, &r)?
                    }
                    None => {
                        return Err(type_error(format!(
                            "expected str, bytes or os.PathLike object, not {}",
                            type_name(&filename)
                        )))
                    }
                },
            },
        };
        let m = match as_str(&mode) {
            Some("exec") => Mode::Exec,
            Some("eval") => Mode::Eval,
            Some("single") => Mode::Single,
            Some(_) => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
            None => return Err(type_error(format!("compile() argument 'mode' must be str, not {}", type_name(&mode)))),
        };
        if is_code(&source) {
            return Ok(source);
        }
        let Some(src) = source_text(vm, &source, "compile")? else {
            return Err(type_error("compile() arg 1 must be a string, bytes or AST object"));
        };
        compile_source(vm, &src, &fname, m)
    }

    // -------------------------------------------------------------- aiter / anext / exit

    fn aiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let p = a.exact("aiter", 1)?;
        match lookup(&class_of(&p[0]), "__aiter__") {
            Some(f) => crate::vm::call::call_unbound(vm, &f, &p[0], &[]),
            None => Err(type_error(format!("'{}' object is not an async iterable", type_name(&p[0])))),
        }
    }

    fn anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let p = a.range("anext", 1, 2)?;
        match lookup(&class_of(&p[0]), "__anext__") {
            Some(f) => crate::vm::call::call_unbound(vm, &f, &p[0], &[]),
            None => Err(type_error(format!("'{}' object is not an async iterator", type_name(&p[0])))),
        }
    }

    /// `exit` / `quit`: site's Quitter objects.
    struct Quitter(&'static str);

    impl crate::vm::object::NativeData for Quitter {
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    fn quitter_name(v: &Value) -> &'static str {
        match v.as_obj().map(|o| &o.payload) {
            Some(crate::vm::object::Payload::Native(n)) => n.as_any().downcast_ref::<Quitter>().map_or("exit", |q| q.0),
            _ => "exit",
        }
    }

    fn quitter_call(_vm: &mut Vm, a: Args) -> PyResult<Value> {
        let p = a.range("__call__", 1, 2)?;
        crate::stdlib::io::flush_stdout();
        Err(crate::vm::errors::PyErr::with_args(crate::vm::types::registry::ExcKind::SystemExit, p[1..].to_vec()))
    }

    fn quitter_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
        let name = quitter_name(&a.args[0]);
        Ok(crate::vm::types::str::new_string(format!("Use {name}() or Ctrl-D (i.e. EOF) to exit")))
    }

    fn quitter_type() -> Value {
        use crate::vm::types::registry::types;
        use crate::vm::types::typeobj::{alloc_type, type_data, BaseKind};
        let dict = crate::vm::types::module::new_dict_value();
        let t = alloc_type(types().type_.clone(), "Quitter", vec![types().object.clone()], dict, BaseKind::Internal, 0, None, true);
        let mro = crate::vm::types::tuple::new_tuple(vec![t.clone(), types().object.clone()]);
        crate::vm::heap::make_immortal(&mro);
        type_data(&t).unwrap().mro.set(Some(mro));
        crate::vm::builtins_registry::attr(&t, "__module__", crate::vm::types::str::new_str("_sitebuiltins"));
        crate::vm::builtins_registry::method(&t, "__call__", quitter_call);
        crate::vm::builtins_registry::method(&t, "__repr__", quitter_repr);
        t
    }

    pub fn register(d: &DictData) {
        let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
            ("sorted", sorted),
            ("eval", eval),
            ("exec", exec),
            ("compile", compile),
            ("open", crate::stdlib::fileio::builtin_open),
            ("aiter", aiter),
            ("anext", anext),
        ];
        for (n, f) in fns {
            d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
        }
        let qt = quitter_type();
        for name in ["exit", "quit"] {
            let q = crate::vm::heap::alloc(qt.clone(), crate::vm::object::Payload::Native(Box::new(Quitter(name))));
            crate::vm::heap::make_immortal(&q);
            d.set_str(intern(name), q);
        }
        d.set_str(intern("__package__"), crate::vm::types::str::new_str(""));
        d.set_str(intern("__spec__"), none());
        d.set_str(intern("__loader__"), none());
    }
}

// ------------------------------------------------------------ round()
mod round {
    use crate::vm::args::Args;
    use crate::vm::errors::{type_error, PyResult};
    use crate::vm::state::Vm;
    use crate::vm::types::dict::DictData;
    use crate::vm::types::function::{new_builtin, BuiltinKind};
    use crate::vm::types::str::intern;
    use crate::vm::types::typeobj::{class_of, lookup, type_name};
    use crate::vm::value::Value;

    /// round(number, ndigits=None): delegates to `type(number).__round__`.
    fn round(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let [number, ndigits] = a.bind("round", ["number", "ndigits"], 1)?;
        let number = number.unwrap();
        let Some(f) = lookup(&class_of(&number), "__round__") else {
            return Err(type_error(format!("type {} doesn't define __round__ method", type_name(&number))));
        };
        match ndigits.filter(|n| !crate::vm::ops::is_none(n)) {
            Some(n) => crate::vm::call::call_unbound(vm, &f, &number, &[n]),
            None => crate::vm::call::call_unbound(vm, &f, &number, &[]),
        }
    }

    pub fn register(d: &DictData) {
        d.set_str(intern("round"), new_builtin("round", round, BuiltinKind::Function, None));
    }
}
