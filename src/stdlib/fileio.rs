//! File objects returned by `open()`: `_io.TextIOWrapper` (text modes) and
//! `_io.BufferedReader` / `BufferedWriter` / `BufferedRandom` (binary
//! modes). One Rust type backs all four; the class says which it is.
//!
//! Reads go through a byte buffer (so readline is cheap); writes are
//! buffered and flushed on flush/seek/tell/read/close and when the object
//! dies. Text mode decodes/encodes with the codecs of `bytes_codec` and
//! applies the `newline` rules (universal newlines when newline=None).

use crate::vm::args::Args;
use crate::vm::errors::{type_error, value_error, PyErr, PyResult};
use crate::vm::heap;
use crate::vm::object::{NativeData, Payload};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::bytes::new_bytes;
use crate::vm::types::bytes_codec::{check_codec, decode_bytes, encode_text};
use crate::vm::types::exception_subclasses::os_error_from_io;
use crate::vm::types::int::new_int;
use crate::vm::types::list::new_list;
use crate::vm::types::registry::{exc, none, py_bool, types, ExcKind};
use crate::vm::types::str::{as_str, new_str, new_string};
use crate::vm::types::typeobj::{class_of, lookup, type_name};
use crate::vm::value::Value;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Mutex;
use crate::vm::valgrind::OnceLock;
use crate::vm::valgrind;

const CHUNK: usize = 64 * 1024;

/// The mutable part of an open file.
struct FileState {
    file: Option<File>,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// Which newline kinds were seen (text, universal mode): 1=\r 2=\n 4=\r\n.
    seen: u8,
    /// The read buffer holds UTF-8 transcoded from a UTF-16/32 file (whose
    /// newlines are not single bytes), read to its end at once.
    transcoded: bool,
}

pub struct FileObj {
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    errors: String,
    /// None: universal newlines; Some("") untranslated; Some(x): x only.
    newline: Option<String>,
    st: Mutex<FileState>,
}

impl NativeData for FileObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name)
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        // Like CPython's finaliser: unwritten data reaches the file.
        let _ = self.flush_w();
    }
}

impl FileState {
    fn f(&mut self) -> &mut File {
        self.file.as_mut().expect("checked open")
    }
    fn flush_w(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            if let Some(f) = self.file.as_mut() {
                f.write_all(&self.wbuf)?;
            }
            self.wbuf.clear();
        }
        Ok(())
    }
    /// Give back read-ahead bytes (before a write or a seek).
    fn drop_rbuf(&mut self) -> std::io::Result<()> {
        let ahead = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0 {
            self.f().seek(SeekFrom::Current(-(ahead as i64)))?;
        }
        Ok(())
    }
    /// Read one more chunk into the buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush_w()?;
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let mut chunk = vec![0u8; CHUNK];
        let n = loop {
            match self.f().read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }
    fn avail(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }
    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }
    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while self.fill()? {}
        let n = self.avail().len();
        Ok(self.take(n))
    }
    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.avail().len() < n && self.fill()? {}
        let k = n.min(self.avail().len());
        Ok(self.take(k))
    }
    /// Bytes of one line: up to and including the terminator `nl` decides.
    fn read_line(&mut self, nl: LineEnd, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut scanned = 0;
        loop {
            let buf = self.avail();
            if let Some(lim) = limit {
                if buf.len() >= lim {
                    if let Some(end) = find_eol(&buf[..lim], nl, true) {
                        return Ok(self.take(end));
                    }
                    return Ok(self.take(lim));
                }
            }
            if let Some(end) = find_eol(&buf[scanned.min(buf.len())..], nl, false).map(|e| e + scanned) {
                return Ok(self.take(end));
            }
            scanned = buf.len().saturating_sub(1);
            if !self.fill()? {
                let buf = self.avail();
                let end = find_eol(buf, nl, true).unwrap_or(buf.len());
                return Ok(self.take(end));
            }
        }
    }
    fn tell(&mut self) -> std::io::Result<u64> {
        self.flush_w()?;
        let pos = self.f().stream_position()?;
        Ok(pos - (self.rbuf.len() - self.rpos) as u64)
    }
}

#[derive(Clone, Copy, PartialEq)]
enum LineEnd {
    /// \n only (binary files, newline='\n').
    Lf,
    /// \r only.
    Cr,
    /// \r\n only.
    CrLf,
    /// Any of \n, \r, \r\n (newline=None or '').
    Any,
}

