//! Printing an uncaught exception the way CPython 3.11 does: the chain of
//! causes/contexts, one `File "...", line N, in NAME` entry per frame with
//! its source line, "[Previous line repeated N more times]", notes, and
//! SyntaxError's caret display.

use super::object::Payload;
use super::ops;
use super::state::Vm;
use super::types::code::as_code;
use super::types::registry::{exc, ExcKind};
use super::types::str::as_str;
use super::types::typeobj::{class_of, is_subclass, type_data};
use super::value::Value;
use std::collections::HashMap;
use std::sync::Mutex;
use crate::vm::valgrind;

static SOURCES: Mutex<Option<HashMap<String, Vec<String>>>> = Mutex::new(None);

/// Remember source text for a filename that is not a real file (`-c`, stdin).
pub fn register_source(filename: &str, source: &str) {
    let mut s = valgrind::lock(&SOURCES);
    s.get_or_insert_with(HashMap::new).insert(filename.to_string(), source.lines().map(String::from).collect());
}

fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    {
        let s = valgrind::lock(&SOURCES);
        if let Some(lines) = s.as_ref().and_then(|m| m.get(filename)) {
            return lines.get(lineno as usize - 1).map(|l| l.trim().to_string());
        }
    }
    if filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    let lines: Vec<String> = text.lines().map(String::from).collect();
    let line = lines.get(lineno as usize - 1).map(|l| l.trim().to_string());
    let mut s = valgrind::lock(&SOURCES);
    s.get_or_insert_with(HashMap::new).insert(filename.to_string(), lines);
    line
}

/// Format the traceback entries of `tb` (outermost first).
pub fn format_tb(tb: Option<Value>) -> String {
    let mut out = String::new();
    let mut entries: Vec<(String, u32, String)> = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(Payload::Traceback(td)) = t.as_obj().map(|o| &o.payload) else { break };
        if let Some(cd) = as_code(&td.code) {
            entries.push((cd.code.filename.to_string(), td.lineno, cd.code.name.clone()));
        }
        cur = td.next.get();
    }
    let mut last: Option<&(String, u32, String)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
        }
    };
    for e in &entries {
        if last == Some(e) {
            repeat += 1;
            if repeat > 3 {
                continue;
            }
        } else {
            flush_repeat(&mut out, repeat);
            repeat = 1;
        }
        last = Some(e);
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.0, e.1, e.2));
        if let Some(line) = source_line(&e.0, e.1) {
            if !line.is_empty() {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    flush_repeat(&mut out, repeat);
    out
}

fn attr_str(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    super::protocols::getattr_opt(vm, v, name).ok().flatten().filter(|x| !ops::is_none(x))
}

/// The final "Type: message" line(s) of an exception.
pub fn format_exception_only(vm: &mut Vm, e: &Value) -> String {
    let cls = class_of(e);
    let td = type_data(&cls).unwrap();
    let module = td.dict_data().get_str("__module__").and_then(|m| as_str(&m).map(String::from));
    let name = match module.as_deref() {
        Some("builtins") | Some("__main__") | None => td.qualname.get_ref().and_then(as_str).unwrap_or(td.name()).to_string(),
        Some(m) => format!("{m}.{}", td.qualname.get_ref().and_then(as_str).unwrap_or(td.name())),
    };
    let mut out = String::new();
    if is_subclass(&cls, &exc(ExcKind::SyntaxError)) {
        let filename = attr_str(vm, e, "filename").and_then(|f| as_str(&f).map(String::from));
        let lineno = attr_str(vm, e, "lineno").and_then(|l| l.as_small_int());
        if let (Some(f), Some(l)) = (&filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(text) = attr_str(vm, e, "text").and_then(|t| as_str(&t).map(String::from)) {
            let line = text.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.len() - stripped.len();
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            if let Some(off) = attr_str(vm, e, "offset").and_then(|o| o.as_small_int()) {
                let end = attr_str(vm, e, "end_offset").and_then(|o| o.as_small_int()).unwrap_or(off);
                let end_line = attr_str(vm, e, "end_lineno").and_then(|o| o.as_small_int());
                let start_col = (off as usize).saturating_sub(1).saturating_sub(indent);
                let mut width = if end_line.is_some() && end_line != lineno { 1 } else { (end - off).max(1) as usize };
                let visible = stripped.trim_end().chars().count();
                if start_col + width > visible + 1 {
                    width = (visible + 1).saturating_sub(start_col).max(1);
                }
                out.push_str(&format!("    {}{}\n", " ".repeat(start_col), "^".repeat(width)));
            }
        }
        let msg = attr_str(vm, e, "msg").map(|m| ops::str_string(vm, &m).unwrap_or_default()).unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
    } else {
        let msg = match ops::str_string(vm, e) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }
    if let Some(notes) = attr_str(vm, e, "__notes__") {
        if let Ok(items) = ops::collect(vm, &notes) {
            for n in items {
                let s = if as_str(&n).is_some() { ops::str_string(vm, &n).unwrap_or_default() } else { ops::repr_string(vm, &n).unwrap_or_default() };
                out.push_str(&format!("{s}\n"));
            }
        }
    }
    out
}

/// Format an exception with its chain, as `traceback.print_exception`.
pub fn format_exception(vm: &mut Vm, e: &Value) -> String {
    super::traceback_groups::format_exception(vm, e)
}

/// Print an uncaught exception to stderr.
pub fn print_exception(vm: &mut Vm, e: &Value) {
    let s = format_exception(vm, e);
    let _ = crate::stdlib::sys::write_stderr(vm, &s);
}
