//! Built-in container behaviour shared by the operators: len, indexing,
//! slicing, item assignment, membership, concatenation and repetition for
//! str/bytes/bytearray/tuple/list/dict/set/range.
//!
//! `*_impl` functions work on the payload whatever the class (the Python
//! methods `list.__getitem__` etc. call them); `builtin_*` apply them only
//! to exact built-in types, where no user override can exist.

use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::vm::errors::{index_error, key_error, type_error, value_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::bytes::{new_bytearray, new_bytes};
use crate::vm::types::int::{is_int_like, new_int, to_i64};
use crate::vm::types::list::new_list;
use crate::vm::types::registry::{py_bool, types, ExcKind};
use crate::vm::types::slice::{as_slice, positions};
use crate::vm::types::str::new_string;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::{class_of_ref, type_name};
use crate::vm::value::Value;

#[inline]
fn exact(v: &Value) -> bool {
    class_of_ref(v).as_obj().unwrap().is_immortal()
}

pub fn builtin_len(v: &Value) -> Option<usize> {
    if !exact(v) {
        return None;
    }
    len_impl(v)
}

pub fn len_impl(v: &Value) -> Option<usize> {
    Some(match &v.as_obj()?.payload {
        Payload::Str(s) => s.char_len,
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.len(),
        Payload::Tuple(t) => t.len(),
        Payload::List(l) => l.len(),
        Payload::Dict(d) => d.len(),
        Payload::Set(s) => s.len(),
        Payload::Range(r) => return crate::vm::types::range_ops::range_len(r),
        _ => return None,
    })
}

/// Items of an exact list or tuple (cheap snapshot for unpacking / collecting).
pub fn fast_items(v: &Value) -> Option<Vec<Value>> {
    if !exact(v) {
        return None;
    }
    match &v.as_obj()?.payload {
        Payload::Tuple(t) => Some(t.to_vec()),
        Payload::List(l) => Some(l.snapshot()),
        _ => None,
    }
}

/// Normalise an index for a sequence of `len` items.
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key.as_small_int() {
        Some(i) => i,
        None => {
            // An __index__ that fails (or returns a non-int) reports its own error.
            let has_index = crate::vm::types::typeobj::lookup(&crate::vm::types::typeobj::class_of(key), "__index__").is_some();
            let iv = ops::index(vm, key).map_err(|e| {
                if has_index {
                    e
                } else if e.matches(ExcKind::TypeError) && what == "string" {
                    // str's message differs from the other sequences' (CPython 3.11).
                    type_error(format!("string indices must be integers, not '{}'", type_name(key)))
                } else if e.matches(ExcKind::TypeError) {
                    type_error(format!("{what} indices must be integers or slices, not {}", type_name(key)))
                } else {
                    e
                }
            })?;
            to_i64(&iv).unwrap_or(i64::MAX)
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn char_at(s: &super::str::StrData, i: usize) -> String {
    if s.is_ascii() {
        s.s[i..i + 1].to_string()
    } else {
        s.s.chars().nth(i).map(String::from).unwrap_or_default()
    }
}

pub fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> Option<PyResult<Value>> {
    if !exact(obj) {
        return None;
    }
    getitem_impl(vm, obj, key)
}

pub fn getitem_impl(vm: &mut Vm, obj: &Value, key: &Value) -> Option<PyResult<Value>> {
    let o = obj.as_obj()?;
    // Other payloads (views, natives) index through their class.
    if !matches!(
        o.payload,
        Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_) | Payload::Range(_)
    ) {
        return None;
    }
    let sl = as_slice(key);
    Some((|| -> PyResult<Value> {
        match &o.payload {
            Payload::List(l) => match sl {
                Some(s) => {
                    let (start, stop, step) = crate::vm::types::slice::indices(vm, s, l.len())?;
                    Ok(list_slice(l, start, stop, step))
                }
                None => {
                    let i = seq_index(vm, key, l.len(), "list")?;
                    l.get(i).ok_or_else(|| index_error("list index out of range"))
                }
            },
            Payload::Tuple(t) => match sl {
                Some(s) => {
                    let pos = positions(vm, s, t.len())?;
                    if pos.len() == t.len() && pos.first().is_none_or(|&p| p == 0) && pos.last().is_none_or(|&p| p + 1 == t.len()) && exact(obj) {
                        return Ok(obj.clone());
                    }
                    Ok(new_tuple(pos.iter().map(|&p| t[p].clone()).collect()))
                }
                None => {
                    let i = seq_index(vm, key, t.len(), "tuple")?;
                    Ok(t[i].clone())
                }
            },
            Payload::Str(s) => match sl {
                Some(slc) => {
                    let pos = positions(vm, slc, s.char_len)?;
                    if s.is_ascii() {
                        let b = s.s.as_bytes();
                        let out: Vec<u8> = pos.iter().map(|&p| b[p]).collect();
                        Ok(new_string(String::from_utf8(out).unwrap()))
                    } else {
                        let chars: Vec<char> = s.s.chars().collect();
                        Ok(new_string(pos.iter().map(|&p| chars[p]).collect()))
                    }
                }
                None => {
                    if !is_int_like(key) && crate::vm::types::typeobj::lookup(class_of_ref(key), "__index__").is_none() {
                        return Err(type_error(format!("string indices must be integers, not '{}'", type_name(key))));
                    }
                    let i = seq_index(vm, key, s.char_len, "string")?;
                    Ok(new_string(char_at(s, i)))
                }
            },
            Payload::Bytes(b) => match sl {
                Some(s) => {
                    let pos = positions(vm, s, b.len())?;
                    Ok(new_bytes(pos.iter().map(|&p| b[p]).collect()))
                }
                None => {
                    let i = seq_index(vm, key, b.len(), "byte")
                        .map_err(|e| if e.matches(ExcKind::IndexError) { index_error("index out of range") } else { e })?;
                    Ok(new_int(b[i] as i64))
                }
            },
            Payload::ByteArray(b) => match sl {
                Some(s) => {
                    let pos = positions(vm, s, b.len())?;
                    let items = b.get();
                    Ok(new_bytearray(pos.iter().map(|&p| items[p]).collect()))
                }
                None => {
                    let i = seq_index(vm, key, b.len(), "bytearray")
                        .map_err(|e| if e.matches(ExcKind::IndexError) { index_error("bytearray index out of range") } else { e })?;
                    Ok(new_int(b.get()[i] as i64))
                }
            },
            Payload::Dict(d) => match d.get(vm, key)? {
                Some(v) => Ok(v),
                None => Err(key_error(key.clone())),
            },
            Payload::Range(r) => crate::vm::types::range_ops::range_getitem(vm, r, key),
            _ => Err(PyErr::msg(ExcKind::TypeError, "not subscriptable")),
        }
    })())
}

/// The list `l[start:stop:step]` for adjusted indices.
#[inline]
pub fn list_slice(l: &crate::vm::types::list::ListData, start: i64, stop: i64, step: i64) -> Value {
    let n = crate::vm::types::slice::slice_len(start, stop, step);
    crate::vm::types::list::new_list_from(l.slice(start.max(0) as usize, step as isize, n))
}

/// `obj[start:stop:step]` (BuildSlice fused with BinarySubscr) for an exact
/// list and parts that are None or small ints; None to build the slice.
#[inline]
pub fn list_slice_fast(obj: &Value, start: &Value, stop: &Value, step: &Value) -> Option<Value> {
    let o = obj.as_obj()?;
    let Payload::List(l) = &o.payload else { return None };
    if o.class.peek_bits() != types().list.bits() || crate::vm::protection::is_protected(o) {
        return None;
    }
    let (a, b, c) = crate::vm::types::slice::small_indices(start, stop, step, l.len())?;
    Some(list_slice(l, a, b, c))
}

/// `obj[start:stop] = value` (BuildSlice fused with StoreSubscr) for an
/// exact list, None or small-int bounds and an exact list or tuple value
/// (collecting it runs no Python code); None to build the slice.
pub fn list_assign_slice_fast(obj: &Value, start: &Value, stop: &Value, value: &Value) -> Option<PyResult<()>> {
    let o = obj.as_obj()?;
    let Payload::List(l) = &o.payload else { return None };
    // A protected target or value: the general path computes the bounds
    // under the target's write lock and reads the value under its read lock.
    if o.class.peek_bits() != types().list.bits() || crate::vm::protection::is_protected(o) {
        return None;
    }
    if value.as_obj().is_some_and(crate::vm::protection::is_protected) {
        return None;
    }
    let none = &crate::vm::types::registry::singletons().none;
    let (a, b, _) = crate::vm::types::slice::small_indices(start, stop, none, l.len())?;
    let items = fast_items(value)?;
    Some(assign_items(obj, l, a as usize, b.max(a) as usize, items, value))
}

/// The store of `list_assign_slice_fast`, once the mutation is allowed.
#[inline(always)]
fn assign_items(obj: &Value, l: &crate::vm::types::list::ListData, a: usize, b: usize, items: Vec<Value>, value: &Value) -> PyResult<()> {
    let _guard = check_mutable(obj, "item assignment")?;
    crate::vm::protocols::check_storable(value)?;
    drop(l.splice(a, b, items));
    Ok(())
}

pub fn builtin_setitem(vm: &mut Vm, obj: &Value, key: &Value, value: &Value) -> Option<PyResult<()>> {
    if !exact(obj) {
        return None;
    }
    setitem_impl(vm, obj, key, value)
}

pub fn setitem_impl(vm: &mut Vm, obj: &Value, key: &Value, value: &Value) -> Option<PyResult<()>> {
    let o = obj.as_obj()?;
    match &o.payload {
        Payload::List(_) | Payload::Dict(_) | Payload::ByteArray(_) => {}
        _ => return None,
    }
    Some((|| -> PyResult<()> {
        let _guard = check_mutable(obj, "item assignment")?;
        crate::vm::protocols::check_storable(value)?;
        match &o.payload {
            Payload::List(l) => match as_slice(key) {
                Some(s) => {
                    let new_items = ops::collect(vm, value).map_err(|e| {
                        if e.matches(ExcKind::TypeError) { type_error("can only assign an iterable") } else { e }
                    })?;
                    let len = l.len();
                    let (start, stop, step) = crate::vm::types::slice::indices(vm, s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        let old: Vec<Value> = l.splice(start as usize, stop as usize, new_items);
                        drop(old);
                    } else {
                        let pos = positions(vm, s, len)?;
                        if pos.len() != new_items.len() {
                            return Err(value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                pos.len()
                            )));
                        }
                        for (p, v) in pos.into_iter().zip(new_items) {
                            l.set(p, v);
                        }
                    }
                    Ok(())
                }
                None => {
                    let i = seq_index(vm, key, l.len(), "list")
                        .map_err(|e| if e.matches(ExcKind::IndexError) { index_error("list assignment index out of range") } else { e })?;
                    l.set(i, value.clone());
                    Ok(())
                }
            },
            Payload::Dict(d) => d.set(vm, key.clone(), value.clone()),
            Payload::ByteArray(b) => match as_slice(key) {
                Some(s) => {
                    let new_bytes = crate::vm::types::bytes_ops::bytes_from_value(vm, value)?;
                    let len = b.len();
                    let (start, stop, step) = crate::vm::types::slice::indices(vm, s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        b.splice(start as usize, stop as usize, &new_bytes);
                    } else {
                        let pos = positions(vm, s, len)?;
                        if pos.len() != new_bytes.len() {
                            return Err(value_error(format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                new_bytes.len(),
                                pos.len()
                            )));
                        }
                        for (p, v) in pos.into_iter().zip(new_bytes) {
                            b.set(p, v);
                        }
                    }
                    Ok(())
                }
                None => {
                    let i = seq_index(vm, key, b.len(), "bytearray")
                        .map_err(|e| if e.matches(ExcKind::IndexError) { index_error("bytearray index out of range") } else { e })?;
                    let byte = crate::vm::types::bytes_ops::byte_value(vm, value)?;
                    b.set(i, byte);
                    Ok(())
                }
            },
            _ => unreachable!(),
        }
    })())
}