/// End (exclusive) of the first line in `b`, if its terminator is complete.
/// `at_eof` says no more bytes follow (a trailing \r then ends a line).
fn find_eol(b: &[u8], nl: LineEnd, at_eof: bool) -> Option<usize> {
    match nl {
        LineEnd::Lf => b.iter().position(|&c| c == b'\n').map(|i| i + 1),
        LineEnd::Cr => b.iter().position(|&c| c == b'\r').map(|i| i + 1),
        LineEnd::CrLf => b.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
        LineEnd::Any => {
            let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
            if b[i] == b'\n' {
                return Some(i + 1);
            }
            match b.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if at_eof => Some(i + 1),
                None => None,
            }
        }
    }
}

/// Which byte-level view a text file's encoding allows.
#[derive(PartialEq)]
enum Width {
    Utf8,
    /// One byte per character (ASCII, Latin-1).
    Byte,
    /// UTF-16/32: transcoded to UTF-8 on first read.
    Wide,
}

impl FileObj {
    fn width(&self) -> Width {
        let e: String = self.encoding.to_ascii_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if e.starts_with("utf16") || e.starts_with("utf32") || e == "u16" || e == "u32" {
            Width::Wide
        } else if e.starts_with("utf") || e == "u8" || e == "cp65001" {
            Width::Utf8
        } else {
            Width::Byte
        }
    }
    /// Text reads of UTF-16/32 files work on the whole rest of the file,
    /// transcoded to UTF-8 in the read buffer.
    fn prepare_text_read(&self, st: &mut FileState) -> PyResult<()> {
        if self.width() == Width::Wide && !st.transcoded {
            let raw = st.read_all().map_err(|e| io_err(self, e))?;
            let text = decode_bytes(&raw, &self.encoding, &self.errors)?;
            st.rbuf = text.into_bytes();
            st.rpos = 0;
            st.transcoded = true;
        }
        Ok(())
    }
    fn line_end(&self) -> LineEnd {
        if self.binary {
            return LineEnd::Lf;
        }
        match self.newline.as_deref() {
            None | Some("") => LineEnd::Any,
            Some("\r") => LineEnd::Cr,
            Some("\r\n") => LineEnd::CrLf,
            _ => LineEnd::Lf,
        }
    }
    /// Decode read bytes to text, translating newlines in universal mode.
    fn decode(&self, st: &mut FileState, b: &[u8]) -> PyResult<String> {
        let s = if st.transcoded { String::from_utf8_lossy(&b).into_owned() } else { decode_bytes(b, &self.encoding, &self.errors)? };
        if self.newline.is_none() && s.contains('\r') {
            let bytes = s.as_bytes();
            for (i, &c) in bytes.iter().enumerate() {
                if c == b'\r' {
                    st.seen |= if bytes.get(i + 1) == Some(&b'\n') { 4 } else { 1 };
                } else if c == b'\n' && (i == 0 || bytes[i - 1] != b'\r') {
                    st.seen |= 2;
                }
            }
            return Ok(s.replace("\r\n", "\n").replace('\r', "\n"));
        }
        if self.newline.is_none() && s.contains('\n') {
            st.seen |= 2;
        }
        Ok(s)
    }
}

// ------------------------------------------------------------------ types

static TYPES: OnceLock<[Value; 3]> = OnceLock::new();
static UNSUPPORTED: OnceLock<Value> = OnceLock::new();

fn make_type(name: &str) -> Value {
    use crate::vm::types::typeobj::{alloc_type, tflags, BaseKind};
    let dict = crate::vm::types::module::new_dict_value();
    let t = alloc_type(types().type_.clone(), name, vec![types().object.clone()], dict, BaseKind::Internal, 0, None, true);
    let mro = crate::vm::types::tuple::new_tuple(vec![t.clone(), types().object.clone()]);
    heap::make_immortal(&mro);
    crate::vm::types::typeobj::type_data(&t).unwrap().mro.set(Some(mro));
    crate::vm::builtins_registry::attr(&t, "__module__", new_str("_io"));
    let _ = tflags::BASETYPE;
    register_methods(&t);
    t
}

