//! The interpreter loop: executes one frame's bytecode.
//!
//! `run_frame` runs a function frame to completion; `resume` runs a
//! generator frame until it yields or returns. Errors unwind the frame's
//! block stack (see `unwind`); each frame an exception leaves adds one
//! traceback entry, like CPython.

use super::call::{call, call_function, call_unbound_kw};
use super::cell::Slot;
use super::errors::{name_error, type_error, PyErr, PyResult};
use super::frame::{cell_slot, Block, BlockKind, Frame};
use super::heap;
use super::object::Payload;
use super::ops;
use super::protocols;
use super::state::Vm;
use super::types::code::{as_code, CodeData};
use super::types::dict::DictData;
use super::types::exception::as_exception;
use super::types::function::FunctionData;
use super::types::int;
use super::types::list::{as_list, new_list};
use super::types::module::new_dict_value;
use super::types::registry::{exc, none, py_bool, singletons, types, ExcKind};
use super::types::str::{as_str, new_string};
use super::types::tuple::{as_tuple, new_tuple};
use super::types::typeobj::{class_of, type_name};
use super::value::Value;
use crate::compiler::bytecode::{BinOp, CmpOp, Instr, UnaryOp};
use crate::vm::valgrind::OnceLock;

pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Pushed by LoadMethod in place of `self` when the attribute was not a
/// plain method (CallMethod then calls it without a receiver).
fn null_marker() -> &'static Value {
    static M: OnceLock<Value> = OnceLock::new();
    M.get_or_init(|| heap::alloc_immortal(Some(types().object.clone()), Payload::Object))
}

/// Run a (non-generator) frame to completion.
pub fn run_frame(vm: &mut Vm, f: &mut Frame) -> PyResult<Value> {
    let prev = vm.frame;
    vm.frame = f as *const Frame;
    // SAFETY: as in `execute`: code objects are immortal.
    let cd: &CodeData = unsafe { &*(as_code(&f.code).unwrap() as *const CodeData) };
    let mut reraise = false;
    let r = match run_instructions(vm, f, cd, &mut reraise) {
        Ok(Exit::Return(v)) => Ok(v),
        r => finish_frame(vm, f, cd, r, reraise),
    };
    vm.frame = prev;
    r
}

/// The rest of `run_frame` after `run_instructions` stopped other than by
/// returning: a stray yield, or an exception (see `continue_after_error`).
/// Out of line: the call paths inline the returning case only.
#[inline(never)]
fn finish_frame(vm: &mut Vm, f: &mut Frame, cd: &CodeData, r: PyResult<Exit>, reraise: bool) -> PyResult<Value> {
    let exit = match r {
        Ok(exit) => exit,
        Err(e) => continue_after_error(vm, f, cd, e, reraise)?,
    };
    match exit {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(super::errors::runtime_error("yield outside a generator frame")),
    }
}

/// `run_instructions` raised `e`: unwind to a handler of the frame and run
/// on from there, until the frame returns or yields or an exception leaves it.
#[inline(never)]
fn continue_after_error(vm: &mut Vm, f: &mut Frame, cd: &CodeData, mut e: PyErr, mut reraise: bool) -> PyResult<Exit> {
    loop {
        let err = prepare_error(vm, f, cd, e, reraise);
        if !unwind(vm, f, &err) {
            return Err(err);
        }
        reraise = false;
        match run_instructions(vm, f, cd, &mut reraise) {
            Ok(exit) => return Ok(exit),
            Err(next) => e = next,
        }
    }
}

/// Run until return, yield or an exception that no block handles.
#[inline]
pub fn execute(vm: &mut Vm, f: &mut Frame) -> PyResult<Exit> {
    let prev = vm.frame;
    vm.frame = f as *const Frame;
    // SAFETY: code objects are immortal (code::new_code makes them so), so
    // the CodeData outlives this call even though `f` is borrowed mutably.
    let cd: &CodeData = unsafe { &*(as_code(&f.code).unwrap() as *const CodeData) };
    let mut reraise = false;
    let r = match run_instructions(vm, f, cd, &mut reraise) {
        Ok(exit) => Ok(exit),
        Err(e) => continue_after_error(vm, f, cd, e, reraise),
    };
    vm.frame = prev;
    r
}

/// Raise `e` at the frame's current instruction (generator.throw), then
/// continue executing if a handler catches it.
pub fn execute_with_error(vm: &mut Vm, f: &mut Frame, e: PyErr) -> PyResult<Exit> {
    // SAFETY: as in `execute`: code objects are immortal.
    let cd: &CodeData = unsafe { &*(as_code(&f.code).unwrap() as *const CodeData) };
    f.lasti = f.pc.saturating_sub(1).max(f.lasti);
    let prev = vm.frame;
    vm.frame = f as *const Frame;
    let e = prepare_error(vm, f, cd, e, false);
    let handled = unwind(vm, f, &e);
    vm.frame = prev;
    if !handled {
        return Err(e);
    }
    execute(vm, f)
}

/// Record the traceback entry for this frame and set `__context__`.
fn prepare_error(vm: &mut Vm, f: &Frame, cd: &CodeData, e: PyErr, reraise: bool) -> PyErr {
    if reraise {
        return e;
    }
    if let Some(ed) = as_exception(&e.exc) {
        if ed.traceback.get_ref().is_none() {
            set_context(vm, &e.exc);
        }
        add_traceback(&e.exc, &f.code, cd.code.line_at(f.lasti), f.lasti as u32, Some(&f.globals));
    }
    e
}

/// Chain the exception being handled as `exc.__context__` (avoiding cycles).
pub fn set_context(vm: &Vm, exc_v: &Value) {
    let Some(h) = &vm.handled else { return };
    if h.is(exc_v) {
        return;
    }
    let Some(ed) = as_exception(exc_v) else { return };
    if ed.context.get_ref().is_some() {
        return;
    }
    // Break a cycle: if exc_v already appears in h's context chain, cut it.
    let mut o = h.clone();
    loop {
        let Some(od) = as_exception(&o) else { break };
        let next = od.context.get();
        match next {
            Some(n) if n.is(exc_v) => {
                od.context.set(None);
                break;
            }
            Some(n) => o = n,
            None => break,
        }
    }
    ed.context.set(Some(h.clone()));
}

pub fn add_traceback(exc_v: &Value, code: &Value, line: u32, lasti: u32, globals: Option<&Value>) {
    if let Some(ed) = as_exception(exc_v) {
        let tb = heap::alloc(
            types().traceback.clone(),
            Payload::Traceback(Box::new(super::types::traceback::TbData {
                code: code.clone(),
                lineno: line,
                lasti,
                next: Slot::new(ed.traceback.get()),
                globals: globals.cloned(),
            })),
        );
        ed.traceback.set(Some(tb));
    }
}

/// Find a handler for `e` in the frame's block stack. Returns false if the
/// exception leaves the frame.
fn unwind(vm: &mut Vm, f: &mut Frame, e: &PyErr) -> bool {
    if !vm.update_locks.is_empty() {
        // The exception aborts an augmented assignment of this frame.
        super::protection::abort_updates(vm, f as *const Frame as usize);
    }
    while let Some(b) = f.blocks.pop() {
        match b.kind {
            BlockKind::ExceptHandler => {
                vm.handled = b.saved;
            }
            BlockKind::Finally => {
                f.stack.truncate(b.level as usize);
                let saved = vm.handled.replace(e.exc.clone());
                f.blocks.push(Block { kind: BlockKind::ExceptHandler, handler: 0, level: f.stack.len() as u32, saved });
                f.stack.push(e.exc.clone());
                f.pc = b.handler as usize;
                return true;
            }
        }
    }
    false
}

