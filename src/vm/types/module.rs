//! Module objects: a name and a namespace dict.

use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::dict::DictData;
use crate::vm::types::registry::types;
use crate::vm::types::str::{intern, new_str};
use crate::vm::value::Value;

pub struct ModuleData {
    /// The module's globals (a dict object).
    pub dict: Value,
}

impl ModuleData {
    pub fn dict_data(&self) -> &DictData {
        match &self.dict.as_obj().unwrap().payload {
            Payload::Dict(d) => d,
            _ => unreachable!(),
        }
    }
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
    pub fn clear_refs(&self) {}
}

pub fn new_dict_value() -> Value {
    heap::alloc(types().dict.clone(), Payload::Dict(DictData::new()))
}

/// A new module named `name` with `__name__` and `__doc__` set.
pub fn new_module(name: &str) -> Value {
    let dict = new_dict_value();
    let m = heap::alloc(types().module.clone(), Payload::Module(ModuleData { dict }));
    let d = as_module(&m).unwrap().dict_data();
    d.set_str(intern("__name__"), new_str(name));
    d.set_str(intern("__doc__"), crate::vm::types::registry::none());
    m
}

pub fn as_module(v: &Value) -> Option<&ModuleData> {
    match &v.as_obj()?.payload {
        Payload::Module(m) => Some(m),
        _ => None,
    }
}
