//! CPython 3.11's boxed rendering of uncaught exception groups.

use super::state::Vm;
use super::types::exception::as_exception;
use super::types::registry::{exc, ExcKind};
use super::types::tuple::as_tuple;
use super::types::typeobj::{class_of, is_subclass};
use super::value::Value;

fn indent_lines(s: &str, prefix: &str) -> String {
    s.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

fn render(vm: &mut Vm, e: &Value, depth: usize) -> String {
    let mut out = String::new();
    let tb = as_exception(e).and_then(|d| d.traceback.get());
    let is_group = is_subclass(&class_of(e), &exc(ExcKind::BaseExceptionGroup));
    if tb.is_some() {
        out.push_str(if is_group && depth == 0 { "  + Exception Group Traceback (most recent call last):\n" } else { "Traceback (most recent call last):\n" });
        let body = super::traceback_print::format_tb(tb);
        out.push_str(&if is_group && depth == 0 { indent_lines(&body, "  | ") } else { body });
    }
    let only = super::traceback_print::format_exception_only(vm, e);
    if is_group && depth == 0 {
        out.push_str(&indent_lines(&only, "  | "));
    } else {
        out.push_str(&only);
    }
    if is_group {
        let args = as_exception(e).map(|d| d.args_vec()).unwrap_or_default();
        let subs = args.get(1).and_then(as_tuple).map(|t| t.to_vec()).unwrap_or_default();
        let n = subs.len();
        for (i, sub) in subs.iter().enumerate() {
            let header = if i == 0 { format!("+-+---------------- {} ----------------\n", i + 1) } else { format!("+---------------- {} ----------------\n", i + 1) };
            out.push_str(&if depth == 0 { format!("  {header}") } else { format!("{header}") });
            let inner = render(vm, sub, depth + 1);
            out.push_str(&indent_lines(&inner, "    | "));
            if i + 1 == n {
                out.push_str("    +------------------------------------\n");
            }
        }
    }
    out
}

pub fn format_group(vm: &mut Vm, e: &Value) -> String {
    render(vm, e, 0)
}
