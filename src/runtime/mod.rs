//! The runtime: parallel contexts and the machinery behind the `parallel`
//! module (see DESIGN.md, "The parallel module").
//!
//! * `pool` — worker threads, one per core, each with its own interpreter state.
//! * `context` — running one callback in a context (arena heap, epoch slot).
//! * `scheduler` — the main thread's side: `run()`, its inbox, heap chores.
//! * `work` — `submit_work`; `map` — `parallel.map`.
//! * `main_calls` — `call_from_main_thread[_and_wait]`.
//! * `timers`, `events` — `submit_timer`, `event()` and `submit_wait`.
//! * `protect` — protected objects and their locks.
//! * `detach` — moving values between heaps.
//! * `errors` — the module's exception classes; `stats` — counters.
//!
//! The module's Python surface is `stdlib/parallel.rs` (`_parallel`) and
//! `stdlib/py/parallel.py`.

pub mod clock;
pub mod context;
pub mod detach;
pub mod errors;
pub mod events;
pub mod main_calls;
pub mod map;
pub mod pool;
pub mod scheduler;
pub mod stats;
pub mod timers;
pub mod work;
