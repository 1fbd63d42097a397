//! Runs the self-checking programs of `tests/parallel/` (each exercises one
//! rule of the memory model or one function of the `parallel` module and
//! ends by printing "ok"), with the machine's worker count and with more
//! workers than cores, plus the checks that need stderr.

use std::path::Path;
use std::process::Command;

fn pyrallel() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyrallel"))
}

fn run_program(path: &Path, workers: Option<&str>) -> Result<(), String> {
    let mut cmd = pyrallel();
    cmd.arg(path);
    if let Some(w) = workers {
        cmd.env("PYRALLEL_WORKERS", w);
    }
    let out = cmd.output().map_err(|e| format!("cannot run: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stdout.lines().last().unwrap_or("");
    if out.status.code() != Some(0) || last != "ok" || !stderr.is_empty() {
        return Err(format!(
            "{} (workers {:?}): exit {:?}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            path.display(),
            workers,
            out.status.code()
        ));
    }
    Ok(())
}

#[test]
fn parallel_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parallel");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    files.sort();
    assert!(files.len() >= 7, "parallel test programs missing");
    let mut failures = Vec::new();
    for f in &files {
        for workers in [None, Some("4")] {
            if let Err(e) = run_program(f, workers) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

/// `run()` re-raises a work error in the main thread with a traceback that
/// names the line in the callback, and the program exits 1.
#[test]
fn run_reraises_with_traceback() {
    let src = "import parallel\n\ndef work(x):\n    y = x + 1\n    raise KeyError(y)\n\nparallel.submit_work(work, 1)\nparallel.run()\n";
    let out = pyrallel().arg("-c").arg(src).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let want = [
        "Traceback (most recent call last):",
        "  File \"<string>\", line 8, in <module>",
        "  File \"<string>\", line 5, in work",
        "KeyError: 2",
    ];
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("    ")).collect();
    assert_eq!(lines, want, "{stderr}");
}

/// A Python program's exit while work is still queued or running must not
/// crash or hang.
#[test]
fn exit_with_work_in_flight() {
    let src = "import parallel\ndef spin(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nfor i in range(50):\n    parallel.submit_work(spin, 200000)\nprint('bye')\n";
    let out = pyrallel().arg("-c").arg(src).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "bye\n");
}
