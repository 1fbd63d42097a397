//! Moving values between heaps: a value made in one heap is *detached*
//! into plain Rust data on its thread, then *attached* (rebuilt) in the
//! target heap on the target's thread.
//!
//! This is how results leave a context (`parallel.map`, errors re-raised by
//! `run()`, arguments of `call_from_main_thread`) and how the main thread's
//! answers enter one (`call_from_main_thread_and_wait`). Scalars, strings,
//! bytes, the built-in containers, plain instances and exceptions (with
//! their tracebacks) are copied. Objects that already live in the main heap
//! are passed by reference when moving towards the main thread (`Move`), and
//! copied when the built-in kinds go into a context (`Copy`, so the context
//! may mutate its copy). What cannot leave its context (generators,
//! functions made in the context, files...) raises `AssignmentError`.

use crate::vm::errors::{PyErr, PyResult};
use crate::vm::heap::pinned::Pinned;
use crate::vm::object::{flags, Payload};
use crate::vm::state::Vm;
use crate::vm::types::bytes::{new_bytearray, new_bytes};
use crate::vm::types::complex::new_complex;
use crate::vm::types::exception::{as_exception, new_exception};
use crate::vm::types::float::new_float;
use crate::vm::types::int::new_int_big;
use crate::vm::types::list::new_list;
use crate::vm::types::module::new_dict_value;
use crate::vm::types::registry::types;
use crate::vm::types::set::{new_set_of_class, SetData};
use crate::vm::types::str::new_string;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;
use num_bigint::BigInt;

/// Which way a value travels.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the main heap: main objects go by reference.
    Move,
    /// Into a context: built-in values are copied even from the main heap.
    Copy,
}

/// Nesting deeper than this is refused (it also stops reference cycles).
const MAX_DEPTH: usize = 500;

pub enum Detached {
    /// Passed by reference: a main-heap or immortal object, or a small int.
    Ref(Pinned),
    Float(f64),
    Complex(f64, f64),
    Int(BigInt),
    Str(String),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Tuple(Vec<Detached>),
    List(Vec<Detached>),
    Dict(Vec<(Detached, Detached)>),
    Set(Vec<Detached>),
    FrozenSet(Vec<Detached>),
    Instance { class: Pinned, dict: Option<Box<Detached>> },
    Exception(Box<DetachedExc>),
}

pub struct DetachedExc {
    class: Pinned,
    args: Vec<Detached>,
    dict: Option<Detached>,
    /// Traceback entries, outermost first: code, line, last instruction, globals.
    tb: Vec<(Pinned, u32, u32, Option<Pinned>)>,
    cause: Option<Detached>,
    context: Option<Detached>,
    suppress_context: bool,
}

fn cannot_move(v: &Value) -> PyErr {
    super::errors::assignment_error(format!("cannot move a '{}' object out of its parallel context", type_name(v)))
}

fn is_context_obj(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.flags() & flags::CONTEXT != 0)
}

/// Detach `v` on the current thread.
pub fn detach(v: &Value, dir: Direction) -> PyResult<Detached> {
    detach_at(v, dir, 0)
}

fn detach_at(v: &Value, dir: Direction, depth: usize) -> PyResult<Detached> {
    let Some(o) = v.as_obj() else { return Ok(Detached::Ref(Pinned::new(v))) };
    if o.flags() & flags::IMMORTAL != 0 {
        return Ok(Detached::Ref(Pinned::new(v)));
    }
    let local = o.flags() & flags::CONTEXT != 0;
    if !local && dir == Direction::Move {
        return Ok(Detached::Ref(Pinned::new(v)));
    }
    if depth > MAX_DEPTH {
        return Err(super::errors::assignment_error("value too deeply nested (or recursive) to leave its parallel context"));
    }
    let class = o.class.get().expect("every object has a class");
    let t = types();
    let exact = |c: &Value| class.is(c);
    let items = |vs: &[Value]| -> PyResult<Vec<Detached>> { vs.iter().map(|x| detach_at(x, dir, depth + 1)).collect() };
    let d = match &o.payload {
        Payload::Float(f) if exact(&t.float) => Detached::Float(*f),
        Payload::Int(i) if exact(&t.int) => Detached::Int(i.clone()),
        Payload::Complex(re, im) if exact(&t.complex) => Detached::Complex(*re, *im),
        Payload::Str(s) if exact(&t.str_) => Detached::Str(s.s.to_string()),
        Payload::Bytes(b) if exact(&t.bytes) => Detached::Bytes(b.to_vec()),
        Payload::ByteArray(b) if exact(&t.bytearray) => Detached::ByteArray(b.snapshot()),
        Payload::Tuple(xs) if exact(&t.tuple) => Detached::Tuple(items(xs)?),
        Payload::List(l) if exact(&t.list) => Detached::List(items(&l.snapshot())?),
        Payload::Dict(dd) if exact(&t.dict) => {
            let mut out = Vec::with_capacity(dd.len());
            for (k, x) in dd.items() {
                out.push((detach_at(&k, dir, depth + 1)?, detach_at(&x, dir, depth + 1)?));
            }
            Detached::Dict(out)
        }
        Payload::Set(s) if exact(&t.set) => Detached::Set(items(&s.items())?),
        Payload::Set(s) if exact(&t.frozenset) => Detached::FrozenSet(items(&s.items())?),
        Payload::Exception(ed) if !is_context_obj(&class) => {
            let mut tb = Vec::new();
            let mut cur = ed.traceback.get();
            while let Some(entry) = cur {
                let Some(Payload::Traceback(td)) = entry.as_obj().map(|o| &o.payload) else { break };
                if !is_context_obj(&td.code) {
                    tb.push((Pinned::new(&td.code), td.lineno, td.lasti, td.globals.as_ref().filter(|g| !is_context_obj(g)).map(Pinned::new)));
                }
                cur = td.next.get();
            }
            let sub = |s: Option<Value>| -> PyResult<Option<Detached>> { s.map(|x| detach_at(&x, dir, depth + 1)).transpose() };
            let args = ed.args_vec();
            Detached::Exception(Box::new(DetachedExc {
                class: Pinned::new(&class),
                args: items(&args)?,
                dict: sub(o.dict.get())?,
                tb,
                cause: sub(ed.cause.get())?,
                context: sub(ed.context.get())?,
                suppress_context: ed.suppress_context(),
            }))
        }
        Payload::Object if !is_context_obj(&class) && dir == Direction::Move => {
            let dict = match o.dict.get() {
                Some(d) => Some(Box::new(detach_at(&d, dir, depth + 1)?)),
                None => None,
            };
            Detached::Instance { class: Pinned::new(&class), dict }
        }
        _ if !local => Detached::Ref(Pinned::new(v)),
        _ => return Err(cannot_move(v)),
    };
    Ok(d)
}

