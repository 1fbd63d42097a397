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
    let (mut ok, mut errs, mut panics) = (0, 0, 0);
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else { continue };
        let name = f.display().to_string();
        let r = std::panic::catch_unwind(|| compile(&src, &name, Mode::Exec));
        match r {
            Ok(Ok(_)) => ok += 1,
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
    eprintln!("stdlib: {ok} ok, {errs} errors, {panics} panics of {}", files.len());
    assert_eq!(panics, 0);
}
