//! SIGINT while a program runs raises KeyboardInterrupt in the main thread;
//! uncaught, it prints the traceback and the process dies of SIGINT (as
//! CPython does, so a shell sees status 130); caught, the program goes on.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

/// Run `source`, wait for its first stdout line, send SIGINT, and return
/// (the rest of stdout, stderr, exit status).
fn interrupt(source: &str) -> (String, String, std::process::ExitStatus) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrallel"))
        .args(["-c", source])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyrallel");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "running\n");
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("run kill");
    assert!(killed.success());
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    (rest, err, status)
}

#[test]
fn uncaught_keyboard_interrupt_dies_of_sigint() {
    let (out, err, status) = interrupt("print('running', flush=True)\ni = 0\nwhile True:\n    i += 1\n");
    assert_eq!(out, "");
    assert!(err.starts_with("Traceback (most recent call last):\n"), "stderr: {err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "stderr: {err}");
    assert_eq!(status.signal(), Some(2), "status: {status:?}");
}

#[test]
fn caught_keyboard_interrupt_continues() {
    let src = "try:\n    print('running', flush=True)\n    while True:\n        pass\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\nprint('after')\n";
    let (out, err, status) = interrupt(src);
    assert_eq!(out, "caught KeyboardInterrupt()\nafter\n");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}
