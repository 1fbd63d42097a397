//! Reading stdin so that Ctrl-C interrupts a blocked read (`input()`,
//! `sys.stdin.readline()/read()/iteration`), as in CPython.
//!
//! SIGINT may be delivered to any thread, and Rust's std retries reads on
//! EINTR, so a read blocked in the interpreter thread would never return to
//! raise KeyboardInterrupt. The blocking `read` is therefore done by a helper
//! thread, one chunk per request; the interpreter waits for the chunk in short
//! slices that poll the interrupt flag. Lines are cut from a local buffer, so
//! the thread hop happens once per chunk, not per line. An interrupted wait
//! loses nothing: the request stays outstanding and its chunk is used by the
//! next read.

use crate::vm::errors::PyResult;
use crate::vm::valgrind;
use std::io::Read;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

/// How long one wait lasts before the interrupt flag is polled again.
const POLL: Duration = Duration::from_millis(10);
const CHUNK: usize = 64 * 1024;

struct Reader {
    ask: Sender<()>,
    chunks: Receiver<Vec<u8>>,
    /// A chunk was requested and not yet received.
    asked: bool,
    /// Bytes read but not yet handed out.
    buf: Vec<u8>,
    eof: bool,
}

static READER: Mutex<Option<Reader>> = Mutex::new(None);

fn start() -> Reader {
    let (ask, asks) = channel::<()>();
    let (send, chunks) = channel::<Vec<u8>>();
    std::thread::Builder::new()
        .name("stdin-reader".into())
        .spawn(move || {
            let mut stdin = std::io::stdin();
            let mut b = vec![0u8; CHUNK];
            while asks.recv().is_ok() {
                // An empty chunk means end of file (or an unreadable stdin).
                let n = loop {
                    match stdin.read(&mut b) {
                        Ok(n) => break n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(_) => break 0,
                    }
                };
                if send.send(b[..n].to_vec()).is_err() {
                    return;
                }
            }
        })
        .expect("failed to start the stdin reader thread");
    Reader { ask, chunks, asked: false, buf: Vec::new(), eof: false }
}

impl Reader {
    /// Read one more chunk into `buf` (sets `eof` at end of file).
    fn fill(&mut self) -> PyResult<()> {
        if !self.asked {
            if self.ask.send(()).is_err() {
                self.eof = true;
                return Ok(());
            }
            self.asked = true;
        }
        loop {
            match self.chunks.recv_timeout(POLL) {
                Ok(c) => {
                    self.asked = false;
                    if c.is_empty() {
                        self.eof = true;
                    }
                    self.buf.extend_from_slice(&c);
                    return Ok(());
                }
                Err(RecvTimeoutError::Timeout) => crate::vm::signals::check_interrupt()?,
                Err(RecvTimeoutError::Disconnected) => {
                    self.asked = false;
                    self.eof = true;
                    return Ok(());
                }
            }
        }
    }
}

fn with_reader<T>(f: impl FnOnce(&mut Reader) -> PyResult<T>) -> PyResult<T> {
    crate::stdlib::io::flush_stdout();
    let mut g = valgrind::lock(&READER);
    f(g.get_or_insert_with(start))
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