/// `stack.truncate(len)` for the few values a call or subscript leaves:
/// a pop loop is cheaper than the generic slice destructor. Out of line to
/// keep the interpreter loop's register use down.
#[inline(never)]
fn cut_stack(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        drop(stack.pop());
    }
}

macro_rules! pop {
    ($f:expr) => {
        super::value_stack::pop(&mut $f.stack)
    };
}

/// Push onto the frame's value stack without a capacity check (see
/// `vm::value_stack`).
macro_rules! push {
    ($f:expr, $v:expr) => {{
        let v = $v;
        super::value_stack::push(&mut $f.stack, v)
    }};
}

/// Fast local `i` of the frame, without a bounds check: every frame has
/// exactly `varnames.len()` fast locals (`Frame::for_module`, `for_call`,
/// and `take_args`/`clone_args` with `CodeData::nlocals`), and codegen
/// rejects a local index outside varnames.
macro_rules! fast {
    ($f:expr, $i:expr) => {{
        let i = $i as usize;
        debug_assert!(i < $f.fast.len(), "fast local out of range");
        // SAFETY: see above: i < varnames.len() == fast.len().
        unsafe { $f.fast.get_unchecked_mut(i) }
    }};
}

/// A fast comparison that gave `r`, fused with a following conditional
/// jump (`if a < b:`): `$next` is the instruction after the comparison,
/// which sits at `*pc + $at`. Without a jump there, the bool is pushed and
/// execution goes on at that instruction.
macro_rules! compare_then_jump {
    ($f:expr, $next:expr, $pc:expr, $at:expr, $r:expr) => {{
        let r: bool = $r;
        match $next {
            Some(Instr::PopJumpIfFalse(t)) => *$pc = if r { *$pc + $at + 1 } else { *t as usize },
            Some(Instr::PopJumpIfTrue(t)) => *$pc = if r { *t as usize } else { *$pc + $at + 1 },
            _ => {
                push!($f, py_bool(r));
                *$pc += $at;
            }
        }
    }};
}

/// A `LoadFast(Load…)` pair followed by a binary operator or a comparison
/// on operands `$x`, `$y` (`Option<&Value>`: a local may be unbound) that
/// hold small ints or floats: the result is computed from the locals in
/// place, without pushing (and counting) them, and the pair's arm ends.
/// `*pc` is at the pair's second instruction, so the operator is at
/// `*pc + 1`. Otherwise nothing happens and the pair runs as usual.
macro_rules! fused_number_op {
    ($f:expr, $instrs:expr, $pc:expr, $next_label:lifetime, $x:expr, $y:expr) => {
        match $instrs.get(*$pc + 1) {
            Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)) => {
                if let (Some(x), Some(y)) = ($x, $y) {
                    if let Some(r) = number_op(x, y, *op) {
                        push!($f, r);
                        *$pc += 2;
                        continue;
                    }
                }
            }
            Some(Instr::CompareOp(op)) => {
                if let (Some(x), Some(y)) = ($x, $y) {
                    if let Some(r) = number_cmp(x, y, *op) {
                        compare_then_jump!($f, $instrs.get(*$pc + 2), $pc, 2, r);
                        continue $next_label;
                    }
                }
            }
            _ => {}
        }
    };
}

/// `fast!` for reading (two locals at once).
macro_rules! fast_ref {
    ($f:expr, $i:expr) => {{
        let i = $i as usize;
        debug_assert!(i < $f.fast.len(), "fast local out of range");
        // SAFETY: as for `fast!`.
        unsafe { $f.fast.get_unchecked(i) }
    }};
}

/// Constant `i` of the code, without a bounds check: `CodeData::consts`
/// has one value per entry of the code object's constants, and codegen
/// rejects a LoadConst index outside them.
macro_rules! konst {
    ($cd:expr, $i:expr) => {{
        let i = $i as usize;
        debug_assert!(i < $cd.consts.len(), "constant out of range");
        // SAFETY: see above: i < constants.len() == consts.len().
        unsafe { $cd.consts.get_unchecked(i) }
    }};
}

macro_rules! top {
    ($f:expr) => {
        super::value_stack::peek(&$f.stack, 1)
    };
}

/// The top of the value stack, for replacing it by a result.
macro_rules! top_mut {
    ($f:expr) => {
        super::value_stack::peek_mut(&mut $f.stack, 1)
    };
}

#[inline(always)]
fn store_attr(vm: &mut Vm, f: &mut Frame, cd: &CodeData, site: u32) -> PyResult<()> {
    let obj = pop!(f);
    let v = pop!(f);
    let site = &cd.attr_sites[site as usize];
    let name = &cd.names[site.name as usize];
    let Some(v) = super::attr_cache::store_attr(vm, &site.cache, &obj, name, v)? else { return Ok(()) };
    if let Some(v) = protocols::store_attr_fast(vm, &obj, name, v)? {
        protocols::setattr(vm, &obj, name, v)?;
    }
    Ok(())
}

#[inline(always)]
fn store_subscr(vm: &mut Vm, f: &mut Frame) -> PyResult<()> {
    let key = pop!(f);
    let obj = pop!(f);
    let v = pop!(f);
    if let Some((o, l, i)) = exact_list_slot(&obj, &key) {
        // One test: the main thread writing a list of its own (nothing to
        // lock, check or export, see `protocols::main_thread_owns`).
        if protocols::main_thread_owns(o) {
            l.set_own(i, v);
            return Ok(());
        }
        if !super::protection::is_protected(o) {
            let _guard = protocols::check_mutable(&obj, "item assignment")?;
            protocols::check_storable(&v)?;
            l.set(i, v);
            return Ok(());
        }
    }
    ops::setitem(vm, &obj, &key, &v)
}


#[inline(always)]
fn name<'a>(cd: &'a CodeData, i: u32) -> &'a str {
    &cd.code.names[i as usize]
}

/// CPython's `_PyObject_FunctionStr` without the trailing `()`:
/// `module.qualname` for functions outside builtins (used in call errors).
fn function_str(v: &Value) -> Option<String> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(fd)) => {
            let q = fd.qualname.get().and_then(|q| as_str(&q).map(String::from))?;
            match fd.module.get().and_then(|m| as_str(&m).map(String::from)) {
                Some(m) if m != "builtins" => Some(format!("{m}.{q}")),
                _ => Some(q),
            }
        }
        Some(Payload::Method(func, _)) => function_str(func),
        Some(Payload::Builtin(b)) => Some(b.name.to_string()),
        _ => None,
    }
}

/// The dict data of an exact dict; a dict subclass used as a namespace
/// (a metaclass's `__prepare__`) goes through its own `__getitem__`/`__setitem__`.
#[inline]
fn exact_dict_of(v: &Value) -> Option<&DictData> {
    let d = dict_of(v)?;
    // Only built-in classes are immortal: this is `type(v) is dict`.
    super::types::typeobj::class_of_ref(v).as_obj().unwrap().is_immortal().then_some(d)
}

