//! Per-thread interpreter state (`Vm`) and start-up of the runtime.

use super::heap;
use super::object::Payload;
use super::types::dict::DictData;
use super::types::registry::{self, BuiltinTypes, ExcKind, Registry, Singletons, EXC_TABLE};
use super::types::str::StrData;
use super::types::typeobj::{tflags, BaseKind, TypeData};
use super::value::Value;
use crate::vm::cell::Slot;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Once;

/// Interpreter state of one thread: the main thread has one, and each
/// worker running a parallel context has its own.
pub struct Vm {
    /// Python call depth, checked against the recursion limit.
    pub depth: u32,
    /// The exception currently being handled (`sys.exc_info()`).
    pub handled: Option<Value>,
    /// Lowest safe stack address: below it we raise RecursionError rather
    /// than overflow the Rust stack.
    pub stack_floor: usize,
    /// The innermost executing frame (for `globals()`, `locals()`, `eval`).
    pub frame: *const super::frame::Frame,
    /// Recycled frame buffers (fast locals, value stack): a call then
    /// costs no allocation.
    pub frame_pool: Vec<(Vec<Option<Value>>, Vec<Value>)>,
    /// Idle frames for the interpreter's call fast path (see
    /// `Frame::for_simple_call`).
    pub simple_frames: Vec<Box<super::frame::Frame>>,
    /// Write locks held by augmented assignments under way (frame address,
    /// lock): see `protection::begin_update`.
    pub update_locks: Vec<(usize, super::protection::Held)>,
}

/// `sys.setrecursionlimit`, shared by all threads.
pub static RECURSION_LIMIT: AtomicU32 = AtomicU32::new(1000);

pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

impl Vm {
    /// A Vm for the current thread; `init()` must have run.
    pub fn new() -> Vm {
        let here = approx_sp();
        let size = stacker::remaining_stack().unwrap_or(8 << 20);
        Vm { depth: 0, handled: None, stack_floor: here.saturating_sub(size) + STACK_RESERVE, frame: std::ptr::null(), frame_pool: Vec::new(), simple_frames: Vec::new(), update_locks: Vec::new() }
    }
    fn current_frame(&self) -> Option<&super::frame::Frame> {
        // SAFETY: `frame` is set by interp::execute to a frame that lives
        // for the whole execute() call and is reset when it returns.
        unsafe { self.frame.as_ref() }
    }

    /// Globals of the innermost Python frame.
    pub fn current_globals(&self) -> Option<Value> {
        self.current_frame().map(|f| f.globals.clone())
    }

    /// `locals()` of the innermost Python frame: its mapping, or a snapshot
    /// dict of its fast locals and cells.
    pub fn current_locals(&self) -> Option<Value> {
        let f = self.current_frame()?;
        if let Some(l) = &f.locals {
            return Some(l.clone());
        }
        let d = super::types::module::new_dict_value();
        let dd = super::types::dict_methods::as_dict(&d).unwrap();
        let cd = f.code_data();
        for (i, v) in f.fast.iter().enumerate() {
            if let Some(v) = v {
                dd.set_str(cd.varnames[i].clone(), v.clone());
            }
        }
        let names = cd.code.cellvars.iter().chain(cd.code.freevars.iter());
        for (n, c) in names.zip(f.cells.iter()) {
            if let Some(v) = super::frame::cell_slot(c).get() {
                dd.set_str(super::types::str::intern(n), v);
            }
        }
        Some(d)
    }

