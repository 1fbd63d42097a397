//! Functions: Python functions (code + globals + defaults + closure) and
//! built-in (native) functions and methods.

use crate::vm::args::NativeFn;
use crate::vm::cell::Slot;
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::types;
use crate::vm::value::Value;

pub struct FunctionData {
    pub code: Value,
    pub globals: Value,
    pub name: Slot,
    pub qualname: Slot,
    /// Tuple of positional defaults, or empty.
    pub defaults: Slot,
    /// Dict of keyword-only defaults, or empty.
    pub kwdefaults: Slot,
    /// Cells for the code's free variables.
    pub closure: Box<[Value]>,
    pub doc: Slot,
    pub module: Slot,
    pub annotations: Slot,
}

impl FunctionData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        visit(&self.globals);
        for s in [&self.name, &self.qualname, &self.defaults, &self.kwdefaults, &self.doc, &self.module, &self.annotations] {
            if let Some(v) = s.get_ref() {
                visit(v);
            }
        }
        self.closure.iter().for_each(|c| visit(c));
    }
    pub fn clear_refs(&self) {
        for s in [&self.defaults, &self.kwdefaults, &self.doc, &self.module, &self.annotations] {
            s.set(None);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A plain function (module-level builtin, or already bound).
    Function,
    /// A method descriptor in a type's dict: binds `self` on attribute access.
    Method,
    /// Binds the class (like classmethod), e.g. `dict.fromkeys`.
    ClassMethod,
    /// Never binds (e.g. `__new__`, `str.maketrans`).
    Static,
}

pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// For bound builtins: the receiver, passed as the first argument.
    pub bound: Option<Value>,
    /// For method descriptors: the class they belong to (for repr / errors).
    pub owner: Option<Value>,
    pub doc: Option<&'static str>,
}

impl BuiltinData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(b) = &self.bound {
            visit(b);
        }
    }
}

pub fn new_builtin(name: &'static str, func: NativeFn, kind: BuiltinKind, owner: Option<Value>) -> Value {
    let v = heap::alloc(
        types().builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinData { name, func, kind, bound: None, owner, doc: None })),
    );
    heap::make_immortal(&v);
    v
}

/// A builtin bound to a receiver (`[].append`).
pub fn bind_builtin(b: &BuiltinData, receiver: Value) -> Value {
    heap::alloc(
        types().builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinData {
            name: b.name,
            func: b.func,
            kind: BuiltinKind::Function,
            bound: Some(receiver),
            owner: b.owner.clone(),
            doc: b.doc,
        })),
    )
}

pub fn as_function(v: &Value) -> Option<&FunctionData> {
    match &v.as_obj()?.payload {
        Payload::Function(f) => Some(f),
        _ => None,
    }
}

pub fn new_method(func: Value, receiver: Value) -> Value {
    heap::alloc(types().method.clone(), Payload::Method(func, receiver))
}
