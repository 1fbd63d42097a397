//! Built-in iterators: over lists, tuples, strings, bytes, dicts, sets and
//! ranges; the old `__getitem__` protocol; enumerate, zip, map, filter,
//! reversed and `iter(callable, sentinel)`.

use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::new_int;
use crate::vm::types::registry::{types, ExcKind};
use crate::vm::types::str::new_str;
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::class_of_ref;
use crate::vm::value::Value;
use std::cell::UnsafeCell;

pub enum IterState {
    /// list / tuple / str / bytes / bytearray by position.
    Seq { seq: Value, pos: usize },
    /// str by byte offset (non-ASCII text).
    StrChars { s: Value, byte_pos: usize },
    Range { next: i64, step: i64, remaining: u64 },
    /// dict keys (0), values (1), items (2).
    Dict { dict: Value, pos: usize, len: usize, kind: u8 },
    Set { set: Value, pos: usize, len: usize },
    /// Old protocol: obj[0], obj[1], ... until IndexError.
    GetItem { obj: Value, index: i64 },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    /// reversed() over a sequence: positions counting down.
    Reversed { seq: Value, next: i64 },
    Callable { func: Value, sentinel: Value },
    Done,
}

pub struct IterData {
    state: UnsafeCell<IterState>,
}

impl IterData {
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut IterState {
        // SAFETY: iterators are advanced only by their owning thread, and
        // every arm below copies out what it needs before calling Python
        // code, never holding this borrow across such a call.
        unsafe { &mut *self.state.get() }
    }
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        match self.state() {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit(seq),
            IterState::StrChars { s, .. } => visit(s),
            IterState::Dict { dict, .. } => visit(dict),
            IterState::Set { set, .. } => visit(set),
            IterState::GetItem { obj, .. } => visit(obj),
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count)
            }
            IterState::Zip { its, .. } => its.iter().for_each(|v| visit(v)),
            IterState::Map { func, its } => {
                visit(func);
                its.iter().for_each(|v| visit(v))
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it)
            }
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel)
            }
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}

pub fn new_iter(class: Value, state: IterState) -> Value {
    // The generic classes become CPython's specific ones (`list_iterator`,
    // `range_iterator`, `list_reverseiterator`, ...), which type() shows.
    let class = if class.is(&types().iterator) || class.is(&types().reversed) {
        named_class(&class, &state).unwrap_or(class)
    } else {
        class
    };
    heap::alloc(class, Payload::Iter(Box::new(IterData { state: UnsafeCell::new(state) })))
}

const ITER_NAMES: [&str; 13] = [
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "callable_iterator",
    "list_reverseiterator",
];

/// Immortal subclasses of the generic iterator type, one per name above
/// (they inherit `__next__`/`__iter__`; only the name differs).
fn iter_classes() -> &'static Vec<Value> {
    static CLASSES: crate::vm::valgrind::OnceLock<Vec<Value>> = crate::vm::valgrind::OnceLock::new();
    CLASSES.get_or_init(|| crate::vm::heap::permanent(|| {
        use crate::vm::types::typeobj::{alloc_type, type_data, BaseKind};
        let base = types().iterator.clone();
        ITER_NAMES
            .iter()
            .map(|n| {
                let dict = crate::vm::types::module::new_dict_value();
                let t = alloc_type(types().type_.clone(), n, vec![base.clone()], dict, BaseKind::Internal, 0, None, true);
                let mro = new_tuple(vec![t.clone(), base.clone(), types().object.clone()]);
                heap::make_immortal(&mro);
                type_data(&t).unwrap().mro.set(Some(mro));
                t
            })
            .collect()
    }))
}

