//! `memoryview`: a one-dimensional view of a bytes or bytearray object's
//! memory. A view of a bytearray sees (and makes) changes to it; slicing
//! makes a view of the same object with a composed start/step. `cast` to
//! another item format is supported for contiguous views.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{attr, method, static_method};
use crate::vm::errors::{index_error, type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::bytes::{as_bytes, new_bytes};
use crate::vm::types::int::new_int;
use crate::vm::types::list::new_list;
use crate::vm::types::misc_types::new_getter;
use crate::vm::types::registry::{none, not_implemented, py_bool, types};
use crate::vm::types::slice::{as_slice, indices, slice_len};
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::tuple::new_tuple;
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct MemView {
    /// The exporting bytes/bytearray object.
    obj: Value,
    /// Byte offset of the first item, step between items in bytes, item count.
    start: usize,
    step: isize,
    len: usize,
    format: char,
    itemsize: usize,
    /// Made by toreadonly(): refuses writes even over a bytearray.
    ro: bool,
    released: AtomicBool,
}

impl NativeData for MemView {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj)
    }
}

fn view_of(v: &Value) -> Option<&MemView> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<MemView>(),
        _ => None,
    }
}

/// A live (not released) view, or the CPython errors.
fn live(v: &Value) -> PyResult<&MemView> {
    let m = view_of(v).ok_or_else(|| type_error(format!("descriptor requires a 'memoryview' object but received a '{}'", type_name(v))))?;
    if m.released.load(Ordering::Relaxed) {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn readonly(m: &MemView) -> bool {
    m.ro || !matches!(m.obj.as_obj().map(|o| &o.payload), Some(Payload::ByteArray(_)))
}

/// The raw bytes the view covers, in view order (copied out).
fn raw(m: &MemView) -> Vec<u8> {
    let src = as_bytes(&m.obj).unwrap_or_default();
    let mut out = Vec::with_capacity(m.len * m.itemsize);
    for i in 0..m.len {
        let off = m.start as isize + i as isize * m.step;
        if off < 0 {
            break;
        }
        let off = off as usize;
        match src.get(off..off + m.itemsize) {
            Some(s) => out.extend_from_slice(s),
            None => break,
        }
    }
    out
}

/// The bytes of a memoryview (for bytes(m), b''.join, comparisons).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = view_of(v)?;
    if m.released.load(Ordering::Relaxed) {
        return None;
    }
    Some(raw(m))
}

fn new_view(obj: Value, start: usize, step: isize, len: usize, format: char, itemsize: usize) -> Value {
    new_view_ro(obj, start, step, len, format, itemsize, false)
}

fn new_view_ro(obj: Value, start: usize, step: isize, len: usize, format: char, itemsize: usize, ro: bool) -> Value {
    heap::alloc(
        types().memoryview.clone(),
        Payload::Native(Box::new(MemView { obj, start, step, len, format, itemsize, ro, released: AtomicBool::new(false) })),
    )
}

fn mv_toreadonly(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("toreadonly", 1)?;
    let m = live(&p[0])?;
    Ok(new_view_ro(m.obj.clone(), m.start, m.step, m.len, m.format, m.itemsize, true))
}

fn g_suboffsets(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    live(&a.args[0])?;
    Ok(new_tuple(vec![]))
}

fn item_size(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'd' | 'N' | 'n' | 'P' => 8,
        _ => return None,
    })
}

fn unpack(f: char, b: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(buf);
    match f {
        'B' | 'H' | 'I' => new_int(u as i64),
        'L' | 'Q' | 'N' | 'P' => crate::vm::types::int::new_int_i128(u as i128),
        'b' => new_int(b[0] as i8 as i64),
        'h' => new_int(i16::from_le_bytes([b[0], b[1]]) as i64),
        'i' => new_int(i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64),
        'l' | 'q' | 'n' => new_int(u as i64),
        'f' => crate::vm::types::float::new_float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        'd' => crate::vm::types::float::new_float(f64::from_bits(u)),
        '?' => py_bool(b[0] != 0),
        'c' => new_bytes(vec![b[0]]),
        _ => new_int(u as i64),
    }
}

fn pack(vm: &mut Vm, f: char, size: usize, v: &Value) -> PyResult<Vec<u8>> {
    let bad = || value_error(format!("memoryview: invalid value for format '{f}'"));
    if f == 'c' {
        return match as_bytes(v) {
            Some(b) if b.len() == 1 => Ok(b.to_vec()),
            _ => Err(bad()),
        };
    }
    let i = ops::index_value(vm, v).map_err(|e| {
        if e.matches(crate::vm::types::registry::ExcKind::TypeError) {
            type_error(format!("memoryview: invalid type for format '{f}'"))
        } else {
            e
        }
    })?;
    let bits = size * 8;
    let ok = if f.is_ascii_uppercase() { i >= 0 && (bits >= 64 || i < (1i64 << bits)) } else { bits >= 64 || (i >= -(1i64 << (bits - 1)) && i < (1i64 << (bits - 1))) };
    if !ok {
        return Err(bad());
    }
    Ok(i.to_le_bytes()[..size].to_vec())
}

