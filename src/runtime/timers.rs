//! `submit_timer(delay, func, ..., repeat=False)`: run a work item in a
//! context after `delay` seconds, or every `delay` seconds until cancelled.
//! A timer is outstanding (keeps `run()` going) until it fired once (or,
//! repeating, until cancelled). `data` keeps a copy of the last result when
//! it is an int, float, str, bytes or bytearray, rebuilt in the reader's heap.

use super::context::run_in_context;
use super::work::{report_error, Work};
use super::{clock, pool, scheduler};
use crate::vm::object::Payload;
use crate::vm::state::Vm;
use crate::vm::types::bytes::{new_bytearray, new_bytes};
use crate::vm::types::float::new_float;
use crate::vm::types::int::new_int_big;
use crate::vm::types::registry::{none, types};
use crate::vm::types::str::new_string;
use crate::vm::value::Value;
use num_bigint::BigInt;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use crate::vm::valgrind;

/// A copy of a timer's last result.
#[derive(Clone)]
enum Scalar {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
}

pub struct Timer {
    work: Work,
    interval: Duration,
    repeat: bool,
    cancelled: AtomicBool,
    /// Still outstanding (cleared exactly once: fired, or cancelled).
    live: AtomicBool,
    count: AtomicUsize,
    data: Mutex<Option<Scalar>>,
}

static TIMERS: Mutex<Option<HashMap<u64, Arc<Timer>>>> = Mutex::new(None);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn get(id: u64) -> Option<Arc<Timer>> {
    valgrind::lock(&TIMERS).as_ref().and_then(|m| m.get(&id).cloned())
}

fn scalar_of(v: &Value) -> Option<Scalar> {
    if let Some(i) = v.as_small_int() {
        return Some(Scalar::Int(BigInt::from(i)));
    }
    let o = v.as_obj()?;
    let cls = o.class.get()?;
    let t = types();
    Some(match &o.payload {
        Payload::Int(i) if cls.is(&t.int) => Scalar::Int(i.clone()),
        Payload::Float(f) if cls.is(&t.float) => Scalar::Float(*f),
        Payload::Str(s) if cls.is(&t.str_) => Scalar::Str(s.s.to_string()),
        Payload::Bytes(b) if cls.is(&t.bytes) => Scalar::Bytes(b.to_vec()),
        Payload::ByteArray(b) if cls.is(&t.bytearray) => Scalar::ByteArray(b.snapshot()),
        _ => return None,
    })
}

impl Drop for Timer {
    fn drop(&mut self) {
        // The last holder of the Arc (the timer table, the clock or a
        // worker) drops `data` without locking it: every access (under the
        // lock) happens before.
        valgrind::happens_after(&self.data);
    }
}

impl Timer {
    fn finish(&self) {
        if self.live.swap(false, SeqCst) {
            scheduler::outstanding_done();
        }
    }

    /// One firing, in a context on a worker.
    fn fire(&self, vm: &mut Vm) {
        let outcome = self.work.run_observing(vm, |v| *valgrind::lock(&self.data) = scalar_of(v));
        if let Err(e) = outcome {
            report_error(&e);
        }
    }
}

fn arm(t: Arc<Timer>, at: Instant) {
    clock::schedule(
        at,
        Box::new(move || {
            if t.cancelled.load(SeqCst) {
                return;
            }
            let t2 = t.clone();
            pool::submit(Box::new(move |vm: &mut Vm| {
                run_in_context(vm, |vm| t2.fire(vm));
                t2.count.fetch_add(1, SeqCst);
                if t2.repeat && !t2.cancelled.load(SeqCst) {
                    let next = at + t2.interval.max(Duration::from_micros(1));
                    arm(t2.clone(), next.max(Instant::now()));
                } else {
                    t2.finish();
                }
            }));
        }),
    );
}

/// Start a timer; returns its id.
pub fn submit(work: Work, delay: Duration, repeat: bool) -> u64 {
    let id = NEXT_ID.fetch_add(1, SeqCst);
    let t = Arc::new(Timer {
        work,
        interval: delay,
        repeat,
        cancelled: AtomicBool::new(false),
        live: AtomicBool::new(true),
        count: AtomicUsize::new(0),
        data: Mutex::new(None),
    });
    valgrind::lock(&TIMERS).get_or_insert_with(HashMap::new).insert(id, t.clone());
    scheduler::outstanding_add();
    arm(t, Instant::now() + delay);
    id
}

pub fn cancel(id: u64) {
    if let Some(t) = get(id) {
        t.cancelled.store(true, SeqCst);
        t.finish();
    }
}

pub fn count(id: u64) -> usize {
    get(id).map_or(0, |t| t.count.load(SeqCst))
}

/// The last result, rebuilt in the caller's heap (None before the first).
pub fn data(id: u64) -> Value {
    let d = get(id).and_then(|t| valgrind::lock(&t.data).clone());
    match d {
        None => none(),
        Some(Scalar::Int(i)) => new_int_big(i),
        Some(Scalar::Float(f)) => new_float(f),
        Some(Scalar::Str(s)) => new_string(s),
        Some(Scalar::Bytes(b)) => new_bytes(b),
        Some(Scalar::ByteArray(b)) => new_bytearray(b),
    }
}

/// Forget a timer (its Python object went away). A repeating timer that
/// nobody can cancel any more keeps running, as PyParallel's did.
pub fn forget(id: u64) {
    let t = valgrind::lock(&TIMERS).as_mut().and_then(|m| m.remove(&id));
    drop(t);
}
