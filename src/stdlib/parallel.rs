//! `_parallel`: the Rust half of the `parallel` module (the Python half,
//! `py/parallel.py`, defines the exception classes, decorators and the
//! timer/event/lock wrappers on top of these functions).

use crate::runtime::{self, main_calls, scheduler, work};
use crate::vm::args::Args;
use crate::vm::call::is_callable;
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap::{arena, epoch, in_parallel_context, main_ops, persist};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::{new_int, to_i64};
use crate::vm::types::module::{as_module, new_dict_value, new_module};
use crate::vm::types::registry::{none, py_bool};
use crate::vm::types::str::intern;
use crate::vm::value::Value;

fn opt(v: &Option<Value>) -> Option<&Value> {
    v.as_ref().filter(|x| !x.is(&none()))
}

fn check_callable(v: Option<&Value>, what: &str) -> PyResult<()> {
    match v {
        Some(f) if !is_callable(f) => Err(type_error(format!("{what} must be callable, not '{}'", crate::vm::types::typeobj::type_name(f)))),
        _ => Ok(()),
    }
}

fn check_kwds(v: Option<&Value>) -> PyResult<()> {
    match v {
        Some(k) if as_dict(k).is_none() => Err(type_error(format!("kwds must be a dict, not '{}'", crate::vm::types::typeobj::type_name(k)))),
        _ => Ok(()),
    }
}

fn submit_work(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [func, args, kwds, callback, errback] = a.bind("submit_work", ["func", "args", "kwds", "callback", "errback"], 1)?;
    work::submit(work_from(func, args, kwds, callback, errback)?);
    Ok(none())
}

fn run(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("run", 0)?;
    scheduler::run(vm, false)?;
    Ok(none())
}

fn run_once(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("run_once", 0)?;
    scheduler::run(vm, true)?;
    Ok(none())
}

fn map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [func, iterable, chunksize] = a.bind("map", ["func", "iterable", "chunksize"], 2)?;
    let func = func.expect("required");
    check_callable(Some(&func), "func")?;
    let chunk = match opt(&chunksize) {
        None => None,
        Some(c) => {
            let n = to_i64(&ops::index(vm, c)?).unwrap_or(0);
            if n < 1 {
                return Err(value_error("chunksize must be a positive integer"));
            }
            Some(n as usize)
        }
    };
    runtime::map::map(vm, &func, &iterable.expect("required"), chunk)
}

fn call_from_main_thread(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("call_from_main_thread", 4)?;
    let kwds = Some(p[2].clone());
    check_kwds(opt(&kwds))?;
    let args = main_calls::args_tuple(Some(&p[1]));
    let wait = ops::truthy(vm, &p[3])?;
    main_calls::call_from_main_thread(vm, &p[0], &args, opt(&kwds), wait)
}

fn seconds(vm: &mut Vm, v: &Value, what: &str) -> PyResult<std::time::Duration> {
    let f = crate::vm::types::float::coerce_f64(v)
        .ok_or_else(|| type_error(format!("{what} must be a number of seconds, not '{}'", crate::vm::types::typeobj::type_name(v))))??;
    let _ = vm;
    if !f.is_finite() || f < 0.0 {
        return Err(value_error(format!("{what} must be a non-negative number of seconds")));
    }
    Ok(std::time::Duration::from_secs_f64(f))
}

fn id_arg(v: &Value) -> PyResult<u64> {
    to_i64(v).map(|i| i as u64).ok_or_else(|| type_error("expected an id"))
}

fn work_from(func: Option<Value>, args: Option<Value>, kwds: Option<Value>, callback: Option<Value>, errback: Option<Value>) -> PyResult<work::Work> {
    let func = func.expect("required");
    check_callable(Some(&func), "func")?;
    check_callable(opt(&callback), "callback")?;
    check_callable(opt(&errback), "errback")?;
    check_kwds(opt(&kwds))?;
    let args = main_calls::args_tuple(opt(&args));
    Ok(work::Work::new(&func, Some(&args), opt(&kwds), opt(&callback), opt(&errback)))
}