fn dict_of(v: &Value) -> Option<&DictData> {
    match &v.as_obj()?.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

fn unbound_local(name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `LoadGlobal`: the inline cache's hit path is inlined into the loop (a
/// call per global load cost more than the lookup); the rest is out of line.
#[inline(always)]
fn load_global(f: &Frame, cd: &CodeData, i: u32) -> PyResult<Value> {
    let n = &cd.names[i as usize];
    if let Some(v) = super::global_cache::load(&cd.global_cache[i as usize], n, &f.globals, &f.builtins) {
        return Ok(v);
    }
    load_global_uncached(f, cd, i)
}

#[inline(never)]
fn load_global_uncached(f: &Frame, cd: &CodeData, i: u32) -> PyResult<Value> {
    let n = &cd.names[i as usize];
    if let Some(v) = dict_of(&f.globals).and_then(|d| d.get_name(n)) {
        return Ok(v.clone());
    }
    if let Some(v) = dict_of(&f.builtins).and_then(|d| d.get_name(n)) {
        return Ok(v.clone());
    }
    Err(name_error(name(cd, i)))
}

fn load_name(vm: &mut Vm, f: &Frame, cd: &CodeData, i: u32) -> PyResult<Value> {
    if let Some(l) = &f.locals {
        if let Some(d) = exact_dict_of(l) {
            if let Some(v) = d.get_str_ref(name(cd, i), cd.name_hashes[i as usize]) {
                return Ok(v.clone());
            }
        } else {
            match ops::getitem(vm, l, &cd.names[i as usize]) {
                Ok(v) => return Ok(v),
                Err(e) if e.matches(ExcKind::KeyError) => {}
                Err(e) => return Err(e),
            }
        }
    }
    load_global(f, cd, i)
}

/// Execute instructions until the frame returns or yields, or an error occurs.
fn run_instructions(vm: &mut Vm, f: &mut Frame, cd: &CodeData, reraise: &mut bool) -> PyResult<Exit> {
    let mut pc = f.pc;
    let r = run_loop(vm, f, cd, reraise, &mut pc);
    if r.is_err() {
        // `pc` is one past the instruction that failed (the loop advances
        // it before executing; a superinstruction failing in its second
        // half advances it once more first). Only tracebacks read `lasti`,
        // so it is written here rather than before every instruction.
        f.lasti = pc.saturating_sub(1);
    }
    r
}

/// The loop of `run_instructions`. Inlined there, so `pc` (a local of the
/// caller, written back to `f.pc` only where someone reads it: yields,
/// returns and `unwind`) lives in a register.
#[inline(always)]
fn run_loop(vm: &mut Vm, f: &mut Frame, cd: &CodeData, reraise: &mut bool, pc: &mut usize) -> PyResult<Exit> {
    let instrs = &cd.instrs[..];
    super::value_stack::reserve(&mut f.stack, cd.max_stack as usize);
'next: loop {
        // Objects freed by the previous instruction may have finalizers
        // (__del__, suspended generators) to run first; the same flag
        // reports a SIGINT (see vm::signals).
        if super::finalize::has_pending() {
            super::finalize::run_pending(vm);
            super::signals::check_interrupt()?;
        }
        // Arms that cannot free anything (pushing a local or a constant)
        // `continue` this inner loop: the next instruction needs no check.
        // Every other arm ends by `continue 'next`.
        loop {
        // SAFETY: the compiler's depth walk (`compiler::stack_depth::depths`,
        // run on every code object) proves that no path from instruction 0
        // or from a handler falls off the end: each ends in a return, a
        // raise or a jump to a valid index. So `*pc` is always in bounds here.
        debug_assert!(*pc < instrs.len());
        // A reference, not a copy: each arm loads only its own operand
        // instead of the dispatch decoding every field up front.
        let ins: &Instr = unsafe { instrs.get_unchecked(*pc) };
        *pc += 1;
        match *ins {
            Instr::Nop => {}
            Instr::PopTop => {
                pop!(f);
            }
            Instr::Copy(n) => {
                let v = f.stack[f.stack.len() - n as usize].clone();
                push!(f, v);
            }
            Instr::Swap(n) => {
                let len = f.stack.len();
                f.stack.swap(len - 1, len - n as usize);
            }
            Instr::RotTwo => {
                let len = f.stack.len();
                f.stack.swap(len - 1, len - 2);
            }
            Instr::RotThree => {
                let v = pop!(f);
                let len = f.stack.len();
                f.stack.insert(len - 2, v);
            }
            Instr::RotFour => {
                let v = pop!(f);
                let len = f.stack.len();
                f.stack.insert(len - 3, v);
            }
            Instr::LoadConst(i) => {
                push!(f, konst!(cd, i).clone());
                continue;
            }
            Instr::LoadFast(i) => match fast!(f, i) {
                Some(v) => {
                    let v = v.clone();
                    push!(f, v);
                    continue;
                }
                None => return Err(unbound_local(&cd.code.varnames[i as usize])),
            },
            Instr::StoreFast(i) => {
                let v = pop!(f);
                *fast!(f, i) = Some(v);
            }
            Instr::LoadFastLoadFast(a, b) => {
                fused_number_op!(f, instrs, pc, 'next, fast_ref!(f, a).as_ref(), fast_ref!(f, b).as_ref());
                let Some(v) = fast!(f, a) else { return Err(unbound_local(&cd.code.varnames[a as usize])) };
                let v = v.clone();
                push!(f, v);
                let Some(v) = fast!(f, b) else {
                    // The error belongs to the pair's second instruction.
                    *pc += 1;
                    return Err(unbound_local(&cd.code.varnames[b as usize]));
                };
                let v = v.clone();
                push!(f, v);
                *pc += 1;
                continue;
            }
            Instr::LoadFastLoadConst(a, b) => {
                fused_number_op!(f, instrs, pc, 'next, fast_ref!(f, a).as_ref(), Some(konst!(cd, b)));
                let Some(v) = fast!(f, a) else { return Err(unbound_local(&cd.code.varnames[a as usize])) };
                let v = v.clone();
                push!(f, v);
                push!(f, konst!(cd, b).clone());
                *pc += 1;
                continue;
            }
            Instr::StoreFastLoadFast(a, b) => {
                let v = pop!(f);
                *fast!(f, a) = Some(v);
                let Some(v) = fast!(f, b) else {
                    // The error belongs to the pair's second instruction.
                    *pc += 1;
                    return Err(unbound_local(&cd.code.varnames[b as usize]));
                };
                let v = v.clone();
                push!(f, v);
                *pc += 1;
            }
            Instr::DeleteFast(i) => {
                if f.fast[i as usize].take().is_none() {
                    return Err(unbound_local(&cd.code.varnames[i as usize]));
                }
            }
            Instr::LoadGlobal(i) => {
                let v = load_global(f, cd, i)?;
                push!(f, v);
            }
            Instr::StoreGlobal(i) => {
                let v = pop!(f);
                let _guard = protocols::check_mutable(&f.globals, "global assignment")?;
                dict_of(&f.globals).unwrap().set_str(cd.names[i as usize].clone(), v);
            }
            Instr::DeleteGlobal(i) => {
                let _guard = protocols::check_mutable(&f.globals, "global deletion")?;
                if dict_of(&f.globals).unwrap().remove_str(name(cd, i)).is_none() {
                    return Err(name_error(name(cd, i)));
                }
            }
            Instr::LoadName(i) => {
                let v = load_name(vm, f, cd, i)?;
                push!(f, v);
            }
            Instr::StoreName(i) => {
                let v = pop!(f);
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                match exact_dict_of(&l) {
                    Some(d) => {
                        let _guard = protocols::check_mutable(&l, "name assignment")?;
                        d.set_str(cd.names[i as usize].clone(), v)
                    }
                    None => ops::setitem(vm, &l, &cd.names[i as usize], &v)?,
                }
            }
            Instr::DeleteName(i) => {
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                match exact_dict_of(&l) {
                    Some(d) => {
                        if d.remove_str(name(cd, i)).is_none() {
                            return Err(name_error(name(cd, i)));
                        }
                    }
                    None => ops::delitem(vm, &l, &cd.names[i as usize]).map_err(|e| {
                        if e.matches(ExcKind::KeyError) { name_error(name(cd, i)) } else { e }
                    })?,
                }
            }
            Instr::LoadDeref(i) => {
                let cell = &f.cells[i as usize];
                match cell_slot(cell).get() {
                    Some(v) => push!(f, v),
                    None => return Err(deref_error(cd, i)),
                }
            }
            Instr::StoreDeref(i) => {
                let v = pop!(f);
                let cell = &f.cells[i as usize];
                let _guard = protocols::check_mutable(cell, "nonlocal assignment")?;
                cell_slot(cell).set(Some(v));
            }
            Instr::DeleteDeref(i) => {
                let cell = &f.cells[i as usize];
                if cell_slot(cell).take().is_none() {
                    return Err(deref_error(cd, i));
                }
            }
            Instr::LoadClosure(i) => push!(f, f.cells[i as usize].clone()),
            Instr::LoadClassDeref(i) => {
                let idx = i as usize - cd.code.cellvars.len();
                let n = cd.code.freevars.get(idx).map(|s| s.as_str()).unwrap_or("");
                let from_locals = f.locals.as_ref().and_then(dict_of).and_then(|d| d.get_str(n));
                match from_locals {
                    Some(v) => push!(f, v),
                    None => match cell_slot(&f.cells[i as usize]).get() {
                        Some(v) => push!(f, v),
                        None => return Err(deref_error(cd, i)),
                    },
                }
            }
            Instr::LoadAttr(i) => {
                let site = &cd.attr_sites[i as usize];
                let name = &cd.names[site.name as usize];
                match super::attr_cache::load_attr(vm, &site.cache, top!(f), name) {
                    Some(Ok(v)) => {
                        *top_mut!(f) = v;
                        continue 'next;
                    }
                    Some(Err(e)) => return Err(e),
                    None => {}
                }
                if let Some(v) = protocols::load_attr_fast(top!(f), name) {
                    *top_mut!(f) = v;
                    continue 'next;
                }
                let obj = pop!(f);
                let v = protocols::getattr(vm, &obj, name)?;
                push!(f, v);
            }
            Instr::StoreAttr(i) => store_attr(vm, f, cd, i)?,
            Instr::StoreAttrUpdate(i) => {
                let r = store_attr(vm, f, cd, i);
                super::protection::end_update(vm, f as *const Frame as usize);
                r?
            }
            Instr::DupForUpdate(n) => {
                let len = f.stack.len();
                for k in 0..n as usize {
                    let v = f.stack[len - n as usize + k].clone();
                    push!(f, v);
                }
                super::protection::begin_update(vm, f as *const Frame as usize, &f.stack[len - n as usize]);
            }
            Instr::DeleteAttr(i) => {
                let obj = pop!(f);
                protocols::delattr(vm, &obj, &cd.names[i as usize])?;
            }
            Instr::LoadMethod(i) => {
                let obj = pop!(f);
                let site = &cd.attr_sites[i as usize];
                let nv = &cd.names[site.name as usize];
                if let Some(m) = super::attr_cache::load_method(&site.cache, &obj, nv) {
                    push!(f, m);
                    push!(f, obj);
                    continue 'next;
                }
                let cls = super::types::typeobj::class_of_ref(&obj);
                let found = super::types::typeobj::lookup_name(cls, nv);
                let plain = match found.as_ref().and_then(|m| m.as_obj()).map(|o| &o.payload) {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Builtin(b)) => b.kind == super::types::function::BuiltinKind::Method,
                    _ => false,
                };
                // super objects resolve attributes through the MRO, not their own
                // class; type objects look in their own MRO before the metaclass.
                let is_super = matches!(obj.as_obj().map(|o| &o.payload), Some(Payload::Super(_) | Payload::Type(_)));
                if plain
                    && !is_super
                    && !protocols::has_custom_getattribute(cls)
                    && !protocols::instance_dict_has_name(&obj, nv)
                {
                    push!(f, found.unwrap());
                    push!(f, obj);
                } else {
                    let v = protocols::getattr(vm, &obj, nv)?;
                    push!(f, v);
                    push!(f, null_marker().clone());
                }
            }
            Instr::BinarySubscr => {
                if let Some(v) = list_item(super::value_stack::peek(&f.stack, 2), top!(f)) {
                    // The key is a small int: nothing to release.
                    std::mem::forget(pop!(f));
                    *top_mut!(f) = v;
                    continue 'next;
                }
                let key = pop!(f);
                let obj = pop!(f);
                let v = ops::getitem(vm, &obj, &key)?;
                push!(f, v);
            }
            Instr::StoreSubscr => store_subscr(vm, f)?,
            Instr::StoreSubscrUpdate => {
                let r = store_subscr(vm, f);
                super::protection::end_update(vm, f as *const Frame as usize);
                r?
            }
            Instr::DeleteSubscr => {
                let key = pop!(f);
                let obj = pop!(f);
                ops::delitem(vm, &obj, &key)?;
            }
            Instr::BuildSlice(n) => {
                // `l[a:b:c]` and `l[a:b] = v` on an exact list with None or
                // small-int bounds: no slice object.
                if let Some(next) = instrs.get(*pc) {
                    if let Some(r) = fused_list_slice(f, n as usize, *next) {
                        // Errors belong to the subscript instruction.
                        *pc += 1;
                        r?;
                        continue 'next;
                    }
                }
                let step = if n == 3 { pop!(f) } else { none() };
                let stop = pop!(f);
                let start = pop!(f);
                push!(f, super::types::slice::new_slice(start, stop, step));
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                if let Some(r) = small_int_op(super::value_stack::peek(&f.stack, 2), top!(f), op) {
                    // Both operands are small ints: nothing to release.
                    std::mem::forget(pop!(f));
                    std::mem::forget(std::mem::replace(top_mut!(f), r));
                    continue 'next;
                }
                match float_op(super::value_stack::peek(&f.stack, 2), top!(f), op) {
                    Some(Ok(FloatResult::Raw(x))) => {
                        // An operand that is a temporary takes the result
                        // in place (no allocation, no free).
                        if heap::reuse_float(super::value_stack::peek(&f.stack, 2), x) {
                            pop!(f);
                        } else if heap::reuse_float(top!(f), x) {
                            let b = pop!(f);
                            *top_mut!(f) = b;
                        } else {
                            pop!(f);
                            *top_mut!(f) = super::types::float::new_float(x);
                        }
                        continue 'next;
                    }
                    Some(Ok(FloatResult::Value(r))) => {
                        pop!(f);
                        *top_mut!(f) = r;
                        continue 'next;
                    }
                    // The operands stay on the stack for the unwind or the
                    // frame's release to drop (floats and ints: no finalizers).
                    Some(Err(e)) => return Err(e),
                    None => {}
                }
                let b = pop!(f);
                let a = pop!(f);
                let r = if matches!(*ins, Instr::InplaceOp(_)) {
                    ops::inplace_op(vm, &a, &b, op)?
                } else {
                    ops::binary_op(vm, &a, &b, op)?
                };
                push!(f, r);
            }
            Instr::Unary(op) => {
                let v = pop!(f);
                let r = match op {
                    UnaryOp::Not => py_bool(!ops::truthy(vm, &v)?),
                    UnaryOp::Neg => ops::neg(vm, &v)?,
                    UnaryOp::Pos => ops::pos(vm, &v)?,
                    UnaryOp::Invert => ops::invert(vm, &v)?,
                };
                push!(f, r);
            }
            Instr::CompareOp(op) => {
                if let Some(r) = number_cmp(super::value_stack::peek(&f.stack, 2), top!(f), op) {
                    pop!(f);
                    pop!(f);
                    // SAFETY: as for the fetch: a comparison falls through,
                    // so the depth walk proves an instruction follows it.
                    let next = unsafe { instrs.get_unchecked(*pc) };
                    compare_then_jump!(f, Some(next), pc, 0, r);
                    continue 'next;
                }
                let b = pop!(f);
                let a = pop!(f);
                let r = match (a.as_small_int(), b.as_small_int()) {
                    (Some(x), Some(y)) => py_bool(ops::cmp_ord(x.cmp(&y), op)),
                    _ => ops::compare(vm, &a, &b, op)?,
                };
                push!(f, r);
            }
            Instr::IsOp(inv) => {
                let b = pop!(f);
                let a = pop!(f);
                push!(f, py_bool(a.is(&b) != (inv != 0)));
            }
            Instr::ContainsOp(inv) => {
                let b = pop!(f);
                let a = pop!(f);
                let r = ops::contains(vm, &b, &a)?;
                push!(f, py_bool(r != (inv != 0)));
            }
            Instr::BuildTuple(n) => {
                let items = f.stack.split_off(f.stack.len() - n as usize);
                push!(f, new_tuple(items));
            }
            Instr::BuildList(n) => {
                let items = f.stack.split_off(f.stack.len() - n as usize);
                push!(f, new_list(items));
            }
            Instr::BuildSet(n) => {
                let items = f.stack.split_off(f.stack.len() - n as usize);
                let s = super::types::set::new_set(vm, items)?;
                push!(f, s);
            }
            Instr::BuildMap(n) => {
                let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                let d = new_dict_value();
                let dd = dict_of(&d).unwrap();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dd.set(vm, k, v)?;
                }
                push!(f, d);
            }
            Instr::BuildString(n) => {
                let items = f.stack.split_off(f.stack.len() - n as usize);
                let mut s = String::new();
                for it in &items {
                    s.push_str(as_str(it).unwrap_or(""));
                }
                push!(f, new_string(s));
            }
            Instr::ListAppend(i) => {
                let v = pop!(f);
                let l = &f.stack[f.stack.len() - i as usize];
                as_list(l).unwrap().push(v);
            }
            Instr::SetAdd(i) => {
                let v = pop!(f);
                let s = f.stack[f.stack.len() - i as usize].clone();
                super::types::set::set_add(vm, &s, v)?;
            }
            Instr::MapAdd(i) => {
                let v = pop!(f);
                let k = pop!(f);
                let d = f.stack[f.stack.len() - i as usize].clone();
                dict_of(&d).unwrap().set(vm, k, v)?;
            }
            Instr::ListExtend(i) => {
                let v = pop!(f);
                let l = f.stack[f.stack.len() - i as usize].clone();
                let items = ops::collect(vm, &v).map_err(|e| {
                    if e.matches(ExcKind::TypeError) && ops::iter(vm, &v).is_err() {
                        type_error(format!("Value after * must be an iterable, not {}", type_name(&v)))
                    } else {
                        e
                    }
                })?;
                as_list(&l).unwrap().extend(items);
            }
            Instr::SetUpdate(i) => {
                let v = pop!(f);
                let s = f.stack[f.stack.len() - i as usize].clone();
                // CPython's set_update_internal: merging a set or frozenset
                // (a folded constant display) keeps its table order.
                let sd = super::types::set::as_set(&s).ok_or_else(|| type_error("not a set"))?;
                let _read = super::protection::read(&v);
                super::types::set::update_from(vm, sd, &v)?;
            }
            Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                let v = pop!(f);
                let d = f.stack[f.stack.len() - i as usize].clone();
                let merge = matches!(*ins, Instr::DictMerge(_));
                // The function being called sits below the positional tuple for DictMerge.
                let func = if merge && f.stack.len() >= i as usize + 2 { Some(f.stack[f.stack.len() - i as usize - 2].clone()) } else { None };
                let _read = super::protection::read(&v);
                super::types::dict_methods::dict_merge(vm, &d, &v, merge, || func.as_ref().and_then(function_str))?;
            }
            Instr::ListToTuple => {
                let l = pop!(f);
                push!(f, new_tuple(as_list(&l).unwrap().snapshot()));
            }
            Instr::UnpackSequence(n) => {
                let v = pop!(f);
                // Built-in tuple/list of the right length: push straight from it
                // (cloning items cannot run Python code).
                if let Some(o) = v.as_obj() {
                    if o.class.get_ref().and_then(|c| c.as_obj()).is_some_and(|c| c.is_immortal()) {
                        match &o.payload {
                            Payload::Tuple(t) if t.len() == n as usize => {
                                f.stack.extend(t.iter().rev().cloned());
                                continue 'next;
                            }
                            // A protected list is unpacked under its lock by `unpack`.
                            Payload::List(l) if !super::protection::is_protected(o) && l.unpack_reversed_into(n as usize, &mut f.stack) => continue 'next,
                            _ => {}
                        }
                    }
                }
                let items = unpack(vm, &v, n as usize, None)?;
                f.stack.extend(items.into_iter().rev());
            }
            Instr::UnpackEx(arg) => {
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let v = pop!(f);
                let items = unpack(vm, &v, before, Some(after))?;
                f.stack.extend(items.into_iter().rev());
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(pop!(f)) } else { None };
                let v = pop!(f);
                let v = match flags & 3 {
                    1 => ops::str_(vm, &v)?,
                    2 => ops::repr(vm, &v)?,
                    3 => super::types::repr::ascii(vm, &v)?,
                    _ => v,
                };
                let r = protocols::format(vm, &v, spec.as_ref())?;
                push!(f, r);
            }
            Instr::Jump(t) => *pc = t as usize,
            Instr::PopJumpIfFalse(t) => {
                let v = pop!(f);
                if !fast_truthy(vm, &v)? {
                    *pc = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!(f);
                if fast_truthy(vm, &v)? {
                    *pc = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                if !fast_truthy(vm, top!(f))? {
                    *pc = t as usize;
                } else {
                    pop!(f);
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                if fast_truthy(vm, top!(f))? {
                    *pc = t as usize;
                } else {
                    pop!(f);
                }
            }
            Instr::GetIter => {
                let v = pop!(f);
                let it = ops::iter(vm, &v)?;
                push!(f, it);
            }
            Instr::ForIter(t) => {
                let next = match super::types::iter::fast_next(top!(f)) {
                    Some(r) => r,
                    None => {
                        let it = top!(f).clone();
                        ops::next(vm, &it)?
                    }
                };
                match next {
                    Some(v) => push!(f, v),
                    None => {
                        pop!(f);
                        *pc = t as usize;
                    }
                }
            }
            Instr::ReturnValue => {
                let v = pop!(f);
                f.pc = *pc;
                return Ok(Exit::Return(v));
            }
            Instr::YieldValue => {
                let v = pop!(f);
                f.pc = *pc;
                f.lasti = *pc - 1;
                return Ok(Exit::Yield(v));
            }
            Instr::GetYieldFromIter => {
                let v = pop!(f);
                let it = if matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Generator(_))) {
                    v
                } else {
                    ops::iter(vm, &v)?
                };
                push!(f, it);
            }
            Instr::YieldFrom => {
                let sent = pop!(f);
                let sub = top!(f).clone();
                match super::types::generator_ops::send_to(vm, &sub, sent)? {
                    super::types::generator_ops::SendResult::Yielded(y) => {
                        // Re-execute YieldFrom when resumed.
                        f.pc = *pc - 1;
                        f.lasti = *pc - 1;
                        return Ok(Exit::Yield(y));
                    }
                    super::types::generator_ops::SendResult::Returned(r) => {
                        pop!(f);
                        push!(f, r);
                    }
                }
            }
            Instr::MakeFunction(flags) => {
                let qualname = pop!(f);
                let code = pop!(f);
                let closure = if flags & 8 != 0 { Some(pop!(f)) } else { None };
                let annotations = if flags & 4 != 0 { Some(pop!(f)) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(pop!(f)) } else { None };
                let defaults = if flags & 1 != 0 { Some(pop!(f)) } else { None };
                let fv = make_function(f, code, qualname, defaults, kwdefaults, annotations, closure);
                push!(f, fv);
            }
            Instr::CallFunction(argc) => {
                let base = f.stack.len() - argc as usize;
                if let Some((fd, nlocals)) = simple_function(super::value_stack::peek(&f.stack, argc as usize + 1), argc) {
                    check_depth(vm)?;
                    let mut nf = Frame::for_simple_call(vm, fd);
                    nf.take_args(&mut f.stack, argc as usize, nlocals);
                    pop!(f);
                    let r = run_simple(vm, nf);
                    push!(f, r?);
                    continue 'next;
                }
                let func = f.stack[base - 1].clone();
                let r = match func.as_obj().map(|o| &o.payload) {
                    Some(Payload::Function(fd)) => call_function(vm, &func, fd, None, &f.stack[base..], &[]),
                    _ => call(vm, &func, &f.stack[base..], &[]),
                };
                cut_stack(&mut f.stack, base - 1);
                push!(f, r?);
            }
            Instr::CallFunctionKw(argc) => {
                let kwnames = pop!(f);
                let base = f.stack.len() - argc as usize;
                let func = f.stack[base - 1].clone();
                let r = call(vm, &func, &f.stack[base..], as_tuple(&kwnames).unwrap());
                cut_stack(&mut f.stack, base - 1);
                push!(f, r?);
            }
            Instr::CallFunctionEx(flags) => {
                let kwargs = if flags & 1 != 0 { Some(pop!(f)) } else { None };
                let args = pop!(f);
                let func = pop!(f);
                let r = call_ex(vm, &func, &args, kwargs.as_ref())?;
                push!(f, r);
            }
            Instr::CallMethod(argc) => {
                let base = f.stack.len() - argc as usize;
                if !super::value_stack::peek(&f.stack, argc as usize + 1).is(null_marker()) {
                    if let Some((fd, nlocals)) = simple_function(super::value_stack::peek(&f.stack, argc as usize + 2), argc + 1) {
                        check_depth(vm)?;
                        let mut nf = Frame::for_simple_call(vm, fd);
                        nf.take_args(&mut f.stack, argc as usize + 1, nlocals);
                        pop!(f);
                        let r = run_simple(vm, nf);
                        push!(f, r?);
                        continue 'next;
                    }
                    // A builtin method descriptor: receiver and arguments are
                    // already contiguous on the stack.
                    if let Some(Payload::Builtin(b)) = f.stack[base - 2].as_obj().map(|o| &o.payload) {
                        if b.bound.is_none() && b.kind == super::types::function::BuiltinKind::Method {
                            let r = super::call::call_native(vm, b.func, super::args::Args::with_kw(&f.stack[base - 1..], &[]));
                            cut_stack(&mut f.stack, base - 2);
                            push!(f, r?);
                            continue 'next;
                        }
                    }
                }
                let this = f.stack[base - 1].clone();
                let meth = f.stack[base - 2].clone();
                let r = if this.is(null_marker()) {
                    call(vm, &meth, &f.stack[base..], &[])
                } else {
                    match meth.as_obj().map(|o| &o.payload) {
                        Some(Payload::Function(fd)) => call_function(vm, &meth, fd, Some(&this), &f.stack[base..], &[]),
                        _ => call_unbound_kw(vm, &meth, &this, &f.stack[base..], &[]),
                    }
                };
                cut_stack(&mut f.stack, base - 2);
                push!(f, r?);
            }
            Instr::CallMethodKw(argc) => {
                let kwnames = pop!(f);
                let base = f.stack.len() - argc as usize;
                let this = f.stack[base - 1].clone();
                let meth = f.stack[base - 2].clone();
                let kw = as_tuple(&kwnames).unwrap();
                let r = if this.is(null_marker()) {
                    call(vm, &meth, &f.stack[base..], kw)
                } else {
                    call_unbound_kw(vm, &meth, &this, &f.stack[base..], kw)
                };
                cut_stack(&mut f.stack, base - 2);
                push!(f, r?);
            }
            Instr::LoadBuildClass => {
                let bc = dict_of(&f.builtins).and_then(|d| d.get_str("__build_class__"));
                match bc {
                    Some(v) => push!(f, v),
                    None => return Err(PyErr::msg(ExcKind::NameError, "__build_class__ not found")),
                }
            }
            Instr::LoadAssertionError => push!(f, exc(ExcKind::AssertionError)),
            Instr::SetupAnnotations => {
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if let Some(d) = dict_of(&l) {
                    if d.get_str("__annotations__").is_none() {
                        d.set_str(super::types::str::intern("__annotations__"), new_dict_value());
                    }
                }
            }
            Instr::PrintExpr => {
                let v = pop!(f);
                super::builtins_registry::displayhook(vm, &v)?;
            }
            Instr::ImportName(i) => {
                let fromlist = pop!(f);
                let level = pop!(f);
                let m = super::import::import_name(vm, name(cd, i), &f.globals, &fromlist, &level)?;
                push!(f, m);
            }
            Instr::ImportFrom(i) => {
                let m = top!(f).clone();
                let v = super::import::import_from(vm, &m, name(cd, i))?;
                push!(f, v);
            }
            Instr::ImportStar => {
                let m = pop!(f);
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                super::import::import_star(vm, &m, &l)?;
            }
            Instr::SetupFinally(h) => {
                f.blocks.push(Block { kind: BlockKind::Finally, handler: h, level: f.stack.len() as u32, saved: None });
            }
            Instr::SetupWith(h) => {
                let mgr = pop!(f);
                let cls = class_of(&mgr);
                let enter = super::types::typeobj::lookup(&cls, "__enter__");
                let exit = super::types::typeobj::lookup(&cls, "__exit__");
                let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
                    // CPython 3.11 names the missing method only when __enter__ exists.
                    let hint = if enter.is_some() { " (missed __exit__ method)" } else { "" };
                    return Err(type_error(format!(
                        "'{}' object does not support the context manager protocol{hint}",
                        type_name(&mgr)
                    )));
                };
                let bound_exit = protocols::bind_descriptor(vm, &exit, Some(&mgr), &cls)?;
                push!(f, bound_exit);
                let r = super::call::call_unbound(vm, &enter, &mgr, &[])?;
                f.blocks.push(Block { kind: BlockKind::Finally, handler: h, level: f.stack.len() as u32, saved: None });
                push!(f, r);
            }
            Instr::PopBlock => {
                f.blocks.pop();
            }
            Instr::PopExcept => {
                if let Some(b) = f.blocks.pop() {
                    debug_assert_eq!(b.kind, BlockKind::ExceptHandler);
                    vm.handled = b.saved;
                }
            }
            Instr::Reraise => {
                let e = pop!(f);
                *reraise = true;
                return Err(PyErr::new(e));
            }
            Instr::WithExceptStart => {
                let e = top!(f).clone();
                let exit = f.stack[f.stack.len() - 2].clone();
                let tb = as_exception(&e).and_then(|d| d.traceback.get()).unwrap_or_else(none);
                let r = call(vm, &exit, &[class_of(&e), e.clone(), tb], &[])?;
                push!(f, r);
            }
            Instr::RaiseVarargs(n) => {
                match n {
                    0 => match vm.handled.clone() {
                        Some(e) => {
                            *reraise = true;
                            return Err(PyErr::new(e));
                        }
                        None => return Err(super::errors::runtime_error("No active exception to reraise")),
                    },
                    1 => {
                        let e = pop!(f);
                        let exc_v = protocols::make_exception(vm, &e)?;
                        set_context(vm, &exc_v);
                        return Err(PyErr::new(exc_v));
                    }
                    _ => {
                        let cause = pop!(f);
                        let e = pop!(f);
                        let exc_v = protocols::make_exception(vm, &e)?;
                        let cause_v = if ops::is_none(&cause) {
                            None
                        } else {
                            Some(protocols::make_exception(vm, &cause).map_err(|_| {
                                type_error("exception causes must derive from BaseException")
                            })?)
                        };
                        if let Some(ed) = as_exception(&exc_v) {
                            ed.cause.set(cause_v);
                            ed.set_suppress_context(true);
                        }
                        set_context(vm, &exc_v);
                        return Err(PyErr::new(exc_v));
                    }
                }
            }
            Instr::CheckExcMatch => {
                let t = pop!(f);
                let e = top!(f).clone();
                let r = protocols::exception_matches(vm, &e, &t)?;
                push!(f, py_bool(r));
            }
            Instr::CheckEgMatch => {
                let t = pop!(f);
                let e = pop!(f);
                match super::types::exception_group::eg_match(vm, &e, &t)? {
                    Some((rest, matched)) => {
                        // The except* body handles the matched part (its context for new raises).
                        vm.handled = Some(matched.clone());
                        push!(f, rest);
                        push!(f, matched);
                    }
                    None => {
                        push!(f, e);
                        push!(f, none());
                    }
                }
            }
            Instr::PrepReraiseStar => {
                let raised = pop!(f);
                let orig = pop!(f);
                let r = super::types::exception_group::prep_reraise_star(vm, &orig, &raised)?;
                push!(f, r);
            }
            Instr::GetLen => {
                let n = ops::len(vm, top!(f))?;
                push!(f, int::new_int(n as i64));
            }
            Instr::MatchMapping => {
                let r = super::types::pattern::is_mapping(top!(f));
                push!(f, py_bool(r));
            }
            Instr::MatchSequence => {
                let r = super::types::pattern::is_sequence(top!(f));
                push!(f, py_bool(r));
            }
            Instr::MatchKeys => {
                let keys = top!(f).clone();
                let subject = f.stack[f.stack.len() - 2].clone();
                let r = super::types::pattern::match_keys(vm, &subject, &keys)?;
                push!(f, r);
            }
            Instr::MatchClass(count) => {
                let names = pop!(f);
                let cls = pop!(f);
                let subject = pop!(f);
                let r = super::types::pattern::match_class(vm, &subject, &cls, count as usize, &names)?;
                push!(f, r);
            }
            Instr::CopyDictWithoutKeys => {
                let keys = pop!(f);
                let subject = top!(f).clone();
                let r = super::types::pattern::copy_dict_without_keys(vm, &subject, &keys)?;
                push!(f, r);
            }
        }
        continue 'next;
        }
    }
}

