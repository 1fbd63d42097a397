//! `list[int]`-style generic aliases (`types.GenericAlias`): they keep
//! `__origin__` and `__args__`, print like CPython's and can be called to
//! create the origin type. Built-in containers get `__class_getitem__`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{class_method, method};
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::{not_implemented, py_bool, singletons, types};
use crate::vm::types::str::{as_str, new_str, new_string};
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{alloc_type, tflags, type_data, BaseKind};
use crate::vm::value::Value;
use crate::vm::valgrind::OnceLock;

struct Alias {
    origin: Value,
    args: Value,
}

impl NativeData for Alias {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
}

static ALIAS_TYPE: OnceLock<Value> = OnceLock::new();

fn alias_type() -> &'static Value {
    ALIAS_TYPE.get_or_init(|| crate::vm::heap::permanent(|| {
        let dict = crate::vm::types::module::new_dict_value();
        let t = alloc_type(types().type_.clone(), "GenericAlias", vec![types().object.clone()], dict, BaseKind::Internal, 0, None, true);
        let mro = new_tuple(vec![t.clone(), types().object.clone()]);
        heap::make_immortal(&mro);
        type_data(&t).unwrap().mro.set(Some(mro));
        crate::vm::builtins_registry::attr(&t, "__module__", new_str("types"));
        method(&t, "__repr__", alias_repr);
        method(&t, "__call__", alias_call);
        method(&t, "__eq__", alias_eq);
        method(&t, "__hash__", alias_hash);
        t
    }))
}

fn alias_of(v: &Value) -> Option<&Alias> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Alias>(),
        _ => None,
    }
}

/// `origin[args]` for a built-in class.
pub fn new_generic_alias(_vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    let args = if as_tuple(args).is_some() { args.clone() } else { new_tuple(vec![args.clone()]) };
    let v = heap::alloc(alias_type().clone(), Payload::Native(Box::new(Alias { origin: origin.clone(), args: args.clone() })));
    // __origin__/__args__ live in the instance dict so plain attribute access finds them.
    let d = crate::vm::types::module::new_dict_value();
    if let Some(dd) = crate::vm::types::dict_methods::as_dict(&d) {
        dd.set_str(crate::vm::types::str::intern("__origin__"), origin.clone());
        dd.set_str(crate::vm::types::str::intern("__args__"), args);
        dd.set_str(crate::vm::types::str::intern("__parameters__"), new_tuple(vec![]));
    }
    v.as_obj().unwrap().dict.set(Some(d));
    Ok(v)
}

/// How CPython's GenericAlias prints one argument.
fn arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is(&singletons().ellipsis) {
        return Ok("...".into());
    }
    if let Some(t) = type_data(v) {
        let module = t.dict_data().get_str("__module__");
        let qual = t.qualname.get().and_then(|q| as_str(&q).map(String::from)).unwrap_or_else(|| t.name().to_string());
        return Ok(match module.as_ref().and_then(as_str) {
            Some("builtins") | None => qual,
            Some(m) => format!("{m}.{qual}"),
        });
    }
    if let Some(a) = alias_of(v) {
        let _ = a;
        return alias_string(vm, v);
    }
    ops::repr_string(vm, v)
}

fn alias_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let a = alias_of(v).ok_or_else(|| type_error("not a GenericAlias"))?;
    let origin = arg_repr(vm, &a.origin)?;
    let items = as_tuple(&a.args).map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::new();
    for it in &items {
        parts.push(arg_repr(vm, it)?);
    }
    if items.is_empty() {
        parts.push("()".into());
    }
    Ok(format!("{origin}[{}]", parts.join(", ")))
}

fn alias_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__repr__", 1)?;
    alias_string(vm, &v[0]).map(new_string)
}

fn alias_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.args[0];
    let al = alias_of(v).ok_or_else(|| type_error("not a GenericAlias"))?;
    let origin = al.origin.clone();
    crate::vm::call::call(vm, &origin, &a.args[1..], a.kwnames)
}

fn alias_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__eq__", 2)?;
    match (alias_of(&v[0]), alias_of(&v[1])) {
        (Some(x), Some(y)) => {
            let same = x.origin.is(&y.origin) && ops::eq_bool(vm, &x.args, &y.args)?;
            Ok(py_bool(same))
        }
        _ => Ok(not_implemented()),
    }
}

fn alias_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__hash__", 1)?;
    let al = alias_of(&v[0]).ok_or_else(|| type_error("not a GenericAlias"))?;
    let h = ops::hash(vm, &al.origin)? ^ ops::hash(vm, &al.args)?;
    Ok(crate::vm::types::int::new_int(if h == -1 { -2 } else { h }))
}

fn class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__class_getitem__", 2)?;
    new_generic_alias(vm, &v[0], &v[1])
}

pub fn register() {
    let t = types();
    for cls in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_, &t.enumerate, &t.reversed] {
        class_method(cls, "__class_getitem__", class_getitem);
    }
    let _ = tflags::HEAPTYPE;
}
