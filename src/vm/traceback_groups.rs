//! CPython 3.11's rendering of an exception with its chain, including the
//! boxed layout of exception groups (`traceback.TracebackException.format`
//! with its `_ExceptionPrintContext`: indentation by group depth, `| `
//! margins, `+-+---- 1 ----` separators, width/depth limits).

use super::state::Vm;
use super::types::exception::{as_exception, group_exceptions};
use super::types::registry::{exc, ExcKind};
use super::types::typeobj::{class_of, is_subclass};
use super::value::Value;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

struct Ctx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Every line of `text`, prefixed with the indent and (inside a group) a margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn is_group(e: &Value) -> bool {
    is_subclass(&class_of(e), &exc(ExcKind::BaseExceptionGroup))
}

fn format(vm: &mut Vm, e: &Value, ctx: &mut Ctx) {
    // The chain from `e` outwards to its causes; printed innermost first.
    let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
    let mut cur = Some(e.clone());
    ctx.seen.push(e.bits());
    while let Some(x) = cur {
        let mut next = None;
        let mut msg = None;
        if let Some(ed) = as_exception(&x) {
            if let Some(c) = ed.cause.get() {
                if !ctx.seen.contains(&c.bits()) {
                    msg = Some(CAUSE);
                    next = Some(c);
                }
            } else if let Some(c) = ed.context.get().filter(|_| !ed.suppress_context()) {
                if !ctx.seen.contains(&c.bits()) {
                    msg = Some(CONTEXT);
                    next = Some(c);
                }
            }
        }
        if let Some(n) = &next {
            ctx.seen.push(n.bits());
        }
        chain.push((msg, x));
        cur = next;
    }
    for (msg, x) in chain.into_iter().rev() {
        // `msg` introduces `x` after its cause/context was printed.
        if let Some(m) = msg {
            ctx.emit(m, '|');
        }
        let tb = as_exception(&x).and_then(|d| d.traceback.get());
        if !is_group(&x) {
            if tb.is_some() {
                ctx.emit("Traceback (most recent call last):\n", '|');
                let body = super::traceback_print::format_tb(tb);
                ctx.emit(&body, '|');
            }
            let only = super::traceback_print::format_exception_only(vm, &x);
            ctx.emit(&only, '|');
        } else if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        } else {
            let toplevel = ctx.depth == 0;
            if toplevel {
                ctx.depth += 1;
            }
            if tb.is_some() {
                ctx.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
                let body = super::traceback_print::format_tb(tb);
                ctx.emit(&body, '|');
            }
            let only = super::traceback_print::format_exception_only(vm, &x);
            ctx.emit(&only, '|');
            let subs = group_exceptions(&x);
            let n = if subs.len() <= MAX_GROUP_WIDTH { subs.len() } else { MAX_GROUP_WIDTH + 1 };
            ctx.need_close = false;
            for i in 0..n {
                let last = i + 1 == n;
                if last {
                    ctx.need_close = true;
                }
                let truncated = i >= MAX_GROUP_WIDTH;
                let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
                let line = format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " });
                ctx.out.push_str(&line);
                ctx.depth += 1;
                if !truncated {
                    format(vm, &subs[i], ctx);
                } else {
                    let remaining = subs.len() - MAX_GROUP_WIDTH;
                    ctx.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
                }
                if last && ctx.need_close {
                    let line = format!("{}+------------------------------------\n", ctx.indent());
                    ctx.out.push_str(&line);
                    ctx.need_close = false;
                }
                ctx.depth -= 1;
            }
            if toplevel {
                ctx.depth = 0;
            }
        }
    }
}

/// Format an exception with its chain, as `traceback.print_exception`.
pub fn format_exception(vm: &mut Vm, e: &Value) -> String {
    let mut ctx = Ctx { seen: Vec::new(), depth: 0, need_close: false, out: String::new() };
    format(vm, e, &mut ctx);
    ctx.out
}
