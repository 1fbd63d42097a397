//! Start-up registration of every built-in type's methods, and the helpers
//! type files use to register theirs (`method`, `static_method`, ...).

use super::args::{Args, NativeFn};
use super::errors::{type_error, PyResult};
use super::heap;
use super::object::Payload;
use super::ops;
use super::state::Vm;
use super::types::exception::as_exception;
use super::types::function::{new_builtin, BuiltinKind};
use super::types::registry::{exc, none, not_implemented, py_bool, types, ExcKind, EXC_TABLE};
use super::types::str::{as_str, intern, new_string};
use super::types::typeobj::{class_of, lookup, set_type_attr, type_data, type_name};
use super::value::Value;

/// Register a method descriptor (binds `self`).
pub fn method(cls: &Value, name: &'static str, f: NativeFn) {
    set_type_attr(cls, name, new_builtin(name, f, BuiltinKind::Method, Some(cls.clone())));
}

/// Register a static method (`__new__`, `str.maketrans`).
pub fn static_method(cls: &Value, name: &'static str, f: NativeFn) {
    set_type_attr(cls, name, new_builtin(name, f, BuiltinKind::Static, Some(cls.clone())));
}

/// Register a class method (`dict.fromkeys`, `int.from_bytes`).
pub fn class_method(cls: &Value, name: &'static str, f: NativeFn) {
    set_type_attr(cls, name, new_builtin(name, f, BuiltinKind::ClassMethod, Some(cls.clone())));
}

/// Register a plain attribute on a built-in class.
pub fn attr(cls: &Value, name: &'static str, v: Value) {
    set_type_attr(cls, name, v);
}

pub fn register_all() {
    let t = types();
    register_object();
    register_type();
    register_exceptions();
    // First, so the type files below can replace any generic wrapper.
    super::types::slot_wrappers::register();
    super::types::generic_alias::register();
    super::types::int_methods::register();
    super::types::float_methods::register();
    super::types::str_methods::register();
    super::types::list_methods::register();
    super::types::tuple_methods::register();
    super::types::dict_py::register();
    super::types::set_py::register();
    super::types::bytes_methods::register();
    super::types::misc_types::register();
    super::types::complex_methods::register();
    super::types::memoryview::register();
    super::types::range_methods::register();
    for (cls, m) in [(&t.none_type, "builtins"), (&t.function, "builtins")] {
        let _ = (cls, m);
    }
    crate::stdlib::init_builtins_and_sys();
}

// ------------------------------------------------------------------ object

fn object_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let cls = pos.first().ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    let td = type_data(cls).ok_or_else(|| type_error(format!("object.__new__(X): X is not a type object ({})", type_name(cls))))?;
    if pos.len() > 1 || a.has_kw() {
        let init = crate::vm::types::typeobj::lookup_static(cls, "__init__");
        let new_overridden = !crate::vm::types::typeobj::lookup_static(cls, "__new__").is_some_and(|n| n.as_obj().unwrap().is_immortal());
        let init_is_object = init.is_some_and(|i| i.is(&object_attr("__init__")));
        if init_is_object || new_overridden {
            return Err(type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    match td.kind {
        super::types::typeobj::BaseKind::Object => Ok(heap::alloc(cls.clone(), Payload::Object)),
        super::types::typeobj::BaseKind::Exception => super::types::exception_ops::exc_new(_vm, Args::new(&pos[..1])),
        _ => Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            type_data(td.mro().iter().find(|c| type_data(c).unwrap().kind == td.kind && !type_data(c).unwrap().has_flag(super::types::typeobj::tflags::HEAPTYPE)).unwrap_or(cls)).unwrap().name()
        ))),
    }
}

fn object_attr(name: &str) -> Value {
    super::types::typeobj::type_dict(&types().object).get_str(name).unwrap()
}

fn object_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() > 1 || a.has_kw() {
        let cls = class_of(&pos[0]);
        let init_overridden = !crate::vm::types::typeobj::lookup_static(&cls, "__init__").is_some_and(|i| i.is(&object_attr("__init__")));
        let new_is_object = crate::vm::types::typeobj::lookup_static(&cls, "__new__").is_some_and(|n| n.is(&object_attr("__new__")));
        if init_overridden || new_is_object {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_name(&pos[0])
            )));
        }
    }
    Ok(none())
}

