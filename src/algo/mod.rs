//! Algorithms with no object model: CPython-exact number formatting and
//! parsing, hashing, and the numeric core of `math`. Pure functions, unit
//! tested against CPython's outputs.

pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod math_fns;
pub mod number_parse;
pub mod percent_format;
