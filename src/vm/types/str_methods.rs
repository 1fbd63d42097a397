//! Python-visible methods of `str` (CPython 3.11 behaviour and messages).
//!
//! Strings are UTF-8 with a cached code-point count; every index a method
//! takes or returns is a code-point index. ASCII strings (byte length ==
//! char count) take byte-indexed fast paths.

use crate::compiler::bytecode::CmpOp;
use crate::vm::args::Args;
use crate::vm::builtins_registry::{method, static_method};
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::heap;
use crate::vm::object::Payload;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::int::{is_int_like, new_int, to_bigint};
use crate::vm::types::list::new_list;
use crate::vm::types::registry::{exc, none, not_implemented, py_bool, types, ExcKind};
use crate::vm::types::str::{as_str, as_str_data, new_str, new_string, StrData};
use crate::vm::types::str_chars as uc;
use crate::vm::types::tuple::{as_tuple, new_tuple};
use crate::vm::types::typeobj::{class_of_ref, lookup, type_name};
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

// ------------------------------------------------------------ argument helpers

/// `self` of a str method: "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object".
#[inline]
fn this<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a StrData> {
    match a.args.first().and_then(as_str_data) {
        Some(d) => Ok(d),
        None => Err(not_a_str(a, name)),
    }
}

#[cold]
#[inline(never)]
fn not_a_str(a: &Args, name: &str) -> PyErr {
    type_error(format!(
        "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
        a.args.first().map(type_name).unwrap_or_default()
    ))
}

/// `self` of a str dunder: "descriptor '__len__' requires a 'str' object but received a 'int'".
fn this_dunder<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a StrData> {
    a.args.first().and_then(as_str_data).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            a.args.first().map(type_name).unwrap_or_default()
        ))
    })
}

/// METH_NOARGS: "str.upper() takes no arguments (1 given)".
#[inline]
fn noargs<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a StrData> {
    let s = this(a, name)?;
    if a.has_kw() || a.args.len() != 1 {
        return Err(noargs_error(a, name));
    }
    Ok(s)
}

#[cold]
#[inline(never)]
fn noargs_error(a: &Args, name: &str) -> PyErr {
    if let Err(e) = a.no_kw(&format!("str.{name}")) {
        return e;
    }
    type_error(format!("str.{name}() takes no arguments ({} given)", a.args.len() - 1))
}

/// METH_O: "str.zfill() takes exactly one argument (0 given)".
fn onearg<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a StrData, &'a Value)> {
    let s = this(a, name)?;
    if a.has_kw() {
        a.no_kw(&format!("str.{name}"))?;
    }
    if a.args.len() != 2 {
        return Err(type_error(format!("str.{name}() takes exactly one argument ({} given)", a.args.len() - 1)));
    }
    Ok((s, &a.args[1]))
}

/// Positional-only clinic arguments: "center expected at least 1 argument, got 0".
fn posargs<'a>(a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<(&'a StrData, &'a [Value])> {
    let s = this(a, name)?;
    if a.has_kw() {
        a.no_kw(&format!("str.{name}"))?;
    }
    let p = &a.args[1..];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if p.len() < min {
        return Err(type_error(format!("{name} expected at least {min} argument{}, got {}", plural(min), p.len())));
    }
    if p.len() > max {
        return Err(type_error(format!("{name} expected at most {max} argument{}, got {}", plural(max), p.len())));
    }
    Ok((s, p))
}

/// Old-style `PyArg_ParseTuple` arguments (find/count/startswith...):
/// "find() takes at least 1 argument (0 given)".
fn tupleargs<'a>(a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<(&'a StrData, &'a [Value])> {
    let s = this(a, name)?;
    if a.has_kw() {
        a.no_kw(&format!("str.{name}"))?;
    }
    let p = &a.args[1..];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if p.len() < min {
        return Err(type_error(format!("{name}() takes at least {min} argument{} ({} given)", plural(min), p.len())));
    }
    if p.len() > max {
        return Err(type_error(format!("{name}() takes at most {max} argument{} ({} given)", plural(max), p.len())));
    }
    Ok((s, p))
}

