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

use super::stack_depth::{depths, max_depth, stack_effect};

/// Abstract interpretation of stack depth (`stack_depth::depths`): every
/// instruction must be reached with one consistent depth, never negative,
/// and every ReturnValue must leave an empty stack (no leaked loop
/// iterators etc.); `max_stack` must bound every depth.
pub(crate) fn check_stack(code: &CodeObject) -> Result<(), String> {
    let depth = depths(code).map_err(|e| format!("{e}\n{}", super::disassemble(code)))?;
    let max = max_depth(code)? as i32;
    if code.max_stack as i32 != max {
        return Err(format!("{}: max_stack {} but the walk says {max}", code.qualname, code.max_stack));
    }
    for (pc, d) in depth.iter().enumerate() {
        let Some(d) = *d else { continue };
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
            Instr::ReturnValue if d != 1 => {
                return Err(format!("{}: return with depth {d} at {pc}\n{}", code.qualname, super::disassemble(code)));
            }
            _ => {}
        }
        if d > max || d + stack_effect(ins, false) > max {
            return Err(format!("{}: depth above max_stack at {pc}", code.qualname));
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            check_stack(inner)?;
        }
    }
    Ok(())
}

fn all_code(code: &CodeObject) -> Vec<&CodeObject> {
    let mut v = vec![code];
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            v.extend(all_code(inner));
        }
    }
    v
}

fn find<'c>(code: &'c CodeObject, name: &str) -> &'c CodeObject {
    all_code(code).into_iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no code {name}"))
}

fn ok(src: &str) -> CodeObject {
    let code = c(src);
    if let Err(e) = check_stack(&code) {
        panic!("stack check failed for {src:?}: {e}");
    }
    code
}

fn contains_seq(code: &CodeObject, seq: &[Instr]) -> bool {
    code.instructions.windows(seq.len()).any(|w| w == seq)
}

#[test]
fn assignments() {
    let code = ok("a = b = 1\na, (b, *c), d = x\nx.y = 1\nx[1:2] = y\nx[i] += 1\nx.a += 2\ndel a, x.y, x[0]\n");
    assert!(code.instructions.contains(&Instr::UnpackEx(1 | (0 << 8))));
    assert!(code.instructions.contains(&Instr::UnpackSequence(3)));
    assert!(contains_seq(&code, &[Instr::DupForUpdate(2), Instr::BinarySubscr]));
    assert!(code.instructions.contains(&Instr::StoreSubscrUpdate));
    assert!(code.instructions.contains(&Instr::StoreAttrUpdate(2)) || code.instructions.iter().any(|i| matches!(i, Instr::StoreAttrUpdate(_))));
    assert!(code.instructions.contains(&Instr::BuildSlice(2)));
    assert!(code.instructions.contains(&Instr::RotThree));
}

#[test]
fn big_ints_and_constants() {
    let code = ok("x = 123456789012345678901234567890\ny = 0xffff_ffff_ffff_ffff_ff\nz = -1.5\nw = (1, 'a', None, (2j,))\n");
    assert!(code.constants.iter().any(|c| matches!(c, Constant::Int(i) if i.to_string() == "123456789012345678901234567890")));
    assert!(code.constants.iter().any(|c| matches!(c, Constant::Int(i) if i.to_string() == "4722366482869645213695")));
    assert!(code.constants.contains(&Constant::Float(-1.5)));
    assert!(code.constants.iter().any(|c| matches!(c, Constant::Tuple(t) if t.len() == 4)));
}

