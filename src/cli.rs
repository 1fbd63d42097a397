//! The `pyrallel` command line: run a file, `-c`, `-m`, stdin, or a REPL;
//! print uncaught exceptions like CPython and exit with its codes.

use crate::stdlib::sys::{sys_set, write_stderr};
use crate::vm::errors::PyErr;
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::dict_methods::as_dict;
use crate::vm::types::exception::as_exception;
use crate::vm::types::list::new_list;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::ExcKind;
use crate::vm::types::str::{intern, new_str};
use crate::vm::value::Value;

const USAGE: &str = "usage: pyrallel [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment:
PYRALLEL_WORKERS: number of worker threads for parallel contexts
";

enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
}

/// Entry point: parse arguments, run, return the exit code.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let program;
    loop {
        match args.get(i).map(|s| s.as_str()) {
            None => {
                program = Program::Stdin;
                break;
            }
            Some("-h") | Some("--help") | Some("-?") => {
                print!("{USAGE}");
                return 0;
            }
            Some("-V") | Some("--version") => {
                println!("Python {} (pyrallel {})", crate::stdlib::sys::PY_VERSION, env!("CARGO_PKG_VERSION"));
                return 0;
            }
            Some("-c") => match args.get(i + 1) {
                Some(c) => {
                    program = Program::Command(c.clone());
                    i += 1;
                    break;
                }
                None => {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                }
            },
            Some("-m") => match args.get(i + 1) {
                Some(m) => {
                    program = Program::Module(m.clone());
                    i += 1;
                    break;
                }
                None => {
                    eprintln!("Argument expected for the -m option\n{USAGE}");
                    return 2;
                }
            },
            Some("-") => {
                program = Program::Stdin;
                break;
            }
            Some("-u") | Some("-B") | Some("-E") | Some("-s") | Some("-S") | Some("-I") | Some("-O") => i += 1,
            Some(s) if s.starts_with('-') => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                return 2;
            }
            Some(f) => {
                program = Program::File(f.to_string());
                break;
            }
        }
    }
    let rest: Vec<String> = args.get(i + 1..).map(|r| r.to_vec()).unwrap_or_default();
    // Run on a thread with a large stack: deep Python recursion is bounded by
    // the recursion limit and a stack-remaining check, never by a crash.
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(1 << 30)
        .spawn(move || run(program, rest))
        .expect("failed to start the interpreter thread");
    let code = handle.join().unwrap_or(70);
    crate::stdlib::io::flush_stdout();
    if code == EXIT_INTERRUPTED {
        die_of_sigint();
    }
    code
}

/// Exit status for an uncaught KeyboardInterrupt if re-raising SIGINT did
/// not end the process (128 + SIGINT, what a shell reports).
const EXIT_INTERRUPTED: i32 = 130;
const SIGINT: i32 = 2;
/// `SIG_DFL` as a handler value.
const SIG_DFL: usize = 0;

