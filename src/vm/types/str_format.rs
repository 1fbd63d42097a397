//! printf-style `str % args` (and `bytes % args`), on top of the parser
//! and number formatters in `algo::percent_format`.

use crate::algo::percent_format::{
    parse_percent_partial, pad_percent_str, percent_float, percent_int, resolve_star_precision, resolve_star_width,
    Count, PercentPiece, PercentSpec,
};
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::{is_int_like, to_bigint};
use crate::vm::types::str::{as_str, new_string};
use crate::vm::types::tuple::as_tuple;
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;

pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = as_str(fmt).unwrap().to_string();
    percent_format_str(vm, &f, args, false).map(new_string)
}

struct ArgSource {
    items: Vec<Value>,
    pos: usize,
    mapping: Option<Value>,
}

impl ArgSource {
    fn next(&mut self) -> PyResult<Value> {
        let v = self.items.get(self.pos).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.pos += 1;
        Ok(v)
    }
}

pub fn percent_format_str(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let is_mapping = as_tuple(args).is_none()
        && as_str(args).is_none()
        && (matches!(args.as_obj().map(|o| &o.payload), Some(Payload::Dict(_)))
            || (lookup(&class_of(args), "__getitem__").is_some() && !matches!(args.as_obj().map(|o| &o.payload), Some(Payload::Tuple(_)))));
    let items = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut src = ArgSource { items, pos: 0, mapping: if is_mapping { Some(args.clone()) } else { None } };
    let (pieces, perr) = parse_percent_partial(fmt);
    let mut out = String::new();
    let n = pieces.len();
    let mut used_mapping = false;
    for (idx, p) in pieces.into_iter().enumerate() {
        match p {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(spec) => {
                let last_bad = idx + 1 == n && perr.as_ref().is_some_and(|e| e.after_arg);
                let mut spec = spec;
                let width = match spec.width {
                    Some(Count::Star) => {
                        let w = src.next()?;
                        if !is_int_like(&w) {
                            return Err(type_error("* wants int"));
                        }
                        let (w, left) = resolve_star_width(crate::vm::types::int::to_i64(&w).unwrap_or(0));
                        if left {
                            spec.flags.left = true;
                        }
                        Some(w)
                    }
                    Some(Count::Fixed(w)) => Some(w),
                    None => None,
                };
                let precision = match spec.precision {
                    Some(Count::Star) => {
                        let w = src.next()?;
                        if !is_int_like(&w) {
                            return Err(type_error("* wants int"));
                        }
                        Some(resolve_star_precision(crate::vm::types::int::to_i64(&w).unwrap_or(0)))
                    }
                    Some(Count::Fixed(w)) => Some(w),
                    None => None,
                };
                let arg = match &spec.key {
                    Some(k) => {
                        let m = src.mapping.clone().ok_or_else(|| type_error("format requires a mapping"))?;
                        used_mapping = true;
                        // As CPython: the keyed value takes the place of
                        // the arguments, so a later unkeyed spec finds
                        // none left.
                        src.pos = src.items.len();
                        // bytes % mapping looks keys up as bytes (the
                        // format's bytes were read as Latin-1 chars).
                        let key = if bytes_mode { crate::vm::types::bytes::new_bytes(k.chars().map(|c| c as u8).collect()) } else { new_string(k.clone()) };
                        ops::getitem(vm, &m, &key)?
                    }
                    None => src.next()?,
                };
                if last_bad {
                    return Err(value_error(perr.as_ref().unwrap().message.clone()));
                }
                out.push_str(&convert(vm, &spec, &arg, width, precision, bytes_mode)?);
            }
        }
    }
    if let Some(e) = perr {
        if !e.after_arg {
            return Err(value_error(e.message));
        }
    }
    if src.pos < src.items.len() && !used_mapping && src.mapping.is_none() {
        return Err(type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn convert(vm: &mut Vm, spec: &PercentSpec, arg: &Value, width: Option<usize>, precision: Option<usize>, bytes_mode: bool) -> PyResult<String> {
    match spec.conv {
        's' | 'r' | 'a' | 'b' => {
            let s = if bytes_mode && matches!(spec.conv, 's' | 'b') {
                match crate::vm::types::bytes::as_bytes(arg) {
                    Some(b) => b.iter().map(|&c| c as char).collect(),
                    None => {
                        return Err(type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            type_name(arg)
                        )))
                    }
                }
            } else {
                match spec.conv {
                    's' => ops::str_string(vm, arg)?,
                    'r' => ops::repr_string(vm, arg)?,
                    _ => crate::vm::types::repr::ascii_escape(&ops::repr_string(vm, arg)?),
                }
            };
            Ok(pad_percent_str(&s, spec, width, precision))
        }
        'c' => {
            let s = if let Some(s) = as_str(arg) {
                if s.chars().count() != 1 {
                    return Err(type_error("%c requires int or char"));
                }
                s.to_string()
            } else if is_int_like(arg) {
                let i = crate::vm::types::int::to_i64(arg).unwrap_or(-1);
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None => return Err(PyErr::msg(crate::vm::types::registry::ExcKind::OverflowError, "%c arg not in range(0x110000)")),
                }
            } else {
                return Err(type_error("%c requires int or char"));
            };
            Ok(pad_percent_str(&s, spec, width, precision))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = if is_int_like(arg) {
                to_bigint(arg).unwrap()
            } else if let Some(f) = crate::vm::types::float::as_f64(arg).filter(|_| matches!(spec.conv, 'd' | 'i' | 'u')) {
                crate::algo::number_parse::f64_to_bigint(f.trunc()).ok_or_else(|| {
                    crate::vm::errors::overflow_error("cannot convert float infinity to integer")
                })?
            } else if matches!(spec.conv, 'd' | 'i' | 'u') {
                match lookup(&class_of(arg), "__int__").or_else(|| lookup(&class_of(arg), "__index__")) {
                    Some(f) => to_bigint(&crate::vm::call::call_unbound(vm, &f, arg, &[])?).unwrap_or_default(),
                    None => {
                        return Err(type_error(format!(
                            "%{} format: a real number is required, not {}",
                            spec.conv,
                            type_name(arg)
                        )))
                    }
                }
            } else {
                let i = ops::index(vm, arg).map_err(|_| {
                    type_error(format!("%{} format: an integer is required, not {}", spec.conv, type_name(arg)))
                })?;
                to_bigint(&i).unwrap()
            };
            Ok(percent_int(&n, spec, width, precision))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match crate::vm::types::float::coerce_f64(arg) {
                Some(r) => r?,
                None => match lookup(&class_of(arg), "__float__") {
                    Some(f) => {
                        let r = crate::vm::call::call_unbound(vm, &f, arg, &[])?;
                        crate::vm::types::float::as_f64(&r).unwrap_or(0.0)
                    }
                    None => return Err(type_error(format!("must be real number, not {}", type_name(arg)))),
                },
            };
            Ok(percent_float(x, spec, width, precision))
        }
        c => Err(value_error(format!("unsupported format character '{c}' (0x{:x})", c as u32))),
    }
}