#[test]
fn functions_closures_and_qualnames() {
    let code = ok("def f(a, /, b=1, *args, c, d=2, **kw):\n    'doc'\n    def g():\n        nonlocal a\n        a = 2\n        return lambda: a + b\n    return g\n");
    let f = find(&code, "f");
    assert_eq!(f.argcount, 2);
    assert_eq!(f.posonlyargcount, 1);
    assert_eq!(f.kwonlyargcount, 2);
    assert_eq!(f.varnames[..6], ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(f.cellvars, ["a", "b"]);
    assert_eq!(f.cell2arg, [Some(0), Some(1)]);
    let g = find(&code, "g");
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_eq!(g.freevars, ["a", "b"]);
    assert!(g.instructions.iter().any(|i| matches!(i, Instr::StoreDeref(_))));
    let l = find(&code, "<lambda>");
    assert_eq!(l.qualname, "f.<locals>.g.<locals>.<lambda>");
    assert!(code.instructions.contains(&Instr::MakeFunction(3)));
}

#[test]
fn classes_and_super() {
    let code = ok("class A(B, metaclass=M):\n    '''d'''\n    x: int = 1\n    def m(self):\n        return super().m()\n    def __p(self): pass\n");
    let a = find(&code, "A");
    assert_eq!(a.cellvars, ["__class__"]);
    assert!(a.flags & super::bytecode::flags::CLASS_BODY != 0);
    assert!(a.names.contains(&"__classcell__".to_string()));
    assert!(a.names.contains(&"_A__p".to_string()));
    assert!(a.instructions.contains(&Instr::SetupAnnotations));
    let m = find(&code, "m");
    assert_eq!(m.freevars, ["__class__"]);
    assert!(contains_seq(m, &[Instr::LoadGlobal(0), Instr::LoadDeref(0), Instr::LoadFast(0), Instr::CallFunction(2)]));
    assert!(code.instructions.contains(&Instr::LoadBuildClass));
    assert!(code.instructions.contains(&Instr::CallFunctionKw(4)));
}

#[test]
fn class_free_variables() {
    let code = ok("def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def g(self): return x\n    return C\n");
    let cls = find(&code, "C");
    assert_eq!(cls.freevars, ["x"]);
    assert!(cls.instructions.iter().any(|i| matches!(i, Instr::LoadClassDeref(_))) || cls.instructions.iter().any(|i| matches!(i, Instr::LoadName(_))));
    let g = find(&code, "g");
    assert_eq!(g.freevars, ["x"]);
}

#[test]
fn generators_and_comprehensions() {
    let code = ok("def gen():\n    yield 1\n    x = yield\n    yield from range(3)\nl = [x*y for x in a if x for y in b]\ns = {x for x in a}\nd = {k: v for k, v in a}\ng = (x for x in a)\n");
    let g = find(&code, "gen");
    assert!(g.is_generator());
    assert!(contains_seq(g, &[Instr::GetYieldFromIter, Instr::LoadConst(0), Instr::YieldFrom]) || g.instructions.contains(&Instr::YieldFrom));
    let lc = find(&code, "<listcomp>");
    assert_eq!(lc.argcount, 1);
    assert_eq!(lc.varnames[0], ".0");
    assert!(lc.instructions.contains(&Instr::ListAppend(3)));
    assert!(find(&code, "<dictcomp>").instructions.contains(&Instr::MapAdd(2)));
    assert!(find(&code, "<setcomp>").instructions.contains(&Instr::SetAdd(2)));
    let ge = find(&code, "<genexpr>");
    assert!(ge.is_generator());
    assert!(contains_seq(&code, &[Instr::GetIter, Instr::CallFunction(1)]));
}

#[test]
fn walrus_in_comprehension() {
    let code = ok("def f(a):\n    [y := x for x in a]\n    return y\n[z := x for x in b]\n");
    let f = find(&code, "f");
    assert_eq!(f.cellvars, ["y"]);
    let lc = &all_code(&code).into_iter().filter(|c| c.name == "<listcomp>").collect::<Vec<_>>();
    assert_eq!(lc[0].freevars, ["y"]);
    assert!(lc[1].instructions.iter().any(|i| matches!(i, Instr::StoreGlobal(_))));
}

#[test]
fn control_flow_unwinding() {
    let code = ok(
        "def f(xs):\n    for x in xs:\n        try:\n            with g() as h:\n                if x: break\n                if h: continue\n                return x\n        finally:\n            print(1)\n    else:\n        pass\n    while True:\n        try:\n            return 1\n        except E as e:\n            return e\n",
    );
    let _ = code;
    ok("try:\n    pass\nexcept (A, B):\n    pass\nexcept C as c:\n    raise X from c\nelse:\n    y = 1\nfinally:\n    z = 2\n");
    ok("def f():\n    try:\n        pass\n    finally:\n        return 3\n");
    ok("for i in x:\n    try:\n        pass\n    finally:\n        break\n");
    ok("def f():\n    for i in x:\n        with a, b as c:\n            return i\n");
}

#[test]
fn except_star() {
    let code = ok("try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    pass\n");
    assert!(code.instructions.contains(&Instr::CheckEgMatch));
    assert!(code.instructions.contains(&Instr::PrepReraiseStar));
    assert_eq!(
        err("try:\n    f()\nexcept* ValueError:\n    return 1\n").as_str(),
        "'return' outside function"
    );
    assert_eq!(
        err("for x in y:\n    try:\n        f()\n    except* ValueError:\n        break\n"),
        "'break', 'continue' and 'return' cannot appear in an except* block"
    );
}

#[test]
fn calls() {
    let code = ok("f(1, *a, 2, k=3, **kw, j=4)\no.m(1, k=2)\nf(**a, **b)\nf(*a)\n");
    assert!(code.instructions.contains(&Instr::CallFunctionEx(1)));
    assert!(code.instructions.contains(&Instr::CallFunctionEx(0)));
    assert!(code.instructions.contains(&Instr::CallMethodKw(2)));
    assert!(code.instructions.contains(&Instr::DictMerge(1)));
    assert_eq!(err("f(a=1, a=2)"), "keyword argument repeated: a");
}

#[test]
fn imports() {
    let code = ok("import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z, w\nfrom m import *\n");
    assert!(code.names.contains(&"a.b.c".to_string()));
    assert!(code.instructions.contains(&Instr::ImportStar));
    assert!(code.constants.contains(&Constant::Int(2.into())));
    assert_eq!(err("def f():\n    from m import *\n"), "import * only allowed at module level");
}

#[test]
fn match_statements() {
    ok("match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case [b, *_, c]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(1, y=q) as p:\n        pass\n    case None:\n        pass\n    case (m, n) | [n, m] if m > 0:\n        pass\n    case str() | bytes():\n        pass\n    case -1 | 1.5 | 'a' | Color.RED:\n        pass\n    case _:\n        pass\n");
    assert_eq!(err("match x:\n    case [a, a]:\n        pass\n"), "multiple assignments to name 'a' in pattern");
    assert_eq!(err("match x:\n    case a:\n        pass\n    case 1:\n        pass\n"), "name capture 'a' makes remaining patterns unreachable");
    assert_eq!(err("match x:\n    case _:\n        pass\n    case 1:\n        pass\n"), "wildcard makes remaining patterns unreachable");
    assert_eq!(err("match x:\n    case a | [b]:\n        pass\n"), "name capture 'a' makes remaining patterns unreachable");
    assert_eq!(err("match x:\n    case [a] | [b]:\n        pass\n"), "alternative patterns bind different names");
}

#[test]
fn fstrings() {
    let code = ok("x = f'a{b!r:>{w}}c{d=}{e:x}'\ny = 'p' f'{q}' 'r'\nz = b'a' b'b'\n");
    assert!(code.instructions.contains(&Instr::FormatValue(2 | 4)));
    assert!(code.constants.contains(&Constant::Str("cd=".into())));
    assert!(code.constants.contains(&Constant::Bytes(b"ab".to_vec())));
    assert!(code.instructions.iter().any(|i| matches!(i, Instr::BuildString(_))));
}

#[test]
fn chained_comparison_and_boolops() {
    let code = ok("r = a < b < c\ns = a and b or c\nif not (a and b): pass\nt = x if y else z\n");
    assert!(contains_seq(&code, &[Instr::Swap(2), Instr::Copy(2)]));
    assert!(code.instructions.iter().any(|i| matches!(i, Instr::JumpIfFalseOrPop(_))));
}

#[test]
fn modes() {
    let e = compile("1 + 2", "<eval>", Mode::Eval).unwrap();
    assert_eq!(e.instructions.last(), Some(&Instr::ReturnValue));
    let s = compile("x = 1\nx\n", "<stdin>", Mode::Single).unwrap();
    assert!(s.instructions.contains(&Instr::PrintExpr));
    let m = ok("'''module doc'''\nx: int\n");
    assert_eq!(m.docstring.as_deref(), Some("module doc"));
    assert!(m.names.contains(&"__doc__".to_string()));
    assert!(m.instructions.contains(&Instr::SetupAnnotations));
}

#[test]
fn scope_errors() {
    assert_eq!(err("def f():\n    x = 1\n    global x\n"), "name 'x' is assigned to before global declaration");
    assert_eq!(err("def f():\n    print(x)\n    global x\n"), "name 'x' is used prior to global declaration");
    assert_eq!(err("def f():\n    nonlocal x\n"), "no binding for nonlocal 'x' found");
    assert_eq!(err("nonlocal x\n"), "nonlocal declaration not allowed at module level");
    assert_eq!(err("return 1\n"), "'return' outside function");
    assert_eq!(err("break\n"), "'break' outside loop");
    assert_eq!(err("continue\n"), "'continue' not properly in loop");
    assert_eq!(err("yield 1\n"), "'yield' outside function");
    assert_eq!(err("class A:\n    yield 1\n"), "'yield' outside function");
    assert_eq!(err("1 = x\n"), "cannot assign to literal here. Maybe you meant '==' instead of '='?");
    assert_eq!(err("async def f(): pass\n"), "async functions are not supported");
    assert_eq!(err("type X = int\n"), "the 'type' statement is not supported");
    assert_eq!(err("def f():\n    await x\n"), "'await' outside async function");
}

#[test]
fn line_numbers() {
    let code = ok("x = 1\ny = f(\n    1,\n    2)\nz = (o\n     .m(1))\n");
    let call = code.instructions.iter().position(|i| *i == Instr::CallFunction(2)).unwrap();
    assert_eq!(code.lines[call], 2);
    let m = code.instructions.iter().position(|i| *i == Instr::CallMethod(1)).unwrap();
    assert_eq!(code.lines[m], 6);
    assert_eq!(code.lines.len(), code.instructions.len());
}

#[test]
fn error_positions() {
    let e = compile("x = 1\nif x\n    pass\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno, e.col), ("expected ':'", 2, 5));
    assert_eq!(e.text.as_deref(), Some("if x\n"));
    let e = compile("if x:\npass\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!(e.kind, super::SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "expected an indented block after 'if' statement on line 1");
    let e = compile("print(1\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno, e.col), ("'(' was never closed", 1, 6));
    let e = compile("f(a b)\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "invalid syntax. Perhaps you forgot a comma?");
    let e = compile("x = )\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "unmatched ')'");
    let e = compile("x = 'abc\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
}
