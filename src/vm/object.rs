//! The object header and the payload of every heap object.
//!
//! Every object is an [`Obj`]: a header (reference count, owner, flags,
//! type, optional instance dict) followed by a [`Payload`] that says what
//! kind of built-in data it carries. A user class instance whose class
//! derives from `list` has a `List` payload and its own type in the header.

use super::cell::Slot;
use super::types::code::CodeData;
use super::types::dict::DictData;
use super::types::exception::ExcData;
use super::types::function::{BuiltinData, FunctionData};
use super::types::generator::GeneratorData;
use super::types::iter::IterData;
use super::types::list::ListData;
use super::types::module::ModuleData;
use super::types::range::RangeData;
use super::types::set::SetData;
use super::types::str::StrData;
use super::types::traceback::TbData;
use super::types::typeobj::TypeData;
use super::value::Value;
use num_bigint::BigInt;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU32, Ordering};

/// Who owns an object's memory.
pub const OWNER_MAIN: u32 = 0;

pub mod flags {
    /// Never counted, never freed: types, singletons, interned strings, constants.
    pub const IMMORTAL: u32 = 1;
    /// Shared mutable state: mutation from contexts allowed under its lock.
    pub const PROTECTED: u32 = 2;
    /// Tracked by the cycle collector.
    pub const GC_TRACKED: u32 = 4;
    /// Dealloc is running / queued (guards against double free during teardown).
    pub const FINALIZING: u32 = 8;
    /// `__del__` has run (it runs at most once per object).
    pub const FINALIZED: u32 = 16;
    /// Lives in a parallel context's arena (`Obj::owner` names the context).
    pub const CONTEXT: u32 = 32;
    /// Set in every object. A parallel context's refcount mask includes it
    /// (`heap::context::refcount_mask`), so there every object tests as
    /// "not counted" with the same single `and` the main thread uses.
    pub const OBJECT: u32 = 64;
}

#[repr(C)]
pub struct Obj {
    /// Main-heap reference count. Only the main thread reads or writes it.
    pub(crate) refcnt: UnsafeCell<u32>,
    /// Position in the cycle collector's registry (u32::MAX if untracked).
    pub(crate) gc_index: UnsafeCell<u32>,
    /// OWNER_MAIN or the id of the parallel context whose arena holds it.
    pub(crate) owner: u32,
    pub(crate) flags: AtomicU32,
    /// The object's class (a type object). Holds a reference.
    pub(crate) class: Slot,
    /// Instance `__dict__` (a dict object) when the class gives instances one.
    pub(crate) dict: Slot,
    pub payload: Payload,
}

// SAFETY: objects are shared between the main thread and parallel contexts.
// The non-atomic fields (refcnt, gc_index) are only touched by the main
// thread for main-owned objects and by the owning context for context
// objects (heap::incref/decref check this); every other mutable field is a
// relaxed atomic or is behind a mutation check that refuses writes to objects
// the current thread does not own (or holds the protection lock).
unsafe impl Sync for Obj {}
unsafe impl Send for Obj {}

/// What an object is, as far as the VM's built-in behaviour is concerned.
pub enum Payload {
    /// No built-in data: `object()`, plain class instances, `None`, `NotImplemented`, `Ellipsis`.
    Object,
    Bool(bool),
    /// Integers that do not fit in a small int.
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(StrData),
    Bytes(Box<[u8]>),
    ByteArray(super::atomic_buf::ByteBuf),
    Tuple(Box<[Value]>),
    List(ListData),
    Dict(DictData),
    /// set and frozenset (the class tells them apart).
    Set(SetData),
    Type(Box<TypeData>),
    Function(Box<FunctionData>),
    Builtin(Box<BuiltinData>),
    /// A bound method: (function, self).
    Method(Value, Value),
    Cell(Slot),
    Module(ModuleData),
    Code(Box<CodeData>),
    Generator(Box<GeneratorData>),
    Iter(Box<IterData>),
    Range(RangeData),
    Slice(Box<[Value; 3]>),
    /// property: fget, fset, fdel, doc.
    Property(Box<[Slot; 4]>),
    StaticMethod(Slot),
    ClassMethod(Slot),
    /// super(type, obj): (type, obj, type of obj or obj itself for classes).
    Super(Box<[Value; 3]>),
    Exception(Box<ExcData>),
    Traceback(Box<TbData>),
    /// Data of a built-in type implemented outside the core (files, memoryview...).
    Native(Box<dyn NativeData>),
}

