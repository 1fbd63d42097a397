//! The `builtins` module: built-in functions and the names of the built-in
//! types and exceptions.

use crate::vm::args::{Args, NativeFn};
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::{new_int, new_int_big, to_bigint};
use crate::vm::types::list::new_list;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::{exc, none, py_bool, singletons, types, ExcKind, EXC_TABLE};
use crate::vm::types::str::{as_str, intern, new_str, new_string};
use crate::vm::types::tuple::as_tuple;
use crate::vm::types::typeobj::{class_of, is_subclass, lookup, type_data, type_name};
use crate::vm::value::Value;

fn print(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.kw() {
        let opt_str = |v: &Value, what: &str| -> PyResult<Option<String>> {
            if ops::is_none(v) {
                return Ok(None);
            }
            as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| type_error(format!("{what} must be None or a string, not {}", type_name(v))))
        };
        match k {
            "sep" => sep = opt_str(v, "sep")?,
            "end" => end = opt_str(v, "end")?,
            "file" => file = Some(v.clone()).filter(|f| !ops::is_none(f)),
            "flush" => flush = ops::truthy(vm, v)?,
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    // A Python-level stream gets one write() per piece, like CPython.
    let target = match &file {
        Some(f) => Some(f.clone()),
        None => super::sys::stdout_obj().filter(|f| !ops::is_none(f)),
    };
    if let Some(f) = target.filter(|f| !super::io::is_std_stream(f, 1) && !super::io::is_std_stream(f, 2)) {
        for (i, v) in a.pos().iter().enumerate() {
            if i > 0 {
                crate::vm::call::call_method_by_name(vm, &f, "write", &[new_string(sep.clone().unwrap_or_else(|| " ".into()))])?;
            }
            let piece = match as_str(v).filter(|_| class_of(v).is(&types().str_)) {
                Some(_) => v.clone(),
                None => ops::str_(vm, v)?,
            };
            crate::vm::call::call_method_by_name(vm, &f, "write", &[piece])?;
        }
        crate::vm::call::call_method_by_name(vm, &f, "write", &[new_string(end.unwrap_or_else(|| "\n".into()))])?;
        if flush {
            crate::vm::call::call_method_by_name(vm, &f, "flush", &[])?;
        }
        return Ok(none());
    }
    let mut out = String::new();
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        match as_str(v).filter(|_| class_of(v).is(&types().str_)) {
            Some(s) => out.push_str(s),
            None => out.push_str(&ops::str_string(vm, v)?),
        }
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    match file {
        Some(f) if super::io::is_std_stream(&f, 2) => super::io::write_stderr_bytes(out.as_bytes()),
        Some(_) => super::io::write_stdout_bytes(out.as_bytes()),
        None => super::sys::write_stdout(vm, &out)?,
    }
    if flush {
        super::io::flush_stdout();
    }
    Ok(none())
}

fn len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("len", 1)?;
    Ok(new_int(ops::len(vm, &p[0])? as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("repr", 1)?;
    ops::repr(vm, &p[0])
}

fn ascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("ascii", 1)?;
    crate::vm::types::repr::ascii(vm, &p[0])
}

fn is_class_or_tuple(vm: &mut Vm, v: &Value, cls: &Value, check_sub: bool, fname: &str) -> PyResult<bool> {
    if let Some(items) = as_tuple(cls) {
        for c in items {
            if is_class_or_tuple(vm, v, c, check_sub, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let meta = class_of(cls);
    let hook = if check_sub { "__subclasscheck__" } else { "__instancecheck__" };
    if !meta.is(&types().type_) {
        if let Some(h) = lookup(&meta, hook) {
            if !h.as_obj().unwrap().is_immortal() {
                let r = crate::vm::call::call_unbound(vm, &h, cls, std::slice::from_ref(v))?;
                return ops::truthy(vm, &r);
            }
        }
    }
    if type_data(cls).is_none() {
        // CPython words the two checks differently.
        let what = if check_sub { "a class, a tuple of classes" } else { "a type, a tuple of types" };
        return Err(type_error(format!("{fname}() arg 2 must be {what}, or a union")));
    }
    if check_sub {
        if type_data(v).is_none() {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        Ok(is_subclass(v, cls))
    } else {
        Ok(is_subclass(&class_of(v), cls))
    }
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("isinstance", 2)?;
    is_class_or_tuple(vm, &p[0], &p[1], false, "isinstance").map(py_bool)
}

fn issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("issubclass", 2)?;
    is_class_or_tuple(vm, &p[0], &p[1], true, "issubclass").map(py_bool)
}

fn iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("iter", 1, 2)?;
    if p.len() == 2 {
        if !crate::vm::call::is_callable(&p[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::vm::types::iter::new_state_iter(crate::vm::types::iter::IterState::Callable {
            func: p[0].clone(),
            sentinel: p[1].clone(),
        }));
    }
    ops::iter(vm, &p[0])
}

fn next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("next", 1, 2)?;
    let it = &p[0];
    let is_iter = matches!(it.as_obj().map(|o| &o.payload), Some(Payload::Iter(_) | Payload::Generator(_)))
        || lookup(&class_of(it), "__next__").is_some();
    if !is_iter {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
    }
    if let Some(Payload::Generator(_)) = it.as_obj().map(|o| &o.payload) {
        return match crate::vm::types::generator_ops::resume(vm, it, none(), None)? {
            crate::vm::types::generator_ops::SendResult::Yielded(v) => Ok(v),
            crate::vm::types::generator_ops::SendResult::Returned(r) => match p.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(if ops::is_none(&r) { crate::vm::errors::stop_iteration(None) } else { crate::vm::errors::stop_iteration(Some(r)) }),
            },
        };
    }
    if !matches!(it.as_obj().map(|o| &o.payload), Some(Payload::Iter(_))) {
        let f = lookup(&class_of(it), "__next__").unwrap();
        return match crate::vm::call::call_unbound(vm, &f, it, &[]) {
            Err(e) if e.matches(ExcKind::StopIteration) && p.len() == 2 => Ok(p[1].clone()),
            r => r,
        };
    }
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::vm::errors::stop_iteration(None)),
        },
    }
}

