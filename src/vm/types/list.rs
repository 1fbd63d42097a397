//! `list`: the data of a list object. Methods live in `list_methods.rs`.

use crate::vm::cell::VecCell;
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::types::registry::types;
use crate::vm::value::Value;

pub struct ListData {
    pub items: VecCell<Value>,
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData { items: VecCell::new(items) }
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// A new reference to item `i` (no bounds adjustment).
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.get().get(i).cloned()
    }
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.snapshot()
    }
    pub fn push(&self, v: Value) {
        self.items.get_mut().push(v);
    }
    /// Replace item `i`, dropping the old value after the store.
    pub fn set(&self, i: usize, v: Value) {
        let old = std::mem::replace(&mut self.items.get_mut()[i], v);
        drop(old);
    }
    /// Replace the whole content; the old items are dropped after the swap.
    pub fn replace_all(&self, v: Vec<Value>) -> Vec<Value> {
        std::mem::replace(self.items.get_mut(), v)
    }
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.get().iter().for_each(|v| visit(v));
    }
    pub fn clear_refs(&self) {
        drop(self.replace_all(Vec::new()));
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    heap::alloc(types().list.clone(), Payload::List(ListData::new(items)))
}

#[inline]
pub fn as_list(v: &Value) -> Option<&ListData> {
    match &v.as_obj()?.payload {
        Payload::List(l) => Some(l),
        _ => None,
    }
}
