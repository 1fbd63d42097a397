//! format() for built-in values via the format-spec mini-language.

use crate::algo::format_spec::{self, parse_format_spec_for};
use crate::vm::errors::{overflow_error, value_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::state::Vm;
use crate::vm::types::int::to_bigint;
use crate::vm::types::str::new_string;
use crate::vm::types::typeobj::{class_of_ref, type_name};
use crate::vm::value::Value;

fn err(msg: String) -> PyErr {
    if format_spec::is_overflow_error(&msg) { overflow_error(msg) } else { value_error(msg) }
}

/// format(v, spec) for exact int/bool/float/complex/str; None otherwise.
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Value>> {
    if !v.is_small_int() && !class_of_ref(v).as_obj().unwrap().is_immortal() {
        return Ok(None);
    }
    format_by_payload(vm, v, spec)
}

/// The built-in `__format__` of int, float, complex and str (any subclass).
pub fn format_by_payload(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Value>> {
    let _ = vm;
    let tn = type_name(v);
    let payload = v.as_obj().map(|o| &o.payload);
    let out = match payload {
        None | Some(Payload::Int(_)) | Some(Payload::Bool(_)) => {
            if spec.is_empty() {
                if let Some(Payload::Bool(b)) = payload {
                    return Ok(Some(new_string(if *b { "True" } else { "False" }.into())));
                }
            }
            let fs = parse_format_spec_for(spec, "int").map_err(|m| err(m.replace("'int'", &format!("'{tn}'"))))?;
            format_spec::format_int(&to_bigint(v).unwrap(), &fs).map_err(|m| err(m.replace("'int'", &format!("'{tn}'"))))?
        }
        Some(Payload::Float(f)) => {
            let fs = parse_format_spec_for(spec, "float").map_err(err)?;
            format_spec::format_float(*f, &fs).map_err(err)?
        }
        Some(Payload::Complex(r, i)) => {
            let fs = parse_format_spec_for(spec, "complex").map_err(err)?;
            format_spec::format_complex(*r, *i, &fs).map_err(err)?
        }
        Some(Payload::Str(s)) => {
            let fs = parse_format_spec_for(spec, "str").map_err(err)?;
            format_spec::format_str(&s.s, &fs).map_err(err)?
        }
        _ => return Ok(None),
    };
    Ok(Some(new_string(out)))
}