fn object_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.exact("__repr__", 1)?[0];
    if let Some(s) = super::types::repr::builtin_repr(vm, v)? {
        if !matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Object)) || v.is(&super::types::registry::singletons().none) {
            return Ok(new_string(s));
        }
    }
    if let Some(mname) = super::types::module::as_module(v).map(|_| ()) {
        let _ = mname;
    }
    Ok(new_string(super::types::repr::default_repr(v)))
}

fn object_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.exact("__str__", 1)?[0];
    ops::repr(vm, v)
}

fn object_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__eq__", 2)?;
    Ok(if v[0].is(&v[1]) { py_bool(true) } else { not_implemented() })
}

fn object_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__ne__", 2)?;
    let cls = class_of(&v[0]);
    let eq = lookup(&cls, "__eq__").unwrap();
    let r = super::call::call_unbound(vm, &eq, &v[0], &v[1..])?;
    if r.is(&not_implemented()) {
        return Ok(r);
    }
    Ok(py_bool(!ops::truthy(vm, &r)?))
}

fn object_cmp_ni(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(not_implemented())
}

fn object_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__hash__", 1)?;
    Ok(super::types::int::new_int(ops::identity_hash(&v[0])))
}

fn object_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__format__", 2)?;
    let spec = as_str(&v[1]).ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", type_name(&v[1]))))?;
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(&v[0]))));
    }
    ops::str_(vm, &v[0])
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__getattribute__", 2)?;
    if as_str(&v[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&v[1]))));
    }
    let cls = class_of(&v[0]);
    match super::protocols::generic_getattr(vm, &v[0], &v[1], &cls)? {
        Some(r) => Ok(r),
        None => Err(super::protocols::no_attribute(&v[0], as_str(&v[1]).unwrap())),
    }
}

fn object_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__setattr__", 3)?;
    let _guard = super::protocols::check_mutable(&v[0], "attribute assignment")?;
    super::protocols::generic_setattr(vm, &v[0], &v[1], Some(v[2].clone()))?;
    Ok(none())
}

fn object_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__delattr__", 2)?;
    let _guard = super::protocols::check_mutable(&v[0], "attribute deletion")?;
    super::protocols::generic_setattr(vm, &v[0], &v[1], None)?;
    Ok(none())
}

fn object_init_subclass(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        let cls = &a.pos()[0];
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            type_data(cls).map(|t| t.name().to_string()).unwrap_or_default()
        )));
    }
    Ok(none())
}

fn object_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__dir__", 1)?;
    super::types::misc_types::dir_of(vm, &v[0])
}

/// `object.__sizeof__`: the size of the object header and inline payload.
fn object_sizeof(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("__sizeof__", 1)?;
    Ok(super::types::int::new_int(std::mem::size_of::<super::object::Obj>() as i64))
}

fn object_subclasshook(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(not_implemented())
}

fn object_reduce_ex(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(type_error("pickling is not supported yet"))
}

fn register_object() {
    let o = &types().object;
    super::builtins_registry::static_method(o, "__new__", object_new);
    method(o, "__init__", object_init);
    method(o, "__repr__", object_repr);
    method(o, "__str__", object_str);
    method(o, "__eq__", object_eq);
    method(o, "__ne__", object_ne);
    method(o, "__lt__", object_cmp_ni);
    method(o, "__le__", object_cmp_ni);
    method(o, "__gt__", object_cmp_ni);
    method(o, "__ge__", object_cmp_ni);
    method(o, "__hash__", object_hash);
    method(o, "__format__", object_format);
    method(o, "__getattribute__", object_getattribute);
    method(o, "__setattr__", object_setattr);
    method(o, "__delattr__", object_delattr);
    method(o, "__dir__", object_dir);
    method(o, "__sizeof__", object_sizeof);
    method(o, "__reduce_ex__", object_reduce_ex);
    class_method(o, "__init_subclass__", object_init_subclass);
    class_method(o, "__subclasshook__", object_subclasshook);
    attr(o, "__doc__", super::types::str::new_str("The base class of the class hierarchy."));
}

