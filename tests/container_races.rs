//! Containers read by other threads while the main thread mutates them.
//!
//! For list, dict, set and bytearray: two reader threads, marked as
//! parallel contexts and registered with the epoch, loop reading (index,
//! len, iterate, lookup) a shared main-thread container while the main
//! thread appends / inserts / deletes / clears it enough to force many
//! reallocations and resizes. Readers must only ever see values that were
//! really stored (and never crash). Main releases deferred memory now and
//! then (`epoch::reclaim`).
//!
//! Size: env `RACES_N` (main-thread operations per container, default
//! 100000); keep it small under valgrind (helgrind/drd), e.g. RACES_N=300.

use pyrallel::vm::heap::{context, epoch};
use pyrallel::vm::object::Payload;
use pyrallel::vm::state::{init, Vm};
use pyrallel::vm::types::bytes::new_bytearray;
use pyrallel::vm::types::dict::DictData;
use pyrallel::vm::types::int::new_int;
use pyrallel::vm::types::list::{as_list, new_list};
use pyrallel::vm::types::set::{as_set, new_set};
use pyrallel::vm::types::str::{as_str, new_str};
use pyrallel::vm::value::Value;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::*};
use std::sync::Arc;

fn size() -> usize {
    std::env::var("RACES_N").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000)
}

/// A value the main thread may store: a small int in range, or a str
/// "v<number>".
fn stored(v: &Value, limit: i64) -> bool {
    if let Some(i) = v.as_small_int() {
        return (0..limit).contains(&i);
    }
    match as_str(v) {
        Some(s) => s.strip_prefix('v').and_then(|n| n.parse::<i64>().ok()).is_some_and(|n| (0..limit).contains(&n)),
        None => false,
    }
}

/// The number a stored value encodes.
fn number(v: &Value) -> Option<i64> {
    v.as_small_int().or_else(|| as_str(v)?.strip_prefix('v')?.parse().ok())
}

/// Value number `i`: every other one a heap str (so freed objects would show).
fn value(i: usize) -> Value {
    if i % 2 == 0 { new_int(i as i64) } else { new_str(&format!("v{i}")) }
}

/// A raw handle to a main-thread container, sent to reader threads (which
/// neither count references nor free it: main keeps it alive).
#[derive(Clone, Copy)]
struct Shared(usize);

impl Shared {
    fn new(v: &Value) -> Shared {
        Shared(v.bits())
    }
    /// Borrow the container on a reader thread.
    fn with<R>(self, f: impl FnOnce(&Value) -> R) -> R {
        // SAFETY: the bits are those of a live main-thread object that the
        // main thread keeps alive until the readers are joined; the copy
        // is never dropped (ManuallyDrop), so no count is touched.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(self.0) });
        f(&v)
    }
}

/// Run `read` on two context threads until main's `mutate` returns.
fn race(target: &Value, read: fn(&mut Vm, &Value, &mut u64), mutate: impl FnOnce()) {
    epoch::mark_parallel_started();
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let shared = Shared::new(target);
    let readers: Vec<_> = (0..2)
        .map(|r| {
            let stop = stop.clone();
            let reads = reads.clone();
            std::thread::spawn(move || {
                context::set_current_context(100 + r);
                let slot = epoch::register_slot().expect("an epoch slot");
                let mut vm = Vm::new();
                let mut seed = r as u64 * 7919 + 1;
                let mut batches = 0u64;
                while !stop.load(Relaxed) || batches < 2 {
                    epoch::enter(slot);
                    for _ in 0..16 {
                        shared.with(|c| read(&mut vm, c, &mut seed));
                    }
                    epoch::exit(slot);
                    batches += 1;
                }
                reads.fetch_add(batches as usize * 16, Relaxed);
                context::set_current_context(0);
            })
        })
        .collect();
    mutate();
    // An exchange, not a store: valgrind's thread checkers (CI runs this
    // test under helgrind) see a locked instruction as atomic.
    stop.swap(true, Relaxed);
    for r in readers {
        r.join().expect("a reader panicked");
    }
    epoch::reclaim();
    assert!(reads.load(Relaxed) > 0);
}

fn rand(seed: &mut u64, n: usize) -> usize {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    if n == 0 { 0 } else { ((*seed >> 33) as usize) % n }
}

fn list_race(n: usize) {
    let l = new_list(vec![]);
    race(
        &l,
        |_vm, c, seed| {
            let l = as_list(c).unwrap();
            let len = l.len();
            for _ in 0..4 {
                let i = rand(seed, len + 2);
                if let Some(v) = l.get(i) {
                    assert!(stored(&v, i64::MAX), "list item {v:?}");
                }
            }
            if rand(seed, 8) == 0 {
                for v in l.snapshot() {
                    assert!(stored(&v, i64::MAX), "list item {v:?}");
                }
            }
            // `for x in l` is index-based iteration.
            let mut i = 0;
            while let Some(v) = l.get(i) {
                assert!(stored(&v, i64::MAX));
                i += 1;
                if i > 64 {
                    break;
                }
            }
        },
        || {
            let li = as_list(&l).unwrap();
            for i in 0..n {
                li.push(value(i));
                match i % 97 {
                    0 => drop(li.replace_all(Vec::new())),
                    10 => li.insert(0, value(i)),
                    20 => drop(li.remove(0)),
                    30 => li.extend((0..40).map(value).collect()),
                    40 => {
                        let len = li.len();
                        drop(li.splice(len / 3, len / 2, vec![value(1), value(3)]));
                    }
                    50 => li.set(li.len() / 2, value(i + 1)),
                    60 => li.reverse(),
                    _ => {}
                }
                if i % 5 == 0 && !li.is_empty() {
                    drop(li.remove(li.len() - 1));
                }
                if i % 512 == 0 {
                    epoch::reclaim();
                }
            }
        },
    );
}

