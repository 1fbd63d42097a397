//! The bytecode: what the compiler emits and the VM executes.
//!
//! A stack machine close to CPython 3.10's, with a runtime block stack for
//! exception handling (simpler to compile than 3.11's exception tables).
//! "TOS" is the top of the value stack, "TOS1" the item below it.
//! Jump targets are absolute instruction indices.

use num_bigint::BigInt;
use std::sync::Arc;

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp { Lt, Le, Eq, Ne, Gt, Ge }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp { Neg, Pos, Not, Invert }

/// One instruction. Operands are indices into the code object's tables
/// (`constants`, `names`, `varnames`, cells) or jump targets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,
    // ---- stack ----
    PopTop,
    /// Push a copy of the n-th item from the top (1 = TOS).
    Copy(u32),
    /// Swap TOS with the n-th item from the top (n >= 2).
    Swap(u32),
    /// TOS moves down 2 / 3 / 4 positions (CPython's ROT_TWO/THREE/FOUR).
    RotTwo,
    RotThree,
    RotFour,

    // ---- superinstructions (never emitted by the compiler) ----
    // `fuse_pairs` replaces the first instruction of a common pair with one
    // of these when loading code into the VM; the second instruction stays
    // in place (executed on its own when a jump lands on it), the fused one
    // does both and skips it. Operands are the two instructions' operands.
    /// LoadFast(a); LoadFast(b)
    LoadFastLoadFast(u16, u16),
    /// LoadFast(a); LoadConst(b)
    LoadFastLoadConst(u16, u16),
    /// StoreFast(a); LoadFast(b)
    StoreFastLoadFast(u16, u16),

    // ---- names ----
    LoadConst(u32),
    /// Module / class-body / exec scope: locals mapping, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Fast locals: `varnames[i]`. Unbound → UnboundLocalError.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: index into `cellvars ++ freevars`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build closures).
    LoadClosure(u32),
    /// Class body reading a free variable: the class namespace first, then the cell.
    LoadClassDeref(u32),

    // ---- attributes and items ----
    LoadAttr(u32),
    StoreAttr(u32),   // TOS.name = TOS1
    DeleteAttr(u32),
    /// Push [method, self] when TOS.name is a plain function found on the type,
    /// else [NULL, attr]. Followed by CallMethod / CallMethodKw.
    LoadMethod(u32),
    BinarySubscr,     // TOS1[TOS]
    StoreSubscr,      // TOS1[TOS] = TOS2
    /// Augmented assignment to an item or attribute: Copy the top `n` values
    /// (n = 2: container and key; n = 1: object) and, when the container is
    /// protected, take its write lock until the matching *Update store.
    DupForUpdate(u32),
    /// StoreSubscr / StoreAttr that end a DupForUpdate (releasing its lock).
    StoreSubscrUpdate,
    StoreAttrUpdate(u32),
    DeleteSubscr,     // del TOS1[TOS]
    /// BuildSlice(2): slice(TOS1, TOS); BuildSlice(3): slice(TOS2, TOS1, TOS).
    BuildSlice(u32),

    // ---- operators ----
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    CompareOp(CmpOp),
    /// `is` (0) / `is not` (1).
    IsOp(u32),
    /// `in` (0) / `not in` (1): TOS1 in TOS.
    ContainsOp(u32),

    // ---- building ----
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// n key/value pairs pushed as k1, v1, k2, v2, ...
    BuildMap(u32),
    /// Concatenate the n strings on top (f-strings).
    BuildString(u32),
    /// Append TOS to the list at stack position i (counted from the top after popping TOS, 1 = new TOS).
    ListAppend(u32),
    SetAdd(u32),
    /// TOS1 = key, TOS = value; stores into the dict at position i (after popping both).
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    /// dict.update(TOS) on the dict at position i.
    DictUpdate(u32),
    /// Like DictUpdate but raises on duplicate keys ("got multiple values for keyword argument") — for `f(**a, **b)`.
    DictMerge(u32),
    ListToTuple,
    /// Unpack TOS into n values, pushed so that the first item ends on top.
    UnpackSequence(u32),
    /// `a, *b, c = x`: operand = before | (after << 8).
    UnpackEx(u32),
    /// f-string field: flags & 3 = conversion (0 none, 1 !s, 2 !r, 3 !a);
    /// flags & 4 = a format spec string is on TOS (the value below it).
    FormatValue(u32),

    // ---- control flow ----
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is false jump and keep it, else pop it (`and`).
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// TOS is an iterator: push next(TOS), or on exhaustion pop TOS and jump.
    ForIter(u32),
    ReturnValue,
    /// Generator: pop TOS and yield it; on resume the sent value is pushed.
    YieldValue,
    /// `yield from` / delegation: like `iter(TOS)` but leaves generators as they are.
    GetYieldFromIter,
    /// TOS = value to send, TOS1 = sub-iterator. Sends it; if the sub-iterator
    /// yields, this frame yields the same value and re-executes YieldFrom when
    /// resumed (with the sent value replacing TOS); when it finishes, pops both
    /// and pushes its return value.
    YieldFrom,

    // ---- functions, calls, classes ----
    /// Stack: [defaults tuple if flags&1] [kw-defaults dict if flags&2]
    /// [annotations dict if flags&4] [closure tuple of cells if flags&8] code qualname.
    MakeFunction(u32),
    /// func arg1 .. argN → result.
    CallFunction(u32),
    /// func arg1 .. argN kwnames-tuple → result; the last len(kwnames) args are keyword values.
    CallFunctionKw(u32),
    /// flags & 1: func args-tuple kwargs-dict; else func args-tuple.
    CallFunctionEx(u32),
    /// After LoadMethod: [method-or-NULL, self-or-callable, args...].
    CallMethod(u32),
    /// After LoadMethod, with a kwnames tuple on top (as CallFunctionKw).
    CallMethodKw(u32),
    /// Push builtins.__build_class__.
    LoadBuildClass,
    LoadAssertionError,
    /// Ensure `__annotations__` exists in the locals mapping.
    SetupAnnotations,
    /// Interactive mode: print repr of TOS via sys.displayhook, pop it.
    PrintExpr,

    // ---- imports ----
    /// TOS = fromlist (None or tuple of str), TOS1 = level (int) → module.
    ImportName(u32),
    /// TOS = module; push module.name (or import submodule); keeps TOS.
    ImportFrom(u32),
    /// Pop module, copy its public names into the locals mapping.
    ImportStar,

    // ---- exceptions ----
    /// Push a handler block: if an exception is raised before the matching
    /// PopBlock, the value stack is cut back to its height at this point,
    /// an except-handler block is pushed (saving the currently handled
    /// exception), the exception becomes the handled one, it is pushed and
    /// execution continues at `handler`.
    SetupFinally(u32),
    /// TOS is a context manager: pops it, pushes its bound `__exit__`, calls
    /// `__enter__`, sets up a SetupFinally(handler) block whose stack level
    /// includes `__exit__`, pushes `__enter__`'s result.
    SetupWith(u32),
    PopBlock,
    /// Leave an except handler: pops the except-handler block and restores
    /// the previously handled exception.
    PopExcept,
    /// Pop TOS (an exception) and re-raise it without adding a traceback
    /// entry for this line.
    Reraise,
    /// [exit, exc]: call exit(type(exc), exc, exc.__traceback__), push the result.
    WithExceptStart,
    /// RaiseVarargs(0) = bare raise; (1) raise TOS; (2) raise TOS1 from TOS.
    RaiseVarargs(u32),
    /// [exc, type]: pop type, push whether exc matches (isinstance / tuple).
    /// TypeError if type is not an exception class or tuple of them.
    CheckExcMatch,
    /// except*: [exc_group, type] → in case of a match pops both and pushes
    /// (rest or None, match); no match: pops type and pushes None.
    CheckEgMatch,
    /// except*: [orig, list of raised] → the exception group to raise, or None.
    PrepReraiseStar,

    // ---- pattern matching (as CPython 3.11) ----
    /// Push len(TOS).
    GetLen,
    /// Push whether TOS is a mapping / a sequence (str, bytes, bytearray are not).
    MatchMapping,
    MatchSequence,
    /// [subject, keys-tuple] → push tuple of values, or None if a key is missing.
    MatchKeys,
    /// [subject, class, kw-names tuple] → tuple of attributes or None; operand = positional count.
    MatchClass(u32),
    /// [subject, keys-tuple] → [subject, dict of the remaining items] (keys tuple replaced).
    CopyDictWithoutKeys,
}

