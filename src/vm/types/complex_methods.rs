//! Python-visible methods of `complex`.

pub fn register() {}
