//! `parallel.map(func, iterable, chunksize=None)`: the items are cut into
//! chunks, each chunk runs in one context on a worker, and the results come
//! back (detached, then rebuilt in the main heap) in order. The first
//! exception, by item position, is re-raised in the caller.

use super::context::run_in_context;
use super::detach::{attach, detach, Detached, Direction};
use super::{pool, scheduler};
use crate::vm::call::call;
use crate::vm::errors::{PyErr, PyResult};
use crate::vm::heap::in_parallel_context;
use crate::vm::heap::pinned::Pinned;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::list::{as_list, new_list};
use crate::vm::value::Value;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use crate::vm::valgrind;

/// What one chunk produced: its results, or the position and exception of
/// its first failure.
type ChunkResult = Result<Vec<Detached>, (usize, Detached)>;

struct MapState {
    func: Pinned,
    items: Pinned,
    results: Mutex<Vec<Option<ChunkResult>>>,
    remaining: AtomicUsize,
    /// Position of the earliest failure so far (usize::MAX: none): items
    /// after it need not run.
    first_failure: AtomicUsize,
}

impl Drop for MapState {
    fn drop(&mut self) {
        // Whoever drops the last Arc (a worker or the caller) drops the
        // results without locking them: every access (under the lock)
        // happens before.
        valgrind::happens_after(&self.results);
    }
}

/// Chunks per worker when the caller gives no chunk size: enough to balance
/// uneven items, few enough that per-chunk costs vanish.
const CHUNKS_PER_WORKER: usize = 4;

pub fn map(vm: &mut Vm, func: &Value, iterable: &Value, chunksize: Option<usize>) -> PyResult<Value> {
    let items = ops::collect(vm, iterable)?;
    if in_parallel_context() {
        // Already on a worker: map in this context.
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(call(vm, func, &[x], &[])?);
        }
        return Ok(new_list(out));
    }
    let n = items.len();
    if n == 0 {
        return Ok(new_list(Vec::new()));
    }
    let chunk = chunksize.unwrap_or_else(|| n.div_ceil(pool::worker_count() * CHUNKS_PER_WORKER)).max(1);
    let chunks = n.div_ceil(chunk);
    let items_v = new_list(items);
    let st = Arc::new(MapState {
        func: Pinned::new(func),
        items: Pinned::new(&items_v),
        results: Mutex::new((0..chunks).map(|_| None).collect()),
        remaining: AtomicUsize::new(chunks),
        first_failure: AtomicUsize::new(usize::MAX),
    });
    for c in 0..chunks {
        let st = st.clone();
        let (lo, hi) = (c * chunk, ((c + 1) * chunk).min(n));
        pool::submit(Box::new(move |vm: &mut Vm| {
            let r = run_in_context(vm, |vm| run_chunk(vm, &st, lo, hi));
            valgrind::lock(&st.results)[c] = Some(r);
            st.remaining.fetch_sub(1, SeqCst);
            drop(st);
            scheduler::wake_main();
        }));
    }
    // Wait, doing the main thread's chores (a chunk may be waiting for a
    // call_from_main_thread_and_wait answer). The chunks may write what
    // this thread is reading.
    let waiting = crate::vm::protection::waiting();
    while st.remaining.load(SeqCst) != 0 {
        scheduler::housekeeping();
        scheduler::service_calls(vm);
        if let Err(e) = crate::vm::signals::check_interrupt() {
            // Stop the remaining chunks early; they still finish before
            // anything they read may go away (their pins keep it alive).
            st.first_failure.store(0, SeqCst);
            return Err(e);
        }
        scheduler::wait_a_while(Duration::from_millis(5));
    }
    drop(waiting);
    let results = std::mem::take(&mut *valgrind::lock(&st.results));
    drop(st);
    let mut first_err: Option<(usize, Detached)> = None;
    let mut out = Vec::with_capacity(n);
    for r in results.into_iter().flatten() {
        match r {
            Ok(vals) if first_err.is_none() => {
                for d in vals {
                    out.push(attach(vm, d)?);
                }
            }
            Ok(_) => {}
            Err((i, e)) => {
                if first_err.as_ref().is_none_or(|(j, _)| i < *j) {
                    first_err = Some((i, e));
                }
            }
        }
    }
    scheduler::housekeeping();
    if let Some((_, e)) = first_err {
        return Err(PyErr::new(attach(vm, e)?));
    }
    Ok(new_list(out))
}

fn run_chunk(vm: &mut Vm, st: &MapState, lo: usize, hi: usize) -> ChunkResult {
    let f = st.func.value();
    let items = st.items.value();
    let list = as_list(&items).expect("map items are a list");
    let mut out = Vec::with_capacity(hi - lo);
    for i in lo..hi {
        if i > st.first_failure.load(SeqCst) {
            break;
        }
        let Some(x) = list.get(i) else { break };
        let r = call(vm, &f, &[x], &[]).and_then(|v| detach(&v, Direction::Move));
        match r {
            Ok(d) => out.push(d),
            Err(e) => {
                st.first_failure.fetch_min(i, SeqCst);
                return Err((i, super::work::detach_error(&e)));
            }
        }
    }
    Ok(out)
}
