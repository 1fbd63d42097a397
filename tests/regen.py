#!/usr/bin/env python3
"""Regenerate expected outputs of the differential tests from CPython.

Usage: python3 tests/regen.py [paths-or-dirs...]   (default: tests/python)

For every test program X.py this runs `python3 X.py [args]` with the test's
directory as cwd, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
PYTHONDONTWRITEBYTECODE=1, stdin from /dev/null and a 30 s timeout, and writes
X.out (stdout), X.err (stderr, possibly empty) and X.code (exit status + "\n").
CPython reports the script by absolute path in tracebacks; the test directory
prefix ("/abs/path/to/tests/python/lang/") is stripped from stdout and stderr,
so the expectations say `File "X.py"` (and `File "mod_x.py"` for helpers).

Test programs are the *.py files found under the given directories, except:
  * files whose name starts with "mod_" or "_" (helper modules for imports),
  * anything inside a directory whose name starts with "pkg_", "_" or "."
    (helper packages, __pycache__).
A line "# args: a b c" in a test passes extra argv words after the file name.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30


def is_test_file(name):
    return name.endswith(".py") and not name.startswith(("mod_", "_"))


def skip_dir(name):
    return name.startswith(("pkg_", "_", "."))


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not skip_dir(d))
                for f in sorted(filenames):
                    if is_test_file(f):
                        out.append(os.path.join(dirpath, f))
        elif os.path.isfile(p):
            out.append(p)
        else:
            sys.exit(f"regen.py: no such file or directory: {p}")
    return out


def extra_args(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if s.startswith("# args:"):
                return s[len("# args:"):].split()
    return []


def run_one(path):
    d = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1")
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONSAFEPATH"):
        env.pop(k, None)
    try:
        r = subprocess.run(["python3", name] + extra_args(path), cwd=d, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
        out, err, code = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired as e:
        out, err, code = e.stdout or b"", (e.stderr or b"") + b"\nTIMEOUT\n", -9
    # CPython makes the script path absolute; tests must not depend on where
    # the checkout lives, so strip the test directory from paths in output.
    prefix = (d + os.sep).encode()
    out = out.replace(prefix, b"")
    err = err.replace(prefix, b"")
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(out)
    with open(base + ".err", "wb") as f:
        f.write(err)
    with open(base + ".code", "w") as f:
        f.write(f"{code}\n")
    return code


def main():
    paths = sys.argv[1:] or [os.path.join(ROOT, "python")]
    tests = collect(paths)
    nonzero = []
    for t in tests:
        code = run_one(t)
        if code != 0:
            nonzero.append((t, code))
    print(f"regenerated {len(tests)} tests; {len(nonzero)} exit non-zero")
    for t, code in nonzero:
        print(f"  {code:>4}  {os.path.relpath(t)}")


if __name__ == "__main__":
    main()
