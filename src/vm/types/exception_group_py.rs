//! `BaseExceptionGroup` / `ExceptionGroup`: construction, `exceptions`,
//! `message`, `split`, `subgroup`, `derive`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, value_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::exception::{as_exception, ExcData};
use crate::vm::types::registry::{exc, none, ExcKind};
use crate::vm::types::str::as_str;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of, is_subclass, type_name};
use crate::vm::value::Value;

fn eg_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let cls = pos[0].clone();
    if pos.len() != 3 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len() - 1)));
    }
    if as_str(&pos[1]).is_none() {
        return Err(type_error(format!("argument 1 must be str, not {}", type_name(&pos[1]))));
    }
    let excs = ops::collect(vm, &pos[2]).map_err(|_| type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exception = true;
    for (i, e) in excs.iter().enumerate() {
        if !is_subclass(&class_of(e), &exc(ExcKind::BaseException)) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exception &= is_subclass(&class_of(e), &exc(ExcKind::Exception));
    }
    let mut cls = cls;
    if cls.is(&exc(ExcKind::BaseExceptionGroup)) && all_exception {
        cls = exc(ExcKind::ExceptionGroup);
    } else if is_subclass(&cls, &exc(ExcKind::Exception)) && !all_exception {
        return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    let args = new_tuple(vec![pos[1].clone(), pos[2].clone()]);
    let data = ExcData::new(args);
    data.group.set(Some(new_tuple(excs)));
    Ok(heap::alloc(cls, Payload::Exception(Box::new(data))))
}

fn eg_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(none())
}

fn parts(v: &Value) -> (Value, Vec<Value>) {
    let args = as_exception(v).map(|e| e.args_vec()).unwrap_or_default();
    let msg = args.first().cloned().unwrap_or_else(none);
    (msg, crate::vm::types::exception::group_exceptions(v))
}

fn eg_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (msg, excs) = parts(&a.pos()[0]);
    let m = ops::str_string(vm, &msg)?;
    let n = excs.len();
    Ok(crate::vm::types::str::new_string(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn eg_derive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let (msg, _) = parts(&pos[0]);
    crate::vm::call::call(vm, &exc(ExcKind::BaseExceptionGroup), &[msg, pos[1].clone()], &[])
}

/// Split by a predicate: a class, tuple of classes, or callable.
fn matcher(vm: &mut Vm, e: &Value, cond: &Value) -> PyResult<bool> {
    if crate::vm::types::typeobj::type_data(cond).is_some() || as_tuple(cond).is_some() {
        return crate::vm::protocols::exception_matches(vm, e, cond);
    }
    let r = crate::vm::call::call(vm, cond, std::slice::from_ref(e), &[])?;
    ops::truthy(vm, &r)
}

fn split_rec(vm: &mut Vm, g: &Value, cond: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher(vm, g, cond)? {
        return Ok((Some(g.clone()), None));
    }
    if !is_subclass(&class_of(g), &exc(ExcKind::BaseExceptionGroup)) {
        return Ok((None, Some(g.clone())));
    }
    let (_, excs) = parts(g);
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for e in &excs {
        let (a, b) = split_rec(vm, e, cond)?;
        m.extend(a);
        r.extend(b);
    }
    let mk = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let d = crate::vm::call::call_method_by_name(vm, g, "derive", &[new_tuple(items)])?;
        crate::vm::types::exception_group::copy_metadata(vm, g, &d)?;
        Ok(Some(d))
    };
    let mv = mk(vm, m)?;
    let rv = mk(vm, r)?;
    Ok((mv, rv))
}

fn eg_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("split", 2)?;
    let (m, r) = split_rec(vm, &v[0], &v[1])?;
    Ok(new_tuple(vec![m.unwrap_or_else(none), r.unwrap_or_else(none)]))
}

fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.exact("subgroup", 2)?;
    let (m, _) = split_rec(vm, &v[0], &v[1])?;
    Ok(m.unwrap_or_else(none))
}

fn eg_exceptions(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_tuple(parts(&a.pos()[0]).1))
}

fn eg_message(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(parts(&a.pos()[0]).0)
}

pub fn register() {
    let c = exc(ExcKind::BaseExceptionGroup);
    static_method(&c, "__new__", eg_new);
    method(&c, "__init__", eg_init);
    method(&c, "__str__", eg_str);
    method(&c, "derive", eg_derive);
    method(&c, "split", eg_split);
    method(&c, "subgroup", eg_subgroup);
    let exceptions = crate::vm::types::misc_types::new_getter("exceptions", eg_exceptions);
    crate::vm::builtins_registry::attr(&c, "exceptions", exceptions);
    let message = crate::vm::types::misc_types::new_getter("message", eg_message);
    crate::vm::builtins_registry::attr(&c, "message", message);
}
