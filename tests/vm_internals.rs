//! Unit tests of the memory foundation through the crate's API: reference
//! counting, the cycle collector, deferred frees, and the hash tables.

use pyrallel::vm::heap::{self, gc};
use pyrallel::vm::state::{init, Vm};
use pyrallel::vm::types::dict::DictData;
use pyrallel::vm::types::int::new_int;
use pyrallel::vm::types::list::{as_list, new_list};
use pyrallel::vm::types::set::SetData;
use pyrallel::vm::types::str::{intern, new_str};
use pyrallel::vm::value::Value;

#[test]
fn refcounts_track_clones_and_drops() {
    init();
    let l = new_list(vec![]);
    let o = l.as_obj().unwrap();
    assert_eq!(heap::refcount(o), 1);
    let l2 = l.clone();
    assert_eq!(heap::refcount(o), 2);
    drop(l2);
    assert_eq!(heap::refcount(o), 1);
}

#[test]
fn immortal_objects_are_not_counted() {
    init();
    let s = intern("immortal_name");
    let before = heap::refcount(s.as_obj().unwrap());
    let copies: Vec<Value> = (0..10).map(|_| s.clone()).collect();
    assert_eq!(heap::refcount(s.as_obj().unwrap()), before);
    drop(copies);
}

#[test]
fn a_million_object_cycle_is_reclaimed() {
    init();
    gc::set_enabled(false);
    let base = gc::tracked_count();
    {
        // A ring of one million lists, each holding the next.
        let first = new_list(vec![]);
        let mut prev = first.clone();
        for _ in 0..999_999 {
            let node = new_list(vec![]);
            as_list(&prev).unwrap().push(node.clone());
            prev = node;
        }
        as_list(&prev).unwrap().push(first.clone());
    }
    assert!(gc::tracked_count() >= base + 1_000_000);
    let found = gc::collect();
    assert!(found >= 1_000_000, "collector found {found}");
    assert!(gc::tracked_count() <= base + 10);
    gc::set_enabled(true);
}

#[test]
fn long_chains_free_without_recursion() {
    init();
    // Freeing a 2-million deep nesting must not overflow the Rust stack.
    let mut v = new_list(vec![]);
    for _ in 0..2_000_000 {
        v = new_list(vec![v]);
    }
    drop(v);
}

#[test]
fn dict_keeps_insertion_order_through_deletes_and_resizes() {
    init();
    let mut vm = Vm::new();
    let d = DictData::new();
    for i in 0..1000 {
        d.set(&mut vm, new_int(i), new_int(i * 2)).unwrap();
    }
    for i in (0..1000).step_by(3) {
        assert!(d.remove(&mut vm, &new_int(i)).unwrap().is_some());
    }
    let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
    let want: Vec<i64> = (0..1000).filter(|i| i % 3 != 0).collect();
    assert_eq!(keys, want);
    assert_eq!(d.get(&mut vm, &new_int(7)).unwrap().unwrap().as_small_int(), Some(14));
    d.set_str(intern("name"), new_int(1));
    assert_eq!(d.get_str("name").unwrap().as_small_int(), Some(1));
    assert_eq!(d.get(&mut vm, &new_str("name")).unwrap().unwrap().as_small_int(), Some(1));
}

#[test]
fn set_iteration_order_matches_cpython() {
    init();
    let mut vm = Vm::new();
    let s = SetData::new();
    // CPython 3.11: list(set((5, 3, 17, 9, 1, 33, 8))) == [1, 33, 3, 5, 8, 9, 17]
    for i in [5, 3, 17, 9, 1, 33, 8] {
        s.add(&mut vm, new_int(i)).unwrap();
    }
    let got: Vec<i64> = s.items().iter().map(|v| v.as_small_int().unwrap()).collect();
    assert_eq!(got, vec![1, 33, 3, 5, 8, 9, 17]);
    // Merging into an empty set re-inserts into a smaller table, as
    // CPython's set_merge does for `{5, 3, 17, ...}` displays:
    // list({5, 3, 17, 9, 1, 33, 8}) == [1, 33, 3, 17, 5, 8, 9].
    let merged = SetData::new();
    merged.merge_from(&mut vm, &s).unwrap();
    let got: Vec<i64> = merged.items().iter().map(|v| v.as_small_int().unwrap()).collect();
    assert_eq!(got, vec![1, 33, 3, 17, 5, 8, 9]);
}