fn arg_str<'a>(v: &'a Value, what: impl FnOnce() -> String) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{}, not {}", what(), type_name(v))))
}

/// An `__index__`-able integer argument, clamped to i64.
fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let iv = ops::index(vm, v)?;
    Ok(clamp_big(&iv))
}

fn clamp_big(v: &Value) -> i64 {
    use num_traits::ToPrimitive;
    match to_bigint(v) {
        Some(b) => b.to_i64().unwrap_or(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        None => 0,
    }
}

/// `_PyEval_SliceIndex`: None means "default".
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if ops::is_none(v) => Ok(None),
        Some(v) if is_int_like(v) || lookup(class_of_ref(v), "__index__").is_some() => {
            let iv = ops::index(vm, v)?;
            Ok(Some(clamp_big(&iv)))
        }
        Some(_) => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's ADJUST_INDICES: (start, end) in code points; start may exceed len.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

// ------------------------------------------------------------ index mapping

/// Byte offset of code point `ci` (or the end of the string).
fn byte_at(d: &StrData, ci: usize) -> usize {
    if d.is_ascii() {
        return ci.min(d.s.len());
    }
    d.s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(d.s.len())
}

/// Code-point index of byte offset `bi` (a char boundary).
fn char_at(d: &StrData, bi: usize) -> usize {
    if d.is_ascii() {
        return bi;
    }
    d.s[..bi].chars().count()
}

fn str_len_of(s: &str) -> usize {
    s.chars().count()
}

/// Return `v` itself when it is an exact str (unchanged results keep
/// identity, as in CPython), else a new exact str with text `s`.
fn same_or_new(v: &Value, s: &str) -> Value {
    if class_of_ref(v).is(&types().str_) {
        v.clone()
    } else {
        new_str(s)
    }
}

// ------------------------------------------------------------ case mapping

fn str_lower(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "lower")?;
    if d.is_ascii() {
        if let [b] = *d.s.as_bytes() {
            // One character: the shared str, no temporary String.
            return Ok(new_str(char::from(b.to_ascii_lowercase()).encode_utf8(&mut [0; 4])));
        }
        return Ok(new_string(d.s.to_ascii_lowercase()));
    }
    let chars: Vec<char> = d.s.chars().collect();
    let mut out = String::with_capacity(d.s.len());
    for i in 0..chars.len() {
        uc::push_lower_at(&mut out, &chars, i);
    }
    Ok(new_string(out))
}

fn str_upper(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "upper")?;
    if d.is_ascii() {
        return Ok(new_string(d.s.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(d.s.len());
    for c in d.s.chars() {
        uc::push_upper(&mut out, c);
    }
    Ok(new_string(out))
}

fn str_casefold(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "casefold")?;
    if d.is_ascii() {
        return Ok(new_string(d.s.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(d.s.len());
    for c in d.s.chars() {
        uc::push_fold(&mut out, c);
    }
    Ok(new_string(out))
}

fn str_swapcase(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "swapcase")?;
    let chars: Vec<char> = d.s.chars().collect();
    let mut out = String::with_capacity(d.s.len());
    for (i, &c) in chars.iter().enumerate() {
        if uc::is_upper(c) {
            uc::push_lower_at(&mut out, &chars, i);
        } else if uc::is_lower(c) {
            uc::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(new_string(out))
}

fn str_capitalize(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "capitalize")?;
    let chars: Vec<char> = d.s.chars().collect();
    let mut out = String::with_capacity(d.s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            uc::push_title(&mut out, c);
        } else {
            uc::push_lower_at(&mut out, &chars, i);
        }
    }
    Ok(new_string(out))
}

fn str_title(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "title")?;
    let chars: Vec<char> = d.s.chars().collect();
    let mut out = String::with_capacity(d.s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            uc::push_lower_at(&mut out, &chars, i);
        } else {
            uc::push_title(&mut out, c);
        }
        prev_cased = uc::is_cased(c);
    }
    Ok(new_string(out))
}

// ------------------------------------------------------------ predicates

fn all_chars(d: &StrData, f: fn(char) -> bool) -> Value {
    py_bool(!d.s.is_empty() && d.s.chars().all(f))
}

fn str_isalnum(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(all_chars(noargs(&a, "isalnum")?, uc::is_alnum))
}
fn str_isalpha(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "isalpha")?;
    if d.is_ascii() {
        return Ok(py_bool(!d.s.is_empty() && d.s.bytes().all(|b| b.is_ascii_alphabetic())));
    }
    Ok(all_chars(d, uc::is_alpha))
}
fn str_isascii(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(py_bool(noargs(&a, "isascii")?.is_ascii()))
}
fn str_isdecimal(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(all_chars(noargs(&a, "isdecimal")?, uc::is_decimal))
}
fn str_isdigit(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(all_chars(noargs(&a, "isdigit")?, uc::is_digit))
}
fn str_isnumeric(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(all_chars(noargs(&a, "isnumeric")?, uc::is_numeric))
}
fn str_isspace(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(all_chars(noargs(&a, "isspace")?, uc::is_space))
}
fn str_isprintable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "isprintable")?;
    Ok(py_bool(d.s.chars().all(crate::vm::types::repr::is_printable)))
}

