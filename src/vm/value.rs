//! `Value`: one machine word, either a small integer stored inline or a
//! pointer to a heap object.
//!
//! Encoding: bit 0 set → small int (63-bit, `raw >> 1`); bit 0 clear → a
//! non-null pointer to an 8-aligned [`Obj`]. Cloning a pointer value bumps the
//! object's reference count only on the main thread and only for mortal
//! main-heap objects (see `heap::incref`); in a parallel context it is a plain
//! copy.

use super::heap;
use super::object::Obj;
use std::ptr::NonNull;

#[repr(transparent)]
pub struct Value(NonNull<u8>);

// SAFETY: a Value is a tagged pointer; sharing it across threads is governed
// by the memory model (contexts never touch main-heap reference counts, and
// main-heap memory is reclaimed only after every context passed a quiescent
// point). The type itself carries no thread-affine state.
unsafe impl Send for Value {}
unsafe impl Sync for Value {}

pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// A small int, if it fits in 63 bits.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            // SAFETY: (i << 1) | 1 is odd, hence non-zero.
            Some(Value(unsafe { NonNull::new_unchecked(((i << 1) | 1) as usize as *mut u8) }))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        (self.0.as_ptr() as usize) & 1 == 1
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() { Some((self.0.as_ptr() as usize as i64) >> 1) } else { None }
    }

    /// The raw word (identity, hashing of identities).
    #[inline(always)]
    pub fn bits(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The heap object, or None for a small int.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&Obj> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: non-int values always point to a live Obj: the value
            // holds a reference (or the object is immortal / owned by the
            // current context's arena, which outlives the value).
            Some(unsafe { &*(self.0.as_ptr() as *const Obj) })
        }
    }

    /// Wrap a pointer to an object, taking over one reference.
    ///
    /// # Safety
    /// `ptr` must point to a live Obj and the caller transfers one reference.
    #[inline(always)]
    pub unsafe fn from_obj_ptr(ptr: *const Obj) -> Value {
        // SAFETY: guaranteed non-null by the caller's contract.
        Value(unsafe { NonNull::new_unchecked(ptr as *mut u8) })
    }

    /// A new reference to the object (increments its count).
    #[inline(always)]
    pub fn from_obj_ref(obj: &Obj) -> Value {
        heap::incref(obj);
        // SAFETY: obj is a live object and we just took a reference.
        unsafe { Value::from_obj_ptr(obj as *const Obj) }
    }

    #[inline(always)]
    pub fn obj_ptr(&self) -> *const Obj {
        self.0.as_ptr() as *const Obj
    }

    /// Give up ownership without decrementing (the caller keeps the reference).
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let b = self.bits();
        std::mem::forget(self);
        b
    }

    /// # Safety
    /// `bits` must come from `into_raw` (or be a valid encoding carrying one reference).
    #[inline(always)]
    pub unsafe fn from_raw(bits: usize) -> Value {
        // SAFETY: contract above; valid encodings are non-zero.
        Value(unsafe { NonNull::new_unchecked(bits as *mut u8) })
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(o) = self.as_obj() {
            heap::incref(o);
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(o) = self.as_obj() {
            heap::decref(o);
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value(int {i})"),
            None => write!(f, "Value({:?} @{:p})", self.as_obj().unwrap().payload_kind(), self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn small_int_roundtrip() {
        for i in [0i64, 1, -1, 42, SMALL_INT_MAX, SMALL_INT_MIN] {
            let v = Value::try_small_int(i).unwrap();
            assert!(v.is_small_int());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }
}