/// Keys "k<j>" map to values for j only: a reader must never pair a key
/// with another key's value.
fn dict_race(n: usize) {
    let d = pyrallel::vm::heap::alloc(pyrallel::vm::types::registry::types().dict.clone(), Payload::Dict(DictData::new()));
    fn dd(v: &Value) -> &DictData {
        match &v.as_obj().unwrap().payload {
            Payload::Dict(d) => d,
            _ => unreachable!(),
        }
    }
    const KEYS: usize = 300;
    race(
        &d,
        |_vm, c, seed| {
            let d = dd(c);
            let _ = d.len();
            for _ in 0..4 {
                let j = rand(seed, KEYS);
                if let Some(v) = d.get_str(&format!("k{j}")) {
                    assert_eq!(number(&v).map(|x| x as usize % KEYS), Some(j), "value {v:?} under k{j}");
                }
            }
            let mut pos = 0;
            let mut seen = 0;
            while let Some((p, k, v)) = d.next_entry(pos) {
                let j: usize = as_str(&k).and_then(|s| s.strip_prefix('k')?.parse().ok()).expect("a stored key");
                assert_eq!(number(&v).map(|x| x as usize % KEYS), Some(j), "value {v:?} under {k:?}");
                pos = p + 1;
                seen += 1;
                if seen > 64 {
                    break;
                }
            }
            if rand(seed, 8) == 0 {
                for (k, v) in d.items() {
                    assert!(as_str(&k).is_some_and(|s| s.starts_with('k')) && stored(&v, i64::MAX));
                }
            }
        },
        || {
            let di = dd(&d);
            let keys: Vec<Value> = (0..KEYS).map(|j| new_str(&format!("k{j}"))).collect();
            for i in 0..n {
                let j = (i * 7) % KEYS;
                // value number ≡ j (mod KEYS), alternately int and str.
                di.set_str(keys[j].clone(), value(j + KEYS * (i % 5)));
                match i % 11 {
                    3 => drop(di.remove_str(&format!("k{}", (i * 13) % KEYS))),
                    7 => drop(di.remove_str(&format!("k{}", (i * 3) % KEYS))),
                    _ => {}
                }
                if i % 1500 == 1499 {
                    di.clear();
                }
                if i % 512 == 0 {
                    epoch::reclaim();
                }
            }
        },
    );
}

fn set_race(n: usize) {
    let mut vm = Vm::new();
    let s = new_set(&mut vm, vec![]).unwrap();
    const LIMIT: i64 = 5000;
    race(
        &s,
        |vm, c, seed| {
            let s = as_set(c).unwrap();
            let _ = s.len();
            for _ in 0..4 {
                let j = rand(seed, LIMIT as usize) as i64;
                let _ = s.contains(vm, &new_int(j)).unwrap();
            }
            let mut pos = 0;
            let mut seen = 0;
            while let Some((p, k)) = s.next_item(pos) {
                assert!(stored(&k, LIMIT), "set item {k:?}");
                pos = p + 1;
                seen += 1;
                if seen > 64 {
                    break;
                }
            }
            if rand(seed, 8) == 0 {
                for k in s.items() {
                    assert!(stored(&k, LIMIT), "set item {k:?}");
                }
            }
        },
        || {
            let si = as_set(&s).unwrap();
            for i in 0..n {
                si.add(&mut vm, value(i % LIMIT as usize)).unwrap();
                if i % 3 == 0 {
                    si.discard(&mut vm, &new_int(((i * 7) % LIMIT as usize & !1) as i64)).unwrap();
                }
                if i % 7 == 0 {
                    drop(si.pop());
                }
                if i % 2000 == 1999 {
                    si.clear();
                }
                if i % 512 == 0 {
                    epoch::reclaim();
                }
            }
        },
    );
}

fn bytearray_race(n: usize) {
    let b = new_bytearray(vec![]);
    fn bb(v: &Value) -> &pyrallel::vm::atomic_buf::ByteBuf {
        match &v.as_obj().unwrap().payload {
            Payload::ByteArray(b) => b,
            _ => unreachable!(),
        }
    }
    race(
        &b,
        |_vm, c, seed| {
            let b = bb(c);
            let len = b.len();
            for _ in 0..4 {
                if let Some(x) = b.byte(rand(seed, len + 2)) {
                    assert!(x.is_ascii_lowercase(), "byte {x}");
                }
            }
            // In a context `get` copies the bytes out.
            let got = b.get();
            assert!(got.iter().all(|x| x.is_ascii_lowercase()), "bytes {:?}", String::from_utf8_lossy(&got));
        },
        || {
            let bi = bb(&b);
            for i in 0..n {
                bi.push(b'a' + (i % 26) as u8);
                match i % 101 {
                    0 => bi.replace(&[]),
                    10 => bi.extend_from_slice(&[b'x'; 70]),
                    20 => bi.splice(0, 3, b"qq"),
                    30 => bi.with_mut(|v| v.reverse()),
                    40 => bi.set(bi.len() / 2, b'z'),
                    50 => bi.splice(0, 0, b"hello"),
                    _ => {}
                }
                if i % 512 == 0 {
                    epoch::reclaim();
                }
            }
        },
    );
}

// One test, run in sequence: the epoch and its retired list are process-wide.
#[test]
fn containers_read_while_main_mutates() {
    init();
    let n = size();
    list_race(n);
    dict_race(n);
    set_race(n);
    bytearray_race(n);
    // Everything retired has been released once no context is live.
    assert_eq!(epoch::live_contexts(), 0);
    epoch::reclaim();
    assert_eq!(epoch::pending(), 0);
}
