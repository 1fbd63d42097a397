//! `mappingproxy`: the read-only view a class's `__dict__` returns
//! (`types.MappingProxyType`). Reads go to the underlying mapping;
//! there is no way to write through it.

use crate::vm::args::Args;
use crate::vm::builtins_registry::method;
use crate::vm::call::call_method_by_name;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::{none, py_bool, types};
use crate::vm::types::str::new_string;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{alloc_type, type_data, BaseKind};
use crate::vm::value::Value;
use crate::vm::valgrind::OnceLock;

struct Proxy {
    mapping: Value,
}

impl NativeData for Proxy {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
}

static PROXY_TYPE: OnceLock<Value> = OnceLock::new();

fn proxy_type() -> &'static Value {
    PROXY_TYPE.get_or_init(|| crate::vm::heap::permanent(|| {
        let dict = crate::vm::types::module::new_dict_value();
        let t = alloc_type(types().type_.clone(), "mappingproxy", vec![types().object.clone()], dict, BaseKind::Internal, 0, None, true);
        let mro = new_tuple(vec![t.clone(), types().object.clone()]);
        heap::make_immortal(&mro);
        type_data(&t).unwrap().mro.set(Some(mro));
        crate::vm::builtins_registry::attr(&t, "__hash__", none());
        method(&t, "__repr__", proxy_repr);
        method(&t, "__getitem__", proxy_getitem);
        method(&t, "__contains__", proxy_contains);
        method(&t, "__len__", proxy_len);
        method(&t, "__iter__", proxy_iter);
        method(&t, "__eq__", proxy_eq);
        method(&t, "keys", |vm, a| forward(vm, a, "keys"));
        method(&t, "values", |vm, a| forward(vm, a, "values"));
        method(&t, "items", |vm, a| forward(vm, a, "items"));
        method(&t, "copy", |vm, a| forward(vm, a, "copy"));
        method(&t, "get", |vm, a| forward(vm, a, "get"));
        t
    }))
}

/// A read-only view of `mapping`.
pub fn new_mappingproxy(mapping: Value) -> Value {
    heap::alloc(proxy_type().clone(), Payload::Native(Box::new(Proxy { mapping })))
}

fn target(a: &Args) -> PyResult<Value> {
    let v = a.args.first().ok_or_else(|| type_error("mappingproxy method needs an argument"))?;
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<Proxy>() {
            Some(p) => Ok(p.mapping.clone()),
            None => Err(type_error("descriptor requires a 'mappingproxy' object")),
        },
        _ => Err(type_error("descriptor requires a 'mappingproxy' object")),
    }
}

fn forward(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let m = target(&a)?;
    call_method_by_name(vm, &m, name, &a.args[1..])
}

fn proxy_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = target(&a)?;
    let r = ops::repr_string(vm, &m)?;
    Ok(new_string(format!("mappingproxy({r})")))
}

fn proxy_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__getitem__", 2)?;
    let m = target(&a)?;
    ops::getitem(vm, &m, &v[1])
}

fn proxy_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__contains__", 2)?;
    let m = target(&a)?;
    ops::contains(vm, &m, &v[1]).map(py_bool)
}

fn proxy_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = target(&a)?;
    Ok(crate::vm::types::int::new_int(ops::len(vm, &m)? as i64))
}

fn proxy_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = target(&a)?;
    ops::iter(vm, &m)
}

fn proxy_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("__eq__", 2)?;
    let m = target(&a)?;
    ops::compare(vm, &m, &v[1], crate::compiler::bytecode::CmpOp::Eq)
}

