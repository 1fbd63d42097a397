//! Code generation, part 2: expressions, calls, comprehensions, f-strings,
//! lambdas and constants.

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::bytecode::{flags, BinOp, CmpOp, Constant, Instr, UnaryOp};
use super::codegen::{Compiler, Ctx};
use super::error::{CResult, RawError};
use super::symtable::{node_key, SymbolScope};

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// Parse an integer literal's text (as ruff keeps it for big values:
/// possibly with a 0x/0o/0b prefix and underscores).
fn parse_big_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

fn number_constant(n: &ast::Number) -> Constant {
    match n {
        ast::Number::Int(i) => match i.as_u64() {
            Some(v) => Constant::Int(BigInt::from(v)),
            None => Constant::Int(parse_big_int(&i.to_string()).unwrap_or_default()),
        },
        ast::Number::Float(f) => Constant::Float(*f),
        ast::Number::Complex { real, imag } => Constant::Complex { re: *real, im: *imag },
    }
}

impl<'a> Compiler<'a> {
    /// The value of a constant expression (literals, tuples of them, and
    /// negated numbers), or None.
    pub fn const_value(&self, e: &Expr) -> Option<Constant> {
        Some(match e {
            Expr::StringLiteral(s) => Constant::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect()),
            Expr::NumberLiteral(n) => number_constant(&n.value),
            Expr::BooleanLiteral(b) => {
                if b.value {
                    Constant::True
                } else {
                    Constant::False
                }
            }
            Expr::NoneLiteral(_) => Constant::None,
            Expr::EllipsisLiteral(_) => Constant::Ellipsis,
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(n) => match number_constant(&n.value) {
                    Constant::Int(i) => Constant::Int(-i),
                    Constant::Float(f) => Constant::Float(-f),
                    Constant::Complex { re, im } => Constant::Complex { re: -re, im: -im },
                    _ => return None,
                },
                _ => return None,
            },
            Expr::Tuple(t) => {
                if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    return None;
                }
                Constant::Tuple(t.elts.iter().map(|x| self.const_value(x)).collect::<Option<Vec<_>>>()?)
            }
            _ => return None,
        })
    }

    pub fn compile_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.unit().line;
        self.set_line_of(e.range());
        let r = self.compile_expr_inner(e);
        self.unit_mut().line = saved;
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let (last, init) = b.values.split_last().unwrap();
                for v in init {
                    self.compile_expr(v)?;
                    if b.op == ast::BoolOp::And {
                        self.emit_jump(Instr::JumpIfFalseOrPop, end);
                    } else {
                        self.emit_jump(Instr::JumpIfTrueOrPop, end);
                    }
                }
                self.compile_expr(last)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                }));
            }
            Expr::Lambda(l) => self.compile_lambda(e, l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack(&s.elts, Build::Set)?,
            Expr::List(l) => {
                if l.ctx != ast::ExprContext::Load {
                    return Err(RawError::new("invalid syntax", l.range));
                }
                self.starunpack(&l.elts, Build::List)?
            }
            Expr::Tuple(t) => self.starunpack(&t.elts, Build::Tuple)?,
            Expr::ListComp(c) => self.compile_comprehension(e, "<listcomp>", CompKind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.compile_comprehension(e, "<setcomp>", CompKind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(RawError::new("dict unpacking cannot be used in dict comprehension", c.range));
                };
                self.compile_comprehension(e, "<dictcomp>", CompKind::Dict, &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(c) => self.compile_comprehension(e, "<genexpr>", CompKind::Gen, &c.generators, &c.elt, None)?,
            Expr::Await(a) => return Err(RawError::new("'await' is not supported", a.range)),
            Expr::Yield(y) => {
                if !self.unit().kind.is_function_like() {
                    return Err(RawError::new("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if !self.unit().kind.is_function_like() {
                    return Err(RawError::new("'yield' outside function", y.range));
                }
                self.compile_expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return Err(RawError::new("t-strings are not supported", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("handled by const_value"),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                // CPython 3.11 reports attribute access on the line of the name.
                self.set_line_of(a.attr.range);
                let i = self.add_name(&self.mangle(&a.attr));
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.set_line_of(s.range);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => {
                return Err(RawError::new("can't use starred expression here", s.range));
            }
            Expr::Name(n) => self.name_op(&n.id, Ctx::Load, n.range)?,
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::IpyEscapeCommand(i) => return Err(RawError::new("invalid syntax", i.range)),
        }
        Ok(())
    }

    /// The index part of `x[...]`: slices become slice objects.
    pub fn compile_subscript_index(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Slice(s) => self.compile_slice(s),
            other => self.compile_expr(other),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> CResult<()> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(x) => self.compile_expr(x)?,
                None => self.load_const(Constant::None),
            }
        }
        match &s.step {
            Some(x) => {
                self.compile_expr(x)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => self.emit(Instr::BuildSlice(2)),
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.set_line_of(c.range);
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.set_line_of(c.range);
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit_cmp(c.ops[i]);
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&c.comparators[n - 1])?;
        self.set_line_of(c.range);
        self.emit_cmp(c.ops[n - 1]);
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    pub fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        self.emit(match op {
            C::Eq => Instr::CompareOp(CmpOp::Eq),
            C::NotEq => Instr::CompareOp(CmpOp::Ne),
            C::Lt => Instr::CompareOp(CmpOp::Lt),
            C::LtE => Instr::CompareOp(CmpOp::Le),
            C::Gt => Instr::CompareOp(CmpOp::Gt),
            C::GtE => Instr::CompareOp(CmpOp::Ge),
            C::Is => Instr::IsOp(0),
            C::IsNot => Instr::IsOp(1),
            C::In => Instr::ContainsOp(0),
            C::NotIn => Instr::ContainsOp(1),
        });
    }

    /// The items of a set display whose items are all constants, or None.
    fn const_set_items(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|x| self.const_value(x)).collect()
    }

    /// The iterable of a `for` loop or comprehension: like CPython 3.11's
    /// AST optimizer (fold_iter), a set display of constants becomes a
    /// frozenset constant, which fixes its iteration order.
    pub fn compile_iterable(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::Set(s) = e {
            if let Some(items) = self.const_set_items(&s.elts) {
                let saved = self.unit().line;
                self.set_line_of(e.range());
                self.load_const(Constant::FrozenSet(items));
                self.unit_mut().line = saved;
                return Ok(());
            }
        }
        self.compile_expr(e)
    }

    fn starunpack(&mut self, elts: &'a [Expr], build: Build) -> CResult<()> {
        let has_star = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        // CPython 3.11 (starunpack_helper) builds a display of 3+ constants
        // from one folded constant; for a set its order is the frozenset's.
        if build == Build::Set && elts.len() > 2 {
            if let Some(items) = self.const_set_items(elts) {
                self.emit(Instr::BuildSet(0));
                self.load_const(Constant::FrozenSet(items));
                self.emit(Instr::SetUpdate(1));
                return Ok(());
            }
        }
        if !has_star {
            for x in elts {
                self.compile_expr(x)?;
            }
            let n = elts.len() as u32;
            self.emit(match build {
                Build::List => Instr::BuildList(n),
                Build::Tuple => Instr::BuildTuple(n),
                Build::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        let mut seen = 0u32;
        let mut built = false;
        for x in elts {
            if let Expr::Starred(s) = x {
                if !built {
                    self.emit(if build == Build::Set { Instr::BuildSet(seen) } else { Instr::BuildList(seen) });
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(if build == Build::Set { Instr::SetUpdate(1) } else { Instr::ListExtend(1) });
            } else {
                self.compile_expr(x)?;
                if built {
                    self.emit(if build == Build::Set { Instr::SetAdd(1) } else { Instr::ListAppend(1) });
                } else {
                    seen += 1;
                }
            }
        }
        if build == Build::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let mut pending = 0u32;
        let mut have = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have {
                        self.emit(Instr::BuildMap(pending));
                        if have {
                            self.emit(Instr::DictUpdate(1));
                        }
                        have = true;
                        pending = 0;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have {
            self.emit(Instr::BuildMap(pending));
            if have {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------
    // calls
    // ------------------------------------------------------------------

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args: &'a [Expr] = &c.arguments.args;
        let keywords: &'a [ast::Keyword] = &c.arguments.keywords;
        let range = c.range();
        if self.try_compile_super(c)? {
            return Ok(());
        }
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.check_repeated_keywords(keywords)?;
            self.compile_expr(&a.value)?;
            // Method calls are attributed to the line of the method name.
            self.set_line_of(a.attr.range);
            let i = self.add_name(&self.mangle(&a.attr));
            self.emit(Instr::LoadMethod(i));
            for x in args {
                self.compile_expr(x)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            self.set_line_of(a.attr.range);
            let n = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallMethod(n));
            } else {
                self.load_kwnames(keywords);
                self.emit(Instr::CallMethodKw(n));
            }
            return Ok(());
        }
        self.compile_expr(&c.func)?;
        self.compile_call_args(0, args, keywords, range)
    }

    fn load_kwnames(&mut self, keywords: &[ast::Keyword]) {
        let names = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.as_ref().map(|a| a.id.as_str().to_string()).unwrap_or_default()))
            .collect();
        self.load_const(Constant::Tuple(names));
    }

    fn check_repeated_keywords(&self, keywords: &[ast::Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(a) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref().is_some_and(|b| b.id == a.id)) {
                    return Err(RawError::new(format!("keyword argument repeated: {}", a.id), k.range));
                }
            }
        }
        Ok(())
    }

    /// With the callable and `prefix` extra positional arguments already on
    /// the stack, push the rest of the arguments and emit the call.
    pub fn compile_call_args(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: TextRange,
    ) -> CResult<()> {
        self.check_repeated_keywords(keywords)?;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for x in args {
                self.compile_expr(x)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            self.set_line_of(range);
            let n = prefix + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallFunction(n));
            } else {
                self.load_kwnames(keywords);
                self.emit(Instr::CallFunctionKw(n));
            }
            return Ok(());
        }
        // General form: positional args as a tuple, keywords as a dict.
        let mut seen = prefix;
        let mut built = false;
        // `f(*x)`: x goes to CALL_FUNCTION_EX as is (which reports a
        // non-iterable with the callee's name, like CPython).
        let lone_star = match args {
            [Expr::Starred(s)] if prefix == 0 => Some(&s.value),
            _ => None,
        };
        if let Some(v) = lone_star {
            self.compile_expr(v)?;
        }
        for x in args.iter().filter(|_| lone_star.is_none()) {
            if let Expr::Starred(s) = x {
                if !built {
                    self.emit(Instr::BuildList(seen));
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(Instr::ListExtend(1));
            } else {
                self.compile_expr(x)?;
                if built {
                    self.emit(Instr::ListAppend(1));
                } else {
                    seen += 1;
                }
            }
        }
        if lone_star.is_some() {
        } else if built {
            self.emit(Instr::ListToTuple);
        } else {
            self.emit(Instr::BuildTuple(seen));
        }
        let mut have_kw = false;
        if !keywords.is_empty() {
            let mut pending = 0u32;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.id.as_str().to_string()));
                        self.compile_expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 || !have_kw {
                            self.emit(Instr::BuildMap(pending));
                            if have_kw {
                                self.emit(Instr::DictMerge(1));
                            }
                            have_kw = true;
                            pending = 0;
                        }
                        self.compile_expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            if pending > 0 {
                self.emit(Instr::BuildMap(pending));
                if have_kw {
                    self.emit(Instr::DictMerge(1));
                }
                have_kw = true;
            }
        }
        self.set_line_of(range);
        self.emit(Instr::CallFunctionEx(if have_kw { 1 } else { 0 }));
        Ok(())
    }

    /// Zero-argument `super()` in a method becomes `super(__class__, <first arg>)`.
    fn try_compile_super(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Name(n) = &*c.func else { return Ok(false) };
        if n.id.as_str() != "super" || !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return Ok(false);
        }
        let unit = self.unit();
        if !unit.kind.is_function_like() {
            return Ok(false);
        }
        let scope = &self.table.scopes[unit.scope];
        if matches!(scope.lookup("super"), Some(SymbolScope::Local | SymbolScope::Cell | SymbolScope::Free)) {
            return Ok(false);
        }
        if scope.lookup("__class__") != Some(SymbolScope::Free) || unit.code.argcount == 0 {
            return Ok(false);
        }
        let first = scope.params.first().cloned().unwrap_or_default();
        self.name_op("super", Ctx::Load, n.range)?;
        let ci = self.deref_index("__class__").unwrap_or(0);
        self.emit(Instr::LoadDeref(ci));
        // The first parameter, already mangled in the symbol table.
        let saved = self.unit_mut().private.take();
        let r = self.name_op(&first, Ctx::Load, n.range);
        self.unit_mut().private = saved;
        r?;
        self.set_line_of(c.range());
        self.emit(Instr::CallFunction(2));
        Ok(true)
    }

    // ------------------------------------------------------------------
    // lambdas and comprehensions
    // ------------------------------------------------------------------

    fn compile_lambda(&mut self, e: &'a Expr, l: &'a ast::ExprLambda) -> CResult<()> {
        let fl = self.compile_defaults(l.parameters.as_deref(), None, false)?;
        let scope = self
            .table
            .scope_of_node(node_key(e))
            .ok_or_else(|| RawError::new("internal error: missing lambda scope", l.range))?;
        let qualname = self.qualname_for("<lambda>");
        let private = self.unit().private.clone();
        let line = self.line_of(l.range);
        self.push_unit(scope, "<lambda>", qualname, line, private);
        if let Some(p) = &l.parameters {
            self.set_param_counts(p);
        } else if self.table.scopes[scope].is_generator {
            self.unit_mut().code.flags |= flags::GENERATOR;
        }
        self.compile_expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, fl, l.range)
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        if generators.iter().any(|g| g.is_async) {
            return Err(RawError::new("asynchronous comprehensions are not supported", e.range()));
        }
        let scope = self
            .table
            .scope_of_node(node_key(e))
            .ok_or_else(|| RawError::new("internal error: missing comprehension scope", e.range()))?;
        let qualname = self.qualname_for(name);
        let private = self.unit().private.clone();
        let line = self.line_of(e.range());
        self.push_unit(scope, name, qualname, line, private);
        {
            let c = &mut self.unit_mut().code;
            c.argcount = 1;
            c.flags |= flags::COMPREHENSION;
            if kind == CompKind::Gen {
                c.flags |= flags::GENERATOR;
            }
        }
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comprehension_loop(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0, e.range())?;
        self.compile_iterable(&generators[0].iter)?;
        self.set_line_of(e.range());
        self.emit(Instr::GetIter);
        self.emit(Instr::CallFunction(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &generators[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.emit_jump(Instr::ForIter, end);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < generators.len() {
            self.comprehension_loop(generators, i + 1, kind, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        self.emit_jump(Instr::Jump, start);
        self.bind(end);
        Ok(())
    }

    // ------------------------------------------------------------------
    // f-strings
    // ------------------------------------------------------------------

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut parts = FParts::default();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(l) => parts.lit(&l.value),
                ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts)?,
            }
        }
        parts.finish(self);
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        parts: &mut FParts,
    ) -> CResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => parts.lit(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        parts.lit(d.leading());
                        parts.lit(d.expression());
                        parts.lit(d.trailing());
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    parts.flush(self);
                    self.compile_expr(&i.expression)?;
                    let mut fl = conv;
                    if let Some(spec) = &i.format_spec {
                        let mut sp = FParts::default();
                        self.fstring_elements(&spec.elements, &mut sp)?;
                        sp.finish(self);
                        fl |= 4;
                    }
                    self.emit(Instr::FormatValue(fl));
                    parts.count += 1;
                }
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Build {
    List,
    Tuple,
    Set,
}

/// Accumulates f-string pieces: adjacent literal text is merged into one
/// constant; `count` is the number of strings pushed so far.
#[derive(Default)]
struct FParts {
    pending: Option<String>,
    count: u32,
}

impl FParts {
    fn lit(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.pending.get_or_insert_with(String::new).push_str(s);
    }

    fn flush(&mut self, c: &mut Compiler) {
        if let Some(s) = self.pending.take() {
            c.load_const(Constant::Str(s));
            self.count += 1;
        }
    }

    fn finish(mut self, c: &mut Compiler) {
        self.flush(c);
        match self.count {
            0 => c.load_const(Constant::Str(String::new())),
            1 => {}
            n => c.emit(Instr::BuildString(n)),
        }
    }
}

