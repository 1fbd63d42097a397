//! Scopes and symbol tables (CPython's symtable.c, simplified).
//!
//! Pass 1 (`Builder`) walks the AST and records, per scope, how each name is
//! used (assigned, read, declared global/nonlocal, a parameter). Pass 2
//! (`analyze`) resolves every name to local / global / free / cell, walking
//! the scope tree with the set of names bound by enclosing functions.
//!
//! Scopes are identified by the address of the AST node that creates them
//! (function/class statement, lambda or comprehension expression), which the
//! code generator looks up again while walking the same AST.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::error::{CResult, RawError};

pub const DEF_LOCAL: u32 = 1;
pub const DEF_PARAM: u32 = 2;
pub const DEF_GLOBAL: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_ANNOT: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
/// Iteration variable of a comprehension (walrus may not rebind it).
pub const DEF_COMP_ITER: u32 = 128;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymbolScope,
    /// Where the name was first seen (for error positions).
    pub range: TextRange,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: HashMap<String, Symbol>,
    /// Names in order of first appearance (for stable varnames).
    pub order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// Class scope: some method uses `super` / `__class__`.
    pub needs_class_cell: bool,
    /// Free variables of the code object, sorted (includes pass-through ones).
    pub freevars: Vec<String>,
    /// Cell variables of the code object, sorted.
    pub cellvars: Vec<String>,
    /// Class scope: names both bound in the class and free in a method;
    /// the class's own accesses use the namespace, the cell passes through.
    pub free_class: HashSet<String>,
    /// Names declared `global` in this scope (for qualname rules).
    pub has_star_import: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            freevars: Vec::new(),
            cellvars: Vec::new(),
            free_class: HashSet::new(),
            has_star_import: false,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<SymbolScope> {
        self.symbols.get(name).map(|s| s.scope)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of_node(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Python's private name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

/// `max_depth`: how deeply statements and expressions may nest before
/// "maximum recursion depth exceeded during compilation" (CPython's
/// symtable check, 3 × the recursion limit).
pub fn build(module_body: &[Stmt], module_expr: Option<&Expr>, max_depth: usize) -> CResult<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
        by_node: HashMap::new(),
        stack: vec![0],
        private: vec![None],
        depth: 0,
        max_depth,
    };
    b.visit_body(module_body)?;
    if let Some(e) = module_expr {
        b.visit_expr(e)?;
    }
    let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    analyze(&mut table, 0, &HashSet::new(), &HashSet::new())?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    /// Enclosing class name for mangling, per scope on the stack.
    private: Vec<Option<String>>,
    /// Nesting of the node being visited, and its limit.
    depth: usize,
    max_depth: usize,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.last().unwrap().as_deref(), name)
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> CResult<()> {
        let name = self.mangled(name);
        let id = *self.stack.last().unwrap();
        self.add_def_in(id, &name, flag, range)
    }

    fn add_def_in(&mut self, id: usize, name: &str, flag: u32, range: TextRange) -> CResult<()> {
        let scope = &mut self.scopes[id];
        if let Some(sym) = scope.symbols.get_mut(name) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(RawError::new(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                ));
            }
            sym.flags |= flag;
            if flag & DEF_NONLOCAL != 0 {
                sym.range = range;
            }
        } else {
            scope
                .symbols
                .insert(name.to_string(), Symbol { flags: flag, scope: SymbolScope::GlobalImplicit, range });
            scope.order.push(name.to_string());
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(name.to_string());
        }
        Ok(())
    }

    fn flags_of(&self, name: &str) -> u32 {
        let id = *self.stack.last().unwrap();
        self.scopes[id].symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap();
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.private.last().unwrap().clone()
        };
        self.private.push(private);
    }

    fn exit(&mut self) {
        self.stack.pop();
        self.private.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_params_defaults(&mut self, params: &ast::Parameters) -> CResult<()> {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_params_annotations(&mut self, params: &ast::Parameters) -> CResult<()> {
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_expr(a)?;
            }
        }
        Ok(())
    }

    fn add_params(&mut self, params: &ast::Parameters) -> CResult<()> {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            self.add_def(&p.parameter.name, DEF_PARAM, p.parameter.range)?;
        }
        if let Some(v) = &params.vararg {
            self.add_def(&v.name, DEF_PARAM, v.range)?;
        }
        if let Some(k) = &params.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.range)?;
        }
        Ok(())
    }

    /// One level deeper for `range`'s node, or the compile-time RecursionError.
    fn enter_node(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(RawError {
                kind: super::error::SyntaxErrorKind::RecursionError,
                msg: super::limits::RECURSION_MSG.into(),
                range,
            });
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.enter_node(s.range())?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return Err(RawError::new("async functions are not supported", f.range));
                }
                if f.type_params.is_some() {
                    return Err(RawError::new("type parameters are not supported", f.range));
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_params_defaults(&f.parameters)?;
                self.visit_params_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_expr(r)?;
                }
                self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
                self.enter(ScopeKind::Function, &f.name, node_key(s));
                self.add_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(RawError::new("type parameters are not supported", c.range));
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                self.enter(ScopeKind::Class, &c.name, node_key(s));
                self.visit_body(&c.body)?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(RawError::new("the 'type' statement is not supported", t.range));
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let flags = self.flags_of(&self.mangled(&n.id));
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if flags & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(RawError::new(
                            format!("annotated name '{}' can't be {which}", n.id),
                            n.range,
                        ));
                    }
                    let extra = if a.simple { DEF_ANNOT } else { 0 };
                    self.add_def(&n.id, DEF_LOCAL | extra, n.range)?;
                } else {
                    self.visit_expr(&a.target)?;
                }
                if self.cur().kind == ScopeKind::Module || self.cur().kind == ScopeKind::Class {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(RawError::new("async for is not supported", f.range));
                }
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                // Each `elif` is an If nested in the previous one's orelse
                // for CPython: a level deeper each.
                let outer = self.depth;
                for c in &i.elif_else_clauses {
                    if c.test.is_some() {
                        self.enter_node(c.range)?;
                    }
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
                self.depth = outer;
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(RawError::new("async with is not supported", w.range));
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.id.as_str().to_string(),
                        None => alias.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&bound, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(RawError::new(
                                "import * only allowed at module level",
                                i.range,
                            ));
                        }
                        self.cur().has_star_import = true;
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add_def(bound, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangled(n);
                    let flags = self.flags_of(&name);
                    if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_NONLOCAL | DEF_IMPORT) != 0 {
                        let msg = if flags & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if flags & DEF_NONLOCAL != 0 {
                            format!("name '{n}' is nonlocal and global")
                        } else if flags & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else if flags & USE != 0 {
                            format!("name '{n}' is used prior to global declaration")
                        } else {
                            format!("name '{n}' is assigned to before global declaration")
                        };
                        return Err(RawError::new(msg, g.range));
                    }
                    self.add_def(n, DEF_GLOBAL, n.range)?;
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(RawError::new("nonlocal declaration not allowed at module level", g.range));
                }
                for n in &g.names {
                    let name = self.mangled(n);
                    let flags = self.flags_of(&name);
                    if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_GLOBAL | DEF_IMPORT) != 0 {
                        let msg = if flags & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if flags & DEF_GLOBAL != 0 {
                            format!("name '{n}' is nonlocal and global")
                        } else if flags & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be nonlocal")
                        } else if flags & USE != 0 {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        } else {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        };
                        return Err(RawError::new(msg, g.range));
                    }
                    self.add_def(n, DEF_NONLOCAL, n.range)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(i) => return Err(RawError::new("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r, DEF_LOCAL, r.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> CResult<()> {
        self.enter_node(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.visit_named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_params_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>", node_key(e));
                if let Some(p) = &l.parameters {
                    self.add_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::ListComp(c) => self.visit_comprehension(e, "<listcomp>", &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.visit_comprehension(e, "<setcomp>", &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(RawError::new("dict unpacking cannot be used in dict comprehension", c.range));
                };
                self.visit_comprehension(e, "<dictcomp>", &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(c) => self.visit_comprehension(e, "<genexpr>", &c.generators, &c.elt, None)?,
            Expr::Await(a) => {
                // Async functions are not supported, so every `await` is
                // outside one: CPython's message for where it stands.
                let in_genexpr = self.cur().name == "<genexpr>";
                let msg = match self.cur().kind {
                    ScopeKind::Module | ScopeKind::Class => "'await' outside function",
                    ScopeKind::Function | ScopeKind::Lambda => "'await' outside async function",
                    ScopeKind::Comprehension if !in_genexpr => {
                        "asynchronous comprehension outside of an asynchronous function"
                    }
                    ScopeKind::Comprehension => "'await' is not supported",
                };
                return Err(RawError::new(msg, a.range));
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.visit_expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return Err(RawError::new("t-strings are not supported", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(&n.id, flag, n.range)?;
                // Zero-argument super() needs the implicit __class__ cell.
                if n.ctx == ast::ExprContext::Load
                    && self.cur().kind.is_function_like()
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for x in &l.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            Expr::IpyEscapeCommand(i) => return Err(RawError::new("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> CResult<()> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, range: TextRange) -> CResult<()> {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(RawError::new("'yield' outside function", range))
            }
            ScopeKind::Comprehension => {
                let what = match self.cur().name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(RawError::new(format!("'yield' inside {what}"), range))
            }
            _ => {
                self.cur().is_generator = true;
                Ok(())
            }
        }
    }

    /// `(x := v)`: inside a comprehension, x binds in the nearest enclosing
    /// non-comprehension scope (CPython's symtable_extend_namedexpr_scope).
    fn visit_named_target(&mut self, target: &Expr) -> CResult<()> {
        let Expr::Name(n) = target else {
            return self.visit_expr(target);
        };
        let cur = *self.stack.last().unwrap();
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            return self.visit_expr(target);
        }
        let name = self.mangled(&n.id);
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.symbols.get(&name).is_some_and(|s| s.flags & DEF_COMP_ITER != 0) {
                        return Err(RawError::new(
                            format!("assignment expression cannot rebind comprehension iteration variable '{}'", n.id),
                            n.range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let in_scope = scope.symbols.get(&name).map(|s| s.flags).unwrap_or(0);
                    let flag = if in_scope & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def_in(cur, &name, flag, n.range)?;
                    return self.add_def_in(id, &name, DEF_LOCAL, n.range);
                }
                ScopeKind::Module => {
                    self.add_def_in(cur, &name, DEF_GLOBAL, n.range)?;
                    return self.add_def_in(id, &name, DEF_GLOBAL, n.range);
                }
                ScopeKind::Class => {
                    return Err(RawError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        n.range,
                    ));
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        if generators.iter().any(|g| g.is_async) {
            return Err(RawError::new("asynchronous comprehensions are not supported", e.range()));
        }
        let Some(first) = generators.first() else { return Ok(()) };
        self.visit_expr(&first.iter)?;
        self.enter(ScopeKind::Comprehension, name, node_key(e));
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        self.add_def(".0", DEF_PARAM, first.range)?;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_comp_target(&g.target)?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        self.visit_expr(elt)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.exit();
        Ok(())
    }

    fn visit_comp_target(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.add_def(&n.id, DEF_LOCAL | DEF_COMP_ITER, n.range),
            Expr::Tuple(tu) => tu.elts.iter().try_for_each(|x| self.visit_comp_target(x)),
            Expr::List(l) => l.elts.iter().try_for_each(|x| self.visit_comp_target(x)),
            Expr::Starred(s) => self.visit_comp_target(&s.value),
            other => self.visit_expr(other),
        }
    }
}

/// Resolve names in scope `id`, given the names bound by enclosing function
/// scopes (`bound`) and declared global in enclosing scopes (`globals`).
/// Returns the free variables of this scope (to be provided by its parent).
fn analyze(
    table: &mut SymbolTable,
    id: usize,
    bound: &HashSet<String>,
    globals: &HashSet<String>,
) -> CResult<HashSet<String>> {
    let kind = table.scopes[id].kind;
    let mut local: HashSet<String> = HashSet::new();
    let mut free: HashSet<String> = HashSet::new();
    let mut newglobal = globals.clone();
    let mut child_bound = bound.clone();

    let names: Vec<String> = table.scopes[id].order.clone();
    for name in &names {
        let sym = table.scopes[id].symbols.get_mut(name).unwrap();
        let flags = sym.flags;
        sym.scope = if flags & DEF_GLOBAL != 0 {
            newglobal.insert(name.clone());
            child_bound.remove(name);
            SymbolScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err(RawError::new(
                    format!("no binding for nonlocal '{name}' found"),
                    sym.range,
                ));
            }
            free.insert(name.clone());
            SymbolScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            newglobal.remove(name);
            SymbolScope::Local
        } else if bound.contains(name) && kind != ScopeKind::Module {
            free.insert(name.clone());
            SymbolScope::Free
        } else {
            SymbolScope::GlobalImplicit
        };
    }

    match kind {
        ScopeKind::Module => child_bound.clear(),
        ScopeKind::Class => {
            child_bound.insert("__class__".to_string());
        }
        _ => {
            for n in &local {
                child_bound.insert(n.clone());
            }
        }
    }
    if kind.is_function_like() {
        for n in &local {
            newglobal.remove(n);
        }
    }

    let mut child_free: HashSet<String> = HashSet::new();
    for child in table.scopes[id].children.clone() {
        child_free.extend(analyze(table, child, &child_bound, &newglobal)?);
    }

    let scope = &mut table.scopes[id];
    let mut cells: Vec<String> = Vec::new();
    let mut passthrough: Vec<String> = Vec::new();
    if kind.is_function_like() {
        for n in child_free.iter() {
            if local.contains(n) {
                scope.symbols.get_mut(n).unwrap().scope = SymbolScope::Cell;
                cells.push(n.clone());
            } else {
                passthrough.push(n.clone());
            }
        }
    } else if kind == ScopeKind::Class {
        for n in child_free.iter() {
            if n == "__class__" {
                scope.needs_class_cell = true;
                cells.push(n.clone());
            } else {
                if local.contains(n) {
                    scope.free_class.insert(n.clone());
                }
                passthrough.push(n.clone());
            }
        }
    } else {
        // Module: children's free variables cannot be satisfied here; they
        // resolved as free only if bound somewhere, which cannot happen.
    }
    let mut freevars: Vec<String> = free.iter().cloned().collect();
    for n in passthrough {
        if !free.contains(&n) {
            free.insert(n.clone());
            freevars.push(n);
        }
    }
    freevars.sort();
    freevars.dedup();
    cells.sort();
    cells.dedup();
    scope.freevars = freevars;
    scope.cellvars = cells;
    Ok(free)
}
