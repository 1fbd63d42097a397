//! One thread that runs actions at given times (timers firing, waits
//! timing out). Actions only queue work; they never run Python themselves.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::{Condvar, Mutex, Once};
use std::time::Instant;
use crate::vm::valgrind;

type Action = Box<dyn FnOnce() + Send>;

struct Entry {
    at: Instant,
    seq: u64,
    action: Action,
}

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        (self.at, self.seq) == (o.at, o.seq)
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(o.at, o.seq))
    }
}

struct Clock {
    queue: Mutex<(BinaryHeap<Reverse<Entry>>, u64)>,
    changed: Condvar,
}

/// A constant static, not a lazily built one: the clock thread, started
/// on first use, then finds it complete without synchronising with its
/// initialisation.
static CLOCK: Clock = Clock { queue: Mutex::new((BinaryHeap::new(), 0)), changed: Condvar::new() };

fn clock() -> &'static Clock {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        std::thread::Builder::new()
            .name("pyrallel-clock".into())
            .spawn(clock_main)
            .expect("cannot start the clock thread");
    });
    &CLOCK
}

/// Run `action` at `at` (actions due at the same instant run in the order
/// they were scheduled).
pub fn schedule(at: Instant, action: Action) {
    let c = clock();
    let mut q = valgrind::lock(&c.queue);
    q.1 += 1;
    let seq = q.1;
    q.0.push(Reverse(Entry { at, seq, action }));
    c.changed.notify_all();
}

fn clock_main() {
    crate::vm::heap::context::mark_worker_thread();
    let c = clock();
    let mut q = valgrind::lock(&c.queue);
    loop {
        let now = Instant::now();
        match q.0.peek() {
            Some(Reverse(e)) if e.at <= now => {
                let Reverse(e) = q.0.pop().expect("peeked");
                drop(q);
                (e.action)();
                q = valgrind::lock(&c.queue);
            }
            Some(Reverse(e)) => {
                let d = e.at - now;
                q = valgrind::wait_timeout(&c.changed, q, d).0;
            }
            None => q = valgrind::wait(&c.changed, q),
        }
    }
}