fn str_isidentifier(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "isidentifier")?;
    Ok(py_bool(is_identifier(&d.s)))
}

/// `str.isidentifier`: XID_Start or '_' then XID_Continue.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || uc::is_xid_start(c) => it.all(uc::is_xid_continue),
        _ => false,
    }
}

fn str_islower(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "islower")?;
    let mut cased = false;
    for c in d.s.chars() {
        if uc::is_upper(c) || uc::is_title(c) {
            return Ok(py_bool(false));
        }
        cased |= uc::is_lower(c);
    }
    Ok(py_bool(cased))
}

fn str_isupper(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "isupper")?;
    let mut cased = false;
    for c in d.s.chars() {
        if uc::is_lower(c) || uc::is_title(c) {
            return Ok(py_bool(false));
        }
        cased |= uc::is_upper(c);
    }
    Ok(py_bool(cased))
}

fn str_istitle(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = noargs(&a, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in d.s.chars() {
        if uc::is_upper(c) || uc::is_title(c) {
            if prev_cased {
                return Ok(py_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if uc::is_lower(c) {
            if !prev_cased {
                return Ok(py_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(py_bool(cased))
}

// ------------------------------------------------------------ padding

/// The fill character argument of center/ljust/rjust.
fn fill_char(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let s = as_str(v).ok_or_else(|| {
                type_error(format!("The fill character must be a unicode character, not {}", type_name(v)))
            })?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

fn pad(vm: &mut Vm, a: Args, name: &str, kind: u8) -> PyResult<Value> {
    let (d, p) = posargs(&a, name, 1, 2)?;
    let width = arg_int(vm, &p[0])?;
    let fill = fill_char(p.get(1))?;
    let n = d.char_len as i64;
    if width <= n {
        return Ok(same_or_new(&a.args[0], &d.s));
    }
    let marg = (width - n) as usize;
    let (left, right) = match kind {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    let mut out = String::with_capacity(d.s.len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&d.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_string(out))
}

fn str_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, a, "ljust", 0)
}
fn str_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, a, "rjust", 1)
}
fn str_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, a, "center", 2)
}

fn str_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, w) = onearg(&a, "zfill")?;
    let width = arg_int(vm, w)?;
    let n = d.char_len as i64;
    if width <= n {
        return Ok(same_or_new(&a.args[0], &d.s));
    }
    let fill = (width - n) as usize;
    let mut out = String::with_capacity(d.s.len() + fill);
    let rest = match d.s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &d.s[1..]
        }
        _ => &d.s[..],
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(new_string(out))
}

fn str_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a, "expandtabs")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [tabsize] = rest.bind("expandtabs", ["tabsize"], 0)?;
    let tabsize = match &tabsize {
        Some(v) => arg_int(vm, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(d.s.len());
    let mut col: i64 = 0;
    for c in d.s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    if incr > (isize::MAX as i64) / 4 - out.len() as i64 {
                        return Err(crate::vm::errors::overflow_error("new string is too long"));
                    }
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                    col += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

// ------------------------------------------------------------ searching

/// The (sub, start, end) arguments shared by find/rfind/index/rindex/count.
fn search_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a StrData, &'a str, usize, usize)> {
    let (d, p) = tupleargs(a, name, 1, 3)?;
    let sub = arg_str(&p[0], || "must be str".to_string())?;
    let start = slice_arg(vm, p.get(1))?;
    let end = slice_arg(vm, p.get(2))?;
    let (s, e) = adjust(start, end, d.char_len);
    Ok((d, sub, s, e))
}

/// Position (code points) of `sub` in d[start:end], searching from the
/// left or the right; None if absent.
fn find_in(d: &StrData, sub: &str, start: usize, end: usize, right: bool) -> Option<usize> {
    let sublen = str_len_of(sub);
    if end < start || end - start < sublen {
        return None;
    }
    if sub.is_empty() {
        return Some(if right { end } else { start });
    }
    let (bs, be) = (byte_at(d, start), byte_at(d, end));
    let hay = &d.s[bs..be];
    let off = if right { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(char_at(d, bs + off))
}

fn find_common(vm: &mut Vm, a: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(vm, &a, name)?;
    match find_in(d, sub, s, e, right) {
        Some(i) => Ok(new_int(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(new_int(-1)),
    }
}

fn str_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "find", false, false)
}
fn str_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "rfind", true, false)
}
fn str_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "index", false, true)
}
fn str_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "rindex", true, true)
}

