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
use crate::vm::object::{Payload, flags};
use crate::vm::state::Vm;
use crate::vm::types::bytes::{new_bytearray, new_bytes};
use crate::vm::types::complex::new_complex;
use crate::vm::types::exception::{as_exception, new_exception};
use crate::vm::types::float::new_float;
use crate::vm::types::int::new_int_big;
use crate::vm::types::list::new_list;
use crate::vm::types::module::new_dict_value;
use crate::vm::types::registry::types;
use crate::vm::types::set::{SetData, new_set_of_class};
use crate::vm::types::str::new_string;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;
use num_bigint::BigInt;
use std::collections::HashMap;

/// Which way a value travels.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the main heap: main objects go by reference.
    Move,
    /// Into a context: built-in values are copied even from the main heap.
    Copy,
}

/// Enough stack for one level of `detach_at`/`attach`, and the size of a
/// new segment when less is left: deep values (a linked list of a million
/// nodes) are copied on a growing stack instead of overflowing it.
const RED_ZONE: usize = 128 * 1024;
const NEW_SEGMENT: usize = 4 * 1024 * 1024;

/// A detached value. Containers, instances and exceptions carry a number
/// (`id`, in the order they were met) so that later references to the
/// same object (`Seen`) rebuild as the same object: shared and cyclic
/// structures keep their shape.
pub enum Detached {
    /// Passed by reference: a main-heap or immortal object, or a small int.
    Ref(Pinned),
    /// The object detached earlier under this id.
    Seen(usize),
    Float(f64),
    Complex(f64, f64),
    Int(BigInt),
    Str(String),
    Bytes(Vec<u8>),
    ByteArray(usize, Vec<u8>),
    Tuple(usize, Vec<Detached>),
    List(usize, Vec<Detached>),
    Dict(usize, Vec<(Detached, Detached)>),
    Set(usize, Vec<Detached>),
    FrozenSet(usize, Vec<Detached>),
    Instance {
        id: usize,
        class: Pinned,
        dict: Option<Box<Detached>>,
    },
    Exception(usize, Box<DetachedExc>),
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
    super::errors::assignment_error(format!(
        "cannot move a '{}' object out of its parallel context",
        type_name(v)
    ))
}

fn is_context_obj(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.flags() & flags::CONTEXT != 0)
}

/// Detach `v` on the current thread.
pub fn detach(v: &Value, dir: Direction) -> PyResult<Detached> {
    Detacher {
        dir,
        ids: HashMap::new(),
    }
    .detach_at(v)
}

/// One detach: the direction, and the ids given to the objects met so far
/// (by address; they stay alive, and so keep their address, throughout).
struct Detacher {
    dir: Direction,
    ids: HashMap<usize, usize>,
}

impl Detacher {
    fn items(&mut self, vs: &[Value]) -> PyResult<Vec<Detached>> {
        vs.iter().map(|x| self.detach_at(x)).collect()
    }

    fn sub(&mut self, v: Option<Value>) -> PyResult<Option<Detached>> {
        v.map(|x| self.detach_at(&x)).transpose()
    }

    fn detach_at(&mut self, v: &Value) -> PyResult<Detached> {
        stacker::maybe_grow(RED_ZONE, NEW_SEGMENT, || self.detach_obj(v))
    }