/// Rebuild a detached value in the current thread's heap.
pub fn attach(vm: &mut Vm, d: Detached) -> PyResult<Value> {
    let t = types();
    let all = |vm: &mut Vm, xs: Vec<Detached>| -> PyResult<Vec<Value>> { xs.into_iter().map(|x| attach(vm, x)).collect() };
    Ok(match d {
        Detached::Ref(p) => p.value(),
        Detached::Float(f) => new_float(f),
        Detached::Complex(re, im) => new_complex(re, im),
        Detached::Int(i) => new_int_big(i),
        Detached::Str(s) => new_string(s),
        Detached::Bytes(b) => new_bytes(b),
        Detached::ByteArray(b) => new_bytearray(b),
        Detached::Tuple(xs) => new_tuple(all(vm, xs)?),
        Detached::List(xs) => new_list(all(vm, xs)?),
        Detached::Dict(kvs) => {
            let dv = new_dict_value();
            let dd = crate::vm::types::dict_methods::as_dict(&dv).expect("a dict");
            for (k, x) in kvs {
                let k = attach(vm, k)?;
                let x = attach(vm, x)?;
                dd.set(vm, k, x)?;
            }
            dv
        }
        Detached::Set(xs) => rebuild_set(vm, t.set.clone(), xs)?,
        Detached::FrozenSet(xs) => rebuild_set(vm, t.frozenset.clone(), xs)?,
        Detached::Instance { class, dict } => {
            let obj = crate::vm::heap::alloc(class.value(), Payload::Object);
            if let Some(d) = dict {
                let dv = attach(vm, *d)?;
                obj.as_obj().expect("an object").dict.set(Some(dv));
            }
            obj
        }
        Detached::Exception(e) => attach_exception(vm, *e)?,
    })
}

fn rebuild_set(vm: &mut Vm, class: Value, xs: Vec<Detached>) -> PyResult<Value> {
    let data = SetData::new();
    for x in xs {
        let x = attach(vm, x)?;
        data.add(vm, x)?;
    }
    Ok(new_set_of_class(class, data))
}

fn attach_exception(vm: &mut Vm, e: DetachedExc) -> PyResult<Value> {
    let args = e.args.into_iter().map(|x| attach(vm, x)).collect::<PyResult<Vec<_>>>()?;
    let exc = new_exception(e.class.value(), args);
    let o = exc.as_obj().expect("an exception");
    if let Some(d) = e.dict {
        o.dict.set(Some(attach(vm, d)?));
    }
    // add_traceback prepends, so add the innermost entry first.
    for (code, line, lasti, globals) in e.tb.into_iter().rev() {
        let g = globals.map(|g| g.value());
        crate::vm::interp::add_traceback(&exc, &code.value(), line, lasti, g.as_ref());
    }
    let ed = as_exception(&exc).expect("an exception");
    if let Some(c) = e.cause {
        ed.cause.set(Some(attach(vm, c)?));
    }
    if let Some(c) = e.context {
        ed.context.set(Some(attach(vm, c)?));
    }
    ed.set_suppress_context(e.suppress_context);
    Ok(exc)
}