pub fn builtin_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> Option<PyResult<()>> {
    if !exact(obj) {
        return None;
    }
    delitem_impl(vm, obj, key)
}

pub fn delitem_impl(vm: &mut Vm, obj: &Value, key: &Value) -> Option<PyResult<()>> {
    let o = obj.as_obj()?;
    match &o.payload {
        Payload::List(_) | Payload::Dict(_) | Payload::ByteArray(_) => {}
        _ => return None,
    }
    Some((|| -> PyResult<()> {
        let _guard = check_mutable(obj, "item deletion")?;
        match &o.payload {
            Payload::List(l) => match as_slice(key) {
                Some(s) => {
                    let mut pos = positions(vm, s, l.len())?;
                    pos.sort_unstable();
                    pos.dedup();
                    let mut kept = l.snapshot();
                    for p in pos.into_iter().rev() {
                        if p < kept.len() {
                            kept.remove(p);
                        }
                    }
                    drop(l.replace_all(kept));
                    Ok(())
                }
                None => {
                    let i = seq_index(vm, key, l.len(), "list")
                        .map_err(|e| if e.matches(ExcKind::IndexError) { index_error("list assignment index out of range") } else { e })?;
                    drop(l.remove(i));
                    Ok(())
                }
            },
            Payload::Dict(d) => match d.remove(vm, key)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.clone())),
            },
            Payload::ByteArray(b) => match as_slice(key) {
                Some(s) => {
                    let mut pos = positions(vm, s, b.len())?;
                    pos.sort_unstable();
                    b.with_mut(|v| {
                        for p in pos.into_iter().rev() {
                            if p < v.len() {
                                v.remove(p);
                            }
                        }
                    });
                    Ok(())
                }
                None => {
                    let i = seq_index(vm, key, b.len(), "bytearray")?;
                    b.splice(i, i + 1, &[]);
                    Ok(())
                }
            },
            _ => unreachable!(),
        }
    })())
}