/// BufferedReader, BufferedWriter, BufferedRandom.
fn binary_types() -> &'static [Value; 3] {
    TYPES.get_or_init(|| crate::vm::heap::permanent(|| [make_type("BufferedReader"), make_type("BufferedWriter"), make_type("BufferedRandom")]))
}

/// `io.UnsupportedOperation` (an OSError and a ValueError), made on first use.
pub fn unsupported_operation(vm: &mut Vm) -> PyResult<Value> {
    if let Some(c) = UNSUPPORTED.get() {
        return Ok(c.clone());
    }
    // Made once for the process (possibly first inside a context).
    let cls = heap::permanent(|| {
        let ns = crate::vm::types::module::new_dict_value();
        if let Some(d) = crate::vm::types::dict_methods::as_dict(&ns) {
            d.set_str(crate::vm::types::str::intern("__module__"), new_str("io"));
        }
        let cls = crate::vm::types::typeobj_ops::new_class(
            vm,
            &types().type_,
            "UnsupportedOperation",
            vec![exc(ExcKind::OSError), exc(ExcKind::ValueError)],
            &ns,
            &[],
        )?;
        Ok::<Value, crate::vm::errors::PyErr>(cls)
    })?;
    heap::make_immortal(&cls);
    Ok(UNSUPPORTED.get_or_init(|| cls).clone())
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match unsupported_operation(vm).and_then(|c| crate::vm::call::call(vm, &c, &[new_str(msg)], &[])) {
        Ok(e) => PyErr::new(e),
        Err(e) => e,
    }
}

pub fn file_of(v: &Value) -> Option<&FileObj> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<FileObj>(),
        _ => None,
    }
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a FileObj> {
    a.args.first().and_then(file_of).ok_or_else(|| {
        type_error(format!("descriptor requires an '_io' file object but received a '{}'", a.args.first().map(type_name).unwrap_or_default()))
    })
}

fn closed_err(op: &str, f: &FileObj) -> PyErr {
    if !f.binary {
        return value_error("I/O operation on closed file.");
    }
    value_error(match op {
        "read" => "read of closed file",
        "readline" => "readline of closed file",
        "write" => "write to closed file",
        "seek" => "seek of closed file",
        "truncate" => "truncate of closed file",
        "flush" if f.writable => "flush of closed file",
        "flush" | "readlines" | "iter" => "I/O operation on closed file.",
        _ => "I/O operation on closed file",
    })
}

/// Lock the state of an open file (ValueError when closed).
fn open_state<'a>(f: &'a FileObj, op: &str) -> PyResult<valgrind::Guard<'a, FileState>> {
    let st = valgrind::lock(&f.st);
    if st.file.is_none() {
        return Err(closed_err(op, f));
    }
    Ok(st)
}

fn ensure_open(f: &FileObj, op: &str) -> PyResult<()> {
    open_state(f, op).map(drop)
}

fn io_err(f: &FileObj, e: std::io::Error) -> PyErr {
    let _ = f;
    os_error_from_io(&e, None)
}

fn check_readable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if f.readable {
        return Ok(());
    }
    Err(unsupported(vm, if f.binary { "read" } else { "not readable" }))
}

fn check_writable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if f.writable {
        return Ok(());
    }
    Err(unsupported(vm, if f.binary { "write" } else { "not writable" }))
}

// ------------------------------------------------------------------ open()

struct ModeInfo {
    read: bool,
    write: bool,
    create: bool,
    truncate: bool,
    append: bool,
    exclusive: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<ModeInfo> {
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+U".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let has = |c: char| seen.contains(c);
    let kinds = ['r', 'w', 'x', 'a'].iter().filter(|&&c| has(c)).count();
    if has('t') && has('b') {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if kinds > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        if has('U') {
            return Err(invalid());
        }
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    let plus = has('+');
    Ok(ModeInfo {
        read: has('r') || plus,
        write: has('w') || has('a') || has('x') || plus,
        create: has('w') || has('a'),
        truncate: has('w'),
        append: has('a'),
        exclusive: has('x'),
        binary: has('b'),
    })
}

/// The path of open()'s `file` argument (str, bytes or os.PathLike).
pub fn file_path(vm: &mut Vm, v: &Value) -> PyResult<(String, Value)> {
    if let Some(s) = as_str(v) {
        return Ok((s.to_string(), v.clone()));
    }
    if let Some(b) = crate::vm::types::bytes::as_bytes(v) {
        if matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Bytes(_))) {
            return Ok((String::from_utf8_lossy(&b).into_owned(), v.clone()));
        }
    }
    if crate::vm::types::int::is_int_like(v) && !matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Bool(_))) || v.is_small_int() {
        let fd = ops::index_value(vm, v)?;
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        return Ok((format!("/dev/fd/{fd}"), v.clone()));
    }
    if let Some(f) = lookup(&class_of(v), "__fspath__") {
        let r = crate::vm::call::call_unbound(vm, &f, v, &[])?;
        if as_str(&r).is_some() {
            return Ok((as_str(&r).unwrap().to_string(), r));
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(v),
            type_name(&r)
        )));
    }
    Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(v))))
}

fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if ops::is_none(x) => Ok(None),
        Some(x) => as_str(x)
            .map(|s| Some(s.to_string()))
            .ok_or_else(|| type_error(format!("open() argument '{what}' must be str or None, not {}", type_name(x)))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn builtin_open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [file, mode, _buffering, encoding, errors, newline, _closefd, _opener] =
        a.bind("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let file = file.unwrap();
    let mode_s = match &mode {
        None => "r".to_string(),
        Some(m) => as_str(m)
            .ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", type_name(m))))?
            .to_string(),
    };
    let (path, name) = file_path(vm, &file)?;
    let mi = parse_mode(&mode_s)?;
    let encoding = opt_str(&encoding, "encoding")?;
    let errors = opt_str(&errors, "errors")?;
    let newline = opt_str(&newline, "newline")?;
    if mi.binary {
        if encoding.is_some() {
            return Err(value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(value_error("binary mode doesn't take an errors argument"));
        }
        if newline.is_some() {
            return Err(value_error("binary mode doesn't take a newline argument"));
        }
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let enc_name = encoding.clone().unwrap_or_else(|| "UTF-8".to_string());
    if !mi.binary {
        // Validate the codec now, like CPython (LookupError before opening).
        check_codec(&enc_name)?;
    }
    let mut oo = std::fs::OpenOptions::new();
    oo.read(mi.read).write(mi.write && !mi.append).append(mi.append);
    if mi.exclusive {
        oo.create_new(true);
    } else if mi.create {
        oo.create(true);
    }
    if mi.truncate {
        oo.truncate(true);
    }
    let fname = as_str(&name).map(str::to_string);
    let mut fh = oo.open(&path).map_err(|e| os_error_from_io(&e, fname.as_deref()))?;
    if mi.append {
        // Like CPython: an append-mode file starts positioned at its end.
        let _ = fh.seek(SeekFrom::End(0));
    }
    if fh.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(os_error_from_io(&std::io::Error::from_raw_os_error(21), fname.as_deref()));
    }
    let kind = if mi.binary {
        let (r, w) = (mi.read, mi.write);
        let t = binary_types();
        if r && w {
            t[2].clone()
        } else if r {
            t[0].clone()
        } else {
            t[1].clone()
        }
    } else {
        super::io::stream_type().clone()
    };
    let mode_attr = if mi.binary {
        let base = if mi.exclusive {
            "x"
        } else if mi.append {
            "a"
        } else if mi.truncate {
            "w"
        } else {
            "r"
        };
        format!("{base}b{}", if mi.read && mi.write { "+" } else { "" })
    } else {
        mode_s.clone()
    };
    let obj = FileObj {
        name,
        mode: mode_attr,
        binary: mi.binary,
        readable: mi.read,
        writable: mi.write,
        encoding: enc_name,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        st: Mutex::new(FileState { file: Some(fh), rbuf: Vec::new(), rpos: 0, wbuf: Vec::new(), seen: 0, transcoded: false }),
    };
    Ok(heap::alloc(kind, Payload::Native(Box::new(obj))))
}

// ------------------------------------------------------------------ methods

/// Is `v` a file object made by open()?
pub fn is_file(v: &Value) -> bool {
    file_of(v).is_some()
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(x) if ops::is_none(x) => Ok(None),
        Some(x) => {
            let n = ops::index_value(vm, x).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error(format!("argument should be integer or None, not '{}'", type_name(x)))
                } else {
                    e
                }
            })?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// Take up to `n` characters of text from the read buffer: returns how many
/// bytes they span (a \r\n pair counts as one character in universal mode).
fn text_span(f: &FileObj, b: &[u8], n: usize) -> usize {
    let utf8 = f.width() != Width::Byte;
    let mut i = 0;
    let mut chars = 0;
    while i < b.len() && chars < n {
        let c = b[i];
        let len = if !utf8 || c < 0x80 {
            1
        } else if c >= 0xf0 {
            4
        } else if c >= 0xe0 {
            3
        } else if c >= 0xc0 {
            2
        } else {
            1
        };
        if f.newline.is_none() && c == b'\r' && b.get(i + 1) == Some(&b'\n') {
            i += 2;
        } else {
            i += len;
        }
        chars += 1;
    }
    i.min(b.len())
}

pub fn file_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let p = a.range("read", 1, 2)?;
    let n = size_arg(vm, p.get(1))?;
    if f.binary {
        check_readable(vm, f)?;
    }
    let mut st = open_state(f, "read")?;
    if !f.binary {
        drop(st);
        check_readable(vm, f)?;
        st = open_state(f, "read")?;
    }
    if f.binary {
        let r = match n {
            None => st.read_all(),
            Some(n) => st.read_n(n),
        }
        .map_err(|e| io_err(f, e))?;
        return Ok(new_bytes(r));
    }
    f.prepare_text_read(&mut st)?;
    let raw = match n {
        None => st.read_all().map_err(|e| io_err(f, e))?,
        Some(n) => {
            // Enough bytes for n characters (at most 4 bytes each, plus a
            // possible \n after a final \r).
            while st.avail().len() < n * 4 + 1 && st.fill().map_err(|e| io_err(f, e))? {}
            let span = text_span(f, st.avail(), n);
            st.take(span)
        }
    };
    let s = f.decode(&mut st, &raw)?;
    Ok(new_string(s))
}

