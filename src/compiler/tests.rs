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
