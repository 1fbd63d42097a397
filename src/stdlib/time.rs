//! The `time` module.

use crate::vm::args::Args;
use crate::vm::errors::{value_error, PyResult};
use crate::vm::ops;
use crate::vm::state::Vm;
use crate::vm::types::float::new_float;
use crate::vm::types::function::{new_builtin, BuiltinKind};
use crate::vm::types::int::new_int;
use crate::vm::types::module::{as_module, new_module};
use crate::vm::types::registry::none;
use crate::vm::types::str::{intern, new_str};
use crate::vm::value::Value;
use crate::vm::valgrind::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn start() -> Instant {
    static S: OnceLock<Instant> = OnceLock::new();
    *S.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("time", 0)?;
    Ok(new_float(epoch().as_secs_f64()))
}
fn time_ns(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("time_ns", 0)?;
    Ok(crate::vm::types::int::new_int_i128(epoch().as_nanos() as i128))
}
fn perf_counter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("perf_counter", 0)?;
    Ok(new_float(start().elapsed().as_secs_f64()))
}
fn perf_counter_ns(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("perf_counter_ns", 0)?;
    Ok(crate::vm::types::int::new_int_i128(start().elapsed().as_nanos() as i128))
}
fn process_time(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.exact("process_time", 0)?;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into the provided buffer.
    unsafe { clock_gettime(2, &mut ts) };
    Ok(new_float(ts.sec as f64 + ts.nsec as f64 * 1e-9))
}

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}
unsafe extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("time.sleep", 1)?;
    let secs = match crate::vm::types::float::coerce_f64(&p[0]) {
        Some(r) => r?,
        None => {
            return Err(crate::vm::errors::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::vm::types::typeobj::type_name(&p[0])
            )))
        }
    };
    // CPython converts to nanoseconds in an i64 first; its range errors.
    let int_arg = crate::vm::types::int::is_int_like(&p[0]);
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs.abs() * 1e9 >= 9.223372036854775807e18 {
        return Err(crate::vm::errors::overflow_error(if int_arg {
            "timestamp too large to convert to C _PyTime_t"
        } else {
            "timestamp out of range for platform time_t"
        }));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::stdlib::io::flush_stdout();
    let _ = vm;
    crate::vm::signals::interruptible_sleep(std::time::Duration::from_secs_f64(secs))?;
    Ok(none())
}

// ------------------------------------------------------------------ calendar

/// (year, month, day) of a day count since 1970-01-01 (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Days since 1970-01-01 of a (year, month, day); month may be out of range.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The nine struct_time fields (UTC) of a timestamp.
fn broken_down(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, wday, yday, 0]
}

fn struct_time_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| crate::vm::heap::permanent(|| {
        super::sys::structseq::new_type(
            "time",
            "struct_time",
            &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
            9,
        )
    }))
}

fn make_struct_time(f: [i64; 9], zone: &str) -> Value {
    super::sys::structseq::make(struct_time_type(), f.iter().map(|&x| new_int(x)).collect(), vec![new_str(zone), new_int(0)])
}

/// The timestamp argument of gmtime/localtime/ctime (None: now).
fn secs_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(epoch().as_secs() as i64),
        Some(x) if ops::is_none(x) => Ok(epoch().as_secs() as i64),
        Some(x) => {
            if crate::vm::types::float::is_float(x) {
                let f = crate::vm::types::float::coerce_f64(x).unwrap()?;
                if !f.is_finite() {
                    return Err(value_error(if f.is_nan() { "Invalid value NaN (not a number)" } else { "cannot convert float infinity to integer" }));
                }
                return Ok(f.floor() as i64);
            }
            ops::index_value(vm, x)
        }
    }
}

fn gmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("gmtime", 0, 1)?;
    let s = secs_arg(vm, p.first())?;
    Ok(make_struct_time(broken_down(s), "GMT"))
}

fn localtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("localtime", 0, 1)?;
    let s = secs_arg(vm, p.first())?;
    Ok(make_struct_time(broken_down(s), "UTC"))
}