unsafe extern "C" {
    fn signal(sig: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

extern "C" fn on_sigint(_sig: i32) {
    crate::vm::signals::note_sigint();
}

/// Turn SIGINT into KeyboardInterrupt for the calling (interpreter) thread.
fn install_sigint_handler() {
    crate::vm::signals::set_main_thread();
    let handler: extern "C" fn(i32) = on_sigint;
    // SAFETY: `signal` only records the handler. The handler is an
    // `extern "C" fn(i32)` that does nothing but relaxed atomic stores,
    // which are async-signal-safe.
    unsafe { signal(SIGINT, handler as usize) };
}

/// Like CPython after an uncaught KeyboardInterrupt: end the process by
/// SIGINT so the parent (a shell) sees that the program was interrupted.
fn die_of_sigint() {
    // SAFETY: restoring the default disposition and raising a signal in
    // our own process has no memory-safety requirements; stdout was
    // flushed by the caller.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

fn run(program: Program, rest: Vec<String>) -> i32 {
    crate::vm::state::init();
    install_sigint_handler();
    let mut vm = Vm::new();
    let main_mod = new_module("__main__");
    let globals = as_module(&main_mod).unwrap().dict.clone();
    let gd = as_dict(&globals).unwrap();
    gd.set_str(intern("__builtins__"), crate::vm::import::state().builtins_module.clone());
    as_dict(&crate::vm::import::modules_dict()).unwrap().set_str(intern("__main__"), main_mod.clone());
    let set_argv = |first: &str| {
        let mut v = vec![new_str(first)];
        v.extend(rest.iter().map(|s| new_str(s)));
        sys_set("argv", new_list(v));
    };
    let set_path0 = |p: &str| {
        sys_set("path", new_list(vec![new_str(p)]));
    };
    let result = match program {
        Program::File(path) => {
            set_argv(&path);
            let dir = std::path::Path::new(&path).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            set_path0(&dir);
            let source = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let exe = std::env::args().next().unwrap_or_else(|| "pyrallel".into());
                    eprintln!("{exe}: can't open file '{path}': [Errno {}] {}", e.raw_os_error().unwrap_or(0), strerror(&e));
                    return 2;
                }
            };
            gd.set_str(intern("__file__"), new_str(&path));
            crate::vm::import::exec_source(&mut vm, &source, &path, &globals)
        }
        Program::Command(code) => {
            set_argv("-c");
            set_path0("");
            crate::vm::traceback_print::register_source("<string>", &code);
            crate::vm::import::exec_source(&mut vm, &code, "<string>", &globals)
        }
        Program::Module(name) => {
            set_path0("");
            run_module(&mut vm, &name, &rest, &globals)
        }
        Program::Stdin => {
            set_argv("");
            set_path0("");
            if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                return crate::cli_repl::repl(&mut vm, &globals);
            }
            let mut source = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut source);
            crate::vm::traceback_print::register_source("<stdin>", &source);
            crate::vm::import::exec_source(&mut vm, &source, "<stdin>", &globals)
        }
    };
    let code = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(&mut vm, e),
    };
    crate::vm::finalize::shutdown(&mut vm, &globals);
    code
}

fn strerror(e: &std::io::Error) -> String {
    e.to_string().split(" (os error").next().unwrap_or("").to_string()
}

fn run_module(vm: &mut Vm, name: &str, rest: &[String], globals: &Value) -> Result<Value, PyErr> {
    let sys_path = crate::stdlib::sys::sys_path();
    let dirs = ops::collect(vm, &sys_path)?;
    for d in dirs {
        let dir = crate::vm::types::str::as_str(&d).unwrap_or("").to_string();
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let rel = name.replace('.', "/");
        for cand in [format!("{base}/{rel}.py"), format!("{base}/{rel}/__main__.py")] {
            if std::path::Path::new(&cand).is_file() {
                let full = std::fs::canonicalize(&cand).map(|p| p.to_string_lossy().to_string()).unwrap_or(cand.clone());
                let mut v = vec![new_str(&full)];
                v.extend(rest.iter().map(|s| new_str(s)));
                sys_set("argv", new_list(v));
                let source = std::fs::read_to_string(&cand).unwrap_or_default();
                as_dict(globals).unwrap().set_str(intern("__file__"), new_str(&full));
                return crate::vm::import::exec_source(vm, &source, &full, globals);
            }
        }
    }
    let exe = std::env::args().next().unwrap_or_else(|| "pyrallel".into());
    Err(PyErr::msg(ExcKind::ModuleNotFoundError, format!("{exe}: No module named {name}")))
}

/// Print an uncaught exception (or honour SystemExit); return the exit code.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    if e.matches(ExcKind::SystemExit) {
        let code = crate::vm::protocols::getattr_opt(vm, &e.exc, "code").ok().flatten();
        let code = code.or_else(|| as_exception(&e.exc).and_then(|d| d.args_vec().into_iter().next()));
        return match code {
            None => 0,
            Some(c) if ops::is_none(&c) => 0,
            Some(c) => match crate::vm::types::int::to_i64(&c) {
                Some(n) => (n & 0xff) as i32,
                None => {
                    let s = ops::str_string(vm, &c).unwrap_or_default();
                    let _ = write_stderr(vm, &format!("{s}\n"));
                    1
                }
            },
        };
    }
    crate::stdlib::io::flush_stdout();
    crate::vm::traceback_print::print_exception(vm, &e.exc);
    if e.matches(ExcKind::KeyboardInterrupt) {
        return EXIT_INTERRUPTED;
    }
    1
}