/// Built-in data that lives outside the core payload enum.
pub trait NativeData: std::any::Any + Send + Sync {
    fn as_any(&self) -> &dyn std::any::Any;
    /// Report contained values to the cycle collector.
    fn trace(&self, _visit: &mut dyn FnMut(&Value)) {}
}

impl Obj {
    #[inline(always)]
    pub fn flags(&self) -> u32 {
        self.flags.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.flags() & flags::IMMORTAL != 0
    }
    pub fn set_flag(&self, f: u32) {
        self.flags.fetch_or(f, Ordering::Relaxed);
    }
    pub fn clear_flag(&self, f: u32) {
        self.flags.fetch_and(!f, Ordering::Relaxed);
    }
    #[inline(always)]
    pub fn owner(&self) -> u32 {
        self.owner
    }
    /// The class object (borrowed).
    #[inline(always)]
    pub fn class_ptr(&self) -> *const Obj {
        self.class.peek_bits() as *const Obj
    }
    pub fn payload_kind(&self) -> &'static str {
        match &self.payload {
            Payload::Object => "object",
            Payload::Bool(_) => "bool",
            Payload::Int(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::Builtin(_) => "builtin_function_or_method",
            Payload::Method(..) => "method",
            Payload::Cell(_) => "cell",
            Payload::Module(_) => "module",
            Payload::Code(_) => "code",
            Payload::Generator(_) => "generator",
            Payload::Iter(_) => "iterator",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Property(_) => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super(_) => "super",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Native(_) => "native",
        }
    }

    /// Visit every value this object holds a reference to (cycle collector).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(c) = self.class.get_ref() {
            visit(c);
        }
        if let Some(d) = self.dict.get_ref() {
            visit(d);
        }
        match &self.payload {
            Payload::Tuple(items) => items.iter().for_each(|v| visit(v)),
            Payload::List(l) => l.trace(visit),
            Payload::Dict(d) => d.trace(visit),
            Payload::Set(s) => s.trace(visit),
            Payload::Type(t) => t.trace(visit),
            Payload::Function(f) => f.trace(visit),
            Payload::Builtin(b) => b.trace(visit),
            Payload::Method(f, s) => {
                visit(f);
                visit(s)
            }
            Payload::Cell(s) | Payload::StaticMethod(s) | Payload::ClassMethod(s) => {
                if let Some(v) = s.get_ref() {
                    visit(v)
                }
            }
            Payload::Module(m) => m.trace(visit),
            Payload::Code(c) => c.trace(visit),
            Payload::Generator(g) => g.trace(visit),
            Payload::Iter(i) => i.trace(visit),
            Payload::Slice(s) => s.iter().for_each(|v| visit(v)),
            Payload::Property(p) => p.iter().for_each(|s| {
                if let Some(v) = s.get_ref() {
                    visit(v)
                }
            }),
            Payload::Super(s) => s.iter().for_each(|v| visit(v)),
            Payload::Exception(e) => e.trace(visit),
            Payload::Traceback(t) => t.trace(visit),
            Payload::Native(n) => n.trace(visit),
            Payload::Range(r) => r.trace(visit),
            Payload::Object
            | Payload::Bool(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_) => {}
        }
    }

    /// Drop every reference this object holds (breaks cycles in the collector).
    pub fn clear_refs(&self) {
        self.dict.set(None);
        match &self.payload {
            Payload::List(l) => l.clear_refs(),
            Payload::Dict(d) => d.clear_refs(),
            Payload::Set(s) => s.clear_refs(),
            Payload::Cell(s) => s.set(None),
            Payload::Function(f) => f.clear_refs(),
            Payload::Type(t) => t.clear_refs(),
            Payload::Exception(e) => e.clear_refs(),
            Payload::Generator(g) => g.clear_refs(),
            Payload::Property(p) => p.iter().for_each(|s| s.set(None)),
            Payload::Module(m) => m.clear_refs(),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn object_stays_small() {
        // Floats and other small objects are allocated constantly: keep the
        // header plus payload within one 64-byte line plus change.
        assert!(std::mem::size_of::<Payload>() <= 40, "Payload is {} bytes", std::mem::size_of::<Payload>());
        assert!(std::mem::size_of::<Obj>() <= 72, "Obj is {} bytes", std::mem::size_of::<Obj>());
    }
}
