//! Python-visible methods of `memoryview`.

pub fn register() {}
