//! Python-visible methods of `str`.

use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::registry::types;
use crate::vm::types::str::{as_str, new_string, StrData};
use crate::vm::types::typeobj::type_name;
use crate::vm::value::Value;

fn str_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [obj, encoding, errors] = rest.bind("str", ["object", "encoding", "errors"], 0)?;
    let s = match (obj, encoding.is_some() || errors.is_some()) {
        (None, _) => crate::vm::types::str::new_str(""),
        (Some(o), false) => ops::str_(vm, &o)?,
        (Some(o), true) => crate::vm::types::bytes_methods::decode_value(vm, &o, encoding.as_ref(), errors.as_ref())?,
    };
    if cls.is(&types().str_) {
        return Ok(s);
    }
    Ok(heap::alloc(cls, Payload::Str(StrData::new(as_str(&s).unwrap()))))
}

fn self_str<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a str> {
    a.args.first().and_then(as_str).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            a.args.first().map(type_name).unwrap_or_default()
        ))
    })
}

fn str_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = self_str(&a, "join")?.to_string();
    let v = a.exact("join", 2)?;
    let items = ops::collect(vm, &v[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(it))))
            }
        }
    }
    Ok(new_string(out))
}

pub fn register() {
    let s = &types().str_;
    static_method(s, "__new__", str_new);
    method(s, "join", str_join);
}