/// Compile-time constants. The VM turns them into immortal values once per
/// code object, so the compiler does not depend on the object model.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset of constants, items in source order (CPython 3.11 folds
    /// all-constant set displays of 3+ items and `for`-loop / comprehension
    /// iterables that are set displays into one). The VM builds it the way
    /// CPython's compiler does, which fixes its iteration order.
    FrozenSet(Vec<Constant>),
    Code(Arc<CodeObject>),
}

pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// A class body (uses LoadName/StoreName on the class namespace).
    pub const CLASS_BODY: u32 = 8;
    /// Module-level or exec/eval code: names go through the locals mapping.
    pub const MODULE: u32 = 16;
    /// Code of a comprehension or generator expression.
    pub const COMPREHENSION: u32 = 32;
}

/// A compiled function body, class body or module.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    pub qualname: String,
    pub filename: Arc<str>,
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// The deepest the value stack gets (`stack_depth::max_depth`); the
    /// interpreter sizes frames' stacks by it and pushes unchecked.
    pub max_stack: u32,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub constants: Vec<Constant>,
    /// Names used by *Name, *Global, *Attr, LoadMethod, Import* instructions.
    pub names: Vec<String>,
    /// Local variables; parameters first in order: positional, keyword-only,
    /// then *args, then **kwargs.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter: the parameter's index in varnames.
    pub cell2arg: Vec<Option<u32>>,
    /// The docstring, when the body starts with a string literal.
    pub docstring: Option<String>,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
}

/// The instructions with common pairs fused into superinstructions (see
/// `Instr::LoadFastLoadFast`). Indices do not change: jump targets, line
/// numbers, handlers and inline caches stay valid, and a jump to the second
/// instruction of a pair executes it alone.
pub fn fuse_pairs(code: &[Instr]) -> Box<[Instr]> {
    let mut out: Vec<Instr> = code.to_vec();
    let small = |x: u32| u16::try_from(x).ok();
    for i in 0..code.len().saturating_sub(1) {
        let fused = match (code[i], code[i + 1]) {
            (Instr::LoadFast(a), Instr::LoadFast(b)) => small(a).zip(small(b)).map(|(a, b)| Instr::LoadFastLoadFast(a, b)),
            (Instr::LoadFast(a), Instr::LoadConst(b)) => small(a).zip(small(b)).map(|(a, b)| Instr::LoadFastLoadConst(a, b)),
            (Instr::StoreFast(a), Instr::LoadFast(b)) => small(a).zip(small(b)).map(|(a, b)| Instr::StoreFastLoadFast(a, b)),
            _ => None,
        };
        if let Some(f) = fused {
            out[i] = f;
        }
    }
    out.into_boxed_slice()
}