/// A plain Python function whose code takes exactly `nargs` positionals
/// with no binding work (see `CodeData::simple_argc`), and its local count.
#[inline(always)]
fn simple_function(v: &Value, nargs: u32) -> Option<(&FunctionData, usize)> {
    match &v.as_obj()?.payload {
        Payload::Function(fd) => {
            let cd = as_code(&fd.code)?;
            if cd.simple_argc == nargs { Some((fd, cd.nlocals as usize)) } else { None }
        }
        _ => None,
    }
}

/// `a op b` for two small ints when the result needs no slow path.
#[inline(always)]
fn small_int_op(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    match op {
        BinOp::Add => Value::try_small_int(x + y),
        BinOp::Sub => Value::try_small_int(x - y),
        BinOp::Mul => Value::try_small_int(x.checked_mul(y)?),
        BinOp::And => Value::try_small_int(x & y),
        BinOp::Or => Value::try_small_int(x | y),
        BinOp::Xor => Value::try_small_int(x ^ y),
        BinOp::FloorDiv if y > 0 => Value::try_small_int(x.div_euclid(y)),
        BinOp::Mod if y > 0 => Value::try_small_int(x.rem_euclid(y)),
        _ => None,
    }
}

/// An exact list and an in-range small-int index into it (negative
/// indices count from the end); not a protected list.
#[inline(always)]
fn list_slot<'a>(obj: &'a Value, key: &Value) -> Option<(&'a super::types::list::ListData, usize)> {
    let (o, l, i) = exact_list_slot(obj, key)?;
    // A protected list is read under its lock by `ops::getitem`, and
    // written by `ops::setitem`, which takes the index under the lock.
    if super::protection::is_protected(o) {
        return None;
    }
    Some((l, i))
}

