//! `except*` support: splitting exception groups and re-raising what the
//! handlers did not handle (CPython 3.11's semantics).

use crate::vm::errors::{type_error, PyResult};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::{exc, none, ExcKind};
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of, is_subclass, type_data};
use crate::vm::value::Value;

fn is_group(v: &Value) -> bool {
    is_subclass(&class_of(v), &exc(ExcKind::BaseExceptionGroup))
}

/// For `except* T`: (rest, matched) or None when nothing matches.
pub fn eg_match(vm: &mut Vm, e: &Value, t: &Value) -> PyResult<Option<(Value, Value)>> {
    let check = |c: &Value| -> PyResult<()> {
        if type_data(c).is_none() || !is_subclass(c, &exc(ExcKind::BaseException)) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if is_subclass(c, &exc(ExcKind::BaseExceptionGroup)) {
            return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        Ok(())
    };
    match as_tuple(t) {
        Some(items) => items.iter().try_for_each(check)?,
        None => check(t)?,
    }
    if ops::is_none(e) {
        return Ok(None);
    }
    if crate::vm::protocols::exception_matches(vm, e, t)? {
        // A naked exception that matches: wrap it in a group (CPython does so
        // for non-group exceptions) unless it already is a group.
        if is_group(e) {
            return Ok(Some((none(), e.clone())));
        }
        let wrapped = crate::vm::call::call(
            vm,
            &exc(ExcKind::ExceptionGroup),
            &[crate::vm::types::str::new_str(""), new_tuple(vec![e.clone()])],
            &[],
        )?;
        return Ok(Some((none(), wrapped)));
    }
    if is_group(e) {
        let r = crate::vm::call::call_method_by_name(vm, e, "split", &[t.clone()])?;
        let parts = as_tuple(&r).map(|p| p.to_vec()).unwrap_or_default();
        if parts.len() == 2 && !ops::is_none(&parts[0]) {
            return Ok(Some((parts[1].clone(), parts[0].clone())));
        }
    }
    Ok(None)
}

/// Combine the exceptions raised in except* clauses with the unhandled
/// rest of the original group; None when nothing is left to raise.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let items = ops::collect(vm, raised)?;
    let items: Vec<Value> = items.into_iter().filter(|v| !ops::is_none(v)).collect();
    if items.is_empty() {
        return Ok(none());
    }
    if !is_group(orig) {
        return Ok(items[0].clone());
    }
    // Re-raised exceptions (identical to leaves of orig) keep orig's structure;
    // newly raised ones are added alongside.
    let (reraised, raised_new): (Vec<Value>, Vec<Value>) = items.into_iter().partition(|v| is_leaf_of(v, orig));
    // CPython's order: newly raised exceptions first, the re-raised
    // projection of the original group last.
    let mut parts = raised_new;
    if !reraised.is_empty() {
        let kept = project(vm, orig, &reraised)?;
        if !ops::is_none(&kept) {
            parts.push(kept);
        }
    }
    if parts.is_empty() {
        return Ok(none());
    }
    if parts.len() == 1 {
        return Ok(parts.pop().unwrap());
    }
    crate::vm::call::call(vm, &exc(ExcKind::ExceptionGroup), &[crate::vm::types::str::new_str(""), new_tuple(parts)], &[])
}

fn leaves(g: &Value, out: &mut Vec<Value>) {
    if is_group(g) {
        for e in &crate::vm::types::exception::group_exceptions(g) {
            leaves(e, out);
        }
    } else {
        out.push(g.clone());
    }
}

fn is_leaf_of(v: &Value, orig: &Value) -> bool {
    let mut ls = Vec::new();
    leaves(orig, &mut ls);
    let mut vl = Vec::new();
    leaves(v, &mut vl);
    !vl.is_empty() && vl.iter().all(|x| ls.iter().any(|y| y.is(x)))
}

/// The subgroup of `orig` whose leaves appear in `keep`.
fn project(vm: &mut Vm, orig: &Value, keep: &[Value]) -> PyResult<Value> {
    let mut keep_leaves = Vec::new();
    for k in keep {
        leaves(k, &mut keep_leaves);
    }
    split_by_identity(vm, orig, &keep_leaves)
}

fn split_by_identity(vm: &mut Vm, g: &Value, keep: &[Value]) -> PyResult<Value> {
    if !is_group(g) {
        return Ok(if keep.iter().any(|k| k.is(g)) { g.clone() } else { none() });
    }
    let excs = crate::vm::types::exception::group_exceptions(g);
    let mut kept = Vec::new();
    for e in &excs {
        let r = split_by_identity(vm, e, keep)?;
        if !ops::is_none(&r) {
            kept.push(r);
        }
    }
    if kept.is_empty() {
        return Ok(none());
    }
    if kept.len() == excs.len() && kept.iter().zip(&excs).all(|(a, b)| a.is(b)) {
        return Ok(g.clone());
    }
    let d = crate::vm::call::call_method_by_name(vm, g, "derive", &[new_tuple(kept)])?;
    copy_metadata(vm, g, &d)?;
    Ok(d)
}

/// A derived group keeps the original's traceback, cause, context and notes.
pub fn copy_metadata(vm: &mut Vm, src: &Value, dst: &Value) -> PyResult<()> {
    if let (Some(s), Some(d)) = (crate::vm::types::exception::as_exception(src), crate::vm::types::exception::as_exception(dst)) {
        d.traceback.set(s.traceback.get());
        d.cause.set(s.cause.get());
        d.context.set(s.context.get());
    }
    if let Some(notes) = crate::vm::protocols::getattr_opt(vm, src, "__notes__")? {
        crate::vm::protocols::setattr(vm, dst, &crate::vm::types::str::intern("__notes__"), notes)?;
    }
    Ok(())
}
