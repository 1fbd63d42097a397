//! Calling convention for native (Rust) functions.
//!
//! Arguments arrive vectorcall-style: `args` holds the positional values
//! followed by the keyword values; `kwnames` names the trailing keyword ones.

use super::errors::{type_error, PyResult};
use super::state::Vm;
use super::types::str::as_str;
use super::value::Value;

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }
    pub fn with_kw(args: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { args, kwnames }
    }
    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }
    /// (name, value) of each keyword argument.
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let vals = &self.args[self.args.len() - self.kwnames.len()..];
        self.kwnames.iter().map(|k| as_str(k).unwrap_or("")).zip(vals.iter())
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// Reject keyword arguments: "f() takes no keyword arguments".
    pub fn no_kw(&self, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }
    /// Exactly `n` positional arguments and no keywords.
    pub fn exact(&self, fname: &str, n: usize) -> PyResult<&'a [Value]> {
        self.no_kw(fname)?;
        let p = self.pos();
        if p.len() != n {
            return Err(match n {
                0 => type_error(format!("{fname}() takes no arguments ({} given)", p.len())),
                1 => type_error(format!("{fname}() takes exactly one argument ({} given)", p.len())),
                _ => type_error(format!("{fname} expected {n} arguments, got {}", p.len())),
            });
        }
        Ok(p)
    }
    /// Between `min` and `max` positional arguments and no keywords.
    pub fn range(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kw(fname)?;
        let p = self.pos();
        if p.len() < min {
            return Err(type_error(format!(
                "{fname} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                p.len()
            )));
        }
        if p.len() > max {
            return Err(type_error(format!(
                "{fname} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                p.len()
            )));
        }
        Ok(p)
    }
    /// Bind positional-or-keyword parameters `names`; the first `required`
    /// are mandatory. Returns one Option per name.
    pub fn bind<const N: usize>(&self, fname: &str, names: [&str; N], required: usize) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let p = self.pos();
        if p.len() > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                if N == 1 { "" } else { "s" },
                p.len()
            )));
        }
        for (i, v) in p.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.kw() {
            match names.iter().position(|n| *n == k) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => return Err(type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
            }
        }
        for (i, o) in out.iter().enumerate().take(required) {
            if o.is_none() {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
    /// Look up a keyword argument by name.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
}
