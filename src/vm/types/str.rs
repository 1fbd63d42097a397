//! `str`: immutable UTF-8 text with a cached character count and hash.
//!
//! The hash is computed lazily and cached with a relaxed atomic store, so
//! two workers hashing the same shared string at once both write the same
//! value — benign and race-free. Methods live in `str_methods.rs`.

use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::{singletons, types};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};

pub struct StrData {
    pub s: Box<str>,
    /// Number of code points.
    pub char_len: usize,
    /// -1 until computed (a Python hash is never -1).
    hash: AtomicI64,
}

impl StrData {
    pub fn new(s: &str) -> StrData {
        StrData { char_len: s.chars().count(), s: s.into(), hash: AtomicI64::new(-1) }
    }
    pub fn from_string(s: String) -> StrData {
        StrData { char_len: s.chars().count(), s: s.into_boxed_str(), hash: AtomicI64::new(-1) }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        self.compute_hash()
    }

    #[inline(never)]
    fn compute_hash(&self) -> i64 {
        let h = str_hash(&self.s);
        // Any thread may fill the cache (the same value): an atomic store.
        crate::vm::valgrind::AtomicVg::store_vg(&self.hash, h, Ordering::Relaxed);
        h
    }
}

/// CPython's hash of a str (PYTHONHASHSEED=0).
pub fn str_hash(s: &str) -> i64 {
    crate::algo::hash::hash_str(s)
}

thread_local! {
    /// Direct-mapped cache of the hashes of names looked up from Rust
    /// ("__init__", "__eq__"...): SipHash is costly relative to a probe.
    static NAME_HASHES: std::cell::RefCell<Vec<(Box<str>, i64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `str_hash`, memoised in a small direct-mapped cache (content-checked).
pub fn str_hash_cached(s: &str) -> i64 {
    let mut x: u64 = s.len() as u64;
    for &b in s.as_bytes() {
        x = (x.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    let slot = (x >> 56) as usize;
    NAME_HASHES.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize(256, (Box::from(""), 0));
        }
        let e = &mut c[slot];
        if &*e.0 == s && !s.is_empty() {
            return e.1;
        }
        let h = str_hash(s);
        *e = (Box::from(s), h);
        h
    })
}

pub fn str_hash_value(v: &Value) -> i64 {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(d)) => d.hash(),
        _ => panic!("str_hash_value on a non-str"),
    }
}

/// A new str object (or the shared one for "" and one-character
/// Latin-1 strings, as CPython does).
pub fn new_str(s: &str) -> Value {
    if s.len() <= 2 {
        if let Some(v) = shared_short(s) {
            return v;
        }
    }
    heap::alloc(types().str_.clone(), Payload::Str(StrData::new(s)))
}

pub fn new_string(s: String) -> Value {
    if s.len() <= 2 {
        if let Some(v) = shared_short(&s) {
            return v;
        }
    }
    heap::alloc(types().str_.clone(), Payload::Str(StrData::from_string(s)))
}

/// The code point of a one-character Latin-1 string.
#[inline(always)]
fn latin1_char(s: &str) -> Option<usize> {
    match *s.as_bytes() {
        [b] => Some(b as usize),
        [hi @ (0xC2 | 0xC3), lo] => Some((((hi & 0x1F) as usize) << 6) | (lo & 0x3F) as usize),
        _ => None,
    }
}

/// The immortal one-character strings, created on first use: iterating
/// over text, indexing it and `lower()` of a letter then allocate nothing,
/// and their hashes are computed once.
static CHARS: [std::sync::OnceLock<Value>; 256] = [const { std::sync::OnceLock::new() }; 256];

/// The shared str for "" or a one-character Latin-1 `s`.
#[inline]
fn shared_short(s: &str) -> Option<Value> {
    if s.is_empty() {
        return Some(singletons().empty_str.clone());
    }
    let c = latin1_char(s)?;
    // Immortal: created outside any arena, never counted nor freed.
    Some(CHARS[c].get_or_init(|| heap::alloc_immortal(Some(types().str_.clone()), Payload::Str(StrData::new(s)))).clone())
}

/// The text of a str (or str subclass) value.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    match &v.as_obj()?.payload {
        Payload::Str(d) => Some(&d.s),
        _ => None,
    }
}

#[inline]
pub fn as_str_data(v: &Value) -> Option<&StrData> {
    match &v.as_obj()?.payload {
        Payload::Str(d) => Some(d),
        _ => None,
    }
}

thread_local! {
    /// Interned strings of the main thread. Interned strings are immortal.
    static INTERNED: RefCell<HashMap<Box<str>, Value>> = RefCell::new(HashMap::new());
}

/// The interned (immortal, unique) str for `s`: identifiers, attribute
/// names, constants.
pub fn intern(s: &str) -> Value {
    if s.len() <= 2 {
        if let Some(v) = shared_short(s) {
            return v;
        }
    }
    if let Some(v) = INTERNED.with(|m| m.borrow().get(s).cloned()) {
        return v;
    }
    let v = heap::alloc_immortal(Some(types().str_.clone()), Payload::Str(StrData::new(s)));
    INTERNED.with(|m| m.borrow_mut().insert(s.into(), v.clone()));
    v
}
