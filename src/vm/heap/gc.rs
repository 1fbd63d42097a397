//! The main heap's cycle collector (CPython's algorithm, one generation).
//!
//! Container objects are registered here. A collection computes, for each
//! tracked object, its reference count minus the references coming from
//! other tracked objects; objects left with a positive count are referenced
//! from outside (Rust stacks, frames, immortal roots) and everything they
//! reach is alive. The rest is cyclic garbage: we hold it, clear its
//! references, and let reference counting free it.

use super::super::object::{flags, Obj, Payload};
use super::super::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static TRACKED: RefCell<Vec<*const Obj>> = const { RefCell::new(Vec::new()) };
    static ALLOCS_SINCE_COLLECT: Cell<usize> = const { Cell::new(0) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

const MIN_THRESHOLD: usize = 20_000;

/// Must an object with this payload be registered with the collector?
/// Not when it cannot be part of a reference cycle: atomic payloads, and
/// tuples (immutable) whose items are all untracked themselves (small
/// ints, strs, floats, immortal objects, such tuples): CPython untracks
/// those tuples at its next collection; we never track them.
#[inline]
pub fn needs_tracking(p: &Payload) -> bool {
    if let Payload::Tuple(items) = p {
        return items.iter().any(|v| v.as_obj().is_some_and(|o| o.flags() & flags::GC_TRACKED != 0));
    }
    !matches!(
        p,
        Payload::Bool(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Code(_)
    )
}

pub fn track(o: &Obj) {
    o.set_flag(flags::GC_TRACKED);
    register(o);
}

/// `track` for an object just allocated with GC_TRACKED already in its
/// flags (nobody else can see it yet: no atomic read-modify-write needed).
#[inline]
pub fn track_new(o: &Obj) {
    debug_assert!(o.flags() & flags::GC_TRACKED != 0);
    register(o);
}

#[inline(always)]
fn register(o: &Obj) {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        // SAFETY: main thread only (contexts never allocate on the main heap).
        unsafe { *o.gc_index.get() = t.len() as u32 };
        t.push(o as *const Obj);
    });
    let n = ALLOCS_SINCE_COLLECT.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    if n >= MIN_THRESHOLD && ENABLED.with(|e| e.get()) {
        let live = TRACKED.with(|t| t.borrow().len());
        if n >= live / 2 {
            collect();
        }
    }
}

pub fn untrack(o: &Obj) {
    unregister(o);
    o.clear_flag(flags::GC_TRACKED);
}

/// `untrack` for an object being freed: its flags die with it, so only
/// the registry is updated (no atomic read-modify-write).
#[inline]
pub fn untrack_dead(o: &Obj) {
    unregister(o);
}

#[inline]
fn unregister(o: &Obj) {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        // SAFETY: main thread only.
        let idx = unsafe { *o.gc_index.get() } as usize;
        if idx < t.len() && t[idx] == o as *const Obj {
            let last = t.pop().unwrap();
            if idx < t.len() {
                t[idx] = last;
                // SAFETY: `last` is a live tracked object.
                unsafe { *(*last).gc_index.get() = idx as u32 };
            }
        }
        // SAFETY: main thread only.
        unsafe { *o.gc_index.get() = u32::MAX };
    });
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}
pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}
pub fn tracked_count() -> usize {
    TRACKED.with(|t| t.borrow().len())
}

/// New references to the tracked objects whose payload satisfies `pred`
/// (used by `type.__subclasses__`, which scans the heap's classes).
pub fn tracked_matching(pred: impl Fn(&Obj) -> bool) -> Vec<Value> {
    let objs: Vec<*const Obj> = TRACKED.with(|t| t.borrow().clone());
    objs.into_iter()
        // SAFETY: tracked objects are alive while registered (main thread).
        .map(|p| unsafe { &*p })
        .filter(|o| pred(o))
        .map(Value::from_obj_ref)
        .collect()
}

/// Run a full collection; returns the number of unreachable objects found.
pub fn collect() -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    ALLOCS_SINCE_COLLECT.with(|c| c.set(0));
    let objs: Vec<*const Obj> = TRACKED.with(|t| t.borrow().clone());
    let n = objs.len();
    let index_of = |v: &Value| -> Option<usize> {
        let o = v.as_obj()?;
        if o.flags() & flags::GC_TRACKED == 0 {
            return None;
        }
        // SAFETY: main thread only.
        let i = unsafe { *o.gc_index.get() } as usize;
        (i < n && objs[i] == o as *const Obj).then_some(i)
    };
    // 1. external references = count - internal references.
    let mut gc_refs: Vec<i64> = objs
        .iter()
        // SAFETY: tracked objects are alive while registered.
        .map(|&p| unsafe { *(*p).refcnt.get() } as i64)
        .collect();
    for &p in &objs {
        // SAFETY: as above.
        unsafe { &*p }.trace(&mut |child| {
            if let Some(i) = index_of(child) {
                gc_refs[i] -= 1;
            }
        });
    }
    // 2. everything reachable from an externally referenced object lives.
    let mut alive = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| gc_refs[i] > 0).collect();
    for &i in &stack {
        alive[i] = true;
    }
    while let Some(i) = stack.pop() {
        // SAFETY: as above.
        unsafe { &*objs[i] }.trace(&mut |child| {
            if let Some(j) = index_of(child) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    // 3. hold the garbage, break its references, release it.
    let garbage: Vec<Value> = (0..n)
        .filter(|&i| !alive[i])
        // SAFETY: the object is alive (registered); we take a new reference.
        .map(|i| Value::from_obj_ref(unsafe { &*objs[i] }))
        .collect();
    let found = garbage.len();
    if super::super::finalize::queue_cyclic_finalizers(&garbage) > 0 {
        // __del__ methods run first (and may resurrect); clear on a later pass.
        drop(garbage);
        COLLECTING.with(|c| c.set(false));
        return found;
    }
    for g in &garbage {
        g.as_obj().unwrap().clear_refs();
    }
    drop(garbage);
    COLLECTING.with(|c| c.set(false));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::types::list::{as_list, new_list};

    /// A ring of 1,000,000 lists (each holding the next) is unreachable
    /// once the last outside reference goes; one collection reclaims it all.
    #[test]
    fn million_object_cycle_is_reclaimed() {
        crate::vm::state::init();
        set_enabled(false);
        collect();
        let before = tracked_count();
        const N: usize = 1_000_000;
        let first = new_list(vec![]);
        let mut cur = first.clone();
        for _ in 1..N {
            let next = new_list(vec![]);
            as_list(&cur).unwrap().push(next.clone());
            cur = next;
        }
        as_list(&cur).unwrap().push(first.clone());
        drop(cur);
        assert!(tracked_count() >= before + N);
        // Still referenced from this frame: nothing is garbage yet.
        assert_eq!(collect(), 0);
        drop(first);
        assert!(collect() >= N);
        assert!(tracked_count() <= before + 16);
        set_enabled(true);
    }
}