pub fn builtin_contains(vm: &mut Vm, container: &Value, item: &Value) -> Option<PyResult<bool>> {
    if !exact(container) {
        return None;
    }
    contains_impl(vm, container, item)
}

pub fn contains_impl(vm: &mut Vm, container: &Value, item: &Value) -> Option<PyResult<bool>> {
    let o = container.as_obj()?;
    Some(match &o.payload {
        Payload::Str(s) => match super::str::as_str(item) {
            Some(sub) => Ok(s.s.contains(sub)),
            None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item)))),
        },
        Payload::List(l) => {
            let mut i = 0;
            loop {
                let Some(x) = l.get(i) else { break Ok(false) };
                match ops::eq_bool(vm, &x, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
                i += 1;
            }
        }
        Payload::Tuple(t) => {
            let mut r = Ok(false);
            for x in t.iter() {
                match ops::eq_bool(vm, x, item) {
                    Ok(true) => {
                        r = Ok(true);
                        break;
                    }
                    Ok(false) => {}
                    Err(e) => {
                        r = Err(e);
                        break;
                    }
                }
            }
            r
        }
        Payload::Dict(d) => d.contains(vm, item),
        Payload::Set(s) => crate::vm::types::set_py::contains_key(vm, s, item),
        Payload::Bytes(_) | Payload::ByteArray(_) => crate::vm::types::bytes_ops::bytes_contains(vm, container, item),
        Payload::Range(r) => crate::vm::types::range_ops::range_contains(vm, r, item),
        _ => return None,
    })
}

