//! repr() and str() of built-in values, exactly as CPython prints them,
//! including recursion markers (`[...]`) for self-containing containers.

use crate::vm::errors::{value_error, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::singletons;
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::typeobj::{class_of_ref, type_data, TypeData};
use crate::vm::value::Value;
use std::cell::RefCell;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` unless `v` is already being repr'd on this thread (then `marker`).
fn guarded(v: &Value, marker: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let id = v.bits();
    if IN_REPR.with(|s| s.borrow().contains(&id)) {
        return Ok(marker.to_string());
    }
    // Each nested container repr counts against the recursion limit, as in
    // CPython (deeply nested lists raise instead of exhausting the stack).
    if IN_REPR.with(|s| s.borrow().len()) >= crate::vm::state::recursion_limit() as usize {
        return Err(crate::vm::errors::PyErr::msg(
            crate::vm::types::registry::ExcKind::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    IN_REPR.with(|s| s.borrow_mut().push(id));
    let r = f();
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|x| *x == id) {
            s.remove(p);
        }
    });
    r
}

pub const INT_MAX_STR_DIGITS: usize = 4300;

pub fn int_to_decimal(b: &num_bigint::BigInt) -> PyResult<String> {
    if b.bits() > 14_000 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > INT_MAX_STR_DIGITS {
            return Err(value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

pub fn float_repr(f: f64) -> String {
    crate::algo::float_repr::repr_f64(f)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    use crate::algo::float_repr::{double_to_string, DtoaFlags};
    let im_s = double_to_string(im, 'r', 0, DtoaFlags::default());
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_s}j");
    }
    let re_s = double_to_string(re, 'r', 0, DtoaFlags::default());
    let im_signed = double_to_string(im, 'r', 0, DtoaFlags { sign: true, ..DtoaFlags::default() });
    format!("({re_s}{im_signed}j)")
}

/// repr of a str, choosing quotes and escapes as CPython does.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"))
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"))
                } else {
                    out.push_str(&format!("\\U{n:08x}"))
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's str.isprintable for one character (Unicode 14.0 tables).
pub fn is_printable(c: char) -> bool {
    crate::vm::types::str_chars::is_printable(c)
}

pub fn bytes_repr(b: &[u8], prefix: &str, suffix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3 + prefix.len());
    out.push_str(prefix);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            // bytearray's repr (a prefix) escapes ' even inside "...", as CPython does.
            c if c == quote || (c == b'\'' && !prefix.is_empty()) => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out.push_str(suffix);
    out
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(ops::repr_string(vm, it)?);
    }
    Ok(parts.join(", "))
}

/// `module.qualname` of a class as CPython shows it in reprs.
pub fn class_path(t: &TypeData) -> String {
    let qual = t.qualname.get_ref().and_then(as_str).unwrap_or(t.name()).to_string();
    match t.dict_data().get_str("__module__").as_ref().and_then(|m| as_str(m).map(String::from)) {
        Some(m) if m != "builtins" => format!("{m}.{qual}"),
        _ => qual,
    }
}

pub fn default_type_repr(t: &Value) -> String {
    match type_data(t) {
        Some(td) => format!("<class '{}'>", class_path(td)),
        None => "<class '?'>".into(),
    }
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let td = type_data(class_of_ref(v)).unwrap();
    format!("<{} object at {:#x}>", class_path(td), v.bits())
}

/// repr() for values whose class is an exact built-in type; None otherwise.
pub fn fast_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i.to_string()));
    }
    if !class_of_ref(v).as_obj().unwrap().is_immortal() {
        return Ok(None);
    }
    // Struct sequences (sys.version_info, time.struct_time) are built-in
    // tuple subclasses with their own __repr__.
    if matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Tuple(_))) && !class_of_ref(v).is(&crate::vm::types::registry::types().tuple) {
        return Ok(None);
    }
    builtin_repr(vm, v)
}

/// repr() by payload, whatever the class (used by built-in `__repr__` methods).
pub fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i.to_string()));
    }
    let o = v.as_obj().unwrap();
    let s = singletons();
    Ok(Some(match &o.payload {
        Payload::Object if v.is(&s.none) => "None".into(),
        Payload::Object if v.is(&s.ellipsis) => "Ellipsis".into(),
        Payload::Object if v.is(&s.not_implemented) => "NotImplemented".into(),
        Payload::Bool(b) => if *b { "True" } else { "False" }.into(),
        Payload::Int(b) => int_to_decimal(b)?,
        Payload::Float(f) => float_repr(*f),
        Payload::Complex(r, i) => complex_repr(*r, *i),
        Payload::Str(d) => str_repr(&d.s),
        Payload::Bytes(b) => bytes_repr(b, "", ""),
        Payload::ByteArray(b) => bytes_repr(&b.get(), "bytearray(", ")"),
        Payload::Tuple(t) => {
            let items = t.to_vec();
            guarded(v, "(...)", || {
                let inner = join_reprs(vm, &items)?;
                Ok(if items.len() == 1 { format!("({inner},)") } else { format!("({inner})") })
            })?
        }
        Payload::List(l) => guarded(v, "[...]", || {
            // By position, as CPython: an item's repr may change the list.
            let mut parts = Vec::new();
            while let Some(item) = l.get(parts.len()) {
                parts.push(ops::repr_string(vm, &item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        })?,
        Payload::Dict(d) => {
            let items = d.items();
            guarded(v, "{...}", || {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    let ks = ops::repr_string(vm, k)?;
                    let vs = ops::repr_string(vm, val)?;
                    parts.push(format!("{ks}: {vs}"));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Payload::Set(sd) => {
            let items = sd.items();
            let cname = type_data(class_of_ref(v)).unwrap().name().to_string();
            let frozen = cname != "set";
            guarded(v, &format!("{cname}(...)"), || {
                if items.is_empty() {
                    return Ok(format!("{cname}()"));
                }
                let inner = join_reprs(vm, &items)?;
                Ok(if frozen { format!("{cname}({{{inner}}})") } else { format!("{{{inner}}}") })
            })?
        }
        Payload::Type(_) => default_type_repr(v),
        Payload::Function(f) => {
            let q = f.qualname.get_ref().and_then(as_str).unwrap_or("?");
            format!("<function {q} at {:#x}>", v.bits())
        }
        Payload::Builtin(b) => match (&b.bound, &b.owner) {
            (Some(recv), _) if crate::vm::types::module::as_module(recv).is_none() => {
                if let Some(td) = type_data(recv) {
                    format!("<built-in method {} of type object at {:#x}>", b.name, { let _ = td; recv.bits() })
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        type_data(class_of_ref(recv)).unwrap().name(),
                        recv.bits()
                    )
                }
            }
            (None, Some(owner)) if b.kind != crate::vm::types::function::BuiltinKind::Function => {
                format!("<method '{}' of '{}' objects>", b.name, type_data(owner).map(|t| t.name()).unwrap_or("?"))
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method(f, recv) => {
            let fname = match f.as_obj().map(|o| &o.payload) {
                Some(Payload::Function(fd)) => fd.qualname.get_ref().and_then(as_str).unwrap_or("?").to_string(),
                _ => "?".into(),
            };
            let r = ops::repr_string(vm, recv)?;
            format!("<bound method {fname} of {r}>")
        }
        Payload::Module(m) => {
            let name = m.dict_data().get_str("__name__").and_then(|n| as_str(&n).map(String::from)).unwrap_or("?".into());
            match m.dict_data().get_str("__file__").and_then(|n| as_str(&n).map(String::from)) {
                Some(f) => format!("<module '{name}' from '{f}'>"),
                None if crate::stdlib::BUILTIN_MODULE_NAMES.contains(&name.as_str()) => format!("<module '{name}' (built-in)>"),
                // Made at run time (`types.ModuleType('x')`).
                None => format!("<module '{name}'>"),
            }
        }
        Payload::Range(r) => {
            let a = ops::repr_string(vm, &r.start)?;
            let b = ops::repr_string(vm, &r.stop)?;
            if r.step.as_small_int() == Some(1) {
                format!("range({a}, {b})")
            } else {
                format!("range({a}, {b}, {})", ops::repr_string(vm, &r.step)?)
            }
        }
        Payload::Slice(sl) => {
            let items = sl.to_vec();
            format!("slice({})", join_reprs(vm, &items)?)
        }
        Payload::Exception(_) => return crate::vm::types::exception_ops::exception_repr(vm, v).map(Some),
        Payload::Generator(g) => {
            let q = g.qualname.get_ref().and_then(as_str).unwrap_or("?");
            format!("<generator object {q} at {:#x}>", v.bits())
        }
        Payload::Cell(_) => format!("<cell at {:#x}>", v.bits()),
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            v.bits(),
            c.code.filename,
            c.code.first_line
        ),
        Payload::Property(_) => format!("<property object at {:#x}>", v.bits()),
        Payload::Super(s) => {
            let this = type_data(&s[0]).map(|t| t.name().to_string()).unwrap_or_default();
            match type_data(&s[2]) {
                Some(t) => format!("<super: <class '{this}'>, <{} object>>", t.name()),
                None => format!("<super: <class '{this}'>, NULL>"),
            }
        }
        _ => return Ok(None),
    }))
}

/// str() of exact built-in values; None to use `__str__`/repr.
pub fn fast_str(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i.to_string()));
    }
    match &v.as_obj().unwrap().payload {
        Payload::Str(d) => Ok(Some(d.s.to_string())),
        Payload::Exception(_) => Ok(None),
        _ => fast_repr(vm, v),
    }
}

/// ascii(v): repr with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = ops::repr_string(vm, v)?;
    Ok(new_string(ascii_escape(&r)))
}

pub fn ascii_escape(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