    fn detach_obj(&mut self, v: &Value) -> PyResult<Detached> {
        let Some(o) = v.as_obj() else {
            return Ok(Detached::Ref(Pinned::new(v)));
        };
        if o.flags() & flags::IMMORTAL != 0 {
            return Ok(Detached::Ref(Pinned::new(v)));
        }
        let local = o.flags() & flags::CONTEXT != 0;
        if !local && self.dir == Direction::Move {
            return Ok(Detached::Ref(Pinned::new(v)));
        }
        let addr = v.bits();
        if let Some(&id) = self.ids.get(&addr) {
            return Ok(Detached::Seen(id));
        }
        let class = o.class.get().expect("every object has a class");
        let t = types();
        let exact = |c: &Value| class.is(c);
        // Scalars are copied each time they are met; everything else gets
        // an id before its contents are visited (cycles end at `Seen`).
        let scalar = match &o.payload {
            Payload::Float(f) if exact(&t.float) => Some(Detached::Float(*f)),
            Payload::Int(i) if exact(&t.int) => Some(Detached::Int(i.clone())),
            Payload::Complex(re, im) if exact(&t.complex) => Some(Detached::Complex(*re, *im)),
            Payload::Str(s) if exact(&t.str_) => Some(Detached::Str(s.s.to_string())),
            Payload::Bytes(b) if exact(&t.bytes) => Some(Detached::Bytes(b.to_vec())),
            _ => None,
        };
        if let Some(d) = scalar {
            return Ok(d);
        }
        let id = self.ids.len();
        self.ids.insert(addr, id);
        let d = match &o.payload {
            Payload::ByteArray(b) if exact(&t.bytearray) => Detached::ByteArray(id, b.snapshot()),
            Payload::Tuple(xs) if exact(&t.tuple) => Detached::Tuple(id, self.items(xs)?),
            Payload::List(l) if exact(&t.list) => Detached::List(id, self.items(&l.snapshot())?),
            Payload::Dict(dd) if exact(&t.dict) => {
                let mut out = Vec::with_capacity(dd.len());
                for (k, x) in dd.items() {
                    out.push((self.detach_at(&k)?, self.detach_at(&x)?));
                }
                Detached::Dict(id, out)
            }
            Payload::Set(s) if exact(&t.set) => Detached::Set(id, self.items(&s.items())?),
            Payload::Set(s) if exact(&t.frozenset) => {
                Detached::FrozenSet(id, self.items(&s.items())?)
            }
            Payload::Exception(ed) if !is_context_obj(&class) => {
                let mut tb = Vec::new();
                let mut cur = ed.traceback.get();
                while let Some(entry) = cur {
                    let Some(Payload::Traceback(td)) = entry.as_obj().map(|o| &o.payload) else {
                        break;
                    };
                    if !is_context_obj(&td.code) {
                        tb.push((
                            Pinned::new(&td.code),
                            td.lineno,
                            td.lasti,
                            td.globals
                                .as_ref()
                                .filter(|g| !is_context_obj(g))
                                .map(Pinned::new),
                        ));
                    }
                    cur = td.next.get();
                }
                let args = ed.args_vec();
                Detached::Exception(
                    id,
                    Box::new(DetachedExc {
                        class: Pinned::new(&class),
                        args: self.items(&args)?,
                        dict: self.sub(o.dict.get())?,
                        tb,
                        cause: self.sub(ed.cause.get())?,
                        context: self.sub(ed.context.get())?,
                        suppress_context: ed.suppress_context(),
                    }),
                )
            }
            Payload::Object if !is_context_obj(&class) && self.dir == Direction::Move => {
                let dict = match o.dict.get() {
                    Some(d) => Some(Box::new(self.detach_at(&d)?)),
                    None => None,
                };
                Detached::Instance {
                    id,
                    class: Pinned::new(&class),
                    dict,
                }
            }
            _ if !local => Detached::Ref(Pinned::new(v)),
            _ => return Err(cannot_move(v)),
        };
        Ok(d)
    }
}

/// Rebuild a detached value in the current thread's heap.
pub fn attach(vm: &mut Vm, d: Detached) -> PyResult<Value> {
    Attacher { built: Vec::new() }.attach(vm, d)
}

/// One attach: the objects rebuilt so far, by id. Mutable containers are
/// registered empty and filled afterwards, so a reference back to one from
/// inside it finds it; immutable ones are registered once built (a cycle
/// always passes through a mutable object), exceptions once made from
/// their arguments.
struct Attacher {
    built: Vec<Option<Value>>,
}

impl Attacher {
    fn register(&mut self, id: usize, v: &Value) {
        if self.built.len() <= id {
            self.built.resize(id + 1, None);
        }
        self.built[id] = Some(v.clone());
    }

    fn all(&mut self, vm: &mut Vm, xs: Vec<Detached>) -> PyResult<Vec<Value>> {
        xs.into_iter().map(|x| self.attach(vm, x)).collect()
    }