fn submit_timer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [delay, func, args, kwds, callback, errback, repeat] =
        a.bind("submit_timer", ["delay", "func", "args", "kwds", "callback", "errback", "repeat"], 2)?;
    let delay = seconds(vm, &delay.expect("required"), "delay")?;
    let repeat = match &repeat {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    let w = work_from(func, args, kwds, callback, errback)?;
    Ok(new_int(runtime::timers::submit(w, delay, repeat) as i64))
}

fn timer_cancel(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    runtime::timers::cancel(id_arg(&a.exact("timer_cancel", 1)?[0])?);
    Ok(none())
}
fn timer_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_int(runtime::timers::count(id_arg(&a.exact("timer_count", 1)?[0])?) as i64))
}
fn timer_data(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(runtime::timers::data(id_arg(&a.exact("timer_data", 1)?[0])?))
}
fn timer_forget(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    runtime::timers::forget(id_arg(&a.exact("timer_forget", 1)?[0])?);
    Ok(none())
}
fn event_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("event_new", 0)?;
    Ok(new_int(runtime::events::new_event() as i64))
}
fn event_set(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    runtime::events::set(id_arg(&a.exact("event_set", 1)?[0])?);
    Ok(none())
}
fn event_clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    runtime::events::clear(id_arg(&a.exact("event_clear", 1)?[0])?);
    Ok(none())
}
fn event_is_set(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(py_bool(runtime::events::is_set(id_arg(&a.exact("event_is_set", 1)?[0])?)))
}
fn event_forget(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    runtime::events::forget(id_arg(&a.exact("event_forget", 1)?[0])?);
    Ok(none())
}

fn submit_wait(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [event, func, args, kwds, callback, errback, timeout] =
        a.bind("submit_wait", ["event", "func", "args", "kwds", "callback", "errback", "timeout"], 2)?;
    let id = id_arg(&event.expect("required"))?;
    let timeout = match opt(&timeout) {
        Some(t) => Some(seconds(vm, t, "timeout")?),
        None => None,
    };
    let w = work_from(func, args, kwds, callback, errback)?;
    runtime::events::submit_wait(id, w, timeout);
    Ok(none())
}

/// May the running thread change whether `v` is protected?
fn check_protectable(v: &Value, op: &str) -> PyResult<()> {
    let Some(o) = v.as_obj().filter(|o| !o.is_immortal()) else {
        return Err(type_error(format!("cannot {op} an immortal '{}' object", crate::vm::types::typeobj::type_name(v))));
    };
    if in_parallel_context() && !crate::vm::heap::in_own_context(o) {
        return Err(crate::vm::parallel_hooks::unprotected_error(&format!("parallel.{op}"), &crate::vm::types::typeobj::type_name(v), o.flags() & crate::vm::object::flags::CONTEXT == 0));
    }
    Ok(())
}

fn protect(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("protect", 1)?;
    check_protectable(&p[0], "protect")?;
    p[0].as_obj().expect("checked").set_flag(crate::vm::object::flags::PROTECTED);
    Ok(p[0].clone())
}

fn unprotect(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("unprotect", 1)?;
    check_protectable(&p[0], "unprotect")?;
    let o = p[0].as_obj().expect("checked");
    // Wait for writers in progress (and keep others out while clearing).
    let held = crate::vm::protection::acquire(o, crate::vm::protection::LockKind::Write);
    o.clear_flag(crate::vm::object::flags::PROTECTED);
    drop(held);
    Ok(p[0].clone())
}

fn protected(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("protected", 1)?;
    Ok(py_bool(p[0].as_obj().is_some_and(|o| o.flags() & crate::vm::object::flags::PROTECTED != 0)))
}

