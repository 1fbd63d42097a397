//! Python-visible methods of `range`.

pub fn register() {}