fn read_one_line(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    check_readable(vm, f)?;
    let mut st = open_state(f, "readline")?;
    if !f.binary {
        f.prepare_text_read(&mut st)?;
    }
    let raw = st.read_line(f.line_end(), limit.map(|l| if f.binary { l } else { l.max(1) })).map_err(|e| io_err(f, e))?;
    if f.binary {
        return Ok(new_bytes(raw));
    }
    let raw = match limit {
        // A text limit counts characters; trim to a character boundary.
        Some(l) if !raw.is_empty() => {
            let span = text_span(f, &raw, l);
            let extra = raw.len() - span;
            if extra > 0 {
                st.rpos -= extra;
            }
            raw[..span].to_vec()
        }
        _ => raw,
    };
    let s = f.decode(&mut st, &raw)?;
    Ok(new_string(s))
}

pub fn file_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let p = a.range("readline", 1, 2)?;
    let n = size_arg(vm, p.get(1))?;
    read_one_line(vm, f, n)
}

fn is_empty_line(v: &Value) -> bool {
    as_str(v).is_some_and(|s| s.is_empty()) || crate::vm::types::bytes::as_bytes(v).is_some_and(|b| b.is_empty())
}

pub fn file_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let p = a.range("readlines", 1, 2)?;
    let hint = size_arg(vm, p.get(1))?.filter(|&h| h > 0);
    if valgrind::lock(&f.st).file.is_none() {
        return Err(closed_err("readlines", f));
    }
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = read_one_line(vm, f, None)?;
        if is_empty_line(&line) {
            break;
        }
        total += ops::len(vm, &line)?;
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(new_list(out))
}

pub fn file_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let p = a.exact("write", 2)?;
    if f.binary {
        check_writable(vm, f)?;
        let mut st = open_state(f, "write")?;
        let b = crate::vm::types::bytes_methods::buffer_bytes(&p[1])
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(&p[1]))))?;
        write_bytes(f, &mut st, &b)?;
        return Ok(new_int(b.len() as i64));
    }
    let st = open_state(f, "write")?;
    drop(st);
    check_writable(vm, f)?;
    let s = as_str(&p[1]).ok_or_else(|| type_error(format!("write() argument must be str, not {}", type_name(&p[1]))))?;
    let text = match f.newline.as_deref() {
        Some("\r\n") => s.replace('\n', "\r\n"),
        Some("\r") => s.replace('\n', "\r"),
        _ => s.to_string(),
    };
    let mut st = open_state(f, "write")?;
    // Only the start of a UTF-16/32 file gets a byte-order mark.
    let mut enc = f.encoding.clone();
    if f.width() == Width::Wide && !enc.to_ascii_lowercase().contains("le") && !enc.to_ascii_lowercase().contains("be") {
        let pos = st.tell().map_err(|e| io_err(f, e))?;
        if pos > 0 {
            enc = if enc.contains("32") { "utf-32-le".into() } else { "utf-16-le".into() };
        }
    }
    drop(st);
    let b = encode_text(vm, &new_string(text), &enc, &f.errors)?;
    let mut st = open_state(f, "write")?;
    write_bytes(f, &mut st, &b)?;
    Ok(new_int(s.chars().count() as i64))
}