pub fn compare_seqs(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(py_bool(op == CmpOp::Ne));
    }
    for (a, b) in x.iter().zip(y.iter()) {
        if !ops::eq_bool(vm, a, b)? {
            return match op {
                CmpOp::Eq => Ok(py_bool(false)),
                CmpOp::Ne => Ok(py_bool(true)),
                _ => ops::compare(vm, a, b, op),
            };
        }
    }
    Ok(py_bool(ops::cmp_ord(x.len().cmp(&y.len()), op)))
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    let i = ops::index_value(vm, n)?;
    Ok(if i < 0 { 0 } else { i as usize })
}

/// `+`, `*` and `%` on exact built-in sequences.
pub fn builtin_seq_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let pa = a.as_obj().map(|o| &o.payload);
    let pb = b.as_obj().map(|o| &o.payload);
    match (op, pa, pb) {
        (BinOp::Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.s.len() + y.s.len());
            s.push_str(&x.s);
            s.push_str(&y.s);
            Some(Ok(new_string(s)))
        }
        (BinOp::Add, Some(Payload::List(x)), Some(Payload::List(y))) => {
            let mut v = x.snapshot();
            v.extend(y.snapshot());
            Some(Ok(new_list(v)))
        }
        (BinOp::Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Some(Ok(new_tuple(v)))
        }
        (BinOp::Add, Some(Payload::Bytes(_) | Payload::ByteArray(_)), _) => {
            crate::vm::types::bytes_ops::bytes_concat(vm, a, b)
        }
        (BinOp::Mul, Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)), _)
            if is_int_like(b) || crate::vm::types::typeobj::lookup(class_of_ref(b), "__index__").is_some() =>
        {
            Some(repeat_count(vm, b).and_then(|n| repeat(a, n)))
        }
        (BinOp::Mul, _, Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
            if is_int_like(a) =>
        {
            Some(repeat_count(vm, a).and_then(|n| repeat(b, n)))
        }
        (BinOp::Mod, Some(Payload::Str(_)), _) => Some(crate::vm::types::str_format::percent_format(vm, a, b)),
        (BinOp::Mod, Some(Payload::Bytes(_) | Payload::ByteArray(_)), _) => {
            Some(crate::vm::types::bytes_ops::bytes_percent(vm, a, b))
        }
        (BinOp::Or, Some(Payload::Dict(_)), Some(Payload::Dict(_))) => Some(crate::vm::types::dict_methods::dict_or(vm, a, b)),
        (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Some(Payload::Set(_)), Some(Payload::Set(_))) => {
            Some(crate::vm::types::set::set_binop(vm, a, b, op))
        }
        _ => None,
    }
}