fn named_class(class: &Value, state: &IterState) -> Option<Value> {
    fn kind_of(v: &Value) -> Option<&Payload> {
        v.as_obj().map(|o| &o.payload)
    }
    let name = if class.is(&types().reversed) {
        match state {
            IterState::Reversed { seq, .. } if matches!(kind_of(seq), Some(Payload::List(_))) => "list_reverseiterator",
            _ => return None,
        }
    } else {
        match state {
            IterState::Seq { seq, .. } => match kind_of(seq)? {
                Payload::List(_) => "list_iterator",
                Payload::Tuple(_) => "tuple_iterator",
                Payload::Str(_) => "str_ascii_iterator",
                Payload::Bytes(_) => "bytes_iterator",
                Payload::ByteArray(_) => "bytearray_iterator",
                _ => return None,
            },
            IterState::StrChars { .. } => "str_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind: 0, .. } => "dict_keyiterator",
            IterState::Dict { kind: 1, .. } => "dict_valueiterator",
            IterState::Dict { .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Callable { .. } => "callable_iterator",
            _ => return None,
        }
    };
    let i = ITER_NAMES.iter().position(|n| *n == name)?;
    iter_classes().get(i).cloned()
}

pub fn new_seq_iter(obj: Value) -> Value {
    new_iter(types().iterator.clone(), IterState::GetItem { obj, index: 0 })
}

/// iter() for exact built-in containers (and built-in iterators themselves).
pub fn builtin_iter(v: &Value) -> Option<Value> {
    let o = v.as_obj()?;
    let exact = class_of_ref(v).as_obj().unwrap().is_immortal();
    let st = match &o.payload {
        Payload::Iter(_) if exact => return Some(v.clone()),
        _ if !exact => return None,
        Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
            IterState::Seq { seq: v.clone(), pos: 0 }
        }
        Payload::Str(s) => {
            if s.is_ascii() {
                IterState::Seq { seq: v.clone(), pos: 0 }
            } else {
                IterState::StrChars { s: v.clone(), byte_pos: 0 }
            }
        }
        Payload::Dict(d) => IterState::Dict { dict: v.clone(), pos: 0, len: d.len(), kind: 0 },
        Payload::Set(s) => IterState::Set { set: v.clone(), pos: 0, len: s.len() },
        Payload::Range(r) => return crate::vm::types::range_ops::range_iter(r),
        _ => return None,
    };
    Some(new_iter(types().iterator.clone(), st))
}

/// next() for built-in iterators; None if `it` is not one.
pub fn builtin_next(vm: &mut Vm, it: &Value) -> Option<PyResult<Option<Value>>> {
    match &it.as_obj()?.payload {
        Payload::Iter(d) => Some(next_state(vm, d)),
        _ => None,
    }
}

