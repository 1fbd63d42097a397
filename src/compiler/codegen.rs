//! Code generation, part 1: compilation units, labels, name resolution and
//! statements. Expressions live in `codegen_expr.rs`, match statements in
//! `codegen_pattern.rs`.
//!
//! Structure follows CPython's compile.c: one `Unit` per code object being
//! built, a stack of "frame blocks" (loops, try, with, handlers) used to
//! inline cleanup code when `break`/`continue`/`return` leave them.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::bytecode::{flags, CodeObject, Constant, Instr};
use super::error::{CResult, RawError, SourceMap};
use super::symtable::{mangle, node_key, ScopeKind, SymbolScope, SymbolTable};

/// A jump target; resolved to an instruction index when the unit is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// What a block needs undone when control leaves it early.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop { start: Label, end: Label },
    /// The iterator is on the stack.
    ForLoop { start: Label, end: Label },
    /// Inside `try:` with handlers: a SetupFinally block is active.
    TryExcept,
    /// Inside `try:` with a `finally:`: the finally body must run on exit.
    FinallyTry { body: &'a [Stmt] },
    /// Running the finally body on the exception path: [exc] on the stack
    /// and an except-handler block active.
    FinallyEnd,
    /// Inside `with`: `__exit__` is on the stack and a SetupWith block is active.
    With,
    /// Inside an `except` body: an except-handler block is active; with a
    /// name, also a SetupFinally block for the name cleanup.
    HandlerCleanup { name: Option<String> },
    /// A return value saved under the finally body being inlined.
    PopValue,
    /// Inside an `except*` body: break/continue/return are forbidden.
    ExceptStar,
}

pub(crate) struct Unit<'a> {
    pub code: CodeObject,
    pub scope: usize,
    pub kind: ScopeKind,
    pub labels: Vec<Option<u32>>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Enclosing class name, for private-name mangling.
    pub private: Option<String>,
    pub line: u32,
}

pub(crate) struct Compiler<'a> {
    pub sm: &'a SourceMap<'a>,
    pub table: &'a SymbolTable,
    pub filename: Arc<str>,
    pub units: Vec<Unit<'a>>,
    pub future_annotations: bool,
    /// REPL mode: expression statements at top level print their value.
    pub interactive: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

/// Structural constant equality: unlike `==`, keeps 0.0 / -0.0 / NaN and
/// 1 / True apart so the constant table never merges distinct values.
fn const_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { re: a1, im: b1 }, Constant::Complex { re: a2, im: b2 }) => {
            a1.to_bits() == a2.to_bits() && b1.to_bits() == b2.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y)) | (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_eq(p, q))
        }
        (Constant::Code(x), Constant::Code(y)) => Arc::ptr_eq(x, y),
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

fn jump_target_mut(i: &mut Instr) -> Option<&mut u32> {
    match i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupFinally(t)
        | Instr::SetupWith(t) => Some(t),
        _ => None,
    }
}