/// `list_slot`, protected lists included.
#[inline(always)]
fn exact_list_slot<'a>(obj: &'a Value, key: &Value) -> Option<(&'a super::object::Obj, &'a super::types::list::ListData, usize)> {
    let i = key.as_small_int()?;
    let o = obj.as_obj()?;
    let Payload::List(l) = &o.payload else { return None };
    if o.class.peek_bits() != types().list.bits() {
        return None;
    }
    let n = l.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if (0..n).contains(&i) { Some((o, l, i as usize)) } else { None }
}

/// BuildSlice(n) followed by `next`: for BinarySubscr / StoreSubscr on an
/// exact list with None or small-int bounds, do the subscript without
/// building the slice. None leaves the stack untouched (build it);
/// otherwise the result of the fused pair, the stack already updated.
#[inline(never)]
fn fused_list_slice(f: &mut Frame, n: usize, next: Instr) -> Option<PyResult<()>> {
    let len = f.stack.len();
    let parts = &f.stack[len - n..];
    let none = &singletons().none;
    let (start, stop, step) = (&parts[0], &parts[1], if n == 3 { &parts[2] } else { none });
    match next {
        Instr::BinarySubscr => {
            let v = super::types::seq::list_slice_fast(&f.stack[len - n - 1], start, stop, step)?;
            cut_stack(&mut f.stack, len - n - 1);
            push!(f, v);
            Some(Ok(()))
        }
        Instr::StoreSubscr if n == 2 => {
            let r = super::types::seq::list_assign_slice_fast(&f.stack[len - 3], start, stop, &f.stack[len - 4])?;
            cut_stack(&mut f.stack, len - 4);
            Some(r)
        }
        _ => None,
    }
}

