//! The worker pool: one thread per core (`PYRALLEL_WORKERS` overrides),
//! each with its own interpreter state, taking jobs from one queue. Jobs
//! run Python in parallel contexts; workers share no lock while they do.

use crate::vm::heap::{context, epoch};
use crate::vm::state::Vm;
use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, Once, OnceLock};
use crate::vm::valgrind;

pub type Job = Box<dyn FnOnce(&mut Vm) + Send>;

struct Pool {
    queue: Mutex<VecDeque<Job>>,
    ready: Condvar,
}

/// A constant static, not a lazily built one: the workers, started on
/// first use, then find it complete without synchronising with its
/// initialisation.
static POOL: Pool = Pool { queue: Mutex::new(VecDeque::new()), ready: Condvar::new() };

/// Stack of a worker thread: deep Python recursion in a context must hit
/// RecursionError, not the end of the stack (reserved, not committed).
const WORKER_STACK: usize = 256 << 20;

/// Number of workers: `PYRALLEL_WORKERS` if set to a positive integer,
/// else the number of cores.
pub fn worker_count() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| {
        std::env::var("PYRALLEL_WORKERS")
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .min(epoch::MAX_SLOTS / 2)
    })
}

fn pool() -> &'static Pool {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        epoch::mark_parallel_started();
        for i in 0..worker_count() {
            std::thread::Builder::new()
                .name(format!("pyrallel-worker-{i}"))
                .stack_size(WORKER_STACK)
                .spawn(worker_main)
                .expect("cannot start a worker thread");
        }
    });
    &POOL
}

/// Queue a job for the workers (starting them on first use).
pub fn submit(job: Job) {
    let p = pool();
    valgrind::lock(&p.queue).push_back(job);
    p.ready.notify_one();
}

fn worker_main() {
    context::mark_worker_thread();
    let mut vm = Vm::new();
    let p = &POOL;
    loop {
        let job = {
            let mut q = valgrind::lock(&p.queue);
            loop {
                if let Some(j) = q.pop_front() {
                    break j;
                }
                q = valgrind::wait(&p.ready, q);
            }
        };
        // A Rust panic here is a bug in pyrallel. Unwinding would leave
        // the job's bookkeeping undone and `run()` waiting forever: stop
        // the process with a clear message instead.
        if let Err(e) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut vm))) {
            let msg = e.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| e.downcast_ref::<String>().cloned()).unwrap_or_default();
            eprintln!("pyrallel: internal error in a parallel context: {msg}");
            std::process::abort();
        }
    }
}
