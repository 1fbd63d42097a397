//! The examples run and print what they should (timing lines aside; the
//! numbers were checked against CPython running the same programs with a
//! serial stand-in for `parallel.map`).

use std::process::Command;

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_pyrallel"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("run pyrallel");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{args:?}\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    stdout
}

/// The output without the lines that report times (they vary).
fn stable(out: &str) -> Vec<&str> {
    out.lines().filter(|l| !l.starts_with("time ")).collect()
}

#[test]
fn hello() {
    assert!(!run(&["examples/hello.py"]).is_empty());
}

#[test]
fn parallel_map() {
    let out = run(&["examples/parallel_map.py", "16", "2000"]);
    let lines = stable(&out);
    assert_eq!(lines[0], "primes below 32000: 3432");
    assert_eq!(lines[1], "first blocks: [303, 247, 233, 224, 222, 209, 214, 210]");
    assert!(lines[2].starts_with("workers: "), "{out}");
    assert_eq!(lines.len(), 3, "{out}");
    assert!(out.lines().last().unwrap().starts_with("time serial "));
}

#[test]
fn shared_index() {
    let out = run(&["examples/shared_index.py", "200000"]);
    let lines = stable(&out);
    assert_eq!(lines[0], "index entries: 200000");
    assert_eq!(lines[1], "queries: 4000, total hits: 400004");
    assert_eq!(lines[2], "first results: [(0, 100, 990), (1, 102, 993), (2, 103, 998)]");
    assert_eq!(lines[3], "contexts left running: 0");
    assert!(lines[4].ends_with(": True"), "{out}");
}

#[test]
fn timers_and_waits() {
    let out = run(&["examples/timers_and_waits.py"]);
    assert_eq!(
        stable(&out),
        [
            "consumer A ran after the event was set: True",
            "one-shot timer fired",
            "producer computed 333328333350000",
            "wait timed out: TimeoutError",
            "heartbeat fired at least 5 times: True, last data: 'beat'",
        ]
    );
}