fn str_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(vm, &a, "count")?;
    if e < s {
        return Ok(new_int(0));
    }
    if sub.is_empty() {
        return Ok(new_int((e - s + 1) as i64));
    }
    let (bs, be) = (byte_at(d, s), byte_at(d, e));
    Ok(new_int(d.s[bs..be].matches(sub).count() as i64))
}

/// startswith / endswith with a str or tuple-of-str first argument.
fn affix(vm: &mut Vm, a: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (d, p) = tupleargs(&a, name, 1, 3)?;
    let start = slice_arg(vm, p.get(1))?;
    let end = slice_arg(vm, p.get(2))?;
    let (s, e) = adjust(start, end, d.char_len);
    let test = |sub: &str| -> bool {
        let sublen = str_len_of(sub);
        if e < s || e - s < sublen {
            return false;
        }
        if sub.is_empty() {
            return true;
        }
        let (bs, be) = (byte_at(d, s), byte_at(d, e));
        let hay = &d.s[bs..be];
        if suffix { hay.ends_with(sub) } else { hay.starts_with(sub) }
    };
    if let Some(t) = as_tuple(&p[0]) {
        for item in t.iter() {
            let sub = as_str(item).ok_or_else(|| {
                type_error(format!("tuple for {name} must only contain str, not {}", type_name(item)))
            })?;
            if test(sub) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    let sub = as_str(&p[0]).ok_or_else(|| {
        type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name(&p[0])))
    })?;
    Ok(py_bool(test(sub)))
}

fn str_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "startswith", false)
}
fn str_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "endswith", true)
}

// ------------------------------------------------------------ strip / affixes

fn strip_common(a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (d, p) = posargs(&a, name, 0, 1)?;
    let chars: Option<&str> = match p.first() {
        None => None,
        Some(v) if ops::is_none(v) => None,
        Some(v) => Some(as_str(v).ok_or_else(|| type_error(format!("{name} arg must be None or str")))?),
    };
    let s: &str = &d.s;
    let r = match chars {
        None => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(uc::is_space);
            }
            if right {
                r = r.trim_end_matches(uc::is_space);
            }
            r
        }
        Some(set) => {
            let f = |c: char| set.contains(c);
            let mut r = s;
            if left {
                r = r.trim_start_matches(f);
            }
            if right {
                r = r.trim_end_matches(f);
            }
            r
        }
    };
    if r.len() == s.len() {
        return Ok(same_or_new(&a.args[0], s));
    }
    Ok(new_str(r))
}

fn str_strip(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_common(a, "strip", true, true)
}
fn str_lstrip(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_common(a, "lstrip", true, false)
}
fn str_rstrip(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_common(a, "rstrip", false, true)
}

