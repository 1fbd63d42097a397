//! `event()` objects and `submit_wait(event, func, ..., timeout=None)`.
//!
//! An event is a flag with waiters. Setting it (from the main thread or any
//! context) starts the work of every waiter, each in its own context; a
//! wait on an event that is already set starts at once. A wait with a
//! timeout that expires first gets `TimeoutError` through its errback (or,
//! without one, `run()` raises it). Each wait is outstanding until its work
//! has run.

use super::context::run_in_context;
use super::work::{report_error, Work};
use super::{clock, pool, scheduler};
use crate::vm::errors::PyErr;
use crate::vm::state::Vm;
use crate::vm::types::registry::ExcKind;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use crate::vm::valgrind;

struct Waiter {
    work: Work,
    /// Set by whichever comes first: the event, or the timeout.
    started: AtomicBool,
}

#[derive(Default)]
struct Event {
    set: bool,
    waiters: Vec<Arc<Waiter>>,
}

static EVENTS: Mutex<Option<HashMap<u64, Event>>> = Mutex::new(None);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn with_events<R>(f: impl FnOnce(&mut HashMap<u64, Event>) -> R) -> R {
    let mut g = valgrind::lock(&EVENTS);
    f(g.get_or_insert_with(HashMap::new))
}

pub fn new_event() -> u64 {
    let id = NEXT_ID.fetch_add(1, SeqCst);
    with_events(|m| m.insert(id, Event::default()));
    id
}

pub fn is_set(id: u64) -> bool {
    with_events(|m| m.get(&id).is_some_and(|e| e.set))
}

pub fn clear(id: u64) {
    with_events(|m| {
        if let Some(e) = m.get_mut(&id) {
            e.set = false;
        }
    });
}

/// Set the event: every waiter's work starts.
pub fn set(id: u64) {
    let waiters = with_events(|m| match m.get_mut(&id) {
        Some(e) => {
            e.set = true;
            std::mem::take(&mut e.waiters)
        }
        None => Vec::new(),
    });
    for w in waiters {
        start(w, None);
    }
}

/// Forget an event (its Python object went away), unless waits still
/// depend on it (a timeout may still end them).
pub fn forget(id: u64) {
    with_events(|m| {
        if m.get(&id).is_some_and(|e| e.waiters.iter().all(|w| w.started.load(SeqCst))) {
            m.remove(&id);
        }
    });
}

/// Run the waiter's work (or, with `timeout`, its errback with TimeoutError),
/// unless the other outcome already started it.
fn start(w: Arc<Waiter>, timeout: Option<Duration>) {
    if w.started.swap(true, SeqCst) {
        return;
    }
    pool::submit(Box::new(move |vm: &mut Vm| {
        run_in_context(vm, |vm| {
            let r = match timeout {
                None => w.work.run(vm),
                Some(t) => {
                    let e = PyErr::msg(ExcKind::TimeoutError, format!("wait timed out after {} seconds", t.as_secs_f64()));
                    w.work.handle_error(vm, e)
                }
            };
            if let Err(e) = r {
                report_error(&e);
            }
        });
        drop(w);
        scheduler::outstanding_done();
    }));
}

/// Run `work` once event `id` is set (or, after `timeout`, its errback).
pub fn submit_wait(id: u64, work: Work, timeout: Option<Duration>) {
    scheduler::outstanding_add();
    let w = Arc::new(Waiter { work, started: AtomicBool::new(false) });
    let already = with_events(|m| {
        let e = m.entry(id).or_default();
        if !e.set {
            e.waiters.push(w.clone());
        }
        e.set
    });
    if already {
        start(w, None);
        return;
    }
    if let Some(t) = timeout {
        let w2 = w.clone();
        clock::schedule(Instant::now() + t, Box::new(move || start(w2, Some(t))));
    }
}