/// `obj[key]` for an exact list and an in-range small-int index.
#[inline(always)]
fn list_item(obj: &Value, key: &Value) -> Option<Value> {
    let (l, i) = list_slot(obj, key)?;
    l.get(i)
}

/// An exact float, or a small int when the other operand is a float.
/// `float_cls` is `types().float.bits()`, read once by the caller for both
/// operands (each read of the registry checks its OnceLock).
#[inline(always)]
fn float_operand(v: &Value, float_cls: usize) -> Option<f64> {
    if let Some(i) = v.as_small_int() {
        return Some(i as f64);
    }
    let o = v.as_obj()?;
    match o.payload {
        Payload::Float(x) if o.class.peek_bits() == float_cls => Some(x),
        _ => None,
    }
}

/// `a op b` with at least one exact float and the other a float or small
/// int: what `float.__op__` / `float.__rop__` compute (an int operand's
/// own method returns NotImplemented for a float). The common operations
/// inline; `**`, `//`, `%` and division by zero through `float_arith`
/// (errors included). None for the operations floats do not define.
#[inline(always)]
fn float_op(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<FloatResult>> {
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    let fc = types().float.bits();
    let (x, y) = (float_operand(a, fc)?, float_operand(b, fc)?);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
            return Some(super::types::float::float_arith(x, y, op).map(FloatResult::Value));
        }
        _ => return None,
    };
    Some(Ok(FloatResult::Raw(r)))
}

