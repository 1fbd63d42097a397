//! Values crossing into a protected object written by a parallel context.
//!
//! While a context writes a protected object it does not own (the context
//! word carries `SHARED_WRITE`), the containers' store and removal
//! primitives pass values through here:
//! * `export` — a value being stored gains the container's reference:
//!   a main object is counted (queued for the main thread); a small
//!   immutable context value (int, float, complex, str, bytes, or a tuple of
//!   such) is *promoted*, copied into the main heap; any other context
//!   object makes its context *persist* (the main side now refers into it).
//! * `released` — a value leaving the container gives that reference back.
//!
//! Outside such a write both are the identity, at the cost of one test of
//! the thread-local context word.

use super::context::{context_word, SHARED_WRITE};
use super::main_ops::{self, MainOp};
use super::{alloc_main_from_context, persist};
use super::super::object::{flags, Obj, Payload};
use super::super::types::registry::types;
use super::super::types::str::StrData;
use super::super::value::Value;

/// Is the current thread writing a protected object it does not own?
#[inline(always)]
pub fn sharing() -> bool {
    context_word() & SHARED_WRITE != 0
}

/// A value about to be stored into the container being written.
#[inline(always)]
pub fn export(v: Value) -> Value {
    if !sharing() { v } else { export_slow(v) }
}

/// A value just removed from the container being written.
#[inline(always)]
pub fn released(v: Value) -> Value {
    if sharing() {
        release_slow(&v);
    }
    v
}

/// A store that displaces a value: `swap` stores what it is given and
/// returns what was there. `export` and `released` with one test.
#[inline(always)]
pub fn exchange(v: Value, swap: impl FnOnce(Value) -> Option<Value>) -> Option<Value> {
    if !sharing() {
        return swap(v);
    }
    exchange_slow(v, swap)
}

#[cold]
fn exchange_slow(v: Value, swap: impl FnOnce(Value) -> Option<Value>) -> Option<Value> {
    let old = swap(export_slow(v));
    if let Some(o) = &old {
        release_slow(o);
    }
    old
}

/// Every value of `vs` (see `export`).
pub fn export_all(vs: Vec<Value>) -> Vec<Value> {
    if !sharing() { vs } else { vs.into_iter().map(export_slow).collect() }
}

/// Every value of `vs` (see `released`).
pub fn released_all(vs: Vec<Value>) -> Vec<Value> {
    if sharing() {
        vs.iter().for_each(release_slow);
    }
    vs
}

enum Kind {
    Uncounted,
    Main,
    Context,
}

fn kind(o: &Obj) -> Kind {
    let f = o.flags();
    if f & flags::IMMORTAL != 0 {
        Kind::Uncounted
    } else if f & flags::CONTEXT != 0 {
        Kind::Context
    } else {
        Kind::Main
    }
}

/// Can this context value be copied into the main heap?
fn promotable(v: &Value) -> bool {
    let Some(o) = v.as_obj() else { return true };
    if !matches!(kind(o), Kind::Context) {
        return true;
    }
    let t = types();
    let cls = o.class_ptr();
    let exact = |c: &Value| cls == c.obj_ptr();
    match &o.payload {
        Payload::Float(_) => exact(&t.float),
        Payload::Int(_) => exact(&t.int),
        Payload::Complex(..) => exact(&t.complex),
        Payload::Str(_) => exact(&t.str_),
        Payload::Bytes(_) => exact(&t.bytes),
        Payload::Tuple(items) => exact(&t.tuple) && items.iter().all(promotable),
        _ => false,
    }
}

#[cold]
fn export_slow(v: Value) -> Value {
    let Some(o) = v.as_obj() else { return v };
    match kind(o) {
        Kind::Uncounted => v,
        Kind::Main => {
            main_ops::push(MainOp::Incref(v.bits()));
            v
        }
        Kind::Context if promotable(&v) => promote(&v),
        Kind::Context => {
            persist::context_refop(o, 1);
            v
        }
    }
}

/// Copy a promotable context value into the main heap (one reference).
fn promote(v: &Value) -> Value {
    let Some(o) = v.as_obj() else { return v.clone() };
    if !matches!(kind(o), Kind::Context) {
        return export_slow(v.clone());
    }
    let t = types();
    let (class, payload) = match &o.payload {
        Payload::Float(f) => (t.float.clone(), Payload::Float(*f)),
        Payload::Int(i) => (t.int.clone(), Payload::Int(i.clone())),
        Payload::Complex(re, im) => (t.complex.clone(), Payload::Complex(*re, *im)),
        Payload::Str(s) => (t.str_.clone(), Payload::Str(StrData::new(&s.s))),
        Payload::Bytes(b) => (t.bytes.clone(), Payload::Bytes(b.clone())),
        Payload::Tuple(items) => (t.tuple.clone(), Payload::Tuple(items.iter().map(promote).collect())),
        _ => unreachable!("promote() of a value promotable() refused"),
    };
    alloc_main_from_context(class, payload)
}

#[cold]
fn release_slow(v: &Value) {
    let Some(o) = v.as_obj() else { return };
    match kind(o) {
        Kind::Uncounted => {}
        Kind::Main => main_ops::push(MainOp::Decref(v.bits())),
        Kind::Context => persist::context_refop(o, -1),
    }
}
