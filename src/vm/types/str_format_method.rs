//! `str.format` / `str.format_map`: the replacement-field grammar of
//! CPython's `Objects/stringlib/unicode_format.h`, error for error.
//!
//! A field is `{name[.attr|[key]]*[!conv][:spec]}`; the spec may itself hold
//! fields (one level of nesting, "Max string recursion exceeded" beyond).
//! Each field is rendered with `protocols::format`.

use crate::vm::args::Args;
use crate::vm::errors::{index_error, key_error, value_error, PyResult};
use crate::vm::ops;
use crate::vm::protocols::getattr_str;
use crate::vm::state::Vm;
use crate::vm::types::int::new_int;
use crate::vm::types::str::{new_str, new_string};
use crate::vm::value::Value;

enum Kwargs {
    /// `format(**kw)`: the keyword arguments as given.
    Pairs(Vec<(String, Value)>),
    /// `format_map(m)`: any mapping, looked up with `m[key]`.
    Mapping(Value),
}

#[derive(PartialEq, Clone, Copy)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct Ctx {
    /// None for format_map (positional fields are an error there).
    args: Option<Vec<Value>>,
    kwargs: Kwargs,
    state: AutoNumber,
    next_auto: usize,
}

/// `fmt.format(*args, **kwargs)`; `a.args[0]` is the format string itself.
pub fn format_with_args(vm: &mut Vm, fmt: &str, a: Args) -> PyResult<Value> {
    let pos = a.pos()[1..].to_vec();
    let kw = a.kw().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let mut ctx = Ctx { args: Some(pos), kwargs: Kwargs::Pairs(kw), state: AutoNumber::Init, next_auto: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    build(vm, &mut ctx, &chars, 2).map(new_string)
}

/// `fmt.format_map(mapping)`.
pub fn format_with_mapping(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<Value> {
    let mut ctx = Ctx { args: None, kwargs: Kwargs::Mapping(mapping.clone()), state: AutoNumber::Init, next_auto: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    build(vm, &mut ctx, &chars, 2).map(new_string)
}

struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

fn build(vm: &mut Vm, ctx: &mut Ctx, s: &[char], depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let n = s.len();
    let mut i = 0;
    while i < n {
        // Literal text up to the first '{' or '}'.
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < n {
            c = s[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= n;
        let mut len = i - start;
        if markup && c == '}' && (at_end || s[i] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && c == '{' {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if s[i] == c {
                // An escaped brace: literal text only.
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(s, &mut i)?;
        let obj = field_object(vm, ctx, &s[field.name.0..field.name.1])?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => ops::repr(vm, &obj)?,
            Some('s') => ops::str_(vm, &obj)?,
            Some('a') => crate::vm::types::repr::ascii(vm, &obj)?,
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {c}")))
            }
            Some(c) => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec_chars = &s[field.spec.0..field.spec.1];
        let spec = if field.spec_needs_expanding {
            build(vm, ctx, spec_chars, depth - 1)?
        } else {
            spec_chars.iter().collect()
        };
        let r = crate::vm::protocols::format(vm, &obj, Some(&new_string(spec)))?;
        out.push_str(crate::vm::types::str::as_str(&r).unwrap_or(""));
    }
    Ok(out)
}

/// Parse one field after its '{'; `*i` ends just past the closing '}'.
fn parse_field(s: &[char], i: &mut usize) -> PyResult<Field> {
    let n = s.len();
    let name_start = *i;
    let mut c = '\0';
    while *i < n {
        c = s[*i];
        *i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < n && s[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut field = Field { name: (name_start, (*i).saturating_sub(1).max(name_start)), conversion: None, spec: (0, 0), spec_needs_expanding: false };
    if c == '!' || c == ':' {
        if c == '!' {
            if *i >= n {
                return Err(value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*i]);
            *i += 1;
            if *i < n {
                let c2 = s[*i];
                *i += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut count = 1;
        while *i < n {
            let c = s[*i];
            *i += 1;
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *i - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    } else if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// A field name's leading integer: None when empty or not all decimal digits.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = crate::algo::number_parse::unicode_decimal(c) else { return Ok(None) };
        acc = acc
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Resolve `first(.attr|[key])*` against the arguments.
fn field_object(vm: &mut Vm, ctx: &mut Ctx, name: &[char]) -> PyResult<Value> {
    let split = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let mut idx = get_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || idx.is_some();
    if ctx.state == AutoNumber::Init && numeric {
        ctx.state = if empty { AutoNumber::Auto } else { AutoNumber::Manual };
    }
    if numeric {
        if ctx.state == AutoNumber::Manual && empty {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if ctx.state == AutoNumber::Auto && !empty {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
    }
    if empty {
        idx = Some(ctx.next_auto);
        ctx.next_auto += 1;
    }
    let mut obj = match idx {
        None => {
            let key: String = first.iter().collect();
            match &ctx.kwargs {
                Kwargs::Pairs(kw) => match kw.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => v.clone(),
                    None => return Err(key_error(new_string(key))),
                },
                Kwargs::Mapping(m) => {
                    let m = m.clone();
                    ops::getitem(vm, &m, &new_string(key))?
                }
            }
        }
        Some(i) => match &ctx.args {
            None => return Err(value_error("Format string contains positional fields")),
            Some(args) => match args.get(i) {
                Some(v) => v.clone(),
                None => return Err(index_error(format!("Replacement index {i} out of range for positional args tuple"))),
            },
        },
    };
    let n = rest.len();
    let mut j = 0;
    while j < n {
        let c = rest[j];
        j += 1;
        match c {
            '.' => {
                let st = j;
                while j < n && rest[j] != '.' && rest[j] != '[' {
                    j += 1;
                }
                if st == j {
                    return Err(value_error("Empty attribute in format string"));
                }
                let attr: String = rest[st..j].iter().collect();
                obj = getattr_str(vm, &obj, &attr)?;
            }
            '[' => {
                let st = j;
                while j < n && rest[j] != ']' {
                    j += 1;
                }
                if j >= n {
                    return Err(value_error("Missing ']' in format string"));
                }
                let key = &rest[st..j];
                j += 1;
                let k = get_integer(key)?;
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key_v = match k {
                    Some(i) => new_int(i as i64),
                    None => new_str(&key.iter().collect::<String>()),
                };
                obj = ops::getitem(vm, &obj, &key_v)?;
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}