/// The nine fields of a struct_time or 9-tuple argument (None: now).
fn tuple_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<[i64; 9]> {
    let Some(v) = v.filter(|v| !ops::is_none(v)) else {
        return Ok(broken_down(epoch().as_secs() as i64));
    };
    let Some(items) = crate::vm::types::tuple::as_tuple(v).map(|t| t.to_vec()) else {
        return Err(crate::vm::errors::type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(crate::vm::errors::type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        out[i] = ops::index_value(vm, it)?;
    }
    Ok(out)
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn day_name(t: &[i64; 9]) -> &'static str {
    DAYS[t[6].rem_euclid(7) as usize]
}
fn month_name(t: &[i64; 9]) -> &'static str {
    MONTHS[(t[1] - 1).clamp(0, 11) as usize]
}

/// ISO 8601 (year, week, weekday 1..7).
fn iso_week(t: &[i64; 9]) -> (i64, i64, i64) {
    let wday = t[6].rem_euclid(7) + 1;
    let yday = t[7];
    let week = (yday - wday + 10) / 7;
    let year = t[0];
    let weeks_in = |y: i64| {
        let jan1 = (days_from_civil(y, 1, 1) + 3).rem_euclid(7);
        if jan1 == 3 || (jan1 == 2 && is_leap(y)) {
            53
        } else {
            52
        }
    };
    if week < 1 {
        (year - 1, weeks_in(year - 1), wday)
    } else if week > weeks_in(year) {
        (year + 1, 1, wday)
    } else {
        (year, week, wday)
    }
}

fn format_time(fmt: &str, t: &[i64; 9]) -> String {
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let h12 = if t[3] % 12 == 0 { 12 } else { t[3] % 12 };
        let s = match d {
            'a' => day_name(t)[..3].to_string(),
            'A' => day_name(t).to_string(),
            'b' | 'h' => month_name(t)[..3].to_string(),
            'B' => month_name(t).to_string(),
            'c' => format_time("%a %b %e %H:%M:%S %Y", t),
            'C' => format!("{:02}", t[0].div_euclid(100)),
            'd' => format!("{:02}", t[2]),
            'D' | 'x' => format_time("%m/%d/%y", t),
            'e' => format!("{:>2}", t[2]),
            'F' => format_time("%Y-%m-%d", t),
            'G' => iso_week(t).0.to_string(),
            'g' => format!("{:02}", iso_week(t).0.rem_euclid(100)),
            'H' => format!("{:02}", t[3]),
            'I' => format!("{h12:02}"),
            'j' => format!("{:03}", t[7]),
            'k' => format!("{:>2}", t[3]),
            'l' => format!("{h12:>2}"),
            'm' => format!("{:02}", t[1]),
            'M' => format!("{:02}", t[4]),
            'n' => "\n".into(),
            'p' => if t[3] < 12 { "AM" } else { "PM" }.into(),
            'r' => format_time("%I:%M:%S %p", t),
            'R' => format_time("%H:%M", t),
            's' => (days_from_civil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]).to_string(),
            'S' => format!("{:02}", t[5]),
            't' => "\t".into(),
            'T' | 'X' => format_time("%H:%M:%S", t),
            'u' => (t[6].rem_euclid(7) + 1).to_string(),
            'U' => format!("{:02}", (t[7] - 1 + 7 - (t[6] + 1).rem_euclid(7)) / 7),
            'V' => format!("{:02}", iso_week(t).1),
            'w' => ((t[6] + 1).rem_euclid(7)).to_string(),
            'W' => format!("{:02}", (t[7] - 1 + 7 - t[6].rem_euclid(7)) / 7),
            'y' => format!("{:02}", t[0].rem_euclid(100)),
            'Y' => t[0].to_string(),
            'z' => "+0000".into(),
            'Z' => "UTC".into(),
            '%' => "%".into(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}

fn strftime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("strftime", 1, 2)?;
    let fmt = crate::vm::types::str::as_str(&p[0]).ok_or_else(|| {
        crate::vm::errors::type_error(format!("strftime() argument 1 must be str, not {}", crate::vm::types::typeobj::type_name(&p[0])))
    })?;
    let fmt = fmt.to_string();
    let t = tuple_arg(vm, p.get(1), "strftime")?;
    if !(1..=12).contains(&t[1]) && p.get(1).is_some() {
        return Err(value_error("month out of range"));
    }
    Ok(crate::vm::types::str::new_string(format_time(&fmt, &t)))
}

fn asctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("asctime", 0, 1)?;
    let t = tuple_arg(vm, p.first(), "asctime")?;
    Ok(crate::vm::types::str::new_string(format_time("%a %b %e %H:%M:%S %Y", &t)))
}

fn ctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.range("ctime", 0, 1)?;
    let s = secs_arg(vm, p.first())?;
    Ok(crate::vm::types::str::new_string(format_time("%a %b %e %H:%M:%S %Y", &broken_down(s))))
}

fn mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("mktime", 1)?;
    let t = tuple_arg(vm, Some(&p[0]), "mktime")?;
    let secs = days_from_civil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5];
    Ok(new_float(secs as f64))
}

fn process_time_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = process_time(vm, a)?;
    let secs = crate::vm::types::float::coerce_f64(&f).unwrap()?;
    Ok(new_int((secs * 1e9) as i64))
}

fn get_clock_info(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.exact("get_clock_info", 1)?;
    let name = crate::vm::types::str::as_str(&p[0]).unwrap_or("");
    let (imp, mono, adj, res) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9),
        _ => return Err(value_error("unknown clock")),
    };
    static T: OnceLock<Value> = OnceLock::new();
    let t = T.get_or_init(|| crate::vm::heap::permanent(|| super::sys::structseq::new_type("types", "namespace", &["implementation", "monotonic", "adjustable", "resolution"], 4)));
    let b = crate::vm::types::registry::py_bool;
    Ok(super::sys::structseq::make(t, vec![new_str(imp), b(mono), b(adj), new_float(res)], vec![]))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("time");
    let d = as_module(&m).unwrap().dict_data();
    let fns: &[(&'static str, crate::vm::args::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", process_time),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("mktime", mktime),
        ("process_time_ns", process_time_ns),
        ("get_clock_info", get_clock_info),
    ];
    for (n, f) in fns {
        d.set_str(intern(n), new_builtin(n, *f, BuiltinKind::Function, None));
    }
    d.set_str(intern("timezone"), new_int(0));
    // Local time is UTC (no tz database is consulted).
    d.set_str(intern("altzone"), new_int(0));
    d.set_str(intern("daylight"), new_int(0));
    d.set_str(intern("tzname"), crate::vm::types::tuple::new_tuple(vec![new_str("UTC"), new_str("UTC")]));
    d.set_str(intern("struct_time"), struct_time_type().clone());
    start();
    Ok(m)
}
