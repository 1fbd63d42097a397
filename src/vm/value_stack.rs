//! Unchecked push/pop on a frame's value stack.
//!
//! The compiler computes every code object's maximum stack depth
//! (`compiler::stack_depth`, stored as `CodeObject::max_stack`); the
//! interpreter makes the frame's stack at least that large (`reserve`)
//! before running its instructions, and that walk also proves the depth
//! never goes negative. So the instructions' pushes need no capacity check
//! and their pops no emptiness check. The debug assertions catch a walk
//! that disagrees with the interpreter.

use super::value::Value;

/// Make room for `max` values (the code's `max_stack`), counting from an
/// empty stack: a resumed generator frame already holds some of them.
#[inline(always)]
pub fn reserve(stack: &mut Vec<Value>, max: usize) {
    if stack.capacity() < max {
        stack.reserve(max - stack.len());
    }
}

/// Push `v`; the stack must have spare capacity (see the module comment).
#[inline(always)]
pub fn push(stack: &mut Vec<Value>, v: Value) {
    let len = stack.len();
    debug_assert!(len < stack.capacity(), "value stack above the compiler's max_stack");
    // SAFETY: `reserve` gave the stack capacity for the code's max_stack
    // values and the compiler's depth walk bounds every push by it, so slot
    // `len` is allocated and unused; writing it and then growing the
    // length by one keeps the Vec's invariants.
    unsafe {
        stack.as_mut_ptr().add(len).write(v);
        stack.set_len(len + 1);
    }
}

/// Pop the top value; the stack must not be empty (see the module comment).
#[inline(always)]
pub fn pop(stack: &mut Vec<Value>) -> Value {
    let len = stack.len();
    debug_assert!(len > 0, "value stack underflow");
    // SAFETY: the compiler's depth walk proves every pop finds a value, so
    // `len >= 1`; the value at `len - 1` is initialised and owned by the
    // Vec, and cutting the length first moves its ownership out exactly once.
    unsafe {
        stack.set_len(len - 1);
        stack.as_ptr().add(len - 1).read()
    }
}

/// The value `n` places from the top (1 = TOS), without a bounds check:
/// the instruction being executed has its operands on the stack, the same
/// invariant `pop` relies on (see the module comment).
#[inline(always)]
pub fn peek(stack: &[Value], n: usize) -> &Value {
    debug_assert!(n >= 1 && n <= stack.len(), "value stack underflow");
    // SAFETY: 1 <= n <= len (the operands of the current instruction), so
    // `len - n` is an index of an initialised value.
    unsafe { stack.get_unchecked(stack.len() - n) }
}

/// `peek` for writing (replacing an operand by the result).
#[inline(always)]
pub fn peek_mut(stack: &mut [Value], n: usize) -> &mut Value {
    debug_assert!(n >= 1 && n <= stack.len(), "value stack underflow");
    let i = stack.len() - n;
    // SAFETY: as in `peek`.
    unsafe { stack.get_unchecked_mut(i) }
}