    /// Is the Rust stack close to its end?
    #[inline]
    pub fn stack_low(&self) -> bool {
        approx_sp() < self.stack_floor
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// Bytes of Rust stack kept free for native code below the deepest frame.
const STACK_RESERVE: usize = 256 * 1024;

#[inline(always)]
fn approx_sp() -> usize {
    let x = 0u8;
    &x as *const u8 as usize
}

static INIT: Once = Once::new();

/// Create the built-in types, singletons and exceptions (once per process).
pub fn init() {
    INIT.call_once(|| {
        bootstrap();
        super::builtins_registry::register_all();
    });
}

fn raw_type(name: &str, kind: BaseKind, flags: u32) -> Value {
    let dict = heap::alloc_immortal(None, Payload::Dict(DictData::new()));
    if let Some(Payload::Dict(d)) = dict.as_obj().map(|o| &o.payload) {
        d.watch();
    }
    let name_v = heap::alloc_immortal(None, Payload::Str(StrData::new(name)));
    let td = TypeData {
        name: Slot::with(name_v.clone()),
        qualname: Slot::with(name_v),
        bases: Slot::empty(),
        mro: Slot::empty(),
        dict,
        kind,
        flags: AtomicU32::new(flags),
        slots: None,
        serial: super::types::typeobj::next_type_serial(),
        init_cache: Default::default(),
    };
    heap::alloc_immortal(None, Payload::Type(Box::new(td)))
}

fn bootstrap() {
    let b = tflags::BASETYPE;
    let object = raw_type("object", BaseKind::Object, b);
    let mk = |name: &str, kind: BaseKind, flags: u32| raw_type(name, kind, flags);
    let t = BuiltinTypes {
        type_: mk("type", BaseKind::Type, b),
        int: mk("int", BaseKind::Int, b),
        bool_: mk("bool", BaseKind::Bool, 0),
        float: mk("float", BaseKind::Float, b),
        complex: mk("complex", BaseKind::Complex, b),
        str_: mk("str", BaseKind::Str, b),
        bytes: mk("bytes", BaseKind::Bytes, b),
        bytearray: mk("bytearray", BaseKind::ByteArray, b),
        tuple: mk("tuple", BaseKind::Tuple, b),
        list: mk("list", BaseKind::List, b),
        dict: mk("dict", BaseKind::Dict, b),
        set: mk("set", BaseKind::Set, b),
        frozenset: mk("frozenset", BaseKind::FrozenSet, b),
        function: mk("function", BaseKind::Internal, 0),
        builtin_function: mk("builtin_function_or_method", BaseKind::Internal, 0),
        method: mk("method", BaseKind::Internal, 0),
        cell: mk("cell", BaseKind::Internal, 0),
        module: mk("module", BaseKind::Internal, b),
        code: mk("code", BaseKind::Internal, 0),
        generator: mk("generator", BaseKind::Internal, 0),
        range: mk("range", BaseKind::Internal, 0),
        slice: mk("slice", BaseKind::Internal, 0),
        property: mk("property", BaseKind::Internal, b),
        staticmethod: mk("staticmethod", BaseKind::Internal, b),
        classmethod: mk("classmethod", BaseKind::Internal, b),
        super_: mk("super", BaseKind::Internal, b),
        none_type: mk("NoneType", BaseKind::Internal, 0),
        notimplemented_type: mk("NotImplementedType", BaseKind::Internal, 0),
        ellipsis_type: mk("ellipsis", BaseKind::Internal, 0),
        traceback: mk("traceback", BaseKind::Internal, 0),
        iterator: mk("iterator", BaseKind::Internal, 0),
        dict_keys: mk("dict_keys", BaseKind::Internal, 0),
        dict_values: mk("dict_values", BaseKind::Internal, 0),
        dict_items: mk("dict_items", BaseKind::Internal, 0),
        enumerate: mk("enumerate", BaseKind::Internal, b),
        zip: mk("zip", BaseKind::Internal, b),
        map: mk("map", BaseKind::Internal, b),
        filter: mk("filter", BaseKind::Internal, b),
        reversed: mk("reversed", BaseKind::Internal, b),
        memoryview: mk("memoryview", BaseKind::Internal, 0),
        method_descriptor: mk("method_descriptor", BaseKind::Internal, 0),
        frame: mk("frame", BaseKind::Internal, 0),
        object,
    };
    // Exceptions.
    let mut exceptions: Vec<Value> = Vec::with_capacity(EXC_TABLE.len());
    for (kind, name, _) in EXC_TABLE {
        debug_assert_eq!(*kind as usize, exceptions.len());
        exceptions.push(raw_type(name, BaseKind::Exception, b));
    }
    let singletons = Singletons {
        none: heap::alloc_immortal(Some(t.none_type.clone()), Payload::Object),
        true_: heap::alloc_immortal(Some(t.bool_.clone()), Payload::Bool(true)),
        false_: heap::alloc_immortal(Some(t.bool_.clone()), Payload::Bool(false)),
        not_implemented: heap::alloc_immortal(Some(t.notimplemented_type.clone()), Payload::Object),
        ellipsis: heap::alloc_immortal(Some(t.ellipsis_type.clone()), Payload::Object),
        empty_tuple: heap::alloc_immortal(Some(t.tuple.clone()), Payload::Tuple(Box::new([]))),
        empty_str: heap::alloc_immortal(Some(t.str_.clone()), Payload::Str(StrData::new(""))),
    };
    // Fix up classes of the raw objects and the type hierarchy.
    let all_types: Vec<(Value, Option<Value>)> = {
        let mut v = vec![(t.object.clone(), None)];
        for ty in [
            &t.type_, &t.int, &t.float, &t.complex, &t.str_, &t.bytes, &t.bytearray, &t.tuple, &t.list,
            &t.dict, &t.set, &t.frozenset, &t.function, &t.builtin_function, &t.method, &t.cell,
            &t.module, &t.code, &t.generator, &t.range, &t.slice, &t.property, &t.staticmethod,
            &t.classmethod, &t.super_, &t.none_type, &t.notimplemented_type, &t.ellipsis_type,
            &t.traceback, &t.iterator, &t.dict_keys, &t.dict_values, &t.dict_items, &t.enumerate,
            &t.zip, &t.map, &t.filter, &t.reversed, &t.memoryview, &t.method_descriptor, &t.frame,
        ] {
            v.push((ty.clone(), Some(t.object.clone())));
        }
        v.push((t.bool_.clone(), Some(t.int.clone())));
        for (kind, _, base) in EXC_TABLE {
            let base = base.map(|b| exceptions[b as usize].clone()).unwrap_or_else(|| t.object.clone());
            v.push((exceptions[*kind as usize].clone(), Some(base)));
        }
        v
    };
    // MROs in dependency order: every base appears before its subclasses above.
    for (ty, base) in &all_types {
        let td = super::types::typeobj::type_data(ty).unwrap();
        let mut mro = vec![ty.clone()];
        if let Some(b) = base {
            mro.extend(super::types::typeobj::type_data(b).unwrap().mro().iter().cloned());
        }
        let bases: Vec<Value> = base.iter().cloned().collect();
        td.bases.set(Some(heap::alloc_immortal(Some(t.tuple.clone()), Payload::Tuple(bases.into_boxed_slice()))));
        td.mro.set(Some(heap::alloc_immortal(Some(t.tuple.clone()), Payload::Tuple(mro.into_boxed_slice()))));
        ty.as_obj().unwrap().class.set(Some(t.type_.clone()));
        td.dict.as_obj().unwrap().class.set(Some(t.dict.clone()));
        td.name.get_ref().unwrap().as_obj().unwrap().class.set(Some(t.str_.clone()));
    }
    // ExceptionGroup is the one built-in exception with two bases:
    // (BaseExceptionGroup, Exception).
    {
        let eg = &exceptions[ExcKind::ExceptionGroup as usize];
        let beg = exceptions[ExcKind::BaseExceptionGroup as usize].clone();
        let ex = exceptions[ExcKind::Exception as usize].clone();
        let be = exceptions[ExcKind::BaseException as usize].clone();
        let td = super::types::typeobj::type_data(eg).unwrap();
        let bases = vec![beg.clone(), ex.clone()];
        let mro = vec![eg.clone(), beg, ex, be, t.object.clone()];
        td.bases.set(Some(heap::alloc_immortal(Some(t.tuple.clone()), Payload::Tuple(bases.into_boxed_slice()))));
        td.mro.set(Some(heap::alloc_immortal(Some(t.tuple.clone()), Payload::Tuple(mro.into_boxed_slice()))));
    }
    registry::install(Registry { types: t, singletons, exceptions });
    let _ = ExcKind::BaseException;
}
