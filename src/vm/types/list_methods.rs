//! Python-visible methods of `list`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::protocols::check_mutable;
use crate::vm::state::Vm;
use crate::vm::types::list::{as_list, ListData};
use crate::vm::types::registry::{none, types};
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;

fn list_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    Ok(heap::alloc(cls, Payload::List(ListData::new(Vec::new()))))
}

fn list_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("list")?;
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let l = as_list(&pos[0]).ok_or_else(|| type_error("list.__init__ needs a list"))?;
    let items = match pos.get(1) {
        Some(it) => ops::collect(vm, it)?,
        None => Vec::new(),
    };
    drop(l.replace_all(items));
    Ok(none())
}

fn self_list<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a ListData> {
    a.args.first().and_then(as_list).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            a.args.first().map(type_name).unwrap_or_default()
        ))
    })
}

fn list_append(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = self_list(&a, "append")?;
    let v = a.exact("list.append", 2)?;
    check_mutable(&v[0], "list.append")?;
    l.push(v[1].clone());
    Ok(none())
}

pub fn register() {
    let l = &types().list;
    static_method(l, "__new__", list_new);
    method(l, "__init__", list_init);
    method(l, "append", list_append);
}
