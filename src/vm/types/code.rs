//! Code objects: a compiled `CodeObject` plus its constants and names
//! turned into (immortal) values once.

use crate::compiler::bytecode::{CodeObject, Constant, Instr};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::{none, py_bool, singletons, types};
use crate::vm::types::str::intern;
use crate::vm::state::Vm;
use crate::vm::value::Value;
use std::sync::Arc;

pub struct CodeData {
    pub code: Arc<CodeObject>,
    /// `code.instructions` with superinstructions (what the interpreter
    /// runs); in it the operand of LoadAttr, StoreAttr, StoreAttrUpdate and
    /// LoadMethod indexes `attr_sites` instead of `names`.
    pub instrs: Box<[crate::compiler::bytecode::Instr]>,
    pub consts: Box<[Value]>,
    /// `code.names` as interned strs.
    pub names: Box<[Value]>,
    /// Hashes of `names`, for attribute and global lookups without rehashing.
    pub name_hashes: Box<[i64]>,
    pub varnames: Box<[Value]>,
    pub filename: Value,
    pub name: Value,
    pub qualname: Value,
    /// Number of fast locals (`co_varnames`).
    pub nlocals: u32,
    /// For functions whose calls need no argument binding (no defaults
    /// logic, *args/**kwargs, keyword-only parameters, cells or generator
    /// wrapping when called with exactly `argcount` positionals): argcount;
    /// otherwise u32::MAX. Lets calls take the interpreter's fast path.
    pub simple_argc: u32,
    /// `code.max_stack`: the value stack never holds more (see `vm::value_stack`).
    pub max_stack: u32,
    /// LoadGlobal inline caches, one per entry of `names`.
    pub global_cache: Box<[crate::vm::global_cache::GlobalCache]>,
    /// One per attribute instruction: its name and inline cache.
    pub attr_sites: Box<[AttrSite]>,
}

/// An attribute instruction's name (index into `names`) and inline cache
/// (see `vm::attr_cache`).
pub struct AttrSite {
    pub name: u32,
    pub cache: crate::vm::attr_cache::AttrCache,
}

/// The instructions the interpreter runs: superinstructions fused in, and
/// each attribute instruction's operand turned into its own site's index.
fn interp_instrs(code: &CodeObject) -> (Box<[Instr]>, Box<[AttrSite]>) {
    let mut instrs = crate::compiler::bytecode::fuse_pairs(&code.instructions);
    let mut sites = Vec::new();
    for ins in instrs.iter_mut() {
        if let Instr::LoadAttr(i) | Instr::StoreAttr(i) | Instr::StoreAttrUpdate(i) | Instr::LoadMethod(i) = ins {
            sites.push(AttrSite { name: *i, cache: Default::default() });
            *i = (sites.len() - 1) as u32;
        }
    }
    (instrs, sites.into_boxed_slice())
}

impl CodeData {
    pub fn trace(&self, _visit: &mut dyn FnMut(&Value)) {}
}

fn constant_value(vm: &mut Vm, c: &Constant) -> Value {
    let v = match c {
        Constant::None => return none(),
        Constant::True => return py_bool(true),
        Constant::False => return py_bool(false),
        Constant::Ellipsis => return singletons().ellipsis.clone(),
        Constant::Int(i) => crate::vm::types::int::new_int_big(i.clone()),
        Constant::Float(f) => crate::vm::types::float::new_float(*f),
        Constant::Complex { re, im } => crate::vm::types::complex::new_complex(*re, *im),
        Constant::Str(s) => return intern(s),
        Constant::Bytes(b) => crate::vm::types::bytes::new_bytes(b.clone()),
        Constant::Tuple(items) => {
            crate::vm::types::tuple::new_tuple(items.iter().map(|c| constant_value(vm, c)).collect())
        }
        Constant::FrozenSet(items) => frozenset_constant(vm, items),
        Constant::Code(c) => new_code(vm, c.clone()),
    };
    heap::make_immortal(&v);
    v
}

/// A frozenset constant with CPython 3.11's iteration order: its compiler
/// builds the frozenset from the items in source order, then its constant
/// merging (`merge_consts_recursive`) rebuilds it by adding the items in the
/// first frozenset's iteration order; colliding ints can end up elsewhere.
fn frozenset_constant(vm: &mut Vm, items: &[Constant]) -> Value {
    use crate::vm::types::set::{new_set_of_class, SetData};
    let first = SetData::new();
    let rebuilt = SetData::new();
    for c in items {
        let v = constant_value(vm, c);
        // Constants are always hashable and compare without running Python
        // code, so adding cannot fail.
        let _ = first.add(vm, v);
    }
    for v in first.items() {
        let _ = rebuilt.add(vm, v);
    }
    new_set_of_class(types().frozenset.clone(), rebuilt)
}

/// Wrap a compiled code object (and, recursively, the code objects in its
/// constants) as a Python code object.
pub fn new_code(vm: &mut Vm, code: Arc<CodeObject>) -> Value {
    let consts = code.constants.iter().map(|c| constant_value(vm, c)).collect();
    let names: Box<[Value]> = code.names.iter().map(|n| intern(n)).collect();
    let name_hashes = code.names.iter().map(|n| crate::vm::types::str::str_hash(n)).collect();
    let varnames = code.varnames.iter().map(|n| intern(n)).collect();
    use crate::compiler::bytecode::flags;
    let simple = code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
        && code.kwonlyargcount == 0
        && code.cellvars.is_empty()
        && code.freevars.is_empty();
    let (instrs, attr_sites) = interp_instrs(&code);
    let data = CodeData {
        nlocals: code.varnames.len() as u32,
        global_cache: code.names.iter().map(|_| Default::default()).collect(),
        attr_sites,
        instrs,
        max_stack: code.max_stack,
        simple_argc: if simple { code.argcount } else { u32::MAX },
        filename: intern(&code.filename),
        name: intern(&code.name),
        qualname: intern(&code.qualname),
        consts,
        names,
        name_hashes,
        varnames,
        code,
    };
    let v = heap::alloc(types().code.clone(), Payload::Code(Box::new(data)));
    heap::make_immortal(&v);
    v
}

pub fn as_code(v: &Value) -> Option<&CodeData> {
    match &v.as_obj()?.payload {
        Payload::Code(c) => Some(c),
        _ => None,
    }
}
