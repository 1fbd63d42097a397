//! Happens-before annotations for valgrind's thread checkers (helgrind,
//! drd), compiled in by the `valgrind` feature and to nothing otherwise.
//!
//! The checkers derive ordering between threads only from the pthread
//! primitives they intercept. They see none of ours: Rust's `Mutex` and
//! `Condvar` are futex-based, and Release/Acquire atomics order nothing in
//! their model. So, in a `valgrind` build:
//! * every hand-off is annotated: `happens_before(tag)` in the sending
//!   thread before it publishes, `happens_after(tag)` in the receiving
//!   thread once it has seen the publication (the tag is an address, by
//!   convention the word or lock the hand-off goes through);
//! * the runtime's mutexes are taken through `lock` (and condvars waited
//!   through `wait` / `wait_timeout`), which annotate acquire and release;
//! * words that are atomic by design and accessed concurrently on purpose
//!   (flags, counters, container slots) are loaded and stored through
//!   `AtomicVg`, which turns plain-move stores into exchanges and annotates
//!   Release/Acquire pairs.
//!
//! In a normal build every function here is an inline no-op or the plain
//! operation it stands for: nothing changes and nothing is paid.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

#[cfg(feature = "valgrind")]
mod creq {
    //! The client-request mechanism (valgrind.h, amd64): a magic sequence
    //! of rotations that is a no-op on the CPU and a call into the tool
    //! under valgrind.

    /// `VG_USERREQ_TOOL_BASE('H','G') + 256 + n`, from helgrind.h; drd.h
    /// gives its happens-before requests the same numbers.
    const HG_BASE: usize = ((b'H' as usize) << 24 | (b'G' as usize) << 16) + 256;
    /// `_VG_USERREQ__HG_USERSO_SEND_PRE` (`ANNOTATE_HAPPENS_BEFORE`).
    pub const SEND_PRE: usize = HG_BASE + 33;
    /// `_VG_USERREQ__HG_USERSO_RECV_POST` (`ANNOTATE_HAPPENS_AFTER`).
    pub const RECV_POST: usize = HG_BASE + 34;

    /// Issue client request `req` with one argument (returns 0 when not
    /// running under valgrind).
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    pub fn request(req: usize, arg: usize) -> usize {
        let args: [usize; 6] = [req, arg, 0, 0, 0, 0];
        let result: usize;
        // SAFETY: on the CPU this is four rotations of rdi by 128 bits in
        // total (rdi unchanged; flags clobbered, which asm! assumes by
        // default) and `xchg rbx, rbx` (no effect); rdx receives the
        // default result 0. Under valgrind the sequence makes the tool read
        // the six words at `rax`, which live on this stack frame for the
        // whole statement, and write the result into rdx.
        unsafe {
            std::arch::asm!(
                "rol rdi, 3",
                "rol rdi, 13",
                "rol rdi, 61",
                "rol rdi, 51",
                "xchg rbx, rbx",
                inout("rdx") 0usize => result,
                in("rax") args.as_ptr(),
                // No `readonly`/`nomem`: the request is a compiler barrier, so
                // no memory access moves across an annotation.
                options(nostack),
            );
        }
        result
    }

    /// Other architectures: annotations are not issued (CI runs amd64).
    #[cfg(not(target_arch = "x86_64"))]
    #[inline(always)]
    pub fn request(_req: usize, _arg: usize) -> usize {
        0
    }
}

/// Everything this thread did so far happens before whatever a thread does
/// after a later `happens_after(tag)` with the same tag.
#[inline(always)]
pub fn happens_before<T: ?Sized>(tag: *const T) {
    #[cfg(feature = "valgrind")]
    creq::request(creq::SEND_PRE, tag as *const () as usize);
    #[cfg(not(feature = "valgrind"))]
    let _ = tag;
}

/// See `happens_before`: call after observing what the sender published.
#[inline(always)]
pub fn happens_after<T: ?Sized>(tag: *const T) {
    #[cfg(feature = "valgrind")]
    creq::request(creq::RECV_POST, tag as *const () as usize);
    #[cfg(not(feature = "valgrind"))]
    let _ = tag;
}

/// Loads and stores of words other threads access concurrently by design
/// (flags, counters, container slots), as the checkers should see them:
/// * `store_vg` is `store`; under valgrind an exchange (a locked
///   instruction: an atomic access that races with nothing in the checkers'
///   model, where a plain move would race with every concurrent load), and
///   with Release (or stronger) ordering also `happens_before(word)`;
/// * `load_vg` is `load`; under valgrind, with Acquire (or stronger)
///   ordering, also `happens_after(word)`.
///
/// So a Release store read by an Acquire load orders what the storing
/// thread did before against what the loading thread does after, exactly
/// as the memory model says (for a reader that loads an object pointer:
/// the object's initialised contents).
pub trait AtomicVg {
    type Word;
    fn store_vg(&self, w: Self::Word, order: Ordering);
    fn load_vg(&self, order: Ordering) -> Self::Word;
}

#[cfg(feature = "valgrind")]
#[inline(always)]
fn releases(o: Ordering) -> bool {
    matches!(o, Ordering::Release | Ordering::AcqRel | Ordering::SeqCst)
}

#[cfg(feature = "valgrind")]
#[inline(always)]
fn acquires(o: Ordering) -> bool {
    matches!(o, Ordering::Acquire | Ordering::AcqRel | Ordering::SeqCst)
}

