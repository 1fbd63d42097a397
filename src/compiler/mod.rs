//! The compiler: Python source → ruff AST → symbol tables → bytecode.
//!
//! * `bytecode`  — the instruction set and `CodeObject` (the VM contract)
//! * `error`     — `CompileError` and parse-error translation to CPython's wording
//! * `symtable`  — scopes: which names are local / global / free / cell
//! * `codegen*`  — AST → instructions (statements, expressions, `match`)

pub mod bytecode;
mod codegen;
mod codegen_expr;
mod codegen_pattern;
mod error;
mod limits;
pub mod stack_depth;
mod symtable;
#[cfg(test)]
mod tests;

use std::fmt::Write;
use std::sync::Arc;

pub use error::{CompileError, SyntaxErrorKind};

use bytecode::{flags, CodeObject, Constant, Instr};
use codegen::Compiler;
use error::{map_parse_error, SourceMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`, a script file).
    Exec,
    /// A single expression (`eval`); the code returns its value.
    Eval,
    /// A REPL line: expression statements print their value (PrintExpr).
    Single,
}

pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_nested(source, filename, mode, 0)
}

/// `compile` called from Python code running `py_depth` levels deep: as in
/// CPython, the compiler's recursion budget (3 levels per Python level) is
/// what the running code has not used.
pub fn compile_nested(source: &str, filename: &str, mode: Mode, py_depth: usize) -> Result<CodeObject, CompileError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let sm = SourceMap::new(source);
    if let Some(e) = error::check_tabs(source) {
        return Err(sm.error(&e, filename));
    }
    let max_depth = 3 * (crate::vm::state::recursion_limit() as usize).saturating_sub(py_depth);
    // The estimate only guards the recursive passes; the exact check is the
    // symbol table's, hence the slack.
    if let Err(e) = limits::check(source, max_depth + 100) {
        let mut ce = sm.error(&e, filename);
        if e.kind == SyntaxErrorKind::IndentationError {
            ce.end_col = 0; // CPython's tokenizer reports no end here
        }
        return Err(ce);
    }
    let fname: Arc<str> = Arc::from(filename);
    match mode {
        Mode::Exec | Mode::Single => {
            let parsed = ruff_python_parser::parse_module(source)
                .map_err(|e| sm.error(&map_parse_error(&e, &sm), filename))?;
            let module = parsed.syntax();
            let table = symtable::build(&module.body, None, max_depth).map_err(|e| sm.error(&e, filename))?;
            let mut c = Compiler {
                sm: &sm,
                table: &table,
                filename: fname,
                units: Vec::new(),
                future_annotations: false,
                interactive: mode == Mode::Single,
            };
            c.push_unit(0, "<module>", "<module>".into(), 1, None);
            c.unit_mut().code.flags |= flags::MODULE;
            c.compile_module_body(&module.body).map_err(|e| sm.error(&e, filename))?;
            Ok(c.pop_unit())
        }
        Mode::Eval => {
            // eval() ignores leading spaces and tabs (line numbers are unaffected).
            let src = source.trim_start_matches([' ', '\t']);
            let sm2 = SourceMap::new(src);
            let parsed = ruff_python_parser::parse_expression(src)
                .map_err(|e| sm2.error(&map_parse_error(&e, &sm2), filename))?;
            let expr = parsed.expr();
            let table = symtable::build(&[], Some(expr), max_depth).map_err(|e| sm2.error(&e, filename))?;
            let mut c = Compiler {
                sm: &sm2,
                table: &table,
                filename: fname,
                units: Vec::new(),
                future_annotations: false,
                interactive: false,
            };
            c.push_unit(0, "<module>", "<module>".into(), 1, None);
            c.unit_mut().code.flags |= flags::MODULE;
            c.compile_expr(expr).map_err(|e| sm2.error(&e, filename))?;
            c.emit(Instr::ReturnValue);
            Ok(c.pop_unit())
        }
    }
}

/// A human-readable listing of a code object and, recursively, the code
/// objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code {} ({}) line {}> args={} posonly={} kwonly={} flags={:#x}",
        code.name, code.qualname, code.first_line, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {:?}", code.varnames);
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {:?} cell2arg: {:?}", code.cellvars, code.cell2arg);
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {:?}", code.freevars);
    }
    let mut last_line = 0;
    for (pc, ins) in code.instructions.iter().enumerate() {
        let line = code.line_at(pc);
        let line_s = if line != last_line { format!("{line:>4}") } else { "    ".to_string() };
        last_line = line;
        let _ = writeln!(out, "{line_s} {pc:>5} {}", describe(code, ins));
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { re, im } => format!("({re}+{im}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Constant::Code(code) => format!("<code {}>", code.name),
    }
}

fn describe(code: &CodeObject, ins: &Instr) -> String {
    let name = |i: &u32| code.names.get(*i as usize).cloned().unwrap_or_else(|| "?".into());
    let var = |i: &u32| code.varnames.get(*i as usize).cloned().unwrap_or_else(|| "?".into());
    let cell = |i: &u32| {
        let i = *i as usize;
        code.cellvars.get(i).or_else(|| code.freevars.get(i - code.cellvars.len().min(i))).cloned().unwrap_or_else(|| "?".into())
    };
    match ins {
        Instr::LoadConst(i) => {
            format!("LoadConst({i}) [{}]", code.constants.get(*i as usize).map(const_repr).unwrap_or_default())
        }
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => format!("{ins:?} [{}]", name(i)),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => format!("{ins:?} [{}]", var(i)),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => format!("{ins:?} [{}]", cell(i)),
        other => format!("{other:?}"),
    }
}