fn repeat(a: &Value, n: usize) -> PyResult<Value> {
    Ok(match &a.as_obj().unwrap().payload {
        Payload::Str(s) => {
            if s.s.len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize / 2) {
                return Err(PyErr::empty(ExcKind::MemoryError));
            }
            new_string(s.s.repeat(n))
        }
        Payload::List(l) => {
            let items = l.snapshot();
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            new_list(v)
        }
        Payload::Tuple(t) => {
            if n == 1 && class_of_ref(a).is(&types().tuple) {
                return Ok(a.clone());
            }
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            new_tuple(v)
        }
        Payload::Bytes(b) => new_bytes(b.repeat(n)),
        Payload::ByteArray(b) => new_bytearray(b.get().repeat(n)),
        _ => unreachable!(),
    })
}

/// In-place operators on exact mutable built-ins (`list +=`, `list *=`, set ops, dict |=).
pub fn builtin_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let pa = &a.as_obj()?.payload;
    // Each arm reads `b` under its read lock, taken before `a`'s write lock
    // (see `protection`: a thread never waits for a read holding a write).
    use crate::vm::protection::read;
    match (op, pa) {
        (BinOp::Add, Payload::List(l)) => Some((|| {
            let _read = read(b);
            let _guard = check_mutable(a, "list +=")?;
            let items = ops::collect(vm, b)?;
            l.extend(items);
            Ok(a.clone())
        })()),
        (BinOp::Mul, Payload::List(l)) if is_int_like(b) => Some((|| {
            let _guard = check_mutable(a, "list *=")?;
            let n = repeat_count(vm, b)?;
            let items = l.snapshot();
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            drop(l.replace_all(v));
            Ok(a.clone())
        })()),
        (BinOp::Add, Payload::ByteArray(ba)) => Some((|| {
            let _read = read(b);
            let _guard = check_mutable(a, "bytearray +=")?;
            let bs = crate::vm::types::bytes_ops::bytes_from_buffer(b)?;
            ba.extend_from_slice(&bs);
            Ok(a.clone())
        })()),
        (BinOp::Or, Payload::Dict(_)) => Some((|| {
            let _read = read(b);
            let _guard = check_mutable(a, "dict |=")?;
            crate::vm::types::dict_py::update_from_value(vm, a, b)?;
            Ok(a.clone())
        })()),
        (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Payload::Set(_)) if crate::vm::types::set::is_mutable_set(a) => {
            let _read = read(b);
            Some(crate::vm::types::set::set_inplace(vm, a, b, op))
        }
        _ => None,
    }
}
