//! The built-in type objects and singletons, created once at start-up and
//! immortal. `types()` and `exc(kind)` give access from anywhere, on any
//! thread, without locking.

use crate::vm::value::Value;
use std::sync::OnceLock;

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// Every built-in class the core needs to name from Rust.
        pub struct BuiltinTypes { $(pub $field: Value,)* }
    };
}

builtin_types!(
    object, type_, int, bool_, float, complex, str_, bytes, bytearray, tuple, list, dict, set,
    frozenset, function, builtin_function, method, cell, module, code, generator, range, slice,
    property, staticmethod, classmethod, super_, none_type, notimplemented_type, ellipsis_type,
    traceback, iterator, dict_keys, dict_values, dict_items, enumerate, zip, map, filter,
    reversed, memoryview, method_descriptor, frame,
);

pub struct Singletons {
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
}

macro_rules! exc_kinds {
    ($(($kind:ident, $base:ident)),* $(,)?) => {
        /// Every built-in exception class, with its base.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(clippy::enum_variant_names)]
        pub enum ExcKind { $($kind,)* }
        pub const EXC_TABLE: &[(ExcKind, &str, Option<ExcKind>)] = &[
            $((ExcKind::$kind, stringify!($kind), exc_kinds!(@base $kind $base)),)*
        ];
    };
    (@base BaseException $b:ident) => { None };
    (@base $k:ident $b:ident) => { Some(ExcKind::$b) };
}

exc_kinds!(
    (BaseException, BaseException),
    (BaseExceptionGroup, BaseException),
    (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (Exception, BaseException),
    (ArithmeticError, Exception),
    (FloatingPointError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ZeroDivisionError, ArithmeticError),
    (AssertionError, Exception),
    (AttributeError, Exception),
    (BufferError, Exception),
    (EOFError, Exception),
    (ExceptionGroup, BaseExceptionGroup),
    (ImportError, Exception),
    (ModuleNotFoundError, ImportError),
    (LookupError, Exception),
    (IndexError, LookupError),
    (KeyError, LookupError),
    (MemoryError, Exception),
    (NameError, Exception),
    (UnboundLocalError, NameError),
    (OSError, Exception),
    (BlockingIOError, OSError),
    (ChildProcessError, OSError),
    (ConnectionError, OSError),
    (BrokenPipeError, ConnectionError),
    (ConnectionAbortedError, ConnectionError),
    (ConnectionRefusedError, ConnectionError),
    (ConnectionResetError, ConnectionError),
    (FileExistsError, OSError),
    (FileNotFoundError, OSError),
    (InterruptedError, OSError),
    (IsADirectoryError, OSError),
    (NotADirectoryError, OSError),
    (PermissionError, OSError),
    (ProcessLookupError, OSError),
    (TimeoutError, OSError),
    (ReferenceError, Exception),
    (RuntimeError, Exception),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (StopAsyncIteration, Exception),
    (StopIteration, Exception),
    (SyntaxError, Exception),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (SystemError, Exception),
    (TypeError, Exception),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (UnicodeDecodeError, UnicodeError),
    (UnicodeEncodeError, UnicodeError),
    (UnicodeTranslateError, UnicodeError),
    (Warning, Exception),
    (BytesWarning, Warning),
    (DeprecationWarning, Warning),
    (EncodingWarning, Warning),
    (FutureWarning, Warning),
    (ImportWarning, Warning),
    (PendingDeprecationWarning, Warning),
    (ResourceWarning, Warning),
    (RuntimeWarning, Warning),
    (SyntaxWarning, Warning),
    (UnicodeWarning, Warning),
    (UserWarning, Warning),
);

pub struct Registry {
    pub types: BuiltinTypes,
    pub singletons: Singletons,
    pub exceptions: Vec<Value>,
}

static REGISTRY: OnceLock<Registry> = OnceLock::new();

pub fn install(r: Registry) {
    if REGISTRY.set(r).is_err() {
        panic!("registry installed twice");
    }
    crate::vm::heap::enable_float_reuse(types().float.bits());
}

#[inline(always)]
pub fn registry() -> &'static Registry {
    // SAFETY-free fast path: the registry is installed before any Python
    // code runs (vm::state::init), so get() always succeeds afterwards.
    REGISTRY.get().expect("pyrallel runtime not initialised")
}

#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    &registry().types
}

#[inline(always)]
pub fn singletons() -> &'static Singletons {
    &registry().singletons
}

pub fn exc(kind: ExcKind) -> Value {
    registry().exceptions[kind as usize].clone()
}

#[inline(always)]
pub fn none() -> Value {
    singletons().none.clone()
}
#[inline(always)]
pub fn py_bool(b: bool) -> Value {
    if b { singletons().true_.clone() } else { singletons().false_.clone() }
}
pub fn not_implemented() -> Value {
    singletons().not_implemented.clone()
}

/// The registry, if start-up has finished (used during bootstrap).
pub fn try_registry() -> Option<&'static Registry> {
    REGISTRY.get()
}
