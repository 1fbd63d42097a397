//! pyrallel: a Python 3 interpreter whose parallel contexts run Python on
//! every core of one process (see DESIGN.md).
//!
//! Layers, in the order data flows: `compiler` (ruff AST → bytecode),
//! `vm` (values, heaps, objects, the interpreter loop, built-in types),
//! `stdlib` (built-in modules in Rust), `cli` (the binary's front end).

pub mod algo;
pub mod cli;
pub mod cli_repl;
pub mod compiler;
pub mod runtime;
pub mod stdlib;
pub mod vm;
