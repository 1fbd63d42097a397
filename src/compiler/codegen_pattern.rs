//! Code generation, part 3: `match` statements (CPython 3.11 compile.c's
//! pattern compiler, translated).
//!
//! Every pattern consumes the subject on top of the stack. Captured values
//! are kept on the stack (rotated below any working items) and stored only
//! once the whole pattern matched. `fail_pop[n]` is a label that pops `n`
//! items and then falls into the "no match" path.

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::bytecode::{BinOp, CmpOp, Constant, Instr};
use super::codegen::{Compiler, Ctx, Label};
use super::error::{CResult, RawError};

struct PatternCtx {
    /// Names captured so far, in stack order (last = deepest).
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// Working items above the captures.
    on_top: u32,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let n_loop = cases - has_default as usize;
        for (i, case) in m.cases[..n_loop].iter().enumerate() {
            self.set_line_of(case.pattern.range());
            // Keep the subject for later cases.
            if i != n_loop - 1 {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.name_op(&name, Ctx::Store, case.pattern.range())?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, false, target)?;
            }
            if i != n_loop - 1 {
                self.emit(Instr::PopTop);
            }
            self.compile_body(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.set_line_of(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_line_of(case.pattern.range());
            self.emit(Instr::Nop);
            if let Some(g) = &case.guard {
                self.jump_if(g, false, end)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: fn(u32) -> Instr) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.emit_jump(op, l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Instr::PopTop);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Move TOS down `count - 1` positions (3.10's ROT_N via SWAPs).
    fn rotate(&mut self, mut count: u32) {
        while count > 1 {
            self.emit(Instr::Swap(count));
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternCtx, range: TextRange) -> CResult<()> {
        let Some(n) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        let n = n.id.as_str().to_string();
        if n == "__debug__" {
            return Err(RawError::new("cannot assign to __debug__", range));
        }
        if pc.stores.contains(&n) {
            return Err(RawError::new(format!("multiple assignments to name '{n}' in pattern"), range));
        }
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations);
        pc.stores.push(n);
        Ok(())
    }

    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.set_line_of(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.check_value_expr(&v.value)?;
                self.compile_expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::True,
                    ast::Singleton::False => Constant::False,
                });
                self.emit(Instr::IsOp(0));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Pattern::MatchSequence(s) => self.compile_pattern_sequence(s, pc)?,
            Pattern::MatchMapping(m) => self.compile_pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.compile_pattern_class(c, pc)?,
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc, s.range)?,
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.id),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(RawError::new(msg, a.range));
                    }
                    self.store_capture(a.name.as_ref(), pc, a.range)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Instr::Copy(1));
                    self.compile_pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref(), pc, a.range)?;
                }
            },
            Pattern::MatchOr(o) => self.compile_pattern_or(o, pc)?,
        }
        Ok(())
    }

    fn check_value_expr(&self, e: &Expr) -> CResult<()> {
        match e {
            Expr::Attribute(_) | Expr::Name(_) => Ok(()),
            _ if self.const_value(e).is_some() => Ok(()),
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::FString(_) => Ok(()),
            other => Err(RawError::new("patterns may only match literals and attribute lookups", other.range())),
        }
    }

    fn compile_pattern_sequence(&mut self, s: &'a ast::PatternMatchSequence, pc: &mut PatternCtx) -> CResult<()> {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(RawError::new("multiple starred names in sequence pattern", p.range()));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int((size as u64).into()));
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int(((size - 1) as u64).into()));
                self.emit(Instr::CompareOp(CmpOp::Ge));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
        } else if star_wildcard {
            self.pattern_sequence_subscr(patterns, star.unwrap(), pc)?;
        } else {
            self.pattern_sequence_unpack(patterns, star, pc)?;
        }
        Ok(())
    }

    fn pattern_sequence_unpack(&mut self, patterns: &'a [Pattern], star: Option<usize>, pc: &mut PatternCtx) -> CResult<()> {
        let size = patterns.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            None => self.emit(Instr::UnpackSequence(size as u32)),
        }
        pc.on_top += size as u32;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of unpacking it.
    fn pattern_sequence_subscr(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> CResult<()> {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Constant::Int((i as u64).into()));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int(((size - i) as u64).into()));
                self.emit(Instr::BinaryOp(BinOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int((size as u64).into()));
            self.emit(Instr::CompareOp(CmpOp::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for k in &m.keys {
            if let Some(c) = self.const_value(k) {
                if seen.contains(&c) {
                    let shown = self.sm.source.get(k.range().start().to_usize()..k.range().end().to_usize()).unwrap_or("");
                    return Err(RawError::new(format!("mapping pattern checks duplicate key ({shown})"), m.range));
                }
                seen.push(c);
            } else if !matches!(k, Expr::Attribute(_)) && !matches!(k, Expr::BinOp(_)) {
                return Err(RawError::new(
                    "mapping pattern keys may only match literals and attribute lookups",
                    k.range(),
                ));
            }
            self.compile_expr(k)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(1));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(rest) = &m.rest {
            // rest = dict(subject) minus the matched keys.
            self.emit(Instr::BuildMap(0));
            self.emit(Instr::Swap(3));
            self.emit(Instr::DictUpdate(2));
            self.emit(Instr::UnpackSequence(size as u32));
            let mut left = size as u32;
            while left > 0 {
                self.emit(Instr::Copy(1 + left));
                left -= 1;
                self.emit(Instr::Swap(2));
                self.emit(Instr::DeleteSubscr);
            }
            self.store_capture(Some(rest), pc, m.range)?;
        } else {
            self.emit(Instr::PopTop);
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    fn compile_pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let patterns = &c.arguments.patterns;
        let keywords = &c.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = keywords.len();
        for (i, k) in keywords.iter().enumerate() {
            if keywords[i + 1..].iter().any(|o| o.attr.id == k.attr.id) {
                return Err(RawError::new(
                    format!("attribute name repeated in class pattern: {}", k.attr.id),
                    k.range,
                ));
            }
        }
        self.compile_expr(&c.cls)?;
        let names = keywords.iter().map(|k| Constant::Str(k.attr.id.as_str().to_string())).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Instr::MatchClass(nargs as u32));
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(1));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let total = (nargs + nattrs) as u32;
        self.emit(Instr::UnpackSequence(total));
        pc.on_top += total;
        pc.on_top -= 1;
        let subs = patterns.iter().chain(keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instr::PopTop);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn compile_pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let size = o.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_line_of(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1));
            self.compile_pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if nstores != ctl.len() {
                        return Err(RawError::new("alternative patterns bind different names", alt.range()));
                    }
                    if nstores > 0 {
                        // Reorder the captured values to match the first alternative.
                        let mut icontrol = nstores;
                        while icontrol > 0 {
                            icontrol -= 1;
                            let name = &ctl[icontrol];
                            let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                                return Err(RawError::new("alternative patterns bind different names", alt.range()));
                            };
                            if icontrol != istores {
                                let rotations = istores + 1;
                                let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                                let at = icontrol - istores;
                                for (k, r) in rotated.into_iter().enumerate() {
                                    pc.stores.insert(at + k, r);
                                }
                                for _ in 0..rotations {
                                    self.rotate(icontrol as u32 + 1);
                                }
                            }
                        }
                    }
                }
            }
            self.emit_jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No alternative matched: pop the subject copy and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() as u32 + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(RawError::new(format!("multiple assignments to name '{name}' in pattern"), o.range));
            }
            pc.stores.push(name);
        }
        // Pop the subject copy.
        self.emit(Instr::PopTop);
        Ok(())
    }
}
