//! Unit tests: compile programs and check key instruction sequences.

use super::bytecode::{CodeObject, Constant, Instr};
use super::{compile, disassemble, Mode};

fn c(src: &str) -> CodeObject {
    match compile(src, "<test>", Mode::Exec) {
        Ok(code) => code,
        Err(e) => panic!("compile error for {src:?}: {e:?}"),
    }
}

fn err(src: &str) -> String {
    match compile(src, "<test>", Mode::Exec) {
        Ok(code) => panic!("expected error for {src:?}, got\n{}", disassemble(&code)),
        Err(e) => e.msg,
    }
}

#[test]
fn simple_module() {
    let code = c("x = 1\nprint(x)\n");
    println!("{}", disassemble(&code));
    assert!(code.instructions.contains(&Instr::CallFunction(1)));
}

/// Compile every .py file of a CPython 3.11 standard library: no panics
/// allowed; files CPython itself accepts should compile (we print the
/// failures so regressions are visible with `--nocapture`).
#[test]
fn stdlib_no_panic() {
    let home = std::env::var("HOME").unwrap_or_default();
    let roots = [
        std::env::var("FUZZ_ROOT").unwrap_or_default(),
        "/usr/lib/python3.11".to_string(),
        format!("{home}/.pyenv/versions/3.11.7/lib/python3.11"),
    ];
    let Some(root) = roots.iter().find(|r| !r.is_empty() && std::path::Path::new(r).is_dir()) else {
        eprintln!("no stdlib found; skipping");
        return;
    };
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for ent in rd.flatten() {
            let p = ent.path();
            if p.is_dir() {
                if !p.ends_with("site-packages") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut ok, mut errs, mut panics, mut bad_stack) = (0, 0, 0, 0);
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else { continue };
        let name = f.display().to_string();
        let r = std::panic::catch_unwind(|| compile(&src, &name, Mode::Exec));
        match r {
            Ok(Ok(code)) => {
                ok += 1;
                if let Err(e) = check_stack(&code) {
                    bad_stack += 1;
                    if bad_stack <= 3 {
                        eprintln!("STACK {name}: {e}");
                    }
                }
            }
            Ok(Err(e)) => {
                errs += 1;
                if std::env::var("SHOW_ERRS").is_ok() {
                    eprintln!("ERR {name}:{}: {}", e.lineno, e.msg);
                }
            }
            Err(_) => {
                panics += 1;
                eprintln!("PANIC {name}");
            }
        }
    }
    eprintln!("stdlib: {ok} ok, {errs} errors, {panics} panics, {bad_stack} stack errors of {}", files.len());
    assert_eq!(panics, 0);
    assert_eq!(bad_stack, 0);
}

/// Stack effect of an instruction when it falls through (`jump == false`)
/// or takes its jump (`jump == true`).
fn stack_effect(i: &Instr, jump: bool) -> i32 {
    use Instr::*;
    match *i {
        Nop | Swap(_) | RotTwo | RotThree | RotFour | LoadAttr(_) | Unary(_) | ListToTuple | Jump(_)
        | GetIter | YieldValue | GetYieldFromIter | SetupAnnotations | PopBlock | PopExcept
        | CheckExcMatch | CheckEgMatch | CopyDictWithoutKeys | DeleteName(_) | DeleteGlobal(_)
        | DeleteFast(_) | DeleteDeref(_) => 0,
        PopTop | StoreName(_) | StoreGlobal(_) | StoreFast(_) | StoreDeref(_) | DeleteAttr(_) => -1,
        Copy(_) | LoadConst(_) | LoadName(_) | LoadGlobal(_) | LoadFast(_) | LoadDeref(_)
        | LoadClosure(_) | LoadClassDeref(_) | LoadMethod(_) | LoadBuildClass | LoadAssertionError
        | ImportFrom(_) | WithExceptStart | GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        StoreAttr(_) | DeleteSubscr => -2,
        BinarySubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        StoreSubscr => -3,
        BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        MapAdd(_) => -2,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(op) => ((op & 0xff) + (op >> 8)) as i32,
        FormatValue(f) => if f & 4 != 0 { -1 } else { 0 },
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => if jump { 0 } else { -1 },
        ForIter(_) => if jump { -1 } else { 1 },
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
        SetupFinally(_) => if jump { 1 } else { 0 },
        SetupWith(_) => 1,
        Reraise => -1,
        RaiseVarargs(n) => -(n as i32),
        PrepReraiseStar => -1,
        MatchClass(_) => -2,
    }
}

fn jump_target(i: &Instr) -> Option<u32> {
    use Instr::*;
    match *i {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t)
        | ForIter(t) | SetupFinally(t) | SetupWith(t) => Some(t),
        _ => None,
    }
}

/// Abstract interpretation of stack depth: every instruction must be
/// reached with one consistent depth, never negative, and every
/// ReturnValue must leave an empty stack (no leaked loop iterators etc.).
pub(crate) fn check_stack(code: &CodeObject) -> Result<(), String> {
    let n = code.instructions.len();
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut work = vec![(0usize, 0i32)];
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            return Err(format!("{}: fell off the end at {pc}", code.qualname));
        }
        match depth[pc] {
            Some(old) if old == d => continue,
            Some(old) => {
                return Err(format!("{}: inconsistent depth at {pc}: {old} vs {d}\n{}", code.qualname, super::disassemble(code)))
            }
            None => depth[pc] = Some(d),
        }
        let ins = &code.instructions[pc];
        // Operand sanity.
        match *ins {
            Instr::Copy(k) | Instr::Swap(k) if k as i32 > d => {
                return Err(format!("{}: {ins:?} with depth {d} at {pc}", code.qualname))
            }
            Instr::ListAppend(k) | Instr::SetAdd(k) | Instr::MapAdd(k) | Instr::ListExtend(k)
            | Instr::DictUpdate(k) | Instr::DictMerge(k) | Instr::SetUpdate(k)
                if k as i32 >= d =>
            {
                return Err(format!("{}: {ins:?} with depth {d} at {pc}", code.qualname))
            }
            _ => {}
        }
        let fall = d + stack_effect(ins, false);
        if fall < 0 {
            return Err(format!("{}: negative depth after {pc} {ins:?}\n{}", code.qualname, super::disassemble(code)));
        }
        if let Some(t) = jump_target(ins) {
            let jd = match ins {
                Instr::SetupWith(_) => d + 1,
                _ => d + stack_effect(ins, true),
            };
            work.push((t as usize, jd));
        }
        match ins {
            Instr::ReturnValue => {
                if d != 1 {
                    return Err(format!("{}: return with depth {d} at {pc}\n{}", code.qualname, super::disassemble(code)));
                }
            }
            Instr::Jump(_) | Instr::Reraise | Instr::RaiseVarargs(_) => {}
            _ => work.push((pc + 1, fall)),
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            check_stack(inner)?;
        }
    }
    Ok(())
}
