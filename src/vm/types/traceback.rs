//! Traceback entries: one per frame an exception passed through, newest
//! (outermost) first, like CPython's `tb_next` chain.

use crate::vm::cell::Slot;
use crate::vm::value::Value;

pub struct TbData {
    /// The code object of the frame.
    pub code: Value,
    pub lineno: u32,
    pub lasti: u32,
    /// The next (inner) entry, or None.
    pub next: Slot,
    /// The frame's globals (for `tb_frame.f_globals`), if known.
    pub globals: Option<Value>,
}

impl TbData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        if let Some(n) = self.next.get_ref() {
            visit(n);
        }
        if let Some(g) = &self.globals {
            visit(g);
        }
    }
}