/// `a op b` for operands that stay where they are (locals, constants):
/// small ints and floats, when it cannot fail; None sends the caller to
/// the instructions themselves (which also attribute any error).
#[inline(always)]
fn number_op(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    if let Some(r) = small_int_op(a, b, op) {
        return Some(r);
    }
    match float_op(a, b, op)? {
        Ok(FloatResult::Raw(x)) => Some(super::types::float::new_float(x)),
        Ok(FloatResult::Value(v)) => Some(v),
        Err(_) => None,
    }
}

/// `a op b` (a comparison) for small ints and floats, as CompareOp's
/// fast path decides it; None for anything else.
#[inline(always)]
fn number_cmp(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a.as_small_int(), b.as_small_int()) {
        (Some(x), Some(y)) => Some(ops::cmp_ord(x.cmp(&y), op)),
        _ => float_cmp(a, b, op),
    }
}

/// What `float_op` computed: a float not yet boxed (the caller may store
/// it into a temporary operand), or a finished value (`**` may give a
/// complex).
enum FloatResult {
    Raw(f64),
    Value(Value),
}

/// `a op b` (a comparison) for two exact floats, or an exact float and a
/// small int that converts to float exactly (|i| <= 2**53).
#[inline(always)]
fn float_cmp(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    let fc = types().float.bits();
    let exact = |v: &Value| match v.as_small_int() {
        Some(i) => (i.unsigned_abs() <= 1 << 53).then_some(i as f64),
        None => float_operand(v, fc),
    };
    let (x, y) = (exact(a)?, exact(b)?);
    Some(match x.partial_cmp(&y) {
        Some(o) => ops::cmp_ord(o, op),
        // NaN: only != holds.
        None => op == CmpOp::Ne,
    })
}

