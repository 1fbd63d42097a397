//! `list.sort`: CPython's stable sort driven by Python `<`.
//!
//! Runs are found and extended exactly as CPython's timsort does (count_run
//! and binary insertion up to minrun), so short lists see the same sequence of
//! `__lt__` calls and, when a comparison raises, are left in the same
//! partially-sorted state. Runs are then merged with a plain stable merge
//! (CPython gallops; the result is the same, only the comparison order of
//! long lists differs). Items and keys are permuted together.

use crate::compiler::bytecode::CmpOp;
use crate::vm::errors::{value_error, PyResult};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::list::ListData;
use crate::vm::value::Value;

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let r = ops::compare(vm, a, b, CmpOp::Lt)?;
    ops::truthy(vm, &r)
}

/// Sorts `keys` and applies the same permutation to `vals` (when present).
struct Sorter<'a> {
    keys: &'a mut Vec<Value>,
    vals: Option<&'a mut Vec<Value>>,
}

impl Sorter<'_> {
    fn swap_reverse(&mut self, lo: usize, hi: usize) {
        self.keys[lo..hi].reverse();
        if let Some(v) = self.vals.as_mut() {
            v[lo..hi].reverse();
        }
    }

    /// Length of the run starting at `lo` and whether it is strictly descending.
    fn count_run(&mut self, vm: &mut Vm, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if lt(vm, &self.keys[lo + 1], &self.keys[lo])? {
            let mut i = lo + 2;
            while i < hi && lt(vm, &self.keys[i], &self.keys[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            let mut i = lo + 2;
            while i < hi && !lt(vm, &self.keys[i], &self.keys[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion of keys[start..hi] into the sorted keys[lo..start].
    fn binary_sort(&mut self, vm: &mut Vm, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        for s in start..hi {
            let (mut l, mut r) = (lo, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if lt(vm, &self.keys[s], &self.keys[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.keys[l..=s].rotate_right(1);
            if let Some(v) = self.vals.as_mut() {
                v[l..=s].rotate_right(1);
            }
        }
        Ok(())
    }

    /// Stable merge of the adjacent sorted runs [lo, mid) and [mid, hi).
    /// On error the slice still holds a permutation of its items.
    fn merge(&mut self, vm: &mut Vm, lo: usize, mid: usize, hi: usize) -> PyResult<()> {
        let mut order: Vec<usize> = Vec::with_capacity(hi - lo);
        let (mut i, mut j) = (lo, mid);
        let mut err = None;
        while i < mid && j < hi {
            match lt(vm, &self.keys[j], &self.keys[i]) {
                Ok(true) => {
                    order.push(j);
                    j += 1;
                }
                Ok(false) => {
                    order.push(i);
                    i += 1;
                }
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        order.extend(i..mid);
        order.extend(j..hi);
        let permute = |v: &mut Vec<Value>| {
            let taken: Vec<Value> = order.iter().map(|&k| v[k].clone()).collect();
            for (slot, x) in v[lo..hi].iter_mut().zip(taken) {
                *slot = x;
            }
        };
        permute(self.keys);
        if let Some(v) = self.vals.as_mut() {
            permute(v);
        }
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn sort(&mut self, vm: &mut Vm) -> PyResult<()> {
        let n = self.keys.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = merge_compute_minrun(n);
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut lo = 0;
        while lo < n {
            let (mut len, desc) = self.count_run(vm, lo, n)?;
            if desc {
                self.swap_reverse(lo, lo + len);
            }
            if len < minrun {
                let force = minrun.min(n - lo);
                self.binary_sort(vm, lo, lo + force, lo + len)?;
                len = force;
            }
            runs.push((lo, lo + len));
            lo += len;
        }
        while runs.len() > 1 {
            let mut next = Vec::with_capacity(runs.len() / 2 + 1);
            for pair in runs.chunks(2) {
                if let [(a, m), (_, b)] = *pair {
                    self.merge(vm, a, m, b)?;
                    next.push((a, b));
                } else {
                    next.push(pair[0]);
                }
            }
            runs = next;
        }
        Ok(())
    }
}

fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sort `items` in place (CPython's list.sort semantics for key/reverse).
/// On error `items` holds a permutation of the input.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(crate::vm::call::call(vm, f, std::slice::from_ref(it), &[])?);
            }
            Some(ks)
        }
        None => None,
    };
    let n = items.len();
    if reverse && n > 1 {
        items.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let r = match keys.as_mut() {
        Some(k) => Sorter { keys: k, vals: Some(items) }.sort(vm),
        None => Sorter { keys: items, vals: None }.sort(vm),
    };
    if reverse && n > 1 {
        items.reverse();
    }
    r
}

/// `list.sort()` on a list object: the list looks empty while sorting, and
/// a mutation during the sort is reported as CPython does.
pub fn sort_list(vm: &mut Vm, l: &ListData, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut items = l.replace_all(Vec::new());
    let r = sort_values(vm, &mut items, key, reverse);
    let intruders = l.replace_all(items);
    let modified = !intruders.is_empty();
    drop(intruders);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

