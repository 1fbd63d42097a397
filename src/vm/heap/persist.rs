//! Context heaps as seen by the rest of the process: their registry, and
//! persistence (a context whose objects the main side still refers to).
//!
//! A context's arena is normally dropped when its callback ends. But a
//! context may store one of its containers into a protected main object,
//! or the main thread may take a reference to such an object; the arena
//! must then outlive the callback. Each context heap counts the references
//! the main side holds into it (`ext_refs`, atomic: the main thread and
//! contexts writing protected objects both change it). A context ending
//! with `ext_refs > 0` *persists*: the main thread takes over its arena,
//! counts the main objects the arena refers to (so they outlive it), and
//! frees everything once `ext_refs` falls to zero.

use super::arena::Arena;
use super::super::object::{flags, Obj};
use super::super::value::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use crate::vm::valgrind;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HeapState {
    /// The context's callback is running.
    Running,
    /// Callback over; waiting for the main thread to adopt the arena.
    Persisting,
    /// Adopted by the main thread; freed when `ext_refs` reaches zero.
    Persisted,
    Freed,
}

pub struct ContextHeap {
    pub id: u32,
    /// References held by the main side into this arena.
    pub ext_refs: AtomicIsize,
    inner: Mutex<Inner>,
}

struct Inner {
    state: HeapState,
    arena: Option<Box<Arena>>,
    /// The epoch slot the context held; kept until the main thread has
    /// counted the arena's references to main objects.
    epoch_slot: Option<usize>,
}

static REGISTRY: Mutex<Option<HashMap<u32, Arc<ContextHeap>>>> = Mutex::new(None);
static PERSISTED: AtomicUsize = AtomicUsize::new(0);
static FREED_PERSISTED: AtomicUsize = AtomicUsize::new(0);

fn registry() -> valgrind::Guard<'static, Option<HashMap<u32, Arc<ContextHeap>>>> {
    valgrind::lock(&REGISTRY)
}

/// Register the heap of a context that is starting; None if `id` is still
/// taken (ids wrap around; a persisted context may hold an old one).
pub fn register(id: u32) -> Option<Arc<ContextHeap>> {
    let mut reg = registry();
    let map = reg.get_or_insert_with(HashMap::new);
    if map.contains_key(&id) {
        return None;
    }
    let h = Arc::new(ContextHeap {
        id,
        ext_refs: AtomicIsize::new(0),
        inner: Mutex::new(Inner { state: HeapState::Running, arena: None, epoch_slot: None }),
    });
    map.insert(id, h.clone());
    Some(h)
}

fn lookup(id: u32) -> Option<Arc<ContextHeap>> {
    registry().as_ref().and_then(|m| m.get(&id).cloned())
}

fn unregister(id: u32) {
    if let Some(m) = registry().as_mut() {
        m.remove(&id);
    }
}

/// Contexts whose arenas outlived their callback and are still alive.
pub fn persisted_count() -> usize {
    PERSISTED.load(SeqCst)
}

/// Has the main thread adopted the heap of context `id` (its callback is
/// over and the main side keeps it alive)?
pub fn is_adopted(id: u32) -> bool {
    lookup(id).is_some_and(|h| h.state() == HeapState::Persisted)
}

/// Persisted contexts freed since the start.
pub fn freed_persisted_count() -> usize {
    FREED_PERSISTED.load(SeqCst)
}

impl Drop for ContextHeap {
    fn drop(&mut self) {
        // The last holder of the Arc (the registry or a thread that looked
        // the heap up) drops `inner` without locking it: every access
        // (under the lock) happens before.
        valgrind::happens_after(&self.inner);
    }
}