#[inline(always)]
fn check_depth(vm: &Vm) -> PyResult<()> {
    if vm.depth >= super::state::recursion_limit() || vm.stack_low() {
        return Err(PyErr::msg(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    Ok(())
}

/// Run a frame built by a call fast path (here or in `call::call_function`),
/// then recycle it.
#[inline(always)]
pub(super) fn run_simple(vm: &mut Vm, mut nf: Box<Frame>) -> PyResult<Value> {
    // `run_frame` inlined here: a call level less per Python call.
    vm.depth += 1;
    let prev = vm.frame;
    vm.frame = &*nf as *const Frame;
    // SAFETY: as in `execute`: code objects are immortal.
    let cd: &CodeData = unsafe { &*(as_code(&nf.code).unwrap() as *const CodeData) };
    let mut reraise = false;
    let r = match run_instructions(vm, &mut nf, cd, &mut reraise) {
        Ok(Exit::Return(v)) => Ok(v),
        r => finish_frame(vm, &mut nf, cd, r, reraise),
    };
    vm.frame = prev;
    vm.depth -= 1;
    // Releasing the frame's locals may free objects with finalizers.
    nf.release_simple(vm);
    if super::finalize::has_pending() {
        super::finalize::run_pending(vm);
    }
    r
}

#[inline]
fn fast_truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let s = singletons();
    if v.is(&s.true_) {
        return Ok(true);
    }
    if v.is(&s.false_) || v.is(&s.none) {
        return Ok(false);
    }
    ops::truthy(vm, v)
}

fn deref_error(cd: &CodeData, i: u32) -> PyErr {
    let ncell = cd.code.cellvars.len();
    if (i as usize) < ncell {
        unbound_local(&cd.code.cellvars[i as usize])
    } else {
        let n = &cd.code.freevars[i as usize - ncell];
        PyErr::msg(
            ExcKind::NameError,
            format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
        )
    }
}

/// Unpack `v` into exactly `before` items, or (with `after`) before + a
/// starred list + after. Returns the items in order.
fn unpack(vm: &mut Vm, v: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let _read = super::protection::read(v);
    let items = match super::types::seq::fast_items(v) {
        Some(items) => items,
        None => {
            let it = ops::iter(vm, v).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error(format!("cannot unpack non-iterable {} object", type_name(v)))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(x) = ops::next(vm, &it)? {
                out.push(x);
                if after.is_none() && out.len() > before {
                    break;
                }
            }
            out
        }
    };
    match after {
        None => {
            if items.len() < before {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!("not enough values to unpack (expected {before}, got {})", items.len()),
                ));
            }
            if items.len() > before {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!("too many values to unpack (expected {before})"),
                ));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len()),
                ));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(new_list(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}

fn make_function(
    f: &Frame,
    code: Value,
    qualname: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let cd = as_code(&code).unwrap();
    let doc = cd.code.docstring.as_deref().map(super::types::str::new_str);
    let module = dict_of(&f.globals).and_then(|d| d.get_str("__name__"));
    let fd = FunctionData {
        name: Slot::with(cd.name.clone()),
        qualname: Slot::with(qualname),
        defaults: Slot::new(defaults),
        kwdefaults: Slot::new(kwdefaults),
        closure: closure.as_ref().and_then(|c| as_tuple(c)).map(|t| t.to_vec().into_boxed_slice()).unwrap_or_default(),
        doc: Slot::new(Some(doc.unwrap_or_else(none))),
        module: Slot::new(module),
        annotations: Slot::new(annotations),
        globals: f.globals.clone(),
        code,
    };
    heap::alloc(types().function.clone(), Payload::Function(Box::new(fd)))
}

/// `func(*args, **kwargs)`.
pub fn call_ex(vm: &mut Vm, func: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let mut argv = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => {
            let cls = class_of(args);
            let iterable = super::types::typeobj::lookup(&cls, "__iter__").is_some() || super::types::typeobj::lookup(&cls, "__getitem__").is_some();
            if !iterable {
                return Err(type_error(format!(
                    "{}() argument after * must be an iterable, not {}",
                    function_str(func).unwrap_or_else(|| type_name(func).to_string()),
                    type_name(args)
                )));
            }
            ops::collect(vm, args)?
        }
    };
    let mut kwnames = Vec::new();
    if let Some(kw) = kwargs {
        let d = dict_of(kw).ok_or_else(|| type_error("argument after ** must be a mapping"))?;
        for (k, v) in d.items() {
            if as_str(&k).is_none() {
                return Err(type_error("keywords must be strings"));
            }
            kwnames.push(k);
            argv.push(v);
        }
    }
    call(vm, func, &argv, &kwnames)
}

pub fn cmp_op_unused(_: CmpOp) {}
