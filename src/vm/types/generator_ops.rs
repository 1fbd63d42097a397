//! Running generators: creation, resumption (`next`, `send`, `throw`,
//! `close`) and delegation (`yield from`).

use crate::vm::cell::Slot;
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::frame::Frame;
use crate::vm::heap;
use crate::vm::interp::{self, Exit};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::exception::as_exception;
use crate::vm::types::function::FunctionData;
use crate::vm::types::generator::GeneratorData;
use crate::vm::types::registry::{none, types, ExcKind};
use crate::vm::types::typeobj::{class_of, lookup};
use crate::vm::value::Value;
use crate::compiler::bytecode::Instr;
use std::cell::UnsafeCell;
use std::sync::atomic::AtomicBool;

pub fn new_generator(frame: Frame, fd: &FunctionData) -> Value {
    let g = GeneratorData {
        frame: UnsafeCell::new(Some(Box::new(frame))),
        running: AtomicBool::new(false),
        name: Slot::new(fd.name.get()),
        qualname: Slot::new(fd.qualname.get()),
        exc_state: Slot::empty(),
    };
    heap::alloc(types().generator.clone(), Payload::Generator(Box::new(g)))
}

pub fn as_generator(v: &Value) -> Option<&GeneratorData> {
    match &v.as_obj()?.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Resume a generator with a sent value, or by throwing an exception into it.
pub fn resume(vm: &mut Vm, generator: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let gd = as_generator(generator).ok_or_else(|| type_error("not a generator"))?;
    if gd.is_running() {
        return Err(value_error("generator already executing"));
    }
    let Some(mut frame) = gd.take_frame() else {
        return match throw {
            Some(e) => Err(e),
            None => Ok(SendResult::Returned(none())),
        };
    };
    let just_started = frame.pc == 0;
    if just_started && throw.is_none() && !ops::is_none(&sent) {
        gd.put_frame(Some(frame));
        return Err(type_error("can't send non-None value to a just-started generator"));
    }
    if vm.depth >= crate::vm::state::recursion_limit() || vm.stack_low() {
        gd.put_frame(Some(frame));
        return Err(PyErr::msg(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    gd.set_running(true);
    vm.depth += 1;
    // The generator sees its own handled exception (if it yielded inside an
    // except block), else its caller's; the caller's is restored afterwards.
    let caller_handled = vm.handled.clone();
    if let Some(h) = gd.exc_state.get() {
        vm.handled = Some(h);
    }
    let r = match throw {
        Some(e) => throw_into(vm, &mut frame, e),
        None => {
            if !just_started {
                frame.stack.push(sent);
            }
            interp::execute(vm, &mut frame)
        }
    };
    vm.depth -= 1;
    gd.set_running(false);
    let in_handler = matches!(r, Ok(Exit::Yield(_))) && frame.blocks.iter().any(|b| b.kind == crate::vm::frame::BlockKind::ExceptHandler);
    gd.exc_state.set(if in_handler { vm.handled.clone() } else { None });
    vm.handled = caller_handled;
    match r {
        Ok(Exit::Yield(v)) => {
            gd.put_frame(Some(frame));
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            if e.matches(ExcKind::StopIteration) {
                let re = crate::vm::errors::runtime_error("generator raised StopIteration");
                if let Some(ed) = as_exception(&re.exc) {
                    ed.cause.set(Some(e.exc.clone()));
                    ed.context.set(Some(e.exc.clone()));
                    ed.set_suppress_context(true);
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Throw `e` into a suspended frame: delegate to a `yield from` target
/// first, otherwise raise at the suspension point.
fn throw_into(vm: &mut Vm, frame: &mut Frame, e: PyErr) -> PyResult<Exit> {
    let cd = frame.code_data();
    let at_yield_from = matches!(cd.code.instructions.get(frame.pc), Some(Instr::YieldFrom));
    if at_yield_from {
        let sub = frame.stack.last().cloned().unwrap();
        let is_exit = e.matches(ExcKind::GeneratorExit);
        let delegated: Option<PyResult<SendResult>> = if as_generator(&sub).is_some() {
            if is_exit {
                Some(close(vm, &sub).map(|_| SendResult::Returned(none())).and(Err(e.clone())))
            } else {
                Some(resume(vm, &sub, none(), Some(e.clone())))
            }
        } else if let Some(t) = lookup(&class_of(&sub), if is_exit { "close" } else { "throw" }) {
            let r = if is_exit {
                crate::vm::call::call_unbound(vm, &t, &sub, &[]).and(Err(e.clone()))
            } else {
                crate::vm::call::call_unbound(vm, &t, &sub, &[e.exc.clone()])
            };
            Some(match r {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(err) if err.matches(ExcKind::StopIteration) => Ok(SendResult::Returned(stop_value(&err))),
                Err(err) => Err(err),
            })
        } else {
            None
        };
        if let Some(res) = delegated {
            return match res {
                Ok(SendResult::Yielded(v)) => Ok(Exit::Yield(v)),
                Ok(SendResult::Returned(v)) => {
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.pc += 1;
                    interp::execute(vm, frame)
                }
                Err(err) => interp::execute_with_error(vm, frame, err),
            };
        }
    }
    interp::execute_with_error(vm, frame, e)
}

/// Close the generators freed while suspended in a try/with block (their
/// `finally` blocks run now). Errors are reported like CPython's
/// "Exception ignored in" and do not propagate.
pub fn run_pending_closes(vm: &mut Vm) {
    while crate::vm::types::generator::has_pending_closes() {
        for (mut frame, name) in crate::vm::types::generator::take_pending_closes() {
            let saved = vm.handled.clone();
            vm.depth += 1;
            let r = throw_into(vm, &mut frame, PyErr::empty(ExcKind::GeneratorExit));
            vm.depth -= 1;
            vm.handled = saved;
            let err = match r {
                Ok(Exit::Yield(_)) => Some(crate::vm::errors::runtime_error("generator ignored GeneratorExit")),
                Ok(Exit::Return(_)) => None,
                Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => None,
                Err(e) => Some(e),
            };
            if let Some(e) = err {
                let qn = name.as_ref().and_then(|n| crate::vm::types::str::as_str(n).map(String::from)).unwrap_or_default();
                let _ = crate::stdlib::sys::write_stderr(vm, &format!("Exception ignored in: <generator object {qn} at {:#x}>\n", &*frame as *const Frame as usize));
                crate::vm::traceback_print::print_exception(vm, &e.exc);
            }
        }
    }
}

fn stop_value(e: &PyErr) -> Value {
    as_exception(&e.exc).and_then(|d| d.args_vec().into_iter().next()).unwrap_or_else(none)
}

/// next(gen) for the iteration protocol.
pub fn gen_next(vm: &mut Vm, generator: &Value) -> PyResult<Option<Value>> {
    match resume(vm, generator, none(), None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// One step of `yield from`: send `value` to the sub-iterator.
pub fn send_to(vm: &mut Vm, sub: &Value, value: Value) -> PyResult<SendResult> {
    if as_generator(sub).is_some() {
        return resume(vm, sub, value, None);
    }
    let cls = class_of(sub);
    let r = if ops::is_none(&value) {
        if let Some(r) = crate::vm::types::iter::builtin_next(vm, sub) {
            return Ok(match r? {
                Some(v) => SendResult::Yielded(v),
                None => SendResult::Returned(none()),
            });
        }
        match lookup(&cls, "__next__") {
            Some(n) => crate::vm::call::call_unbound(vm, &n, sub, &[]),
            None => return Err(type_error(format!("'{}' object is not an iterator", crate::vm::types::typeobj::type_name(sub)))),
        }
    } else {
        crate::vm::call::call_method_by_name(vm, sub, "send", &[value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.matches(ExcKind::StopIteration) => Ok(SendResult::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// gen.close(): throw GeneratorExit; it must not yield again.
pub fn close(vm: &mut Vm, generator: &Value) -> PyResult<Value> {
    let gd = as_generator(generator).ok_or_else(|| type_error("not a generator"))?;
    match gd.frame_ref() {
        None => return Ok(none()),
        Some(f) if f.pc == 0 => {
            drop(gd.take_frame());
            return Ok(none());
        }
        _ => {}
    }
    match resume(vm, generator, none(), Some(PyErr::empty(ExcKind::GeneratorExit))) {
        Ok(SendResult::Yielded(_)) => Err(crate::vm::errors::runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(_)) => Ok(none()),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => Ok(none()),
        Err(e) => Err(e),
    }
}