thread_local! {
    /// Locks taken by `read_lock`/`write_lock` blocks, innermost last.
    static HELD: std::cell::RefCell<Vec<(usize, bool, crate::vm::protection::Held)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn lock(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("lock", 2)?;
    let write = ops::truthy(vm, &p[1])?;
    let o = p[0].as_obj().filter(|o| o.flags() & crate::vm::object::flags::PROTECTED != 0).ok_or_else(|| {
        type_error(format!("'{}' object is not protected (use parallel.protect() first)", crate::vm::types::typeobj::type_name(&p[0])))
    })?;
    let kind = if write { crate::vm::protection::LockKind::Write } else { crate::vm::protection::LockKind::Read };
    let h = crate::vm::protection::acquire(o, kind);
    HELD.with(|l| l.borrow_mut().push((p[0].bits(), write, h)));
    Ok(none())
}

fn unlock(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("unlock", 2)?;
    let write = ops::truthy(vm, &p[1])?;
    let h = HELD.with(|l| {
        let mut l = l.borrow_mut();
        let at = l.iter().rposition(|(b, w, _)| *b == p[0].bits() && *w == write);
        at.map(|i| l.remove(i))
    });
    match h {
        Some(h) => {
            drop(h);
            Ok(none())
        }
        None => Err(crate::vm::errors::runtime_error("releasing a lock that is not held")),
    }
}

fn cpu_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("cpu_count", 0)?;
    Ok(new_int(runtime::pool::worker_count() as i64))
}

fn is_parallel_thread(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("is_parallel_thread", 0)?;
    Ok(py_bool(in_parallel_context()))
}

fn active_contexts(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("active_contexts", 0)?;
    Ok(new_int(epoch::live_contexts() as i64))
}

fn stats(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("stats", 0)?;
    use runtime::stats::*;
    let created = get(&CONTEXTS_CREATED);
    let destroyed = get(&CONTEXTS_DESTROYED) + persist::freed_persisted_count();
    let (bytes, peak) = arena::totals();
    let d = new_dict_value();
    let dd = as_dict(&d).expect("a dict");
    let put = |k: &str, v: usize| dd.set_str(intern(k), new_int(v as i64));
    put("workers", runtime::pool::worker_count());
    put("contexts_created", created);
    put("contexts_active", epoch::live_contexts());
    put("contexts_destroyed", destroyed);
    put("persisted_contexts", persist::persisted_count());
    put("callbacks_run", get(&CALLBACKS_RUN));
    put("heap_bytes", bytes);
    put("heap_bytes_peak", peak);
    put("deferred_frees_pending", epoch::pending() + main_ops::pending());
    put("outstanding", scheduler::outstanding());
    Ok(d)
}

fn register_exceptions(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("_register_exceptions", 2)?;
    runtime::errors::register(p[0].clone(), p[1].clone());
    Ok(none())
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    if cfg!(feature = "bench-no-context-check") {
        return Err(crate::vm::errors::runtime_error("this build has no parallel contexts (feature bench-no-context-check)"));
    }
    let m = new_module("_parallel");
    let d = as_module(&m).expect("a module").dict_data();
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("submit_work", submit_work),
        ("run", run),
        ("run_once", run_once),
        ("map", map),
        ("call_from_main_thread", call_from_main_thread),
        ("cpu_count", cpu_count),
        ("is_parallel_thread", is_parallel_thread),
        ("active_contexts", active_contexts),
        ("stats", stats),
        ("_register_exceptions", register_exceptions),
        ("submit_timer", submit_timer),
        ("timer_cancel", timer_cancel),
        ("timer_count", timer_count),
        ("timer_data", timer_data),
        ("timer_forget", timer_forget),
        ("event_new", event_new),
        ("event_set", event_set),
        ("event_clear", event_clear),
        ("event_is_set", event_is_set),
        ("event_forget", event_forget),
        ("submit_wait", submit_wait),
        ("protect", protect),
        ("unprotect", unprotect),
        ("protected", protected),
        ("lock", lock),
        ("unlock", unlock),
    ];
    for (n, f) in fns {
        d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    Ok(m)
}
