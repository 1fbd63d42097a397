//! `range`: start/stop/step as values (ints of any size).

use crate::vm::value::Value;

pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl RangeData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
