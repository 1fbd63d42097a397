//! Calling any callable: Python functions (argument binding into a new
//! frame), builtins, bound methods, classes, and objects with `__call__`.

use super::args::Args;
use super::errors::{type_error, PyErr, PyResult};
use super::frame::Frame;
use super::object::Payload;
use super::state::{recursion_limit, Vm};
use super::types::function::{bind_builtin, BuiltinKind, FunctionData};
use super::types::registry::{none, types, ExcKind};
use super::types::typeobj::{class_of, lookup, type_data, type_name};
use super::value::Value;

pub fn call(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(o) = f.as_obj() else {
        return Err(type_error("'int' object is not callable"));
    };
    match &o.payload {
        Payload::Function(fd) => call_function(vm, f, fd, None, args, kwnames),
        Payload::Builtin(b) => match &b.bound {
            None => call_native(vm, b.func, Args::with_kw(args, kwnames)),
            Some(recv) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(recv.clone());
                full.extend_from_slice(args);
                call_native(vm, b.func, Args::with_kw(&full, kwnames))
            }
        },
        Payload::Method(func, recv) => call_unbound_kw(vm, func, recv, args, kwnames),
        Payload::Type(_) => super::types::typeobj_ops::type_call(vm, f, args, kwnames),
        // staticmethod objects are callable since 3.10.
        Payload::StaticMethod(s) => match s.get() {
            Some(inner) => call(vm, &inner, args, kwnames),
            None => Err(type_error("uninitialized staticmethod object")),
        },
        _ => {
            let cls = class_of(f);
            match lookup(&cls, "__call__") {
                Some(c) => call_unbound_kw(vm, &c, f, args, kwnames),
                None => Err(type_error(format!("'{}' object is not callable", type_name(f)))),
            }
        }
    }
}

/// Call a built-in. Once contexts may run, a built-in called on a
/// protected object reads it under its read lock (`len(d)`, `sorted(d)`,
/// `dict.get(d, k)`), and its first argument too (`list.extend(l, d)`):
/// see `protection::call_reading`.
#[inline(always)]
pub fn call_native(vm: &mut Vm, func: super::args::NativeFn, a: Args) -> PyResult<Value> {
    if super::heap::epoch::parallel_started() {
        super::protection::call_reading(vm, func, a)
    } else {
        func(vm, a)
    }
}

/// Call `func(this, *args)` where func was found on a class (an unbound
/// method, a builtin method descriptor, or any descriptor).
pub fn call_unbound(vm: &mut Vm, func: &Value, this: &Value, args: &[Value]) -> PyResult<Value> {
    call_unbound_kw(vm, func, this, args, &[])
}

pub fn call_unbound_kw(vm: &mut Vm, func: &Value, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match func.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(fd)) => call_function(vm, func, fd, Some(this), args, kwnames),
        Some(Payload::Builtin(b)) if b.bound.is_none() && b.kind == BuiltinKind::Method => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(this.clone());
            full.extend_from_slice(args);
            call_native(vm, b.func, Args::with_kw(&full, kwnames))
        }
        _ => {
            // A descriptor (staticmethod, classmethod, ...) or a plain callable:
            // bind it the way attribute access would, then call.
            let bound = super::protocols::bind_descriptor(vm, func, Some(this), &class_of(this))?;
            call(vm, &bound, args, kwnames)
        }
    }
}

/// If `cls` defines `name`, call it on `this` and return Some(result).
pub fn call_special(vm: &mut Vm, cls: &Value, this: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match lookup(cls, name) {
        Some(f) => call_unbound(vm, &f, this, args).map(Some),
        None => Ok(None),
    }
}

/// `obj.name(*args)` with full attribute lookup.
pub fn call_method_by_name(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = super::protocols::getattr_str(vm, obj, name)?;
    call(vm, &m, args, &[])
}

/// Bind a builtin method descriptor to a receiver (attribute access).
pub fn bind_builtin_method(f: &Value, receiver: Value) -> Value {
    match f.as_obj().map(|o| &o.payload) {
        Some(Payload::Builtin(b)) => bind_builtin(b, receiver),
        _ => f.clone(),
    }
}

/// Call a Python function: check depth, bind arguments into a new frame,
/// then run it (or wrap it in a generator).
pub fn call_function(
    vm: &mut Vm,
    fval: &Value,
    fd: &FunctionData,
    this: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if vm.depth >= recursion_limit() || vm.stack_low() {
        return Err(PyErr::msg(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    // Exact positional call of a function needing no binding work: reuse
    // a pooled frame (see Frame::for_simple_call).
    if kwnames.is_empty() {
        if let Some(cd) = super::types::code::as_code(&fd.code) {
            if cd.simple_argc as usize == args.len() + this.is_some() as usize {
                let mut nf = Frame::for_simple_call(vm, fd);
                nf.clone_args(this, args, cd.nlocals as usize);
                return super::interp::run_simple(vm, nf);
            }
        }
    }
    let frame = Frame::for_call(vm, fval, fd, this, args, kwnames)?;
    if frame.code_data().code.is_generator() {
        return Ok(super::types::generator_ops::new_generator(frame, fd));
    }
    let mut frame = frame;
    vm.depth += 1;
    let r = super::interp::run_frame(vm, &mut frame);
    vm.depth -= 1;
    // Releasing the frame's locals may free suspended generators that still
    // have finally blocks to run.
    frame.recycle(vm);
    if super::finalize::has_pending() {
        super::finalize::run_pending(vm);
    }
    r
}

/// A value that is None-or-callable check helper used by builtins.
pub fn is_callable(v: &Value) -> bool {
    match v.as_obj().map(|o| &o.payload) {
        None => false,
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Method(..) | Payload::Type(_) | Payload::StaticMethod(_)) => true,
        _ => lookup(&class_of(v), "__call__").is_some(),
    }
}

pub fn none_value() -> Value {
    none()
}

/// `type_data` re-export for callers that only need to know a value is a class.
pub fn is_type(v: &Value) -> bool {
    type_data(v).is_some()
}

pub fn builtin_types_function() -> Value {
    types().function.clone()
}