// ------------------------------------------------------------------ methods

fn mv_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Args::with_kw(&a.args[1..], a.kwnames);
    let [obj] = p.bind("memoryview", ["object"], 1)?;
    let obj = obj.unwrap();
    if let Some(m) = view_of(&obj) {
        let m = live(&obj).map(|_| m)?;
        return Ok(new_view_ro(m.obj.clone(), m.start, m.step, m.len, m.format, m.itemsize, m.ro));
    }
    let n = match as_bytes(&obj) {
        Some(b) => b.len(),
        None => return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name(&obj)))),
    };
    Ok(new_view(obj, 0, 1, n, 'B', 1))
}

fn mv_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__len__", 1)?;
    Ok(new_int(live(&p[0])?.len as i64))
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__getitem__", 2)?;
    let m = live(&p[0])?;
    if let Some(s) = as_slice(&p[1]) {
        let s = s.clone();
        let (start, stop, step) = indices(vm, &s, m.len)?;
        let n = slice_len(start, stop, step);
        let bstart = m.start as isize + start as isize * m.step;
        let bstart = if n == 0 { m.start as isize } else { bstart };
        return Ok(new_view_ro(m.obj.clone(), bstart.max(0) as usize, m.step * step as isize, n, m.format, m.itemsize, m.ro));
    }
    let i = item_index(vm, m, &p[1])?;
    let off = (m.start as isize + i as isize * m.step) as usize;
    let src = as_bytes(&m.obj).unwrap_or_default();
    let b = src.get(off..off + m.itemsize).ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
    Ok(unpack(m.format, b))
}

fn item_index(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<usize> {
    let i = ops::index_value(vm, key).map_err(|e| {
        if e.matches(crate::vm::types::registry::ExcKind::TypeError) {
            type_error("memoryview: invalid slice key")
        } else {
            e
        }
    })?;
    let j = if i < 0 { i + m.len as i64 } else { i };
    if j < 0 || j >= m.len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__setitem__", 3)?;
    let m = live(&p[0])?;
    if readonly(m) {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(Payload::ByteArray(dst)) = m.obj.as_obj().map(|o| &o.payload) else {
        return Err(type_error("cannot modify read-only memory"));
    };
    // (byte offset, bytes) writes, computed before touching the target.
    let mut writes: Vec<(usize, Vec<u8>)> = Vec::new();
    if let Some(s) = as_slice(&p[1]) {
        let s = s.clone();
        let (start, stop, step) = indices(vm, &s, m.len)?;
        let n = slice_len(start, stop, step);
        let src = crate::vm::types::bytes_methods::buffer_bytes(&p[2])
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(&p[2]))))?;
        if src.len() != n * m.itemsize {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        for k in 0..n {
            let idx = start + k as i64 * step;
            let off = (m.start as isize + idx as isize * m.step) as usize;
            writes.push((off, src[k * m.itemsize..(k + 1) * m.itemsize].to_vec()));
        }
    } else {
        let i = item_index(vm, m, &p[1])?;
        let bytes = pack(vm, m.format, m.itemsize, &p[2])?;
        writes.push(((m.start as isize + i as isize * m.step) as usize, bytes));
    }
    let _guard = check_mutable(&m.obj, "memoryview item assignment")?;
    dst.with_mut(|v| {
        for (off, b) in writes {
            if off + b.len() <= v.len() {
                v[off..off + b.len()].copy_from_slice(&b);
            }
        }
    });
    Ok(none())
}

fn mv_delitem(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__delitem__", 2)?;
    live(&p[0])?;
    Err(type_error("cannot delete memory"))
}

fn mv_tobytes(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    Ok(new_bytes(raw(live(&p[0])?)))
}

fn mv_tolist(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("tolist", 1)?;
    let m = live(&p[0])?;
    let r = raw(m);
    Ok(new_list(r.chunks(m.itemsize).map(|c| unpack(m.format, c)).collect()))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = live(&a.args[0])?;
    let r = raw(m);
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [sep, group] = rest.bind("hex", ["sep", "bytes_per_sep"], 0)?;
    crate::vm::types::bytes_methods::hex_method(vm, &r, sep.as_ref(), group.as_ref())
}

fn mv_release(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("release", 1)?;
    if let Some(m) = view_of(&p[0]) {
        m.released.store(true, Ordering::Relaxed);
    }
    Ok(none())
}

fn mv_enter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    live(&p[0])?;
    Ok(p[0].clone())
}

fn mv_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    mv_release(vm, Args::new(&p[..1]))?;
    Ok(py_bool(false))
}

