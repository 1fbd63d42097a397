//! Frames: the state of one executing code object, and binding call
//! arguments to parameters (with CPython's error messages).

use super::cell::Slot;
use super::errors::{type_error, PyResult};
use super::heap;
use super::object::Payload;
use super::state::Vm;
use super::types::code::{as_code, CodeData};
use super::types::dict::DictData;
use super::types::function::FunctionData;
use super::types::module::new_dict_value;
use super::types::registry::types;
use super::types::str::as_str;
use super::types::tuple::{as_tuple, new_tuple};
use super::value::Value;
use crate::compiler::bytecode::flags;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// SetupFinally / SetupWith: on exception jump to `handler`.
    Finally,
    /// Inside an except/finally handler; `saved` is restored on PopExcept.
    ExceptHandler,
}

pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    pub level: u32,
    /// For ExceptHandler: the previously handled exception.
    pub saved: Option<Value>,
}

pub struct Frame {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of module / class / exec code.
    pub locals: Option<Value>,
    pub fast: Vec<Option<Value>>,
    /// Cell objects: cellvars then freevars.
    pub cells: Vec<Value>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    /// Next instruction to execute.
    pub pc: usize,
    /// The instruction being executed (for line numbers).
    pub lasti: usize,
}

pub fn new_cell(v: Option<Value>) -> Value {
    heap::alloc(types().cell.clone(), Payload::Cell(Slot::new(v)))
}

pub fn cell_slot(c: &Value) -> &Slot {
    match &c.as_obj().unwrap().payload {
        Payload::Cell(s) => s,
        _ => unreachable!("not a cell"),
    }
}