fn str_removeprefix(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, v) = onearg(&a, "removeprefix")?;
    let p = arg_str(v, || "removeprefix() argument must be str".to_string())?;
    match d.s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(same_or_new(&a.args[0], &d.s)),
    }
}

fn str_removesuffix(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, v) = onearg(&a, "removesuffix")?;
    let p = arg_str(v, || "removesuffix() argument must be str".to_string())?;
    match d.s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(same_or_new(&a.args[0], &d.s)),
    }
}

// ------------------------------------------------------------ split / join

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [sep, maxsplit] = rest.bind(name, ["sep", "maxsplit"], 0)?;
    let sep = match &sep {
        None => None,
        Some(v) if ops::is_none(v) => None,
        Some(v) => Some(arg_str(v, || "must be str or None".to_string())?.to_string()),
    };
    if sep.as_deref() == Some("") {
        return Err(value_error("empty separator"));
    }
    let maxsplit = match &maxsplit {
        None => -1,
        Some(v) => arg_int(vm, v)?,
    };
    Ok((sep, maxsplit))
}

/// Whitespace split from the left (`str.split()`).
fn split_ws(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(uc::is_space);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            // maxsplit reached: the remainder keeps its trailing whitespace.
            out.push(rest);
            break;
        }
        match rest.find(uc::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(uc::is_space);
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Whitespace split from the right (`str.rsplit()`), in reverse order.
fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(uc::is_space);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.rfind(uc::is_space) {
            Some(i) => {
                let ch = rest[i..].chars().next().map(char::len_utf8).unwrap_or(1);
                out.push(&rest[i + ch..]);
                rest = rest[..i].trim_end_matches(uc::is_space);
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(new_str).collect())
}

fn str_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a, "split")?;
    let (sep, maxsplit) = split_args(vm, &a, "split")?;
    let parts: Vec<&str> = match &sep {
        None => split_ws(&d.s, maxsplit),
        Some(sep) if maxsplit < 0 => d.s.split(sep.as_str()).collect(),
        Some(sep) => d.s.splitn(maxsplit.saturating_add(1) as usize, sep.as_str()).collect(),
    };
    if parts.len() == 1 && sep.is_some() {
        return Ok(new_list(vec![same_or_new(&a.args[0], &d.s)]));
    }
    Ok(str_list(parts))
}

fn str_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &a, "rsplit")?;
    let parts: Vec<&str> = match &sep {
        None => rsplit_ws(&d.s, maxsplit),
        Some(sep) if maxsplit < 0 => d.s.split(sep.as_str()).collect(),
        Some(sep) => {
            let mut v: Vec<&str> = d.s.rsplitn(maxsplit.saturating_add(1) as usize, sep.as_str()).collect();
            v.reverse();
            v
        }
    };
    if parts.len() == 1 && sep.is_some() {
        return Ok(new_list(vec![same_or_new(&a.args[0], &d.s)]));
    }
    Ok(str_list(parts))
}

fn str_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a, "splitlines")?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let [keepends] = rest.bind("splitlines", ["keepends"], 0)?;
    let keep = match &keepends {
        Some(v) => arg_int(vm, v)? != 0,
        None => false,
    };
    let s: &str = &d.s;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !uc::is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                eol += 1;
            }
        }
        out.push(new_str(&s[start..if keep { eol } else { i }]));
        start = eol;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

fn partition_common(a: Args, name: &str, right: bool) -> PyResult<Value> {
    let (d, v) = onearg(&a, name)?;
    let sep = arg_str(v, || "must be str".to_string())?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right { d.s.rfind(sep) } else { d.s.find(sep) };
    let me = same_or_new(&a.args[0], &d.s);
    let empty = new_str("");
    Ok(match found {
        Some(i) => new_tuple(vec![new_str(&d.s[..i]), v.clone(), new_str(&d.s[i + sep.len()..])]),
        None if right => new_tuple(vec![empty.clone(), empty, me]),
        None => new_tuple(vec![me, empty.clone(), empty]),
    })
}

fn str_partition(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_common(a, "partition", false)
}
fn str_rpartition(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_common(a, "rpartition", true)
}