// ------------------------------------------------------------------ type

fn type_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(none())
}

fn type_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__repr__", 1)?;
    Ok(new_string(super::types::repr::default_type_repr(&v[0])))
}

fn type_call_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let args = a.args;
    if args.is_empty() {
        return Err(type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    super::types::typeobj_ops::type_call_default(vm, &args[0], &args[1..], a.kwnames)
}

fn type_mro(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("mro", 1)?;
    let td = type_data(&v[0]).ok_or_else(|| type_error("mro() needs a type"))?;
    Ok(super::types::list::new_list(td.mro().to_vec()))
}

fn type_subclasses(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__subclasses__", 1)?;
    Ok(super::types::list::new_list(super::types::typeobj_ops::subclasses(&v[0])))
}

fn type_instancecheck(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__instancecheck__", 2)?;
    Ok(py_bool(super::types::typeobj::isinstance_cls(&v[1], &v[0])))
}

fn type_subclasscheck(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__subclasscheck__", 2)?;
    Ok(py_bool(super::types::typeobj::is_subclass(&v[1], &v[0])))
}

fn type_prepare(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(super::types::module::new_dict_value())
}

fn type_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__or__", 2)?;
    let l = ops::repr_string(vm, &v[0])?;
    let r = ops::repr_string(vm, &v[1])?;
    let _ = (l, r);
    Err(type_error("type unions (X | Y) are not supported yet"))
}

fn register_type() {
    let t = &types().type_;
    static_method(t, "__new__", super::types::typeobj_ops::type_new);
    method(t, "__init__", type_init);
    method(t, "__repr__", type_repr);
    method(t, "__call__", type_call_method);
    method(t, "mro", type_mro);
    method(t, "__subclasses__", type_subclasses);
    method(t, "__instancecheck__", type_instancecheck);
    method(t, "__subclasscheck__", type_subclasscheck);
    method(t, "__or__", type_or);
    class_method(t, "__prepare__", type_prepare);
}

// ------------------------------------------------------------------ exceptions

fn register_exceptions() {
    use super::types::exception_ops as eo;
    use super::types::exception_subclasses as es;
    let base = exc(ExcKind::BaseException);
    static_method(&base, "__new__", eo::exc_new);
    method(&base, "__init__", eo::exc_init);
    method(&base, "__str__", eo::exc_str);
    method(&base, "__repr__", eo::exc_repr);
    method(&base, "with_traceback", eo::exc_with_traceback);
    method(&base, "add_note", eo::exc_add_note);
    for (kind, _, _) in EXC_TABLE {
        let cls = exc(*kind);
        attr(&cls, "__module__", intern("builtins"));
        match kind {
            ExcKind::OSError => {
                static_method(&cls, "__new__", es::os_error_new);
                method(&cls, "__init__", es::os_error_init);
                method(&cls, "__str__", es::os_error_str);
            }
            ExcKind::SyntaxError => {
                method(&cls, "__init__", es::syntax_error_init);
                method(&cls, "__str__", es::syntax_error_str);
            }
            ExcKind::KeyError => method(&cls, "__str__", es::key_error_str),
            ExcKind::StopIteration | ExcKind::SystemExit | ExcKind::ImportError | ExcKind::NameError | ExcKind::AttributeError => {
                method(&cls, "__init__", es::value_attr_init)
            }
            _ => {}
        }
    }
    super::types::exception_group_py::register();
    super::types::exception_docs::register();
    let _ = as_exception;
}

/// sys.displayhook: print repr of a non-None value and store it in `builtins._`.
pub fn displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if ops::is_none(v) {
        return Ok(());
    }
    let r = ops::repr_string(vm, v)?;
    crate::stdlib::sys::write_stdout(vm, &format!("{r}\n"))?;
    if let Some(d) = super::types::dict_methods::as_dict(&super::import::builtins_dict()) {
        d.set_str(intern("_"), v.clone());
    }
    Ok(())
}