fn mv_cast(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("cast", 2, 3)?;
    let m = live(&p[0])?;
    let f = as_str(&p[1]).ok_or_else(|| type_error(format!("cast() argument 'format' must be str, not {}", type_name(&p[1]))))?;
    let fc = f.trim_start_matches('@');
    let mut chars = fc.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let size = item_size(c)
        .ok_or_else(|| value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"))?;
    if m.step != m.itemsize as isize && m.len > 1 {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(new_view_ro(m.obj.clone(), m.start, size as isize, nbytes / size, c, size, m.ro))
}

fn mv_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__eq__", 2)?;
    let Some(m) = view_of(&p[0]) else { return Ok(not_implemented()) };
    if p[0].is(&p[1]) {
        return Ok(py_bool(true));
    }
    if m.released.load(Ordering::Relaxed) {
        return Ok(py_bool(false));
    }
    if let Some(o) = view_of(&p[1]) {
        if o.released.load(Ordering::Relaxed) {
            return Ok(py_bool(false));
        }
        if o.format == m.format || (m.itemsize == 1 && o.itemsize == 1) {
            return Ok(py_bool(raw(m) == raw(o)));
        }
        let x = mv_tolist(vm, Args::new(&p[..1]))?;
        let y = mv_tolist(vm, Args::new(&p[1..2]))?;
        return Ok(py_bool(ops::eq_bool(vm, &x, &y)?));
    }
    match as_bytes(&p[1]) {
        Some(b) if m.format == 'B' || m.itemsize == 1 => Ok(py_bool(raw(m) == *b)),
        _ => Ok(not_implemented()),
    }
}

fn mv_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = mv_eq(vm, a)?;
    if r.is(&not_implemented()) {
        return Ok(r);
    }
    Ok(py_bool(!ops::truthy(vm, &r)?))
}

fn mv_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__hash__", 1)?;
    let m = live(&p[0])?;
    if !readonly(m) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(new_int(crate::algo::hash::hash_bytes(&raw(m))))
}

fn mv_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__iter__", 1)?;
    live(&p[0])?;
    Ok(crate::vm::types::iter::new_seq_iter(p[0].clone()))
}

fn mv_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("__repr__", 1)?;
    let addr = p[0].as_obj().map(|o| o as *const _ as usize).unwrap_or(0);
    let released = view_of(&p[0]).is_some_and(|m| m.released.load(Ordering::Relaxed));
    Ok(new_string(if released { format!("<released memory at {addr:#x}>") } else { format!("<memory at {addr:#x}>") }))
}

fn g_readonly(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(py_bool(readonly(live(&a.args[0])?)))
}
fn g_nbytes(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = live(&a.args[0])?;
    Ok(new_int((m.len * m.itemsize) as i64))
}
fn g_itemsize(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_int(live(&a.args[0])?.itemsize as i64))
}
fn g_format(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_string(live(&a.args[0])?.format.to_string()))
}
fn g_ndim(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    live(&a.args[0])?;
    Ok(new_int(1))
}
fn g_shape(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![new_int(live(&a.args[0])?.len as i64)]))
}
fn g_strides(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![new_int(live(&a.args[0])?.step as i64)]))
}
fn g_obj(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(live(&a.args[0])?.obj.clone())
}
fn g_contiguous(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = live(&a.args[0])?;
    Ok(py_bool(m.len <= 1 || m.step == m.itemsize as isize))
}

pub fn register() {
    let t = &types().memoryview;
    static_method(t, "__new__", mv_new);
    method(t, "__len__", mv_len);
    method(t, "__getitem__", mv_getitem);
    method(t, "__setitem__", mv_setitem);
    method(t, "__delitem__", mv_delitem);
    method(t, "__eq__", mv_eq);
    method(t, "__ne__", mv_ne);
    method(t, "__hash__", mv_hash);
    method(t, "__iter__", mv_iter);
    method(t, "__repr__", mv_repr);
    method(t, "__enter__", mv_enter);
    method(t, "__exit__", mv_exit);
    method(t, "tobytes", mv_tobytes);
    method(t, "tolist", mv_tolist);
    method(t, "hex", mv_hex);
    method(t, "release", mv_release);
    method(t, "cast", mv_cast);
    attr(t, "readonly", new_getter("readonly", g_readonly));
    attr(t, "nbytes", new_getter("nbytes", g_nbytes));
    attr(t, "itemsize", new_getter("itemsize", g_itemsize));
    attr(t, "format", new_getter("format", g_format));
    attr(t, "ndim", new_getter("ndim", g_ndim));
    attr(t, "shape", new_getter("shape", g_shape));
    attr(t, "strides", new_getter("strides", g_strides));
    attr(t, "obj", new_getter("obj", g_obj));
    attr(t, "c_contiguous", new_getter("c_contiguous", g_contiguous));
    attr(t, "contiguous", new_getter("contiguous", g_contiguous));
    attr(t, "f_contiguous", new_getter("f_contiguous", g_contiguous));
    attr(t, "suboffsets", new_getter("suboffsets", g_suboffsets));
    method(t, "toreadonly", mv_toreadonly);
}
