//! The interactive prompt (`>>>` / `...`), with line editing by rustyline.

use crate::compiler::{compile, Mode};
use crate::vm::state::Vm;
use crate::vm::value::Value;

/// Does this source need more lines before it can be compiled?
fn incomplete(src: &str) -> bool {
    match compile(src, "<stdin>", Mode::Single) {
        Ok(_) => {
            let last = src.lines().last().unwrap_or("");
            src.lines().count() > 1 && !last.trim().is_empty() || src.trim_end().ends_with(':')
        }
        Err(e) => {
            let m = e.msg.as_str();
            m.contains("was never closed") || m.contains("expected an indented block") || m.contains("unexpected EOF")
                || m.contains("unterminated triple-quoted")
        }
    }
}

pub fn repl(vm: &mut Vm, globals: &Value) -> i32 {
    eprintln!("Python {} on linux", crate::stdlib::sys::VERSION);
    eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(_) => return 1,
    };
    loop {
        let mut src = String::new();
        let mut prompt = ">>> ";
        loop {
            match rl.readline(prompt) {
                Ok(line) => {
                    src.push_str(&line);
                    src.push('\n');
                    if !incomplete(&src) {
                        break;
                    }
                    prompt = "... ";
                }
                Err(rustyline::error::ReadlineError::Interrupted) => {
                    eprintln!("KeyboardInterrupt");
                    src.clear();
                    break;
                }
                Err(_) => {
                    crate::stdlib::io::flush_stdout();
                    return 0;
                }
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        let _ = rl.add_history_entry(src.trim_end());
        crate::vm::traceback_print::register_source("<stdin>", &src);
        let r = match compile(&src, "<stdin>", Mode::Single) {
            Ok(code) => {
                let code = crate::vm::types::code::new_code(vm, std::sync::Arc::new(code));
                crate::vm::import::run_code(vm, &code, globals, None)
            }
            Err(e) => Err(crate::vm::types::exception_subclasses::syntax_error_from(&e)),
        };
        crate::stdlib::io::flush_stdout();
        if let Err(e) = r {
            if e.matches(crate::vm::types::registry::ExcKind::SystemExit) {
                return crate::cli::handle_uncaught(vm, e);
            }
            crate::vm::traceback_print::print_exception(vm, &e.exc);
        }
    }
}
