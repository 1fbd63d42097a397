//! The main thread's side of the runtime: what `run()` waits for and does.
//!
//! Work items, live timers and pending waits are *outstanding*; `run()`
//! returns when none is left. Contexts post to the main thread's inbox:
//! errors no errback handled (raised by `run()`, oldest first) and calls
//! queued by `call_from_main_thread`. Between rounds the main thread does
//! the heap housekeeping contexts cannot do: it applies the reference
//! counts they queued, adopts the arenas of persisting contexts, and frees
//! retired memory no context can see any more.

use super::detach::{attach, detach, Detached, Direction};
use crate::vm::call::call;
use crate::vm::errors::{runtime_error, PyErr, PyResult};
use crate::vm::heap::pinned::Pinned;
use crate::vm::heap::{epoch, in_parallel_context};
use crate::vm::state::Vm;
use crate::vm::value::Value;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
use crate::vm::valgrind;

/// The answer to a call the main thread runs for a waiting context.
pub struct Reply {
    slot: Mutex<Option<Result<Detached, Detached>>>,
    ready: Condvar,
}

impl Reply {
    pub fn new() -> Arc<Reply> {
        Arc::new(Reply { slot: Mutex::new(None), ready: Condvar::new() })
    }
    /// Block until the main thread answered.
    pub fn wait(&self) -> Result<Detached, Detached> {
        let mut g = valgrind::lock(&self.slot);
        loop {
            if let Some(r) = g.take() {
                return r;
            }
            g = valgrind::wait(&self.ready, g);
        }
    }
    fn answer(&self, r: Result<Detached, Detached>) {
        *valgrind::lock(&self.slot) = Some(r);
        self.ready.notify_all();
    }
}

impl Drop for Reply {
    fn drop(&mut self) {
        // The last holder of the Arc drops the slot without locking it:
        // every access to it (under the lock) happens before.
        valgrind::happens_after(&self.slot);
    }
}

/// A call queued for the main thread.
pub struct MainCall {
    pub func: Pinned,
    pub args: Detached,
    pub kwds: Option<Detached>,
    pub reply: Option<Arc<Reply>>,
}

#[derive(Default)]
struct Inbox {
    errors: VecDeque<Detached>,
    calls: VecDeque<MainCall>,
}

static INBOX: Mutex<Option<Inbox>> = Mutex::new(None);
static WAKE: Condvar = Condvar::new();
static OUTSTANDING: AtomicUsize = AtomicUsize::new(0);

fn inbox() -> valgrind::Guard<'static, Option<Inbox>> {
    valgrind::lock(&INBOX)
}

/// Wake the main thread if it waits in `run()` or `map()`.
pub fn wake_main() {
    let _g = inbox();
    WAKE.notify_all();
}

pub fn post_error(e: Detached) {
    inbox().get_or_insert_with(Inbox::default).errors.push_back(e);
    WAKE.notify_all();
}

pub fn post_call(c: MainCall) {
    inbox().get_or_insert_with(Inbox::default).calls.push_back(c);
    WAKE.notify_all();
}

/// Something `run()` must wait for began / ended.
pub fn outstanding_add() {
    OUTSTANDING.fetch_add(1, SeqCst);
}
pub fn outstanding_done() {
    OUTSTANDING.fetch_sub(1, SeqCst);
    wake_main();
}
pub fn outstanding() -> usize {
    OUTSTANDING.load(SeqCst)
}

/// Heap chores only the main thread may do (see `epoch::reclaim`).
pub fn housekeeping() {
    epoch::reclaim();
}

/// Rebuild the call's arguments in the main heap and make the call.
fn make_call(vm: &mut Vm, func: &Pinned, args: Detached, kwds: Option<Detached>) -> PyResult<Value> {
    let args_v = attach(vm, args)?;
    let mut args: Vec<Value> = match crate::vm::types::tuple::as_tuple(&args_v) {
        Some(t) => t.to_vec(),
        None => vec![args_v.clone()],
    };
    let mut kwnames = Vec::new();
    if let Some(k) = kwds {
        let kd = attach(vm, k)?;
        if let Some(d) = crate::vm::types::dict_methods::as_dict(&kd) {
            for (k, v) in d.items() {
                kwnames.push(k);
                args.push(v);
            }
        }
    }
    call(vm, &func.value(), &args, &kwnames)
}

fn run_call(vm: &mut Vm, c: MainCall) -> PyResult<()> {
    let r = make_call(vm, &c.func, c.args, c.kwds);
    match c.reply {
        Some(reply) => {
            // Main-heap values copy into the context (or, failing that,
            // go by reference: the context can read them). The waiting
            // context always gets an answer.
            let copy = |v: &Value| detach(v, Direction::Copy).unwrap_or_else(|_| Detached::Ref(Pinned::new(v)));
            let answer = match r {
                Ok(v) => Ok(copy(&v)),
                Err(e) => Err(copy(&e.exc)),
            };
            reply.answer(answer);
            Ok(())
        }
        None => r.map(drop),
    }
}

/// Run queued main-thread calls (from `run()`, and while `map()` waits).
/// The error of a call nobody waits for is queued for `run()` to raise.
pub fn service_calls(vm: &mut Vm) {
    loop {
        let c = inbox().as_mut().and_then(|i| i.calls.pop_front());
        match c {
            Some(c) => {
                if let Err(e) = run_call(vm, c) {
                    post_error(Detached::Ref(Pinned::new(&e.exc)));
                }
            }
            None => return,
        }
    }
}

/// Raise the oldest error posted for `run()`, if any.
fn raise_posted_error(vm: &mut Vm) -> PyResult<()> {
    let Some(e) = inbox().as_mut().and_then(|i| i.errors.pop_front()) else { return Ok(()) };
    Err(PyErr::new(attach(vm, e)?))
}

fn has_messages() -> bool {
    inbox().as_ref().is_some_and(|i| !i.errors.is_empty() || !i.calls.is_empty())
}

/// Sleep until something is posted, or `limit` passes.
pub fn wait_a_while(limit: Duration) {
    let g = inbox();
    if g.as_ref().is_some_and(|i| !i.errors.is_empty() || !i.calls.is_empty()) {
        return;
    }
    let _ = valgrind::wait_timeout(&WAKE, g, limit);
}

/// `parallel.run()` (once = false) and `parallel.run_once()` (once = true).
pub fn run(vm: &mut Vm, once: bool) -> PyResult<()> {
    if in_parallel_context() {
        let name = if once { "run_once" } else { "run" };
        return Err(runtime_error(format!("parallel.{name}() cannot be called from a parallel context")));
    }
    // The work may write what this thread is reading.
    let _waiting = crate::vm::protection::waiting();
    loop {
        housekeeping();
        raise_posted_error(vm)?;
        service_calls(vm);
        raise_posted_error(vm)?;
        if once {
            return Ok(());
        }
        if outstanding() == 0 && !has_messages() {
            housekeeping();
            return Ok(());
        }
        // Ctrl-C interrupts the wait (the work goes on in the background).
        crate::vm::signals::check_interrupt()?;
        wait_a_while(Duration::from_millis(20));
    }
}