fn getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("getattr", 2, 3)?;
    if as_str(&p[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&p[1]))));
    }
    match crate::vm::protocols::getattr(vm, &p[0], &p[1]) {
        Err(e) if p.len() == 3 && e.matches(ExcKind::AttributeError) => Ok(p[2].clone()),
        r => r,
    }
}

fn setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("setattr", 3)?;
    if as_str(&p[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&p[1]))));
    }
    crate::vm::protocols::setattr(vm, &p[0], &p[1], p[2].clone())?;
    Ok(none())
}

fn delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("delattr", 2)?;
    if as_str(&p[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&p[1]))));
    }
    crate::vm::protocols::delattr(vm, &p[0], &p[1])?;
    Ok(none())
}

fn hasattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("hasattr", 2)?;
    if as_str(&p[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&p[1]))));
    }
    match crate::vm::protocols::getattr(vm, &p[0], &p[1]) {
        Ok(_) => Ok(py_bool(true)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

fn id(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("id", 1)?;
    Ok(new_int((p[0].bits() >> 1) as i64))
}

fn hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("hash", 1)?;
    Ok(new_int(ops::hash(vm, &p[0])?))
}

fn callable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("callable", 1)?;
    Ok(py_bool(crate::vm::call::is_callable(&p[0])))
}

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("abs", 1)?;
    let v = &p[0];
    if let Some(i) = v.as_small_int() {
        return Ok(crate::vm::types::int::new_int_i128((i as i128).abs()));
    }
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Float(f)) if class_of(v).is(&types().float) => return Ok(crate::vm::types::float::new_float(f.abs())),
        Some(Payload::Int(_) | Payload::Bool(_)) if !matches!(lookup(&class_of(v), "__abs__"), Some(ref f) if !f.as_obj().unwrap().is_immortal()) => {
            use num_traits::Signed;
            return Ok(new_int_big(to_bigint(v).unwrap().abs()));
        }
        _ => {}
    }
    match crate::vm::call::call_special(vm, &class_of(v), v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name(v)))),
    }
}

fn chr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("chr", 1)?;
    if crate::vm::types::float::is_float(&p[0]) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = ops::index_value(vm, &p[0]).map_err(|e| {
        if e.matches(ExcKind::OverflowError) { PyErr::msg(ExcKind::OverflowError, "Python int too large to convert to C int") } else { e }
    })?;
    match u32::try_from(i).ok().filter(|&n| n <= 0x10ffff) {
        Some(n) => match char::from_u32(n) {
            Some(c) => Ok(new_string(c.to_string())),
            None => Ok(new_string(char::REPLACEMENT_CHARACTER.to_string())),
        },
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("ord", 1)?;
    if let Some(s) = as_str(&p[0]) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(new_int(c as i64)),
            _ => Err(type_error(format!("ord() expected a character, but string of length {} found", s.chars().count()))),
        };
    }
    if let Some(b) = crate::vm::types::bytes::as_bytes(&p[0]) {
        if b.len() == 1 {
            return Ok(new_int(b[0] as i64));
        }
        return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(&p[0]))))
}