/// Does this body contain an annotated assignment (not inside nested
/// functions/classes)? Decides whether SetupAnnotations is emitted.
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// The docstring of a body, if it starts with a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------------
    // units, emission, labels
    // ------------------------------------------------------------------

    pub fn unit(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub fn push_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: String,
        first_line: u32,
        private: Option<String>,
    ) {
        let s = &self.table.scopes[scope];
        let code = CodeObject {
            name: name.to_string(),
            qualname,
            filename: self.filename.clone(),
            first_line,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            varnames: s.params.clone(),
            ..Default::default()
        };
        self.units.push(Unit {
            code,
            scope,
            kind: s.kind,
            labels: Vec::new(),
            fblocks: Vec::new(),
            private,
            line: first_line,
        });
    }

    /// Finish the current unit: resolve labels and cell2arg.
    pub fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().unwrap();
        let mut code = unit.code;
        for ins in code.instructions.iter_mut() {
            if let Some(t) = jump_target_mut(ins) {
                // Every label is bound by construction; fall back to the end rather than panic.
                *t = unit.labels.get(*t as usize).copied().flatten().unwrap_or(code.lines.len() as u32);
            }
        }
        let nparams = self.table.scopes[unit.scope].params.len();
        code.cell2arg = code
            .cellvars
            .iter()
            .map(|c| code.varnames[..nparams.min(code.varnames.len())].iter().position(|v| v == c).map(|i| i as u32))
            .collect();
        if code.cell2arg.iter().all(|c| c.is_none()) {
            code.cell2arg.clear();
        }
        // A failure is a compiler bug (the unit tests walk the whole
        // standard library); running such code could overflow the stack.
        code.max_stack = match super::stack_depth::max_depth(&code) {
            Ok(m) => m,
            Err(e) => panic!("internal compiler error: {e}"),
        };
        // The interpreter indexes fast locals (a frame has exactly
        // `varnames.len()` of them) and constants (the code object's table,
        // one value per entry) without a bounds check: hold it to that.
        for ins in &code.instructions {
            let (i, n) = match ins {
                Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => (*i, code.varnames.len()),
                Instr::LoadConst(i) => (*i, code.constants.len()),
                _ => continue,
            };
            if i as usize >= n {
                panic!("internal compiler error: {}: operand {i} of {ins:?} out of {n}", code.qualname);
            }
        }
        code
    }

    pub fn emit(&mut self, i: Instr) {
        let u = self.unit_mut();
        u.code.instructions.push(i);
        u.code.lines.push(u.line);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit_mut();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.unit_mut();
        u.labels[l.0 as usize] = Some(u.code.instructions.len() as u32);
    }

    /// Emit a jump-like instruction whose operand is a label.
    pub fn emit_jump(&mut self, f: fn(u32) -> Instr, l: Label) {
        self.emit(f(l.0));
    }

    pub fn set_line_of(&mut self, range: TextRange) {
        let line = self.sm.line(range.start());
        self.unit_mut().line = line;
    }

    pub fn line_of(&self, range: TextRange) -> u32 {
        self.sm.line(range.start())
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let consts = &mut self.unit_mut().code.constants;
        if !matches!(c, Constant::Code(_)) {
            if let Some(i) = consts.iter().position(|x| const_eq(x, &c)) {
                return i as u32;
            }
        }
        consts.push(c);
        consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let names = &mut self.unit_mut().code.names;
        if let Some(i) = names.iter().position(|x| x == name) {
            return i as u32;
        }
        names.push(name.to_string());
        names.len() as u32 - 1
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let v = &mut self.unit_mut().code.varnames;
        if let Some(i) = v.iter().position(|x| x == name) {
            return i as u32;
        }
        v.push(name.to_string());
        v.len() as u32 - 1
    }

    /// Index into cellvars ++ freevars.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        let c = &self.unit().code;
        if let Some(i) = c.cellvars.iter().position(|x| x == name) {
            return Some(i as u32);
        }
        c.freevars.iter().position(|x| x == name).map(|i| (i + c.cellvars.len()) as u32)
    }

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.unit().private.as_deref(), name)
    }

    // ------------------------------------------------------------------
    // names
    // ------------------------------------------------------------------

    pub fn name_op(&mut self, name: &str, ctx: Ctx, range: TextRange) -> CResult<()> {
        if ctx != Ctx::Load && name == "__debug__" {
            let what = if ctx == Ctx::Del { "delete" } else { "assign to" };
            return Err(RawError::new(format!("cannot {what} __debug__"), range));
        }
        let mangled = self.mangle(name);
        let kind = self.unit().kind;
        let scope = self.table.scopes[self.unit().scope].lookup(&mangled);
        enum Op {
            Fast,
            Global,
            Name,
            Deref,
            ClassDeref,
        }
        let op = match scope {
            Some(SymbolScope::Free) if kind == ScopeKind::Class && ctx == Ctx::Load => Op::ClassDeref,
            Some(SymbolScope::Free) | Some(SymbolScope::Cell) => Op::Deref,
            Some(SymbolScope::Local) if kind.is_function_like() => Op::Fast,
            Some(SymbolScope::Local) => Op::Name,
            Some(SymbolScope::GlobalExplicit) => Op::Global,
            _ if kind.is_function_like() => Op::Global,
            _ => Op::Name,
        };
        let instr = match op {
            Op::Fast => {
                let i = self.varname_index(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Op::Deref | Op::ClassDeref => {
                let Some(i) = self.deref_index(&mangled) else {
                    return Err(RawError::new(format!("internal error: no cell for '{mangled}'"), range));
                };
                match (ctx, op) {
                    (Ctx::Load, Op::ClassDeref) => Instr::LoadClassDeref(i),
                    (Ctx::Load, _) => Instr::LoadDeref(i),
                    (Ctx::Store, _) => Instr::StoreDeref(i),
                    (Ctx::Del, _) => Instr::DeleteDeref(i),
                }
            }
            Op::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            Op::Name => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Store TOS into a raw (unmangled, symtable-independent) namespace name.
    pub fn store_name_raw(&mut self, name: &str) {
        let i = self.add_name(name);
        self.emit(Instr::StoreName(i));
    }

    pub fn qualname_for(&self, name: &str) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit();
        let pscope = &self.table.scopes[parent.scope];
        let mangled = mangle(parent.private.as_deref(), name);
        if pscope.lookup(&mangled) == Some(SymbolScope::GlobalExplicit) {
            return name.to_string();
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => format!("{}.<locals>.{name}", parent.code.qualname),
            ScopeKind::Module => name.to_string(),
            _ => format!("{}.{name}", parent.code.qualname),
        }
    }

    // ------------------------------------------------------------------
    // modules
    // ------------------------------------------------------------------

    pub fn compile_module_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if find_ann(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.set_line_of(body[0].range());
            self.load_const(Constant::Str(doc.clone()));
            self.store_name_raw("__doc__");
            self.unit_mut().code.docstring = Some(doc);
            rest = &body[1..];
        }
        self.check_future_imports(body)?;
        self.compile_body(rest)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// `from __future__ import ...` must come first; `annotations` changes codegen.
    fn check_future_imports(&mut self, body: &[Stmt]) -> CResult<()> {
        let mut at_start = true;
        for (i, s) in body.iter().enumerate() {
            match s {
                Stmt::ImportFrom(f) if f.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__") && f.level == 0 => {
                    if !at_start {
                        return Err(RawError::new(
                            "from __future__ imports must occur at the beginning of the file",
                            f.range,
                        ));
                    }
                    for a in &f.names {
                        match a.name.id.as_str() {
                            "annotations" => self.future_annotations = true,
                            "braces" => return Err(RawError::new("not a chance", a.range)),
                            "nested_scopes" | "generators" | "division" | "absolute_import"
                            | "with_statement" | "print_function" | "unicode_literals"
                            | "barry_as_FLUFL" | "generator_stop" => {}
                            other => {
                                return Err(RawError::new(
                                    format!("future feature {other} is not defined"),
                                    a.range,
                                ))
                            }
                        }
                    }
                }
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
                _ => at_start = false,
            }
        }
        Ok(())
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------
    // statements
    // ------------------------------------------------------------------

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line_of(s.range());
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(s, f),
            Stmt::ClassDef(c) => self.compile_class_def(s, c),
            Stmt::Return(r) => {
                if !self.unit().kind.is_function_like() {
                    return Err(RawError::new("'return' outside function", r.range));
                }
                match &r.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.unwind_fblock_stack(true, false, r.range)?;
                self.set_line_of(r.range);
                self.emit(Instr::ReturnValue);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => Err(RawError::new("the 'type' statement is not supported", t.range)),
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async {
                    return Err(RawError::new("async with is not supported", w.range));
                }
                self.compile_with(w, 0)
            }
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_line_of(r.range);
                self.emit(Instr::RaiseVarargs(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    if t.finalbody.is_empty() {
                        self.compile_try_star_except(t)
                    } else {
                        self.compile_try_finally(t)
                    }
                } else if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.set_line_of(a.range);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.compile_expr(m)?;
                    self.set_line_of(a.range);
                    self.emit(Instr::CallFunction(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.compile_expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else if is_constant_expr(&e.value) {
                    // A docstring-like constant statement does nothing.
                } else {
                    self.compile_expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
                Ok(())
            }
            Stmt::Break(b) => {
                let Some(fb) = self.unwind_fblock_stack(false, true, b.range)? else {
                    return Err(RawError::new("'break' outside loop", b.range));
                };
                self.unwind_fblock(&fb, false)?;
                if let FBlock::WhileLoop { end, .. } | FBlock::ForLoop { end, .. } = fb {
                    self.emit_jump(Instr::Jump, end);
                }
                Ok(())
            }
            Stmt::Continue(c) => {
                let Some(fb) = self.unwind_fblock_stack(false, true, c.range)? else {
                    return Err(RawError::new("'continue' not properly in loop", c.range));
                };
                if let FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } = fb {
                    self.emit_jump(Instr::Jump, start);
                }
                Ok(())
            }
            Stmt::IpyEscapeCommand(i) => Err(RawError::new("invalid syntax", i.range)),
        }
    }

    // ------------------------------------------------------------------
    // leaving blocks early (CPython's compiler_unwind_fblock)
    // ------------------------------------------------------------------

    /// Emit the cleanup for leaving `fb`. With `preserve_tos`, a value (the
    /// return value) sits on top of the block's own stack items and must stay.
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptStar => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.unit_mut().fblocks.push(FBlock::PopValue);
                }
                let saved = self.unit().line;
                self.compile_body(body)?;
                self.unit_mut().line = saved;
                if preserve_tos {
                    self.unit_mut().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.call_exit_none();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
            }
        }
        Ok(())
    }

    /// Unwind blocks from the top. With `to_loop`, stop at (and return) the
    /// innermost loop block without unwinding it.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        range: TextRange,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top, FBlock::ExceptStar) {
            return Err(RawError::new(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        let popped = self.unit_mut().fblocks.pop().unwrap();
        let r = self
            .unwind_fblock(&popped, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, to_loop, range));
        self.unit_mut().fblocks.push(popped);
        r
    }

    /// [exit] → call exit(None, None, None) and discard the result.
    fn call_exit_none(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Instr::CallFunction(3));
        self.emit(Instr::PopTop);
    }

    /// `name = None; del name` (end of an `except ... as name` handler).
    fn clear_name(&mut self, name: &str) -> CResult<()> {
        self.load_const(Constant::None);
        self.name_op(name, Ctx::Store, TextRange::default())?;
        self.name_op(name, Ctx::Del, TextRange::default())
    }

    // ------------------------------------------------------------------
    // control flow
    // ------------------------------------------------------------------

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Instr::Jump, end);
            self.bind(next);
            next = self.new_label();
            self.set_line_of(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.compile_body(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        if !is_true_constant(&w.test) {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.unit_mut().fblocks.push(FBlock::WhileLoop { start, end });
        self.compile_body(&w.body)?;
        self.unit_mut().fblocks.pop();
        self.set_line_of(w.range);
        self.emit_jump(Instr::Jump, start);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return Err(RawError::new("async for is not supported", f.range));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&f.iter)?;
        self.set_line_of(f.range);
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter, cleanup);
        self.compile_store(&f.target)?;
        self.unit_mut().fblocks.push(FBlock::ForLoop { start, end });
        self.compile_body(&f.body)?;
        self.unit_mut().fblocks.pop();
        self.set_line_of(f.range);
        self.emit_jump(Instr::Jump, start);
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `e` is truthy (`cond`) / falsy (`!cond`),
    /// without materialising `and`/`or`/`not` results.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let (last, init) = b.values.split_last().unwrap();
                if cond != is_or {
                    let next = self.new_label();
                    for v in init {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(next);
                } else {
                    for v in init {
                        self.jump_if(v, cond, target)?;
                    }
                    self.jump_if(last, cond, target)?;
                }
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                if cond {
                    self.emit_jump(Instr::PopJumpIfTrue, target);
                } else {
                    self.emit_jump(Instr::PopJumpIfFalse, target);
                }
                Ok(())
            }
        }
    }

    // ------------------------------------------------------------------
    // try / with
    // ------------------------------------------------------------------

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.unit_mut().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        if !t.handlers.is_empty() {
            if t.is_star {
                self.compile_try_star_except(t)?;
            } else {
                self.compile_try_except(t)?;
            }
        } else {
            self.compile_body(&t.body)?;
        }
        self.unit_mut().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_body(&t.finalbody)?;
        self.emit_jump(Instr::Jump, end);
        // Exception path: [exc], an except-handler block is active.
        self.bind(handler);
        self.unit_mut().fblocks.push(FBlock::FinallyEnd);
        self.compile_body(&t.finalbody)?;
        self.unit_mut().fblocks.pop();
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        let try_line = self.line_of(t.range);
        self.emit_jump(Instr::SetupFinally, except);
        self.unit_mut().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit_mut().fblocks.pop();
        self.unit_mut().line = try_line;
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        self.emit_jump(Instr::Jump, end);

        // Handlers: [exc] on the stack, an except-handler block active.
        self.bind(except);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(RawError::new("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                // CheckExcMatch keeps the exception and pushes the result.
                self.compile_expr(ty)?;
                self.set_line_of(h.range);
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.as_str().to_string();
                    self.name_op(&name, Ctx::Store, h.range)?;
                    let cleanup = self.new_label();
                    self.emit_jump(Instr::SetupFinally, cleanup);
                    self.unit_mut().fblocks.push(FBlock::HandlerCleanup { name: Some(name.clone()) });
                    self.compile_body(&h.body)?;
                    self.unit_mut().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(&name)?;
                    self.emit_jump(Instr::Jump, end);
                    // The handler body raised: [exc2]; clear the name, re-raise.
                    self.bind(cleanup);
                    self.clear_name(&name)?;
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.unit_mut().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.compile_body(&h.body)?;
                    self.unit_mut().fblocks.pop();
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                }
            }
            self.bind(next);
        }
        // No handler matched: [exc].
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `try: ... except* E: ...` (CPython 3.11 compiler_try_star_except).
    fn compile_try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, except);
        self.unit_mut().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit_mut().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        self.emit_jump(Instr::Jump, end);

        self.bind(except);
        // [exc] → [orig, raised-list, exc]
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h.range);
            let Some(ty) = &h.type_ else {
                return Err(RawError::new("expected one or more exception types", h.range));
            };
            let next = self.new_label();
            let no_match = self.new_label();
            let raised = self.new_label();
            self.compile_expr(ty)?;
            self.set_line_of(h.range);
            // [orig, res, exc, E] → [orig, res, rest, match] or [orig, res, exc, None]
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.load_const(Constant::None);
            self.emit(Instr::IsOp(0));
            self.emit_jump(Instr::PopJumpIfTrue, no_match);
            let name = h.name.as_ref().map(|n| n.id.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, Ctx::Store, h.range)?,
                None => self.emit(Instr::PopTop),
            }
            // [orig, res, rest]
            self.emit_jump(Instr::SetupFinally, raised);
            self.unit_mut().fblocks.push(FBlock::ExceptStar);
            self.compile_body(&h.body)?;
            self.unit_mut().fblocks.pop();
            self.emit(Instr::PopBlock);
            if let Some(n) = &name {
                self.clear_name(n)?;
            }
            self.emit_jump(Instr::Jump, next);
            // The body raised: [orig, res, rest, exc2] → append exc2 to res.
            self.bind(raised);
            if let Some(n) = &name {
                self.clear_name(n)?;
            }
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::PopExcept);
            self.emit_jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(next);
        }
        // [orig, res, rest] → add the unhandled rest (maybe None) and combine.
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(1));
        let reraise = self.new_label();
        self.emit_jump(Instr::PopJumpIfTrue, reraise);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, idx: usize) -> CResult<()> {
        let item = &w.items[idx];
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_line_of(w.range);
        self.emit_jump(Instr::SetupWith, handler);
        match &item.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.emit(Instr::PopTop),
        }
        self.unit_mut().fblocks.push(FBlock::With);
        if idx + 1 < w.items.len() {
            self.compile_with(w, idx + 1)?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.unit_mut().fblocks.pop();
        self.set_line_of(w.range);
        self.emit(Instr::PopBlock);
        self.call_exit_none();
        self.emit_jump(Instr::Jump, end);
        // Exception: [exit, exc], except-handler block active.
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    // ------------------------------------------------------------------
    // assignment
    // ------------------------------------------------------------------

    /// Store TOS into a target expression.
    pub fn compile_store(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_line_of(a.attr.range);
                let i = self.add_name(&self.mangle(&a.attr));
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.set_line_of(s.range);
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. }) | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.unpack_into(elts, *range)
            }
            Expr::Starred(s) => Err(RawError::new(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(RawError::new(
                format!("cannot assign to {}", describe_expr(other)),
                other.range(),
            )),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if star.is_some() {
                    let _ = s;
                    return Err(RawError::new("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        self.set_line_of(range);
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 23) {
                    return Err(RawError::new("too many expressions in star-unpacking assignment", range));
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Del, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_line_of(a.range);
                let i = self.add_name(&self.mangle(&a.attr));
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.set_line_of(s.range);
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            other => Err(RawError::new(format!("cannot delete {}", describe_expr(other)), other.range())),
        }
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = super::codegen_expr::binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(&n.id, Ctx::Load, n.range)?;
                self.compile_expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(Instr::InplaceOp(op));
                self.name_op(&n.id, Ctx::Store, n.range)
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Instr::DupForUpdate(1));
                let i = self.add_name(&self.mangle(&at.attr));
                self.set_line_of(at.range);
                self.emit(Instr::LoadAttr(i));
                self.compile_expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttrUpdate(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Instr::DupForUpdate(2));
                self.set_line_of(s.range);
                self.emit(Instr::BinarySubscr);
                self.compile_expr(&a.value)?;
                self.set_line_of(a.range);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscrUpdate);
                Ok(())
            }
            other => Err(RawError::new(
                format!("'{}' is an illegal expression for augmented assignment", describe_expr(other)),
                other.range(),
            )),
        }
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let at_module_or_class = matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple && at_module_or_class => {
                self.compile_annotation(&a.annotation)?;
                let ann = self.add_name("__annotations__");
                self.emit(Instr::LoadName(ann));
                let name = self.mangle(&n.id);
                self.load_const(Constant::Str(name));
                self.emit(Instr::StoreSubscr);
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.compile_expr(&at.value)?;
                    self.emit(Instr::PopTop);
                }
                if at_module_or_class && !self.future_annotations {
                    self.compile_expr(&a.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.compile_expr(&s.value)?;
                    self.emit(Instr::PopTop);
                    self.compile_subscript_index(&s.slice)?;
                    self.emit(Instr::PopTop);
                }
                if at_module_or_class && !self.future_annotations {
                    self.compile_expr(&a.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
            _ => {
                if at_module_or_class && !self.future_annotations {
                    self.compile_expr(&a.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
        }
        Ok(())
    }

    /// Push an annotation's value (or its source text under
    /// `from __future__ import annotations`).
    pub fn compile_annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let r = e.range();
            let text = self.sm.source.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("");
            self.load_const(Constant::Str(text.to_string()));
            Ok(())
        } else {
            self.compile_expr(e)
        }
    }

    // ------------------------------------------------------------------
    // imports
    // ------------------------------------------------------------------

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            let full = alias.name.id.as_str();
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let ni = self.add_name(full);
            self.emit(Instr::ImportName(ni));
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = full.split('.').collect();
                    if parts.len() > 1 {
                        // `import a.b.c as d`: walk to the submodule.
                        for (k, part) in parts[1..].iter().enumerate() {
                            let pi = self.add_name(part);
                            self.emit(Instr::ImportFrom(pi));
                            if k + 2 < parts.len() {
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                        }
                        self.name_op(asname, Ctx::Store, asname.range)?;
                        self.emit(Instr::PopTop);
                    } else {
                        self.name_op(asname, Ctx::Store, asname.range)?;
                    }
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, Ctx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        self.load_const(Constant::Int(i.level.into()));
        let names: Vec<Constant> =
            i.names.iter().map(|a| Constant::Str(a.name.id.as_str().to_string())).collect();
        self.load_const(Constant::Tuple(names));
        let mi = self.add_name(module);
        self.emit(Instr::ImportName(mi));
        if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
            if self.unit().kind != ScopeKind::Module {
                return Err(RawError::new("import * only allowed at module level", i.range));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let ni = self.add_name(alias.name.id.as_str());
            self.emit(Instr::ImportFrom(ni));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound, Ctx::Store, alias.range)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    // ------------------------------------------------------------------
    // functions and classes
    // ------------------------------------------------------------------

    /// Push defaults / kw-defaults / annotations for a function; returns MakeFunction flags.
    pub fn compile_defaults(&mut self, params: Option<&'a ast::Parameters>, returns: Option<&'a Expr>, with_annotations: bool) -> CResult<u32> {
        let mut fl = 0;
        let Some(params) = params else { return Ok(0) };
        let defaults: Vec<&'a Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            if let Some(consts) = defaults.iter().map(|d| self.const_value(d)).collect::<Option<Vec<_>>>() {
                self.load_const(Constant::Tuple(consts));
            } else {
                for d in &defaults {
                    self.compile_expr(d)?;
                }
                self.emit(Instr::BuildTuple(defaults.len() as u32));
            }
            fl |= 1;
        }
        let kwdefaults: Vec<(&ast::Identifier, &'a Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (&p.parameter.name, d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                let n = self.mangle(name);
                self.load_const(Constant::Str(n));
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            fl |= 2;
        }
        if with_annotations {
            let mut n = 0;
            for p in params.iter() {
                if let Some(a) = p.annotation() {
                    let name = self.mangle(p.name());
                    self.load_const(Constant::Str(name));
                    self.compile_annotation(a)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(Constant::Str("return".into()));
                self.compile_annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Instr::BuildMap(n));
                fl |= 4;
            }
        }
        Ok(fl)
    }

    /// Push the closure tuple (if needed), the code and the qualname, then MakeFunction.
    pub fn make_closure(&mut self, code: CodeObject, mut fl: u32, range: TextRange) -> CResult<()> {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let Some(i) = self.deref_index(fv) else {
                    return Err(RawError::new(format!("internal error: cannot close over '{fv}'"), range));
                };
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            fl |= 8;
        }
        let qualname = code.qualname.clone();
        self.load_const(Constant::Code(Arc::new(code)));
        self.load_const(Constant::Str(qualname));
        self.emit(Instr::MakeFunction(fl));
        Ok(())
    }

    fn scope_for(&self, key: usize, range: TextRange) -> CResult<usize> {
        self.table
            .scope_of_node(key)
            .ok_or_else(|| RawError::new("internal error: missing scope", range))
    }

    fn compile_function_def(&mut self, s: &'a Stmt, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(RawError::new("async functions are not supported", f.range));
        }
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_line_of(f.range);
        let fl = self.compile_defaults(Some(&f.parameters), f.returns.as_deref(), true)?;
        let scope = self.scope_for(node_key(s), f.range)?;
        let first_line = f
            .decorator_list
            .first()
            .map(|d| self.line_of(d.range))
            .unwrap_or_else(|| self.line_of(f.range));
        let qualname = self.qualname_for(&f.name);
        let private = self.unit().private.clone();
        self.push_unit(scope, &f.name, qualname, first_line, private);
        self.set_param_counts(&f.parameters);
        let mut body: &'a [Stmt] = &f.body;
        if let Some(doc) = docstring(body) {
            self.unit_mut().code.docstring = Some(doc);
            body = &body[1..];
        }
        self.compile_body(body)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line_of(f.range);
        self.make_closure(code, fl, f.range)?;
        for _ in &f.decorator_list {
            self.emit(Instr::CallFunction(1));
        }
        self.name_op(&f.name, Ctx::Store, f.name.range)
    }

    pub fn set_param_counts(&mut self, p: &ast::Parameters) {
        let scope = self.unit().scope;
        let is_gen = self.table.scopes[scope].is_generator;
        let c = &mut self.unit_mut().code;
        c.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        c.posonlyargcount = p.posonlyargs.len() as u32;
        c.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            c.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            c.flags |= flags::VARKEYWORDS;
        }
        if is_gen {
            c.flags |= flags::GENERATOR;
        }
    }

    fn compile_class_def(&mut self, s: &'a Stmt, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_line_of(c.range);
        let scope = self.scope_for(node_key(s), c.range)?;
        let first_line = c
            .decorator_list
            .first()
            .map(|d| self.line_of(d.range))
            .unwrap_or_else(|| self.line_of(c.range));
        let qualname = self.qualname_for(&c.name);
        self.emit(Instr::LoadBuildClass);
        self.push_unit(scope, &c.name, qualname.clone(), first_line, Some(c.name.id.as_str().to_string()));
        self.unit_mut().code.flags |= flags::CLASS_BODY;
        self.set_line_of(c.range);
        let n = self.add_name("__name__");
        self.emit(Instr::LoadName(n));
        self.store_name_raw("__module__");
        self.load_const(Constant::Str(qualname));
        self.store_name_raw("__qualname__");
        let mut body: &'a [Stmt] = &c.body;
        if let Some(doc) = docstring(body) {
            self.set_line_of(body[0].range());
            self.load_const(Constant::Str(doc.clone()));
            self.store_name_raw("__doc__");
            self.unit_mut().code.docstring = Some(doc);
            body = &body[1..];
        }
        if find_ann(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.compile_body(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.deref_index("__class__").unwrap_or(0);
            self.emit(Instr::LoadClosure(i));
            self.store_name_raw("__classcell__");
        }
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line_of(c.range);
        self.make_closure(code, 0, c.range)?;
        self.load_const(Constant::Str(c.name.id.as_str().to_string()));
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.compile_call_args(2, args, keywords, c.range)?;
        for _ in &c.decorator_list {
            self.emit(Instr::CallFunction(1));
        }
        self.name_op(&c.name, Ctx::Store, c.name.range)
    }
}

/// True for expressions that are compile-time constants with no effect
/// (used to drop docstring-like statements).
fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::BytesLiteral(_)
    )
}

fn is_true_constant(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_u64() != Some(0),
            ast::Number::Float(f) => *f != 0.0,
            ast::Number::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        },
        _ => false,
    }
}

/// CPython's names for expression kinds in "cannot assign to ..." errors.
pub(crate) fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Named(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "literal",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}