fn str_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, v) = onearg(&a, "join")?;
    let sep: &str = &d.s;
    let items = match seq_items(v) {
        Some(items) => items,
        None => {
            // PySequence_Fast: only a failing iter() becomes "can only join an iterable".
            let it = ops::iter(vm, v).map_err(|e| {
                if e.matches(ExcKind::TypeError) { type_error("can only join an iterable") } else { e }
            })?;
            let mut items = Vec::new();
            while let Some(x) = ops::next(vm, &it)? {
                items.push(x);
            }
            items
        }
    };
    if items.len() == 1 && class_of_ref(&items[0]).is(&types().str_) {
        return Ok(items[0].clone());
    }
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
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

/// Items of any list or tuple (subclasses included), copied out.
fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match &v.as_obj()?.payload {
        Payload::List(l) if class_of_ref(v).is(&types().list) => Some(l.snapshot()),
        Payload::Tuple(t) if class_of_ref(v).is(&types().tuple) => Some(t.to_vec()),
        _ => None,
    }
}

fn str_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = posargs(&a, "replace", 2, 3)?;
    let old = arg_str(&p[0], || "replace() argument 1 must be str".to_string())?;
    let new = arg_str(&p[1], || "replace() argument 2 must be str".to_string())?;
    let count = match p.get(2) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !d.s.contains(old)) || (old == new) {
        return Ok(same_or_new(&a.args[0], &d.s));
    }
    let out = if count < 0 { d.s.replace(old, new) } else { d.s.replacen(old, new, count as usize) };
    Ok(new_string(out))
}

// ------------------------------------------------------------ translate

fn str_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.no_kw("str.maketrans")?;
    let p = a.pos();
    if p.is_empty() {
        return Err(type_error("maketrans expected at least 1 argument, got 0"));
    }
    if p.len() > 3 {
        return Err(type_error(format!("maketrans expected at most 3 arguments, got {}", p.len())));
    }
    let out = crate::vm::types::module::new_dict_value();
    let od = crate::vm::types::dict_methods::as_dict(&out).unwrap();
    if p.len() == 1 {
        let src = crate::vm::types::dict_methods::as_dict(&p[0])
            .ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
        for (k, v) in src.items() {
            let key = if let Some(s) = as_str(&k) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => new_int(c as i64),
                    _ => return Err(value_error("string keys in translate table must be of length 1")),
                }
            } else if is_int_like(&k) {
                k.clone()
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            };
            od.set(vm, key, v)?;
        }
        return Ok(out);
    }
    let y = arg_str(&p[1], || "maketrans() argument 2 must be str".to_string())?;
    let z = match p.get(2) {
        Some(v) => Some(arg_str(v, || "maketrans() argument 3 must be str".to_string())?),
        None => None,
    };
    let x = as_str(&p[0]).ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?;
    if str_len_of(x) != str_len_of(y) {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        od.set(vm, new_int(cx as i64), new_int(cy as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            od.set(vm, new_int(c as i64), none())?;
        }
    }
    Ok(out)
}

fn str_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, table) = onearg(&a, "translate")?;
    let text = d.s.to_string();
    let mut out = String::with_capacity(text.len());
    let mut cache: std::collections::HashMap<char, Option<String>> = std::collections::HashMap::new();
    for c in text.chars() {
        if let Some(m) = cache.get(&c) {
            if let Some(s) = m {
                out.push_str(s);
            }
            continue;
        }
        let mapped = match ops::getitem(vm, table, &new_int(c as i64)) {
            Ok(v) => {
                if ops::is_none(&v) {
                    None
                } else if let Some(s) = as_str(&v) {
                    Some(s.to_string())
                } else if is_int_like(&v) {
                    let n = clamp_big(&v);
                    match u32::try_from(n).ok().filter(|&n| n < 0x110000) {
                        Some(n) => Some(char::from_u32(n).map(String::from).unwrap_or_else(|| '\u{fffd}'.to_string())),
                        None => return Err(value_error("character mapping must be in range(0x110000)")),
                    }
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.matches(ExcKind::LookupError) => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        if let Some(s) = &mapped {
            out.push_str(s);
        }
        cache.insert(c, mapped);
    }
    Ok(new_string(out))
}

// ------------------------------------------------------------ formatting

fn str_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a, "format")?;
    let fmt = d.s.to_string();
    crate::vm::types::str_format_method::format_with_args(vm, &fmt, a)
}