fn all_any(vm: &mut Vm, a: Args, want: bool, name: &str) -> PyResult<Value> {
    let p = a.exact(name, 1)?;
    let it = ops::iter(vm, &p[0])?;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::truthy(vm, &v)? == want {
            return Ok(py_bool(want));
        }
    }
    Ok(py_bool(!want))
}
fn all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    all_any(vm, a, false, "all")
}
fn any(vm: &mut Vm, a: Args) -> PyResult<Value> {
    all_any(vm, a, true, "any")
}

fn sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [iterable, start] = a.bind("sum", ["iterable", "start"], 1)?;
    let mut acc = start.unwrap_or_else(|| new_int(0));
    if as_str(&acc).is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(acc.as_obj().map(|o| &o.payload), Some(Payload::Bytes(_))) {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = ops::iter(vm, &iterable.unwrap())?;
    while let Some(v) = ops::next(vm, &it)? {
        acc = ops::binary_op(vm, &acc, &v, crate::compiler::bytecode::BinOp::Add)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kw() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !ops::is_none(k)),
            "default" => default = Some(v.clone()),
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    let pos = a.pos();
    let items = match pos.len() {
        0 => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => ops::collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => crate::vm::call::call(vm, f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (it, k),
            Some((bv, bk)) => {
                let op = if is_max { crate::compiler::bytecode::CmpOp::Gt } else { crate::compiler::bytecode::CmpOp::Lt };
                let r = ops::compare(vm, &k, &bk, op)?;
                if ops::truthy(vm, &r)? { (it, k) } else { (bv, bk) }
            }
        });
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}
fn max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, true)
}
fn min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, false)
}

fn build_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::types::typeobj_ops::build_class(vm, a)
}

fn import(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = a.bind("__import__", ["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = name.unwrap();
    let n = as_str(&name).ok_or_else(|| type_error("__import__() argument 1 must be str"))?.to_string();
    let globals = globals.filter(|g| as_dict(g).is_some()).unwrap_or_else(crate::vm::types::module::new_dict_value);
    crate::vm::import::import_name(vm, &n, &globals, &fromlist.unwrap_or_else(none), &level.unwrap_or_else(|| new_int(0)))
}

fn divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("divmod", 2)?;
    if let Some(r) = crate::vm::call::call_special(vm, &class_of(&p[0]), &p[0], "__divmod__", &p[1..2])? {
        if !r.is(&singletons().not_implemented) {
            return Ok(r);
        }
    }
    if let Some(r) = crate::vm::call::call_special(vm, &class_of(&p[1]), &p[1], "__rdivmod__", &p[0..1])? {
        if !r.is(&singletons().not_implemented) {
            return Ok(r);
        }
    }
    let q = ops::binary_op(vm, &p[0], &p[1], crate::compiler::bytecode::BinOp::FloorDiv).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(&p[0]), type_name(&p[1])))
        } else {
            e
        }
    })?;
    let m = ops::binary_op(vm, &p[0], &p[1], crate::compiler::bytecode::BinOp::Mod)?;
    Ok(crate::vm::types::tuple::new_tuple(vec![q, m]))
}

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [base, exp, m] = a.bind("pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap(), exp.unwrap());
    match m.filter(|m| !ops::is_none(m)) {
        Some(m) => ops::pow3(vm, &base, &exp, &m),
        None => ops::binary_op(vm, &base, &exp, crate::compiler::bytecode::BinOp::Pow),
    }
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("format", 1, 2)?;
    if let Some(s) = p.get(1) {
        if as_str(s).is_none() {
            return Err(type_error(format!("format() argument 2 must be str, not {}", type_name(s))));
        }
    }
    crate::vm::protocols::format(vm, &p[0], p.get(1))
}

fn vars(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("vars", 0, 1)?;
    match p.first() {
        None => locals(vm, a),
        Some(v) => crate::vm::types::special_attrs::instance_dict(v)
            .ok_or_else(|| type_error("vars() argument must have __dict__ attribute")),
    }
}

fn globals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.current_globals().unwrap_or_else(crate::vm::types::module::new_dict_value))
}

fn locals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.current_locals().unwrap_or_else(crate::vm::types::module::new_dict_value))
}

fn dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("dir", 0, 1)?;
    match p.first() {
        None => {
            let l = locals(vm, a)?;
            let mut keys: Vec<String> = as_dict(&l).map(|d| d.keys()).unwrap_or_default().iter().filter_map(|k| as_str(k).map(String::from)).collect();
            keys.sort();
            Ok(new_list(keys.iter().map(|s| new_str(s)).collect()))
        }
        Some(v) => {
            let r = match lookup(&class_of(v), "__dir__") {
                Some(f) => crate::vm::call::call_unbound(vm, &f, v, &[])?,
                None => crate::vm::types::misc_types::dir_of(vm, v)?,
            };
            let mut items = ops::collect(vm, &r)?;
            let mut err = None;
            items.sort_by(|x, y| match (as_str(x), as_str(y)) {
                (Some(a), Some(b)) => a.cmp(b),
                _ => {
                    err = Some(type_error("'<' not supported between instances"));
                    std::cmp::Ordering::Equal
                }
            });
            if let Some(e) = err {
                return Err(e);
            }
            Ok(new_list(items))
        }
    }
}