/// `AtomicVg` for each atomic type (`[T] AtomicPtr<T> => *mut T` names the
/// generic one's parameter): the same two methods for all of them.
macro_rules! atomic_vg {
    ($([$($g:ident)?] $a:ty => $w:ty),*) => {$(
        impl<$($g)?> AtomicVg for $a {
            type Word = $w;
            #[inline(always)]
            fn store_vg(&self, w: $w, order: Ordering) {
                #[cfg(feature = "valgrind")]
                {
                    if releases(order) {
                        happens_before(self);
                    }
                    self.swap(w, order);
                }
                #[cfg(not(feature = "valgrind"))]
                self.store(w, order);
            }
            #[inline(always)]
            fn load_vg(&self, order: Ordering) -> $w {
                let w = self.load(order);
                #[cfg(feature = "valgrind")]
                if acquires(order) {
                    happens_after(self);
                }
                w
            }
        }
    )*};
}
atomic_vg!(
    [] AtomicBool => bool,
    [] AtomicU8 => u8,
    [] AtomicU32 => u32,
    [] AtomicU64 => u64,
    [] AtomicI64 => i64,
    [] AtomicUsize => usize,
    [T] AtomicPtr<T> => *mut T
);

// ---- Mutexes and condition variables --------------------------------------

/// The guard of `lock`: the std guard itself in a normal build.
#[cfg(not(feature = "valgrind"))]
pub type Guard<'a, T> = std::sync::MutexGuard<'a, T>;

/// The guard of `lock`: annotates the release before unlocking.
#[cfg(feature = "valgrind")]
pub struct Guard<'a, T> {
    /// Always Some, except while a condvar wait has the std guard.
    g: Option<std::sync::MutexGuard<'a, T>>,
    tag: *const Mutex<T>,
}

#[cfg(feature = "valgrind")]
impl<T> std::ops::Deref for Guard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.g.as_ref().expect("a held guard")
    }
}

#[cfg(feature = "valgrind")]
impl<T> std::ops::DerefMut for Guard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.g.as_mut().expect("a held guard")
    }
}

#[cfg(feature = "valgrind")]
impl<T> Drop for Guard<'_, T> {
    fn drop(&mut self) {
        // Before the std guard (a field) unlocks.
        happens_before(self.tag);
    }
}

/// Lock `m`, ignoring poisoning (a panic elsewhere does not make the
/// runtime's own state inconsistent: every critical section is short and
/// panic-free by construction).
#[inline(always)]
pub fn lock<T>(m: &Mutex<T>) -> Guard<'_, T> {
    let g = m.lock().unwrap_or_else(|e| e.into_inner());
    #[cfg(feature = "valgrind")]
    {
        happens_after(m);
        Guard { g: Some(g), tag: m }
    }
    #[cfg(not(feature = "valgrind"))]
    g
}

/// `cv.wait(g)`, ignoring poisoning.
#[inline(always)]
pub fn wait<'a, T>(cv: &Condvar, g: Guard<'a, T>) -> Guard<'a, T> {
    #[cfg(feature = "valgrind")]
    {
        let mut g = g;
        // The wait releases the mutex, then takes it back.
        happens_before(g.tag);
        let inner = g.g.take().expect("a held guard");
        g.g = Some(cv.wait(inner).unwrap_or_else(|e| e.into_inner()));
        happens_after(g.tag);
        g
    }
    #[cfg(not(feature = "valgrind"))]
    cv.wait(g).unwrap_or_else(|e| e.into_inner())
}

/// `cv.wait_timeout(g, d)`, ignoring poisoning; true if it timed out.
#[inline(always)]
pub fn wait_timeout<'a, T>(cv: &Condvar, g: Guard<'a, T>, d: Duration) -> (Guard<'a, T>, bool) {
    #[cfg(feature = "valgrind")]
    {
        let mut g = g;
        happens_before(g.tag);
        let inner = g.g.take().expect("a held guard");
        let (inner, r) = cv.wait_timeout(inner, d).unwrap_or_else(|e| e.into_inner());
        g.g = Some(inner);
        happens_after(g.tag);
        (g, r.timed_out())
    }
    #[cfg(not(feature = "valgrind"))]
    {
        let (g, r) = cv.wait_timeout(g, d).unwrap_or_else(|e| e.into_inner());
        (g, r.timed_out())
    }
}

// ---- Lazily initialised statics -------------------------------------------

/// `std::sync::OnceLock` in a normal build. For statics first initialised
/// from any thread (a worker may be first to need a lazily built type).
#[cfg(not(feature = "valgrind"))]
pub type OnceLock<T> = std::sync::OnceLock<T>;

/// Under valgrind: the std cell behind an annotated mutex, taken by every
/// access. (The checkers see no ordering in std's Once, and the annotation
/// cannot go between std's write of the value and its publication.)
#[cfg(feature = "valgrind")]
pub struct OnceLock<T> {
    lock: Mutex<()>,
    cell: std::sync::OnceLock<T>,
}

#[cfg(feature = "valgrind")]
impl<T> Default for OnceLock<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(feature = "valgrind")]
impl<T> OnceLock<T> {
    pub const fn new() -> Self {
        OnceLock { lock: Mutex::new(()), cell: std::sync::OnceLock::new() }
    }
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        let _g = lock(&self.lock);
        self.cell.get_or_init(f)
    }
    pub fn get(&self) -> Option<&T> {
        let _g = lock(&self.lock);
        self.cell.get()
    }
    pub fn set(&self, v: T) -> Result<(), T> {
        let _g = lock(&self.lock);
        self.cell.set(v)
    }
}
