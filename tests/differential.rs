//! Differential tests: every `tests/python/<dir>/<name>.py` runs under
//! pyrallel and must reproduce what CPython 3.11 printed (recorded in
//! `<name>.out`, `.err`, `.code` by `tests/regen.py`).
//!
//! stdout and the exit code must match exactly; for stderr we compare the
//! `File "...", line N, in F` lines and the final exception line (CPython's
//! caret lines are not reproduced).
//!
//! `tests/python/KNOWN_FAILURES` lists tests that do not pass yet, one path
//! per line. A listed test that passes, or an unlisted one that fails, fails
//! the run. `UPDATE_KNOWN_FAILURES=1 cargo test --test differential`
//! rewrites the list.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if !name.starts_with("pkg_") && !name.starts_with('_') && !name.starts_with('.') && name != "mods" {
                collect(&p, out);
            }
        } else if name.ends_with(".py") && !name.starts_with("mod_") && !name.starts_with('_') {
            out.push(p);
        }
    }
}

fn stderr_signature(s: &str) -> Vec<String> {
    let lines: Vec<&str> = s.lines().collect();
    let mut sig: Vec<String> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| l.starts_with("File \"") && l.contains(", line "))
        .map(String::from)
        .collect();
    if let Some(last) = lines.iter().rev().find(|l| !l.trim().is_empty()) {
        sig.push(last.trim_end().to_string());
    }
    sig
}

struct Outcome {
    rel: String,
    ok: bool,
    why: String,
}

fn run_one(bin: &Path, py: &Path, root: &Path) -> Outcome {
    let rel = py.strip_prefix(root).unwrap().to_string_lossy().to_string();
    let dir = py.parent().unwrap();
    let name = py.file_name().unwrap();
    let stem = py.with_extension("");
    let read = |ext: &str| std::fs::read_to_string(format!("{}.{ext}", stem.display())).unwrap_or_default();
    let (want_out, want_err, want_code) = (read("out"), read("err"), read("code"));
    let src = std::fs::read_to_string(py).unwrap_or_default();
    let extra: Vec<String> = src
        .lines()
        .find_map(|l| l.strip_prefix("# args:"))
        .map(|a| a.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let mut child = match Command::new(bin)
        .arg(name)
        .args(&extra)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome { rel, ok: false, why: format!("spawn failed: {e}") },
    };
    let start = Instant::now();
    let out_pipe = child.stdout.take().unwrap();
    let err_pipe = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut { out_pipe }, &mut s).ok();
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut { err_pipe }, &mut s).ok();
        s
    });
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break Some(st);
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = String::from_utf8_lossy(&t_out.join().unwrap()).to_string();
    let err = String::from_utf8_lossy(&t_err.join().unwrap()).to_string();
    let Some(status) = status else {
        return Outcome { rel, ok: false, why: "timed out after 30 s".into() };
    };
    let code = status.code().map(|c| c.to_string()).unwrap_or_else(|| "signal".into());
    let mut why = Vec::new();
    if code != want_code.trim() {
        why.push(format!("exit code {code}, expected {}", want_code.trim()));
    }
    if out != want_out {
        let first = out.lines().zip(want_out.lines()).position(|(a, b)| a != b).unwrap_or(out.lines().count().min(want_out.lines().count()));
        why.push(format!(
            "stdout differs at line {}: got {:?}, expected {:?}",
            first + 1,
            out.lines().nth(first).unwrap_or("<eof>"),
            want_out.lines().nth(first).unwrap_or("<eof>")
        ));
    }
    if stderr_signature(&err) != stderr_signature(&want_err) {
        why.push(format!(
            "stderr differs: got {:?}, expected {:?}",
            stderr_signature(&err),
            stderr_signature(&want_err)
        ));
    }
    Outcome { rel, ok: why.is_empty(), why: why.join("; ") }
}

#[test]
fn differential() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pyrallel"));
    let mut tests = Vec::new();
    collect(&root, &mut tests);
    if let Ok(filter) = std::env::var("DIFF_FILTER") {
        tests.retain(|t| t.to_string_lossy().contains(&filter));
    }
    assert!(tests.len() > 0, "no differential tests found");
    let known_path = root.join("KNOWN_FAILURES");
    let known: Vec<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let queue = Arc::new(Mutex::new(tests.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: usize = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2);
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (q, r, bin, root) = (queue.clone(), results.clone(), bin.clone(), root.clone());
            std::thread::spawn(move || loop {
                let Some(t) = q.lock().unwrap().pop() else { break };
                let o = run_one(&bin, &t, &root);
                r.lock().unwrap().push(o);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by(|a, b| a.rel.cmp(&b.rel));
    let passed = results.iter().filter(|o| o.ok).count();
    let failed = results.len() - passed;
    let mut regressions = Vec::new();
    let mut fixed = Vec::new();
    for o in &results {
        let listed = known.contains(&o.rel);
        if !o.ok && !listed {
            regressions.push(format!("FAIL {}: {}", o.rel, o.why));
        }
        if o.ok && listed {
            fixed.push(o.rel.clone());
        }
        if !o.ok && std::env::var("DIFF_VERBOSE").is_ok() {
            eprintln!("FAIL {}: {}", o.rel, o.why);
        }
    }
    if std::env::var("UPDATE_KNOWN_FAILURES").is_ok() && std::env::var("DIFF_FILTER").is_err() {
        let mut s = String::from("# Differential tests that do not pass yet (regenerate: UPDATE_KNOWN_FAILURES=1 cargo test --test differential).\n");
        for o in &results {
            if !o.ok {
                s.push_str(&o.rel);
                s.push('\n');
            }
        }
        std::fs::write(&known_path, s).unwrap();
    }
    eprintln!("differential: {passed} passed, {failed} failed ({} known failures listed)", known.len());
    for r in &regressions {
        eprintln!("{r}");
    }
    for f in &fixed {
        eprintln!("NOW PASSING (remove from KNOWN_FAILURES): {f}");
    }
    if std::env::var("UPDATE_KNOWN_FAILURES").is_err() {
        assert!(regressions.is_empty() && fixed.is_empty(), "{} regressions, {} now-passing tests still listed as known failures", regressions.len(), fixed.len());
    }
}
