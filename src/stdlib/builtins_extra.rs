//! More built-in functions: sorted, round, eval, exec, compile, open, ...
//! (kept apart from `builtins.rs` to keep each file readable).

use crate::vm::types::dict::DictData;

pub fn register(d: &DictData) {
    use crate::vm::types::function::{new_builtin, BuiltinKind};
    d.set_str(crate::vm::types::str::intern("sorted"), new_builtin("sorted", crate::vm::types::list_sort::builtin_sorted, BuiltinKind::Function, None));
}
