//! SIGINT while a program runs raises KeyboardInterrupt in the main thread;
//! uncaught, it prints the traceback and the process dies of SIGINT (as
//! CPython does, so a shell sees status 130); caught, the program goes on.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Run `source`, wait for its first stdout line, send SIGINT, and return
/// (the rest of stdout, stderr, exit status). Its stdin is a pipe that
/// stays open and empty, so reading it blocks.
fn interrupt(source: &str) -> (String, String, std::process::ExitStatus) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrallel"))
        .args(["-c", source])
        .stdin(Stdio::piped())
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
    drop(child.stdin.take());
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

/// A blocking call (`time.sleep`, reading stdin) must wake up at once on
/// SIGINT, not when it would have ended.
fn assert_dies_at_once(source: &str) {
    let start = Instant::now();
    let (out, err, status) = interrupt(source);
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    assert_eq!(out, "");
    assert!(err.starts_with("Traceback (most recent call last):\n"), "stderr: {err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "stderr: {err}");
    assert_eq!(status.signal(), Some(2), "status: {status:?}");
}

#[test]
fn sleep_is_interrupted() {
    assert_dies_at_once("import time\nprint('running', flush=True)\ntime.sleep(60)\nprint('slept')\n");
}

#[test]
fn caught_interrupt_in_sleep_continues() {
    let src = "import time\ntry:\n    print('running', flush=True)\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')\n";
    let start = Instant::now();
    let (out, err, status) = interrupt(src);
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    assert_eq!(out, "caught\nafter\n");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn input_is_interrupted() {
    assert_dies_at_once("print('running', flush=True)\ninput()\nprint('read')\n");
}

#[test]
fn stdin_read_is_interrupted() {
    assert_dies_at_once("import sys\nprint('running', flush=True)\nsys.stdin.read()\nprint('read')\n");
}

/// A loop made only of fused instructions (compare-and-jump on locals,
/// `i += 1` on a local) still polls for SIGINT at its backward jump.
#[test]
fn tight_counting_loops_are_interrupted() {
    assert_dies_at_once("def f():\n    i = 0\n    while i < 10**15:\n        i += 1\nprint('running', flush=True)\nf()\n");
    assert_dies_at_once("def f():\n    i, n = 0, 10**15\n    while i < n:\n        i = i + 1\nprint('running', flush=True)\nf()\n");
    assert_dies_at_once("def f():\n    x = 0.0\n    while True:\n        if x > 1e300:\n            break\n        x += 1.0\nprint('running', flush=True)\nf()\n");
}
