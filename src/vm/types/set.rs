//! `set` / `frozenset`: CPython's open-addressing table (linear probes
//! plus perturbation, same sizes and resize policy), so iteration order
//! matches CPython's exactly. Methods live in `set_methods.rs`.

use crate::compiler::bytecode::BinOp;
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::types;
use crate::vm::types::typeobj::{class_of_ref, is_subclass};
use crate::vm::value::Value;
use std::cell::UnsafeCell;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

struct Table {
    slots: Vec<Slot>,
    /// Active + dummy entries.
    fill: usize,
    used: usize,
    version: u64,
}

/// Boxed so that the payload of every object stays small.
pub struct SetData {
    t: Box<UnsafeCell<Table>>,
}

enum Found {
    Active(usize),
    Missing,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData { t: Box::new(UnsafeCell::new(Table { slots: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, version: 0 })) }
    }

    #[allow(clippy::mut_from_ref)]
    fn t(&self) -> &mut Table {
        // SAFETY: sets are mutated only by their owning thread (mutation
        // guard), and no borrow is held across Python code: comparisons copy
        // the key out and re-check the table version afterwards.
        unsafe { &mut *self.t.get() }
    }

    pub fn len(&self) -> usize {
        self.t().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn keys_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        match ops::fast_eq(a, b) {
            Some(r) => Ok(r),
            None => ops::eq_bool(vm, a, b),
        }
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let t = self.t();
            let mask = t.slots.len() - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    match &t.slots[idx] {
                        Slot::Empty => return Ok(Found::Missing),
                        Slot::Dummy => {}
                        Slot::Full(h, k) => {
                            if *h == hash {
                                if k.is(key) {
                                    return Ok(Found::Active(idx));
                                }
                                let k = k.clone();
                                let version = t.version;
                                let eq = Self::keys_equal(vm, &k, key)?;
                                if self.t().version != version {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Found::Active(idx));
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = hash_key(vm, key)?;
        Ok(matches!(self.find(vm, key, h)?, Found::Active(_)))
    }

    /// Add a key; returns true if it was new.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let h = hash_key(vm, &key)?;
        self.add_hashed(vm, key, h)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        'restart: loop {
            let t = self.t();
            let mask = t.slots.len() - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    match &t.slots[idx] {
                        Slot::Empty => {
                            let t = self.t();
                            t.version += 1;
                            if let Some(f) = freeslot {
                                t.used += 1;
                                t.slots[f] = Slot::Full(hash, key);
                                return Ok(true);
                            }
                            t.fill += 1;
                            t.used += 1;
                            t.slots[idx] = Slot::Full(hash, key);
                            if t.fill * 5 >= mask * 3 {
                                let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
                                self.resize(n);
                            }
                            return Ok(true);
                        }
                        Slot::Dummy => {
                            if freeslot.is_none() {
                                freeslot = Some(idx);
                            }
                        }
                        Slot::Full(h, k) => {
                            if *h == hash {
                                if k.is(&key) {
                                    return Ok(false);
                                }
                                let k = k.clone();
                                let version = t.version;
                                let eq = Self::keys_equal(vm, &k, &key)?;
                                if self.t().version != version {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(false);
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    fn resize(&self, minused: usize) {
        let t = self.t();
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut t.slots, vec![Slot::Empty; newsize]);
        t.fill = t.used;
        t.version += 1;
        let mask = newsize - 1;
        for s in old {
            if let Slot::Full(h, k) = s {
                insert_clean(&mut t.slots, mask, h, k);
            }
        }
    }

    /// Remove a key; returns true if it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = hash_key(vm, key)?;
        match self.find(vm, key, h)? {
            Found::Active(idx) => {
                let t = self.t();
                let old = std::mem::replace(&mut t.slots[idx], Slot::Dummy);
                t.used -= 1;
                t.version += 1;
                drop(old);
                Ok(true)
            }
            Found::Missing => Ok(false),
        }
    }

    pub fn clear(&self) {
        let t = self.t();
        let old = std::mem::replace(&mut t.slots, vec![Slot::Empty; MINSIZE]);
        t.fill = 0;
        t.used = 0;
        t.version += 1;
        drop(old);
    }

    /// Pop an arbitrary element (CPython's: scanning from a finger).
    pub fn pop(&self) -> Option<Value> {
        let t = self.t();
        let idx = t.slots.iter().position(|s| matches!(s, Slot::Full(..)))?;
        let old = std::mem::replace(&mut t.slots[idx], Slot::Dummy);
        t.used -= 1;
        t.version += 1;
        match old {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    /// Items in table order (the iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.t().slots.iter().filter_map(|s| if let Slot::Full(_, k) = s { Some(k.clone()) } else { None }).collect()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.t().slots.iter().filter_map(|s| if let Slot::Full(h, k) = s { Some((*h, k.clone())) } else { None }).collect()
    }

    /// Next item at or after table position `pos`: (position, key).
    pub fn next_item(&self, mut pos: usize) -> Option<(usize, Value)> {
        let t = self.t();
        while pos < t.slots.len() {
            if let Slot::Full(_, k) = &t.slots[pos] {
                return Some((pos, k.clone()));
            }
            pos += 1;
        }
        None
    }

    /// Merge another set's entries (CPython's set_merge, for exact ordering).
    pub fn merge_from(&self, vm: &mut Vm, other: &SetData) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.len() == 0 {
            return Ok(());
        }
        let (fill, mask, used) = {
            let t = self.t();
            (t.fill, t.slots.len() - 1, t.used)
        };
        if (fill + other.len()) * 5 >= mask * 3 {
            self.resize((used + other.len()) * 2);
        }
        let ot = other.t();
        let t = self.t();
        if t.fill == 0 && t.slots.len() == ot.slots.len() && ot.fill == ot.used {
            t.slots = ot.slots.clone();
            t.fill = ot.fill;
            t.used = ot.used;
            t.version += 1;
            return Ok(());
        }
        if t.fill == 0 {
            let mask = t.slots.len() - 1;
            t.fill = ot.used;
            t.used = ot.used;
            t.version += 1;
            for s in ot.slots.clone() {
                if let Slot::Full(h, k) = s {
                    insert_clean(&mut self.t().slots, mask, h, k);
                }
            }
            return Ok(());
        }
        for (h, k) in other.hashed_items() {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    pub fn copy(&self) -> SetData {
        let t = self.t();
        SetData { t: Box::new(UnsafeCell::new(Table { slots: t.slots.clone(), fill: t.fill, used: t.used, version: 0 })) }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for s in &self.t().slots {
            if let Slot::Full(_, k) = s {
                visit(k);
            }
        }
    }
    pub fn clear_refs(&self) {
        self.clear();
    }
}

fn insert_clean(slots: &mut [Slot], mask: usize, hash: i64, key: Value) {
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Full(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Full(hash, key);
                    return;
                }
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

fn hash_key(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    ops::hash(vm, key)
}

pub fn as_set(v: &Value) -> Option<&SetData> {
    match &v.as_obj()?.payload {
        Payload::Set(s) => Some(s),
        _ => None,
    }
}

pub fn is_mutable_set(v: &Value) -> bool {
    as_set(v).is_some() && is_subclass(class_of_ref(v), &types().set)
}

pub fn new_set_of_class(class: Value, data: SetData) -> Value {
    heap::alloc(class, Payload::Set(data))
}

/// A new set from items (in order, CPython's insertion).
pub fn new_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = SetData::new();
    for it in items {
        s.add(vm, it)?;
    }
    Ok(new_set_of_class(types().set.clone(), s))
}

/// Fill `s` from any iterable (CPython's set_update_internal).
pub fn update_from(vm: &mut Vm, s: &SetData, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return s.merge_from(vm, o);
    }
    if let Some(Payload::Dict(d)) = other.as_obj().map(|o| &o.payload) {
        let items = d.hashed_items();
        let t = s.t();
        if (t.fill + items.len()) * 5 >= (t.slots.len() - 1) * 3 {
            s.resize((t.used + items.len()) * 2);
        }
        for (h, k, _) in items {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        s.add(vm, x)?;
    }
    Ok(())
}

pub fn set_add(vm: &mut Vm, set: &Value, v: Value) -> PyResult<()> {
    as_set(set).ok_or_else(|| type_error("not a set"))?.add(vm, v).map(|_| ())
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (result has a's class kind).
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let r = crate::vm::types::set_methods::set_operation(vm, a, b, op)?;
    Ok(r)
}

pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    crate::vm::protocols::check_mutable(a, "set update")?;
    crate::vm::types::set_methods::set_inplace_operation(vm, a, b, op)?;
    Ok(a.clone())
}
