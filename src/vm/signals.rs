//! SIGINT becomes KeyboardInterrupt in the main interpreter thread.
//!
//! The handler (installed by the CLI) only stores two atomics, which is
//! async-signal-safe: `INTERRUPTED`, and the finalizer flag that the
//! interpreter already polls before every instruction, so catching Ctrl-C
//! costs the loop nothing. The poll then calls `check_interrupt`, which
//! raises in the main thread only (CPython delivers signals there too).

use crate::vm::errors::{PyErr, PyResult};
use crate::vm::types::registry::ExcKind;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

thread_local! {
    static IS_MAIN: Cell<bool> = const { Cell::new(false) };
}

/// Mark the current thread as the one that receives KeyboardInterrupt.
pub fn set_main_thread() {
    IS_MAIN.with(|m| m.set(true));
}

/// Called from the SIGINT handler: only atomic stores.
pub fn note_sigint() {
    INTERRUPTED.store(true, Ordering::Relaxed);
    super::finalize::mark_pending();
}

/// Raise KeyboardInterrupt if SIGINT arrived (main thread only; others leave
/// the request for it).
pub fn check_interrupt() -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && IS_MAIN.with(|m| m.get()) && INTERRUPTED.swap(false, Ordering::Relaxed) {
        return Err(PyErr::empty(ExcKind::KeyboardInterrupt));
    }
    Ok(())
}

/// Sleep for `d`, waking early to raise KeyboardInterrupt if SIGINT arrives
/// (`time.sleep`). The handler may run on any thread, so instead of relying
/// on EINTR the sleep is cut into short slices that poll the flag.
pub fn interruptible_sleep(d: std::time::Duration) -> PyResult<()> {
    const SLICE: std::time::Duration = std::time::Duration::from_millis(10);
    let deadline = std::time::Instant::now().checked_add(d);
    loop {
        check_interrupt()?;
        let left = match deadline {
            Some(t) => t.saturating_duration_since(std::time::Instant::now()),
            None => SLICE,
        };
        if left.is_zero() {
            return Ok(());
        }
        std::thread::sleep(left.min(SLICE));
    }
}
