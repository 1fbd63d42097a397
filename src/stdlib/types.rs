//! The `types` module: names for the built-in types the interpreter
//! creates (`ModuleType`, `FunctionType`, `GeneratorType`, ...) and
//! `SimpleNamespace`.

use crate::vm::errors::PyResult;
use crate::vm::state::Vm;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::{singletons, types};
use crate::vm::types::str::intern;
use crate::vm::types::typeobj::class_of;
use crate::vm::value::Value;

/// SimpleNamespace is plain Python: attribute storage, a keyword
/// constructor, CPython's repr and equality.
const SIMPLE_NAMESPACE: &str = r#"
class SimpleNamespace:
    def __init__(self, mapping=None, /, **kwargs):
        if mapping is not None:
            kwargs = {**dict(mapping), **kwargs}
        self.__dict__.update(kwargs)
    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return "namespace(" + ", ".join(items) + ")"
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    __hash__ = None
SimpleNamespace.__module__ = "types"
"#;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("types");
    let d = as_module(&m).unwrap().dict_data();
    let t = types();
    let s = singletons();
    let names: [(&str, Value); 17] = [
        ("ModuleType", t.module.clone()),
        ("FunctionType", t.function.clone()),
        ("LambdaType", t.function.clone()),
        ("BuiltinFunctionType", t.builtin_function.clone()),
        ("BuiltinMethodType", t.builtin_function.clone()),
        ("MethodType", t.method.clone()),
        ("GeneratorType", t.generator.clone()),
        ("CodeType", t.code.clone()),
        ("TracebackType", t.traceback.clone()),
        ("FrameType", t.frame.clone()),
        ("CellType", t.cell.clone()),
        ("NoneType", class_of(&s.none)),
        ("EllipsisType", class_of(&s.ellipsis)),
        ("NotImplementedType", class_of(&s.not_implemented)),
        ("MethodDescriptorType", t.method_descriptor.clone()),
        ("MappingProxyType", class_of(&crate::vm::types::mappingproxy::new_mappingproxy(crate::vm::types::module::new_dict_value()))),
        ("GenericAlias", class_of(&crate::vm::types::generic_alias::new_generic_alias(vm, &t.list, &t.int)?)),
    ];
    for (n, v) in names {
        d.set_str(intern(n), v);
    }
    crate::vm::import::exec_source(vm, SIMPLE_NAMESPACE, "<types>", &as_module(&m).unwrap().dict)?;
    d.remove_str("__builtins__");
    Ok(m)
}