fn input(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("input", 0, 1)?;
    if let Some(prompt) = p.first() {
        let s = ops::str_string(vm, prompt)?;
        super::sys::write_stdout(vm, &s)?;
    }
    super::io::flush_stdout();
    match super::io::read_stdin_line()? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_string(line))
        }
        None => Err(PyErr::msg(ExcKind::EOFError, "EOF when reading a line")),
    }
}

fn numeric_to_base(vm: &mut Vm, a: Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    let p = a.exact(name, 1)?;
    let i = ops::index(vm, &p[0])?;
    let b = to_bigint(&i).unwrap();
    let (neg, mag) = (b.sign() == num_bigint::Sign::Minus, b.magnitude().to_str_radix(radix));
    Ok(new_string(format!("{}{prefix}{mag}", if neg { "-" } else { "" })))
}
fn bin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    numeric_to_base(vm, a, "bin", 2, "0b")
}
fn oct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    numeric_to_base(vm, a, "oct", 8, "0o")
}
fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    numeric_to_base(vm, a, "hex", 16, "0x")
}

/// Built-ins whose calls take a recursion level, as in CPython 3.11: there
/// METH_O functions and keyword-taking ones are called through
/// `_Py_EnterRecursiveCall(" while calling a Python object")` even once the
/// call site is specialized (the other built-ins are called directly then).
/// So `print()` in the deepest frame of a runaway recursion names the call.
mod counted {
    use super::{Args, PyResult, Value, Vm};
    macro_rules! counted {
        ($($name:ident),*) => {$(
            pub fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                crate::vm::recursion::nested(vm, crate::vm::recursion::CALL, |vm| super::$name(vm, a))
            }
        )*};
    }
    counted!(repr, ascii, id, hash, callable, abs, chr, ord, all, any, bin, oct, hex);
    // METH_VARARGS | METH_KEYWORDS: never specialized, always counted.
    counted!(min, max);

    /// print() also calls the stream's `write` (a built-in method: one more
    /// level) before converting any argument.
    pub fn print(vm: &mut Vm, a: Args) -> PyResult<Value> {
        use crate::vm::recursion::{nested, CALL};
        nested(vm, CALL, |vm| {
            nested(vm, CALL, |_| Ok(()))?;
            super::print(vm, a)
        })
    }
}

/// Create the builtins module; returns (module, its dict).
pub fn create() -> (Value, Value) {
    let m = new_module("builtins");
    let d = as_module(&m).unwrap().dict.clone();
    let dd = as_dict(&d).unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", counted::print),
        ("len", len),
        ("repr", counted::repr),
        ("ascii", counted::ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("id", counted::id),
        ("hash", counted::hash),
        ("callable", counted::callable),
        ("abs", counted::abs),
        ("chr", counted::chr),
        ("ord", counted::ord),
        ("all", counted::all),
        ("any", counted::any),
        ("sum", sum),
        ("max", counted::max),
        ("min", counted::min),
        ("divmod", divmod),
        ("pow", pow),
        ("format", format),
        ("vars", vars),
        ("globals", globals),
        ("locals", locals),
        ("dir", dir),
        ("input", input),
        ("bin", counted::bin),
        ("oct", counted::oct),
        ("hex", counted::hex),
        ("__build_class__", build_class),
        ("__import__", import),
    ];
    for (n, f) in fns {
        dd.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    super::builtins_extra::register(dd);
    let t = types();
    let type_names: &[(&str, &Value)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("memoryview", &t.memoryview),
    ];
    for (n, v) in type_names {
        dd.set_str(intern(n), (*v).clone());
    }
    for (kind, name, _) in EXC_TABLE {
        dd.set_str(intern(name), exc(*kind));
    }
    dd.set_str(intern("EnvironmentError"), exc(ExcKind::OSError));
    dd.set_str(intern("IOError"), exc(ExcKind::OSError));
    dd.set_str(intern("None"), none());
    dd.set_str(intern("True"), py_bool(true));
    dd.set_str(intern("False"), py_bool(false));
    dd.set_str(intern("Ellipsis"), singletons().ellipsis.clone());
    dd.set_str(intern("NotImplemented"), singletons().not_implemented.clone());
    dd.set_str(intern("__debug__"), py_bool(true));
    (m, d)
}