fn str_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, mapping) = onearg(&a, "format_map")?;
    let fmt = d.s.to_string();
    crate::vm::types::str_format_method::format_with_mapping(vm, &fmt, mapping)
}

fn str_dunder_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this_dunder(&a, "__format__")?;
    a.no_kw("str.__format__")?;
    if a.args.len() != 2 {
        return Err(type_error(format!("str.__format__() takes exactly one argument ({} given)", a.args.len() - 1)));
    }
    let spec = arg_str(&a.args[1], || "__format__() argument must be str".to_string())?;
    if spec.is_empty() {
        return Ok(same_or_new(&a.args[0], &d.s));
    }
    match crate::vm::types::format::format_by_payload(vm, &a.args[0], spec)? {
        Some(v) => Ok(v),
        None => Err(type_error("str.__format__ needs a str")),
    }
}

// ------------------------------------------------------------ dunders

/// Exactly `n` arguments after self, for dunders ("expected 1 argument, got 0").
fn dunder_args<'a>(a: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a StrData, &'a [Value])> {
    let d = this_dunder(a, name)?;
    if a.has_kw() {
        a.no_kw(&format!("str.{name}"))?;
    }
    let p = &a.args[1..];
    if p.len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            p.len()
        )));
    }
    Ok((d, p))
}

fn str_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _) = dunder_args(&a, "__len__", 0)?;
    Ok(new_int(d.char_len as i64))
}

fn str_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this_dunder(&a, "__getitem__")?;
    a.no_kw("str.__getitem__")?;
    if a.args.len() != 2 {
        return Err(type_error(format!("str.__getitem__() takes exactly one argument ({} given)", a.args.len() - 1)));
    }
    let _ = d;
    let key = &a.args[1];
    match crate::vm::types::seq::getitem_impl(vm, &a.args[0], key) {
        Some(r) => r,
        None => Err(type_error("str.__getitem__ needs a str")),
    }
}

fn str_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, p) = dunder_args(&a, "__contains__", 1)?;
    match crate::vm::types::seq::contains_impl(vm, &a.args[0], &p[0]) {
        Some(r) => r.map(py_bool),
        None => Err(type_error("str.__contains__ needs a str")),
    }
}

fn str_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, _) = dunder_args(&a, "__iter__", 0)?;
    use crate::vm::types::iter::{new_iter, IterState};
    Ok(new_iter(types().iterator.clone(), IterState::StrChars { s: a.args[0].clone(), byte_pos: 0 }))
}

fn str_add(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, p) = dunder_args(&a, "__add__", 1)?;
    match as_str(&p[0]) {
        Some(o) => {
            let mut s = String::with_capacity(d.s.len() + o.len());
            s.push_str(&d.s);
            s.push_str(o);
            Ok(new_string(s))
        }
        None => Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(&p[0])))),
    }
}

fn repeat(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let (d, p) = dunder_args(&a, name, 1)?;
    // As the `*` operator (CPython's sq_repeat, tried after the number
    // protocol): a non-integer defers to its __rmul__, else the sequence error.
    let o = &p[0];
    if !crate::vm::types::int::is_int_like(o) && crate::vm::types::typeobj::lookup(crate::vm::types::typeobj::class_of_ref(o), "__index__").is_none() {
        let user_rmul = !crate::vm::types::typeobj::class_of_ref(o).as_obj().unwrap().is_immortal()
            && crate::vm::types::typeobj::lookup(crate::vm::types::typeobj::class_of_ref(o), "__rmul__").is_some();
        if user_rmul {
            return Ok(crate::vm::types::registry::not_implemented());
        }
        return Err(crate::vm::errors::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            crate::vm::types::typeobj::type_name(o)
        )));
    }
    let n = arg_int(vm, &p[0])?;
    let n = n.max(0) as usize;
    if d.s.len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize / 2) {
        return Err(PyErr::empty(ExcKind::MemoryError));
    }
    if n == 1 {
        return Ok(same_or_new(&a.args[0], &d.s));
    }
    Ok(new_string(d.s.repeat(n)))
}

