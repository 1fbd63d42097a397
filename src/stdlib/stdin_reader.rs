//! Reading stdin so that Ctrl-C interrupts a blocked read (`input()`,
//! `sys.stdin.readline()/read()/iteration`), as in CPython.
//!
//! SIGINT may be delivered to any thread, and Rust's std retries reads on
//! EINTR, so a read blocked in the interpreter thread would never return to
//! raise KeyboardInterrupt. So the reader first waits for stdin to become
//! readable with poll(2) in short slices that check the interrupt flag, and
//! only then reads (which no longer blocks). Nothing is left waiting on the
//! terminal after an interrupt (a REPL prompt that follows gets the next
//! line). Lines are cut from a local buffer, one `read` per chunk.

use crate::vm::errors::PyResult;
use crate::vm::valgrind;
use std::io::Read;
use std::sync::Mutex;

/// How long one wait lasts before the interrupt flag is polled again (ms).
const POLL_MS: i32 = 10;
const CHUNK: usize = 64 * 1024;

#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}
const POLLIN: i16 = 1;

unsafe extern "C" {
    fn poll(fds: *mut PollFd, n: u64, timeout_ms: i32) -> i32;
}

/// Wait up to POLL_MS for stdin to have data, end of file or an error
/// (anything that makes `read` return at once). A failing poll (stdin
/// closed or not pollable) also returns true: the read reports it.
fn stdin_ready() -> bool {
    let mut p = PollFd { fd: 0, events: POLLIN, revents: 0 };
    // SAFETY: `p` is a valid pollfd for the duration of the call and the
    // count is 1; poll only writes `revents`.
    let r = unsafe { poll(&mut p, 1, POLL_MS) };
    r != 0
}

struct Reader {
    /// Bytes read but not yet handed out.
    buf: Vec<u8>,
    eof: bool,
}

static READER: Mutex<Option<Reader>> = Mutex::new(None);

impl Reader {
    /// Read one more chunk into `buf` (sets `eof` at end of file).
    fn fill(&mut self) -> PyResult<()> {
        while !stdin_ready() {
            crate::vm::signals::check_interrupt()?;
        }
        crate::vm::signals::check_interrupt()?;
        let mut chunk = vec![0u8; CHUNK];
        // A chunk larger than std's stdin buffer bypasses it, so nothing is
        // held there that poll cannot see.
        let n = loop {
            match std::io::stdin().lock().read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => crate::vm::signals::check_interrupt()?,
                // An unreadable stdin reads as end of file.
                Err(_) => break 0,
            }
        };
        if n == 0 {
            self.eof = true;
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(())
    }
}

fn with_reader<T>(f: impl FnOnce(&mut Reader) -> PyResult<T>) -> PyResult<T> {
    crate::stdlib::io::flush_stdout();
    let mut g = valgrind::lock(&READER);
    f(g.get_or_insert_with(|| Reader { buf: Vec::new(), eof: false }))
}

fn decode(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// One line including its '\n' (None at end of file).
pub fn read_line() -> PyResult<Option<String>> {
    with_reader(|r| {
        let mut scanned = 0;
        loop {
            if let Some(i) = r.buf[scanned..].iter().position(|&b| b == b'\n') {
                let rest = r.buf.split_off(scanned + i + 1);
                return Ok(Some(decode(std::mem::replace(&mut r.buf, rest))));
            }
            if r.eof {
                // A last line without '\n', then None once. End of file is
                // not sticky: on a terminal, reading after Ctrl-D goes on.
                if r.buf.is_empty() {
                    r.eof = false;
                    return Ok(None);
                }
                return Ok(Some(decode(std::mem::take(&mut r.buf))));
            }
            scanned = r.buf.len();
            r.fill()?;
        }
    })
}

/// Everything up to end of file.
pub fn read_all() -> PyResult<String> {
    with_reader(|r| {
        while !r.eof {
            r.fill()?;
        }
        r.eof = false;
        Ok(decode(std::mem::take(&mut r.buf)))
    })
}