impl Frame {
    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        as_code(&self.code).unwrap()
    }

    pub fn line(&self) -> u32 {
        self.code_data().code.line_at(self.lasti)
    }

    /// A frame for module-level / exec code.
    pub fn for_module(code: Value, globals: Value, locals: Option<Value>, builtins: Value) -> Frame {
        let cd = as_code(&code).unwrap();
        let ncells = cd.code.cellvars.len() + cd.code.freevars.len();
        let cells = (0..ncells).map(|_| new_cell(None)).collect();
        let nlocals = cd.code.varnames.len();
        let stack = Vec::with_capacity(16);
        Frame {
            code,
            globals,
            builtins,
            locals,
            fast: vec![None; nlocals],
            cells,
            stack,
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
        }
    }

    /// A frame for a call of `fd` with the given arguments.
    pub fn for_call(
        vm: &mut Vm,
        fval: &Value,
        fd: &FunctionData,
        this: Option<&Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Frame> {
        let _ = fval;
        let cd = as_code(&fd.code).unwrap();
        let co = &cd.code;
        let nlocals = co.varnames.len();
        let (mut fast, stack) = take_buffers(vm, nlocals);
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let npos_given = args.len() - kwnames.len() + this.is_some() as usize;

        // Fast path: exact positional call, no keywords, no defaults needed.
        if kwnames.is_empty() && npos_given == argcount && !has_varargs && !has_varkw && kwonly == 0 {
            let mut i = 0;
            if let Some(t) = this {
                fast[0] = Some(t.clone());
                i = 1;
            }
            for a in args {
                fast[i] = Some(a.clone());
                i += 1;
            }
        } else {
            bind_slow(vm, fd, cd, this, args, kwnames, &mut fast)?;
        }

        let ncell = co.cellvars.len();
        let mut cells = Vec::with_capacity(ncell + co.freevars.len());
        for i in 0..ncell {
            let init = match co.cell2arg.get(i).copied().flatten() {
                Some(a) => fast[a as usize].take(),
                None => None,
            };
            cells.push(new_cell(init));
        }
        cells.extend(fd.closure.iter().cloned());
        Ok(Frame {
            code: fd.code.clone(),
            globals: fd.globals.clone(),
            builtins: super::import::builtins_dict(),
            locals: None,
            fast,
            cells,
            stack,
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
        })
    }

    /// A frame for a call of a function whose code has `simple_argc`
    /// parameters; the caller then moves the arguments in with `take_args`
    /// and hands the frame back with `release_simple` when it finished.
    /// Frames are reused whole, so a call moves no frame memory around.
    #[inline(always)]
    pub fn for_simple_call(vm: &mut Vm, fd: &FunctionData) -> Box<Frame> {
        let mut fr = vm.simple_frames.pop().unwrap_or_else(Frame::idle);
        // Code objects are immortal: a pooled frame keeps its last one, and
        // the common case (a loop or a recursion calling the same function)
        // needs no store.
        if !fr.code.is(&fd.code) {
            fr.code = fd.code.clone();
        }
        if !fr.globals.is(&fd.globals) {
            fr.globals = fd.globals.clone();
        }
        // `lasti` needs no reset: the loop writes it before anyone reads it.
        fr.pc = 0;
        fr
    }

    /// An idle frame for the `for_simple_call` pool: it holds no references
    /// (but to immortal objects and the builtins dict). Pooled frames keep
    /// the builtins dict, which is set once (`import::install`) and lives
    /// as long as the process, so calls need not check it.
    fn idle() -> Box<Frame> {
        let n = super::types::registry::none;
        Box::new(Frame {
            code: n(),
            globals: n(),
            builtins: super::import::builtins_dict(),
            locals: None,
            fast: Vec::with_capacity(8),
            cells: Vec::new(),
            stack: Vec::with_capacity(16),
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
        })
    }

    /// Drop everything a finished `for_simple_call` frame refers to and
    /// keep it for the next call.
    #[inline(always)]
    pub fn release_simple(mut self: Box<Frame>, vm: &mut Vm) {
        // Inline loops: `clear()` calls the out-of-line slice destructor,
        // which costs more than the few locals of a typical call.
        while let Some(v) = self.fast.pop() {
            drop(v);
        }
        while let Some(v) = self.stack.pop() {
            drop(v);
        }
        if !self.blocks.is_empty() {
            self.blocks.clear();
        }
        // Code objects are immortal and the builtins dict lives as long as
        // the VM: keeping them costs nothing. The globals dict is kept too
        // (nearly always a module's, alive anyway), so the next call of a
        // function of the same module stores nothing; a worker's pooled
        // frames let go of it when their context ends
        // (`forget_context_objects`), as they must not outlive a context
        // object they point to.
        if vm.simple_frames.len() < POOL_MAX && self.fast.capacity() <= 64 && self.stack.capacity() <= 256 {
            vm.simple_frames.push(self);
        }
    }

    /// The context that ran on this thread ends: pooled frames let go of
    /// what they kept of it (called in the context, whose references are
    /// not counted, so dropping them counts nothing either).
    pub fn forget_context_objects(vm: &mut Vm) {
        let none = super::types::registry::none;
        for fr in &mut vm.simple_frames {
            fr.globals = none();
            fr.code = none();
        }
    }

    /// Store `this` (if any) and `args` as the first fast locals of a
    /// `for_simple_call` frame, leaving the rest of `nlocals` unbound.
    #[inline]
    pub fn clone_args(&mut self, this: Option<&Value>, args: &[Value], nlocals: usize) {
        self.fast.reserve(nlocals);
        if let Some(t) = this {
            self.fast.push(Some(t.clone()));
        }
        self.fast.extend(args.iter().map(|a| Some(a.clone())));
        self.fast.resize_with(nlocals, || None);
    }

    /// Move the top `n` values of `from` (the caller's stack) into the
    /// first fast locals (no reference count traffic), and leave the
    /// other `nlocals - n` locals unbound.
    #[inline(always)]
    pub fn take_args(&mut self, from: &mut Vec<Value>, n: usize, nlocals: usize) {
        assert!(self.fast.is_empty() && n <= nlocals && n <= from.len());
        self.fast.reserve(nlocals);
        let start = from.len() - n;
        // SAFETY: `fast` is empty with capacity >= nlocals, so slots
        // 0..nlocals are writable; each of the last `n` values of `from` is
        // read exactly once and `from`'s length is cut below them before
        // anything else can observe it, so ownership moves without a
        // double drop; every slot up to the new length is initialised.
        unsafe {
            let src = from.as_ptr().add(start);
            let dst = self.fast.as_mut_ptr();
            from.set_len(start);
            for k in 0..n {
                dst.add(k).write(Some(std::ptr::read(src.add(k))));
            }
            for k in n..nlocals {
                dst.add(k).write(None);
            }
            self.fast.set_len(nlocals);
        }
    }

    /// Tear down a finished frame: its buffers go back to the pool, and
    /// empty vectors are released without running their (out-of-line)
    /// destructors.
    #[inline(always)]
    pub fn recycle(self, vm: &mut Vm) {
        let Frame { code, globals, builtins, locals, mut fast, cells, mut stack, blocks, .. } = self;
        // Inline loops rather than the out-of-line slice destructor.
        while let Some(v) = fast.pop() {
            drop(v);
        }
        while let Some(v) = stack.pop() {
            drop(v);
        }
        if vm.frame_pool.len() < POOL_MAX && fast.capacity() <= 64 && stack.capacity() <= 256 {
            vm.frame_pool.push((fast, stack));
        } else {
            drop((fast, stack));
        }
        forget_if_unallocated(cells);
        forget_if_unallocated(blocks);
        drop((code, globals, builtins, locals));
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        visit(&self.globals);
        if let Some(l) = &self.locals {
            visit(l);
        }
        self.fast.iter().flatten().for_each(|v| visit(v));
        self.cells.iter().for_each(|v| visit(v));
        self.stack.iter().for_each(|v| visit(v));
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

#[allow(clippy::too_many_arguments)]
fn bind_slow(
    vm: &mut Vm,
    fd: &FunctionData,
    cd: &CodeData,
    this: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
    fast: &mut [Option<Value>],
) -> PyResult<()> {
    let co = &cd.code;
    let fname = fd.qualname.get_ref().and_then(as_str).unwrap_or(&co.qualname).to_string();
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let nkw = kwnames.len();
    let mut positional: Vec<&Value> = Vec::with_capacity(args.len() + 1);
    if let Some(t) = this {
        positional.push(t);
    }
    positional.extend(args[..args.len() - nkw].iter());
    let kwvalues = &args[args.len() - nkw..];

    let varargs_idx = argcount + kwonly;
    let varkw_idx = varargs_idx + has_varargs as usize;

    for (i, v) in positional.iter().take(argcount).enumerate() {
        fast[i] = Some((*v).clone());
    }
    if has_varargs {
        let extra: Vec<Value> = positional.iter().skip(argcount).map(|v| (*v).clone()).collect();
        fast[varargs_idx] = Some(new_tuple(extra));
    }
    let kwdict = if has_varkw {
        let d = new_dict_value();
        fast[varkw_idx] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (k, v) in kwnames.iter().zip(kwvalues) {
        let name = as_str(k).unwrap_or("");
        let idx = co.varnames[..argcount + kwonly].iter().position(|n| n == name);
        match idx {
            Some(i) if i >= posonly => {
                if fast[i].is_some() {
                    return Err(type_error(format!("{fname}() got multiple values for argument '{name}'")));
                }
                fast[i] = Some(v.clone());
            }
            _ => {
                if let Some(d) = &kwdict {
                    let dd: &DictData = match &d.as_obj().unwrap().payload {
                        Payload::Dict(dd) => dd,
                        _ => unreachable!(),
                    };
                    dd.set(vm, k.clone(), v.clone())?;
                } else if idx.is_some() {
                    posonly_as_kw.push(name);
                } else {
                    return Err(type_error(format!("{fname}() got an unexpected keyword argument '{name}'")));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    if positional.len() > argcount && !has_varargs {
        let defaults = fd.defaults.get_ref().and_then(as_tuple).map(|t| t.len()).unwrap_or(0);
        let given_kwonly = (argcount..argcount + kwonly).filter(|&i| fast[i].is_some()).count();
        let takes = if defaults > 0 {
            format!("from {} to {}", argcount - defaults, argcount)
        } else {
            argcount.to_string()
        };
        let pl = if defaults == 0 && argcount == 1 { "" } else { "s" };
        let given = positional.len();
        let msg = if given_kwonly > 0 {
            format!(
                "{fname}() takes {takes} positional argument{pl} but {} (and {}) were given",
                plural(given, "positional argument"),
                plural(given_kwonly, "keyword-only argument")
            )
        } else {
            format!(
                "{fname}() takes {takes} positional argument{pl} but {given} {} given",
                if given == 1 { "was" } else { "were" }
            )
        };
        return Err(type_error(msg));
    }
    // Defaults for missing positional parameters.
    let defaults: Vec<Value> = fd.defaults.get_ref().and_then(as_tuple).map(|t| t.to_vec()).unwrap_or_default();
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing: Vec<&str> = Vec::new();
    for i in 0..argcount {
        if fast[i].is_none() {
            if i >= first_default {
                fast[i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(&co.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    for i in argcount..argcount + kwonly {
        if fast[i].is_none() {
            let name = &co.varnames[i];
            let dflt = fd.kwdefaults.get_ref().and_then(|d| match &d.as_obj()?.payload {
                Payload::Dict(dd) => dd.get_str(name),
                _ => None,
            });
            match dflt {
                Some(v) => fast[i] = Some(v),
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(())
}

const POOL_MAX: usize = 128;

/// Drop `v`, skipping the destructor call when it owns no memory and no
/// elements (forgetting such a Vec leaks nothing).
#[inline(always)]
fn forget_if_unallocated<T>(v: Vec<T>) {
    if v.capacity() == 0 {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// Empty buffers for a frame with `nlocals` fast locals.
fn take_buffers(vm: &mut Vm, nlocals: usize) -> (Vec<Option<Value>>, Vec<Value>) {
    let (mut fast, stack) = vm.frame_pool.pop().unwrap_or_else(|| (Vec::with_capacity(8), Vec::with_capacity(16)));
    fast.resize(nlocals, None);
    (fast, stack)
}