/// `next()` for the iterators `for` loops use most (range, list, tuple),
/// which cannot run Python code or fail: Some(item or None at the end),
/// or None when `it` needs the general path.
#[inline(always)]
pub fn fast_next(it: &Value) -> Option<Option<Value>> {
    let Payload::Iter(d) = &it.as_obj()?.payload else { return None };
    match d.state() {
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = v.wrapping_add(*step);
            Some(Some(new_int(v)))
        }
        IterState::Seq { seq, pos } => {
            let i = *pos;
            let so = seq.as_obj()?;
            let r = match &so.payload {
                // A protected list is read under its lock by `next_state`.
                Payload::List(_) if crate::vm::protection::is_protected(so) => return None,
                Payload::List(l) => l.get(i),
                Payload::Tuple(t) => t.get(i).cloned(),
                _ => return None,
            };
            match r {
                Some(v) => {
                    *pos = i + 1;
                    Some(Some(v))
                }
                None => {
                    *d.state() = IterState::Done;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

fn next_state(vm: &mut Vm, d: &IterData) -> PyResult<Option<Value>> {
    // A step over a protected container is one read of it.
    use crate::vm::protection::read;
    match d.state() {
        IterState::Seq { seq, pos } => {
            let _read = read(seq);
            let i = *pos;
            let r = match &seq.as_obj().unwrap().payload {
                Payload::List(l) => l.get(i),
                Payload::Tuple(t) => t.get(i).cloned(),
                Payload::Str(s) => s.s.get(i..i + 1).map(new_str),
                Payload::Bytes(b) => b.get(i).map(|x| new_int(*x as i64)),
                Payload::ByteArray(b) => b.byte(i).map(|x| new_int(x as i64)),
                _ => None,
            };
            match r {
                Some(v) => {
                    *pos = i + 1;
                    Ok(Some(v))
                }
                None => {
                    *d.state() = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::StrChars { s, byte_pos } => {
            let text = crate::vm::types::str::as_str(s).unwrap();
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    Ok(Some(new_str(c.encode_utf8(&mut [0; 4]))))
                }
                None => Ok(None),
            }
        }
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = v.wrapping_add(*step);
            Ok(Some(new_int(v)))
        }
        IterState::Dict { dict, pos, len, kind } => {
            let _read = read(dict);
            let dd = match &dict.as_obj().unwrap().payload {
                Payload::Dict(dd) => dd,
                _ => unreachable!(),
            };
            if dd.len() != *len {
                *len = usize::MAX;
                return Err(crate::vm::errors::runtime_error("dictionary changed size during iteration"));
            }
            match dd.next_entry(*pos) {
                Some((p, k, v)) => {
                    *pos = p + 1;
                    Ok(Some(match kind {
                        0 => k,
                        1 => v,
                        _ => new_tuple(vec![k, v]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterState::Set { set, pos, len } => {
            let _read = read(set);
            let sd = crate::vm::types::set::as_set(set).unwrap();
            if sd.len() != *len {
                *len = usize::MAX;
                return Err(crate::vm::errors::runtime_error("Set changed size during iteration"));
            }
            match sd.next_item(*pos) {
                Some((p, k)) => {
                    *pos = p + 1;
                    Ok(Some(k))
                }
                None => Ok(None),
            }
        }
        IterState::GetItem { obj, index } => {
            let (obj, i) = (obj.clone(), *index);
            match ops::getitem(vm, &obj, &new_int(i)) {
                Ok(v) => {
                    if let IterState::GetItem { index, .. } = d.state() {
                        *index = i + 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                    *d.state() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Enumerate { it, count } => {
            let (it, c) = (it.clone(), count.clone());
            let next = match fast_next(&it) {
                Some(r) => r,
                None => ops::next(vm, &it)?,
            };
            match next {
                Some(v) => {
                    let nc = match c.as_small_int().and_then(|i| i.checked_add(1)).and_then(Value::try_small_int) {
                        Some(n) => n,
                        None => ops::binary_op(vm, &c, &new_int(1), crate::compiler::bytecode::BinOp::Add)?,
                    };
                    if let IterState::Enumerate { count, .. } = d.state() {
                        *count = nc;
                    }
                    Ok(Some(new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (n, it) in its.iter().enumerate() {
                match ops::next(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        *d.state() = IterState::Done;
                        if strict {
                            if n > 0 {
                                let pl = if n == 1 { " " } else { "s 1-" };
                                return Err(value_error(format!(
                                    "zip() argument {} is shorter than argument{pl}{}",
                                    n + 1,
                                    n
                                )));
                            }
                            for (m, other) in its.iter().enumerate().skip(1) {
                                if ops::next(vm, other)?.is_some() {
                                    let pl = if m == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!(
                                        "zip() argument {} is longer than argument{pl}{}",
                                        m + 1,
                                        m
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match ops::next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            crate::vm::call::call(vm, &func, &args, &[]).map(Some)
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            loop {
                let Some(v) = ops::next(vm, &it)? else { return Ok(None) };
                let keep = if ops::is_none(&func) {
                    ops::truthy(vm, &v)?
                } else {
                    let r = crate::vm::call::call(vm, &func, std::slice::from_ref(&v), &[])?;
                    ops::truthy(vm, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::Reversed { seq, next } => {
            if *next < 0 {
                return Ok(None);
            }
            let (seq, i) = (seq.clone(), *next);
            if let IterState::Reversed { next, .. } = d.state() {
                *next = i - 1;
            }
            match ops::getitem(vm, &seq, &new_int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                    *d.state() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            let v = crate::vm::call::call(vm, &func, &[], &[])?;
            if ops::eq_bool(vm, &v, &sentinel)? {
                *d.state() = IterState::Done;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Done => Ok(None),
    }
}

/// Length hint for built-in iterators (for `__length_hint__` and list()).
pub fn length_hint(it: &Value) -> Option<usize> {
    match &it.as_obj()?.payload {
        Payload::Iter(d) => match d.state() {
            IterState::Range { remaining, .. } => Some(*remaining as usize),
            IterState::Seq { seq, pos } => crate::vm::types::seq::len_impl(seq).map(|n| n.saturating_sub(*pos)),
            _ => None,
        },
        _ => None,
    }
}

pub fn dict_view_iter(dict: Value, kind: u8) -> PyResult<Value> {
    let len = match &dict.as_obj().map(|o| &o.payload) {
        Some(Payload::Dict(d)) => d.len(),
        _ => return Err(type_error("not a dict")),
    };
    Ok(new_iter(types().iterator.clone(), IterState::Dict { dict, pos: 0, len, kind }))
}

pub fn new_state_iter(state: IterState) -> Value {
    new_iter(types().iterator.clone(), state)
}