fn str_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    repeat(vm, a, "__mul__")
}
fn str_rmul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    repeat(vm, a, "__rmul__")
}

fn str_mod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, p) = dunder_args(&a, "__mod__", 1)?;
    crate::vm::types::str_format::percent_format(vm, &a.args[0], &p[0])
}

fn str_rmod(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, _) = dunder_args(&a, "__rmod__", 1)?;
    // `x % s` with s a str and x not a str: str formatting never applies.
    Ok(not_implemented())
}

fn richcmp(a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (d, p) = dunder_args(&a, name, 1)?;
    match as_str(&p[0]) {
        Some(o) => Ok(py_bool(ops::cmp_ord(d.s.as_ref().cmp(o), op))),
        None => Ok(not_implemented()),
    }
}

fn str_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcmp(a, "__eq__", CmpOp::Eq)
}
fn str_ne(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcmp(a, "__ne__", CmpOp::Ne)
}
fn str_lt(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcmp(a, "__lt__", CmpOp::Lt)
}
fn str_le(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcmp(a, "__le__", CmpOp::Le)
}
fn str_gt(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcmp(a, "__gt__", CmpOp::Gt)
}
fn str_ge(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcmp(a, "__ge__", CmpOp::Ge)
}

fn str_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _) = dunder_args(&a, "__hash__", 0)?;
    Ok(new_int(d.hash()))
}

fn str_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _) = dunder_args(&a, "__repr__", 0)?;
    Ok(new_string(crate::vm::types::repr::str_repr(&d.s)))
}

fn str_str(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (d, _) = dunder_args(&a, "__str__", 0)?;
    Ok(same_or_new(&a.args[0], &d.s))
}

fn str_getnewargs(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this_dunder(&a, "__getnewargs__")?;
    a.no_kw("str.__getnewargs__")?;
    if a.args.len() != 1 {
        return Err(type_error(format!("str.__getnewargs__() takes no arguments ({} given)", a.args.len() - 1)));
    }
    Ok(new_tuple(vec![new_str(&d.s)]))
}

pub fn register() {
    let s = &types().str_;
    static_method(s, "__new__", str_new);
    static_method(s, "maketrans", str_maketrans);
    let methods: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("capitalize", str_capitalize),
        ("casefold", str_casefold),
        ("center", str_center),
        ("count", str_count),
        ("encode", crate::vm::types::str_encode::str_encode),
        ("endswith", str_endswith),
        ("expandtabs", str_expandtabs),
        ("find", str_find),
        ("format", str_format),
        ("format_map", str_format_map),
        ("index", str_index),
        ("isalnum", str_isalnum),
        ("isalpha", str_isalpha),
        ("isascii", str_isascii),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isnumeric", str_isnumeric),
        ("isprintable", str_isprintable),
        ("isspace", str_isspace),
        ("istitle", str_istitle),
        ("isupper", str_isupper),
        ("join", str_join),
        ("ljust", str_ljust),
        ("lower", str_lower),
        ("lstrip", str_lstrip),
        ("partition", str_partition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("replace", str_replace),
        ("rfind", str_rfind),
        ("rindex", str_rindex),
        ("rjust", str_rjust),
        ("rpartition", str_rpartition),
        ("rsplit", str_rsplit),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("splitlines", str_splitlines),
        ("startswith", str_startswith),
        ("strip", str_strip),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("translate", str_translate),
        ("upper", str_upper),
        ("zfill", str_zfill),
        ("__len__", str_len),
        ("__getitem__", str_getitem),
        ("__contains__", str_contains),
        ("__iter__", str_iter),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_rmul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__format__", str_dunder_format),
        ("__getnewargs__", str_getnewargs),
    ];
    for (name, f) in methods {
        method(s, name, *f);
    }
    method(&exc(ExcKind::UnicodeEncodeError), "__str__", crate::vm::types::str_encode::unicode_encode_error_str);
}
