//! Value-stack depth analysis: the maximum depth a code object's value
//! stack can reach (`CodeObject::max_stack`).
//!
//! The interpreter sizes each frame's value stack from `max_stack` once and
//! then pushes without capacity checks, so this walk is the single source
//! of truth for that bound: every instruction's effect here must match
//! what the interpreter does (including the superinstructions the VM fuses
//! in, exception handlers entered by `unwind`, and the values a resumed
//! generator receives).

use super::bytecode::{CodeObject, Instr};

/// Stack effect of an instruction when it falls through (`jump == false`)
/// or takes its jump (`jump == true`). No instruction's intermediate depth
/// exceeds the larger of its depths before and after (the interpreter pops
/// its operands before pushing results).
pub fn stack_effect(i: &Instr, jump: bool) -> i32 {
    use Instr::*;
    match *i {
        Nop | Swap(_) | RotTwo | RotThree | RotFour | LoadAttr(_) | Unary(_) | ListToTuple | Jump(_)
        | GetIter | GetYieldFromIter | SetupAnnotations | PopBlock | PopExcept | CheckExcMatch
        | CheckEgMatch | CopyDictWithoutKeys | DeleteName(_) | DeleteGlobal(_) | DeleteFast(_)
        | DeleteDeref(_) => 0,
        // Pops the yielded value; resuming pushes the sent one.
        YieldValue => 0,
        PopTop | StoreName(_) | StoreGlobal(_) | StoreFast(_) | StoreDeref(_) | DeleteAttr(_) => -1,
        Copy(_) | LoadConst(_) | LoadName(_) | LoadGlobal(_) | LoadFast(_) | LoadDeref(_)
        | LoadClosure(_) | LoadClassDeref(_) | LoadMethod(_) | LoadBuildClass | LoadAssertionError
        | ImportFrom(_) | WithExceptStart | GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        StoreAttr(_) | StoreAttrUpdate(_) | DeleteSubscr => -2,
        DupForUpdate(n) => n as i32,
        BinarySubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        StoreSubscr | StoreSubscrUpdate => -3,
        BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        MapAdd(_) => -2,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(op) => ((op & 0xff) + (op >> 8)) as i32,
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        ReturnValue => -1,
        YieldFrom => -1,
        MakeFunction(f) => -((f & 15).count_ones() as i32) - 1,
        CallFunction(n) => -(n as i32),
        CallFunctionKw(n) => -(n as i32) - 1,
        CallFunctionEx(f) => -1 - (f & 1) as i32,
        CallMethod(n) => -(n as i32) - 1,
        CallMethodKw(n) => -(n as i32) - 2,
        PrintExpr => -1,
        ImportName(_) => -1,
        ImportStar => -1,
        // The handler is entered with the exception pushed on the block's level.
        SetupFinally(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        // Pops the manager, pushes its bound __exit__ and __enter__'s result;
        // the handler starts above __exit__ with the exception.
        SetupWith(_) => 1,
        Reraise => -1,
        RaiseVarargs(n) => -(n as i32),
        PrepReraiseStar => -1,
        MatchClass(_) => -2,
        // Made by `fuse_pairs` when the VM loads code: the fused instruction
        // does both of the pair and skips the second, so its effect (and
        // its peak) is the pair's; the second keeps its own effect for
        // jumps that land on it. Listed with the first's effect so a walk
        // over fused code (which still steps through the second) agrees.
        LoadFastLoadFast(..) | LoadFastLoadConst(..) => 1,
        StoreFastLoadFast(..) => -1,
    }
}

pub fn jump_target(i: &Instr) -> Option<u32> {
    use Instr::*;
    match *i {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
        | SetupFinally(t) | SetupWith(t) => Some(t),
        _ => None,
    }
}

/// The depth at which each instruction is reached (None: unreachable), by
/// abstract interpretation from an empty stack at pc 0. Every reachable
/// instruction must be reached with one consistent, non-negative depth.
pub fn depths(code: &CodeObject) -> Result<Vec<Option<i32>>, String> {
    let n = code.instructions.len();
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut work = vec![(0usize, 0i32)];
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            return Err(format!("{}: fell off the end at {pc}", code.qualname));
        }
        match depth[pc] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("{}: inconsistent depth at {pc}: {old} vs {d}", code.qualname)),
            None => depth[pc] = Some(d),
        }
        let ins = &code.instructions[pc];
        let fall = d + stack_effect(ins, false);
        if fall < 0 {
            return Err(format!("{}: negative depth after {pc} {ins:?}", code.qualname));
        }
        if let Some(t) = jump_target(ins) {
            work.push((t as usize, d + stack_effect(ins, true)));
        }
        match ins {
            Instr::ReturnValue | Instr::Jump(_) | Instr::Reraise | Instr::RaiseVarargs(_) => {}
            _ => work.push((pc + 1, fall)),
        }
    }
    Ok(depth)
}

/// The largest value-stack depth `code` can reach (its own instructions
/// only; nested code objects have their own).
pub fn max_depth(code: &CodeObject) -> Result<u32, String> {
    let d = depths(code)?;
    let mut max = 0;
    for (pc, depth) in d.iter().enumerate() {
        if let Some(depth) = depth {
            let ins = &code.instructions[pc];
            let mut peak = *depth;
            peak = peak.max(depth + stack_effect(ins, false));
            if jump_target(ins).is_some() {
                peak = peak.max(depth + stack_effect(ins, true));
            }
            max = max.max(peak);
        }
    }
    Ok(max as u32)
}