    fn attach(&mut self, vm: &mut Vm, d: Detached) -> PyResult<Value> {
        stacker::maybe_grow(RED_ZONE, NEW_SEGMENT, || self.attach_one(vm, d))
    }

    fn attach_one(&mut self, vm: &mut Vm, d: Detached) -> PyResult<Value> {
        let t = types();
        Ok(match d {
            Detached::Ref(p) => p.value(),
            Detached::Seen(id) => match self.built.get(id).and_then(|b| b.clone()) {
                Some(v) => v,
                // Only a cycle made of immutable objects alone could get
                // here, and Python code cannot build one.
                None => {
                    return Err(super::errors::assignment_error(
                        "a value refers to itself through immutable objects only",
                    ));
                }
            },
            Detached::Float(f) => new_float(f),
            Detached::Complex(re, im) => new_complex(re, im),
            Detached::Int(i) => new_int_big(i),
            Detached::Str(s) => new_string(s),
            Detached::Bytes(b) => new_bytes(b),
            Detached::ByteArray(id, b) => {
                let v = new_bytearray(b);
                self.register(id, &v);
                v
            }
            Detached::Tuple(id, xs) => {
                let v = new_tuple(self.all(vm, xs)?);
                self.register(id, &v);
                v
            }
            Detached::List(id, xs) => {
                let v = new_list(Vec::new());
                self.register(id, &v);
                let items = self.all(vm, xs)?;
                if let Some(Payload::List(l)) = v.as_obj().map(|o| &o.payload) {
                    l.extend(items);
                }
                v
            }
            Detached::Dict(id, kvs) => {
                let dv = new_dict_value();
                self.register(id, &dv);
                let dd = crate::vm::types::dict_methods::as_dict(&dv).expect("a dict");
                for (k, x) in kvs {
                    let k = self.attach(vm, k)?;
                    let x = self.attach(vm, x)?;
                    dd.set(vm, k, x)?;
                }
                dv
            }
            Detached::Set(id, xs) => {
                let data = SetData::new();
                let v = new_set_of_class(t.set.clone(), data);
                self.register(id, &v);
                if let Some(Payload::Set(s)) = v.as_obj().map(|o| &o.payload) {
                    for x in xs {
                        let x = self.attach(vm, x)?;
                        s.add(vm, x)?;
                    }
                }
                v
            }
            Detached::FrozenSet(id, xs) => {
                let data = SetData::new();
                for x in xs {
                    let x = self.attach(vm, x)?;
                    data.add(vm, x)?;
                }
                let v = new_set_of_class(t.frozenset.clone(), data);
                self.register(id, &v);
                v
            }
            Detached::Instance { id, class, dict } => {
                let obj = crate::vm::heap::alloc(class.value(), Payload::Object);
                self.register(id, &obj);
                if let Some(d) = dict {
                    let dv = self.attach(vm, *d)?;
                    obj.as_obj().expect("an object").dict.set(Some(dv));
                }
                obj
            }
            Detached::Exception(id, e) => self.attach_exception(vm, id, *e)?,
        })
    }

    /// Registered once made from its arguments, before its attributes,
    /// cause and context (which may refer back to it).
    fn attach_exception(&mut self, vm: &mut Vm, id: usize, e: DetachedExc) -> PyResult<Value> {
        let args = self.all(vm, e.args)?;
        let exc = new_exception(e.class.value(), args);
        self.register(id, &exc);
        let o = exc.as_obj().expect("an exception");
        if let Some(d) = e.dict {
            o.dict.set(Some(self.attach(vm, d)?));
        }
        // add_traceback prepends, so add the innermost entry first.
        for (code, line, lasti, globals) in e.tb.into_iter().rev() {
            let g = globals.map(|g| g.value());
            crate::vm::interp::add_traceback(&exc, &code.value(), line, lasti, g.as_ref());
        }
        let ed = as_exception(&exc).expect("an exception");
        if let Some(c) = e.cause {
            ed.cause.set(Some(self.attach(vm, c)?));
        }
        if let Some(c) = e.context {
            ed.context.set(Some(self.attach(vm, c)?));
        }
        ed.set_suppress_context(e.suppress_context);
        Ok(exc)
    }
}