fn write_bytes(f: &FileObj, st: &mut FileState, b: &[u8]) -> PyResult<()> {
    if st.rpos < st.rbuf.len() || !st.rbuf.is_empty() {
        st.drop_rbuf().map_err(|e| io_err(f, e))?;
    }
    st.wbuf.extend_from_slice(b);
    if st.wbuf.len() >= CHUNK {
        st.flush_w().map_err(|e| io_err(f, e))?;
    }
    Ok(())
}

pub fn file_writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("writelines", 2)?;
    let me = p[0].clone();
    if let Some(f) = file_of(&me) {
        ensure_open(f, "write")?;
    }
    let it = ops::iter(vm, &p[1])?;
    while let Some(line) = ops::next(vm, &it)? {
        if file_of(&me).is_some() {
            file_write(vm, Args::new(&[me.clone(), line]))?;
        } else {
            crate::vm::call::call_method_by_name(vm, &me, "write", &[line])?;
        }
    }
    Ok(none())
}

pub fn file_seek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let p = a.range("seek", 2, 3)?;
    let off = ops::index_value(vm, &p[1])?;
    let whence = match p.get(2) {
        Some(w) => ops::index_value(vm, w)?,
        None => 0,
    };
    let mut st = open_state(f, "seek")?;
    if !f.binary {
        if whence == 1 && off != 0 {
            drop(st);
            return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
        }
        if whence == 2 && off != 0 {
            drop(st);
            return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
        }
        if whence == 0 && off < 0 {
            return Err(value_error(format!("negative seek position {off}")));
        }
    }
    let target = match whence {
        0 => {
            if off < 0 {
                return Err(value_error(format!("negative seek position {off}")));
            }
            SeekFrom::Start(off as u64)
        }
        1 => {
            let cur = st.tell().map_err(|e| io_err(f, e))? as i64;
            SeekFrom::Start((cur + off).max(0) as u64)
        }
        2 => SeekFrom::End(off),
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    st.flush_w().map_err(|e| io_err(f, e))?;
    st.rbuf.clear();
    st.rpos = 0;
    st.transcoded = false;
    let pos = st.f().seek(target).map_err(|e| io_err(f, e))?;
    Ok(new_int(pos as i64))
}

pub fn file_tell(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let mut st = open_state(f, "tell")?;
    let pos = st.tell().map_err(|e| io_err(f, e))?;
    Ok(new_int(pos as i64))
}

pub fn file_flush(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let mut st = open_state(f, "flush")?;
    st.flush_w().map_err(|e| io_err(f, e))?;
    Ok(none())
}

pub fn file_close(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let mut st = valgrind::lock(&f.st);
    if st.file.is_some() {
        let r = st.flush_w();
        st.file = None;
        st.rbuf = Vec::new();
        st.rpos = 0;
        r.map_err(|e| io_err(f, e))?;
    }
    Ok(none())
}

pub fn file_fileno(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let mut st = open_state(f, "fileno")?;
    Ok(new_int(std::os::fd::AsRawFd::as_raw_fd(st.f()) as i64))
}

pub fn file_isatty(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let mut st = open_state(f, "isatty")?;
    Ok(py_bool(std::io::IsTerminal::is_terminal(&*st.f())))
}

pub fn file_truncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let p = a.range("truncate", 1, 2)?;
    let size = size_arg(vm, p.get(1))?;
    ensure_open(f, "truncate")?;
    if !f.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let mut st = open_state(f, "truncate")?;
    let size = match size {
        Some(s) => s as u64,
        None => st.tell().map_err(|e| io_err(f, e))?,
    };
    st.flush_w().map_err(|e| io_err(f, e))?;
    st.f().set_len(size).map_err(|e| io_err(f, e))?;
    Ok(new_int(size as i64))
}