impl ContextHeap {
    fn inner(&self) -> valgrind::Guard<'_, Inner> {
        valgrind::lock(&self.inner)
    }

    pub fn state(&self) -> HeapState {
        self.inner().state
    }

    /// The context's callback has ended (on its worker, still inside the
    /// context). Returns the arena back when nothing on the main side refers
    /// into it (the caller drops it and releases `epoch_slot`); otherwise
    /// keeps the arena and the slot for the main thread to adopt
    /// (`adopt_pending`).
    pub fn end(&self, arena: Box<Arena>, epoch_slot: usize) -> Option<Box<Arena>> {
        let mut g = self.inner();
        if self.ext_refs.load(SeqCst) <= 0 {
            g.state = HeapState::Freed;
            drop(g);
            unregister(self.id);
            return Some(arena);
        }
        g.state = HeapState::Persisting;
        g.arena = Some(arena);
        g.epoch_slot = Some(epoch_slot);
        PERSISTED.fetch_add(1, SeqCst);
        valgrind::lock(&PENDING_ADOPT).push(self.id);
        None
    }
}

static PENDING_ADOPT: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// Every main object (counted, not immortal) that `o` refers to.
fn main_refs(o: &Obj, f: &mut dyn FnMut(&Obj)) {
    o.trace(&mut |v: &Value| {
        if let Some(r) = v.as_obj() {
            if r.flags() & (flags::IMMORTAL | flags::CONTEXT) == 0 {
                f(r)
            }
        }
    });
}

/// Main thread: adopt the arenas of contexts that ended while persisting.
/// Counts the main objects each arena refers to, so that they outlive it,
/// then gives the context's epoch slot back. Returns the slots to release.
pub fn adopt_pending() -> Vec<usize> {
    let ids = std::mem::take(&mut *valgrind::lock(&PENDING_ADOPT));
    let mut slots = Vec::new();
    for id in ids {
        let Some(h) = lookup(id) else { continue };
        let mut g = h.inner();
        if let Some(a) = &g.arena {
            a.for_each(|o| main_refs(o, &mut |r| super::incref(r)));
        }
        g.state = HeapState::Persisted;
        slots.extend(g.epoch_slot.take());
        let free_now = h.ext_refs.load(SeqCst) <= 0;
        drop(g);
        if free_now {
            free_persisted(&h);
        }
    }
    slots
}

/// Main thread: a persisted arena nobody refers to any more goes away.
fn free_persisted(h: &ContextHeap) {
    let arena = {
        let mut g = h.inner();
        if g.state != HeapState::Persisted {
            return;
        }
        g.state = HeapState::Freed;
        g.arena.take()
    };
    unregister(h.id);
    PERSISTED.fetch_sub(1, SeqCst);
    FREED_PERSISTED.fetch_add(1, SeqCst);
    if let Some(arena) = arena {
        // The main objects the arena refers to were counted at adoption
        // (and by main-thread stores since). Collect them, drop the arena as
        // its context would (nothing counted), then give the counts back:
        // the arena's objects must not outlive what they point to.
        let mut refs: Vec<usize> = Vec::new();
        arena.for_each(|o| main_refs(o, &mut |r| refs.push(r as *const Obj as usize)));
        let word = super::context::context_word();
        super::context::set_current_context(h.id);
        drop(arena);
        super::context::set_current_context(word);
        for r in refs {
            // SAFETY: each address is a main object the arena held a
            // counted reference to; that count keeps it allocated until
            // this decrement.
            super::decref(unsafe { &*(r as *const Obj) });
        }
    }
}

/// Main thread: free persisted arenas whose last main-side reference was
/// dropped by a context (contexts cannot free arenas themselves).
pub fn sweep() {
    let heaps: Vec<Arc<ContextHeap>> = match registry().as_ref() {
        Some(m) => m.values().filter(|h| h.ext_refs.load(SeqCst) <= 0).cloned().collect(),
        None => return,
    };
    for h in heaps {
        if h.state() == HeapState::Persisted {
            free_persisted(&h);
        }
    }
}

/// Count a main-side reference into `o`'s context (+1 taken, -1 dropped;
/// from the main thread, or from a context storing into a protected object).
#[cold]
pub fn context_refop(o: &Obj, delta: i32) {
    let Some(h) = lookup(o.owner()) else { return };
    let now = h.ext_refs.fetch_add(delta as isize, SeqCst) + delta as isize;
    if now <= 0 && super::context::on_main_thread() && h.state() == HeapState::Persisted {
        free_persisted(&h);
    }
}