pub fn file_readable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    ensure_open(f, "readable")?;
    Ok(py_bool(f.readable))
}

pub fn file_writable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    ensure_open(f, "writable")?;
    Ok(py_bool(f.writable))
}

pub fn file_seekable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let mut st = open_state(f, "seekable")?;
    Ok(py_bool(st.f().stream_position().is_ok()))
}

pub fn file_enter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    ensure_open(f, "enter")?;
    Ok(a.args[0].clone())
}

pub fn file_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    file_close(vm, Args::new(&a.args[..1]))?;
    Ok(none())
}

pub fn file_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    ensure_open(f, "iter")?;
    Ok(a.args[0].clone())
}

pub fn file_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let line = read_one_line(vm, f, None)?;
    if is_empty_line(&line) {
        return Err(crate::vm::errors::stop_iteration(None));
    }
    Ok(line)
}

pub fn file_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let cls = class_of(&a.args[0]);
    let cname = crate::vm::types::typeobj::type_data(&cls).map(|t| t.name().to_string()).unwrap_or_default();
    let name = ops::repr_string(vm, &f.name)?;
    if f.binary {
        return Ok(new_string(format!("<_io.{cname} name={name}>")));
    }
    Ok(new_string(format!("<_io.{cname} name={name} mode='{}' encoding='{}'>", f.mode, f.encoding)))
}

pub fn g_closed(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    Ok(py_bool(valgrind::lock(&f.st).file.is_none()))
}

pub fn g_name(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(this(&a)?.name.clone())
}

pub fn g_mode(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_str(&this(&a)?.mode))
}

pub fn g_encoding(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    if f.binary {
        return Err(crate::vm::protocols::no_attribute(&a.args[0], "encoding"));
    }
    Ok(new_str(&f.encoding))
}

pub fn g_errors(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    if f.binary {
        return Err(crate::vm::protocols::no_attribute(&a.args[0], "errors"));
    }
    Ok(new_str(&f.errors))
}

pub fn g_newlines(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a)?;
    let seen = valgrind::lock(&f.st).seen;
    let mut kinds = Vec::new();
    if seen & 1 != 0 {
        kinds.push(new_str("\r"));
    }
    if seen & 2 != 0 {
        kinds.push(new_str("\n"));
    }
    if seen & 4 != 0 {
        kinds.push(new_str("\r\n"));
    }
    Ok(match kinds.len() {
        0 => none(),
        1 => kinds.pop().unwrap(),
        _ => crate::vm::types::tuple::new_tuple(kinds),
    })
}

pub fn g_line_buffering(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    this(&a)?;
    Ok(py_bool(false))
}

fn register_methods(t: &Value) {
    use crate::vm::builtins_registry::{attr, method};
    use crate::vm::types::misc_types::new_getter;
    method(t, "read", file_read);
    method(t, "readline", file_readline);
    method(t, "readlines", file_readlines);
    method(t, "write", file_write);
    method(t, "writelines", file_writelines);
    method(t, "seek", file_seek);
    method(t, "tell", file_tell);
    method(t, "flush", file_flush);
    method(t, "close", file_close);
    method(t, "fileno", file_fileno);
    method(t, "isatty", file_isatty);
    method(t, "truncate", file_truncate);
    method(t, "readable", file_readable);
    method(t, "writable", file_writable);
    method(t, "seekable", file_seekable);
    method(t, "__enter__", file_enter);
    method(t, "__exit__", file_exit);
    method(t, "__iter__", file_iter);
    method(t, "__next__", file_next);
    method(t, "__repr__", file_repr);
    attr(t, "closed", new_getter("closed", g_closed));
    attr(t, "name", new_getter("name", g_name));
    attr(t, "mode", new_getter("mode", g_mode));
    attr(t, "encoding", new_getter("encoding", g_encoding));
    attr(t, "errors", new_getter("errors", g_errors));
    attr(t, "newlines", new_getter("newlines", g_newlines));
    attr(t, "line_buffering", new_getter("line_buffering", g_line_buffering));
}

/// Text-file methods on `_io.TextIOWrapper` (shared with sys.stdout & co,
/// whose methods in io.rs hand over to these for real files).
pub fn register_text_methods(t: &Value) {
    register_methods(t);
}
