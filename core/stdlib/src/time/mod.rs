//! The `time` module, as CPython 3.11's Modules/timemodule.c on Linux:
//! the clocks, `sleep`, conversions between timestamps and broken-down
//! times (UTC computed here, local time through the C library), and
//! `strftime`/`strptime` with glibc's and `_strptime`'s behaviour. Also
//! the `_strptime` module that `datetime.strptime` shares.
//!
//! `civil` is the calendar arithmetic, `local` the C library calls,
//! `strftime` the formatter, `strptime` the parser and `regex` the
//! pattern matcher it uses. `struct_time` is made by `_structseq`
//! (python/_structseq.py).

mod civil;
mod local;
mod regex;
mod strftime;
mod strptime;

pub(crate) use local::strerror;

use civil::Tm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pvm_vm::args::Args;
use pvm_vm::import::import_full;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{ObjRef, PyErr, PyResult, Value, Vm};

/// The module's functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", thread_time),
    ("thread_time_ns", thread_time_ns),
    ("clock_gettime", clock_gettime),
    ("clock_gettime_ns", clock_gettime_ns),
    ("clock_getres", clock_getres),
    ("get_clock_info", get_clock_info),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strftime", time_strftime),
    ("strptime", time_strptime),
    ("tzset", tzset),
];

/// The fields of `struct_time` with their docs (CPython's).
const STRUCT_TIME_FIELDS: [(&str, &str); 11] = [
    ("tm_year", "year, for example, 1993"),
    ("tm_mon", "month of year, range [1, 12]"),
    ("tm_mday", "day of month, range [1, 31]"),
    ("tm_hour", "hours, range [0, 23]"),
    ("tm_min", "minutes, range [0, 59]"),
    ("tm_sec", "seconds, range [0, 61])"),
    ("tm_wday", "day of week, range [0, 6], Monday is 0"),
    ("tm_yday", "day of year, range [1, 366]"),
    (
        "tm_isdst",
        "1 if summer time is in effect, 0 if not, and -1 if unknown",
    ),
    ("tm_zone", "abbreviation of timezone name"),
    ("tm_gmtoff", "offset from UTC in seconds"),
];

const STRUCT_TIME_DOC: &str = "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.";

/// Fills in the `time` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(module, FUNCTIONS);
    let clocks = [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ];
    for (name, id) in clocks {
        vm.set_attr_direct(module, name, Value::Int(i64::from(id)));
    }
    vm.set_attr_direct(module, "_STRUCT_TM_ITEMS", Value::Int(11));
    let doc = vm.new_str("This module provides various functions to manipulate time values.");
    vm.set_attr_direct(module, "__doc__", doc);
    let structseq = import_full(vm, "_structseq")?;
    let make = vm.get_attr_str(&structseq, "make_type")?;
    let fields: Vec<Value> = STRUCT_TIME_FIELDS
        .iter()
        .map(|(n, d)| {
            let pair = vec![vm.new_str(*n), vm.new_str(*d)];
            vm.new_tuple(pair)
        })
        .collect();
    let args = vec![
        vm.new_str("time"),
        vm.new_str("struct_time"),
        vm.new_list(fields),
        Value::Int(9),
        vm.new_str(STRUCT_TIME_DOC),
    ];
    let cls = vm.call(&make, args)?;
    vm.set_attr_direct(module, "struct_time", cls);
    set_zone_attrs(vm, module);
    Ok(())
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` from the C
/// library's current zone.
fn set_zone_attrs(vm: &mut Vm, module: &ObjRef) {
    let (timezone, altzone, daylight, (std_name, dst_name)) = local::zone_info(now_secs());
    vm.set_attr_direct(module, "timezone", Value::Int(timezone));
    vm.set_attr_direct(module, "altzone", Value::Int(altzone));
    vm.set_attr_direct(module, "daylight", Value::Int(i64::from(daylight)));
    let names = vec![vm.new_str(std_name), vm.new_str(dst_name)];
    let names = vm.new_tuple(names);
    vm.set_attr_direct(module, "tzname", names);
}

/// The current time in whole seconds (C's `time(NULL)`).
fn now_secs() -> i64 {
    (system_ns().div_euclid(1_000_000_000)) as i64
}

/// The system clock in nanoseconds since the Epoch.
fn system_ns() -> i128 {
    local::clock_ns(libc::CLOCK_REALTIME).unwrap_or(0)
}

/// Seconds as a float the way CPython converts its nanosecond clocks.
fn ns_to_float(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

/// An int value from an i128.
fn int_value(vm: &Vm, v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int_big(BigInt::from(v)),
    }
}

/// METH_NOARGS with the "time.time() takes no arguments" message.
fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, &format!("time.{name}"))?;
    let n = args.values.len();
    if n != 0 {
        return Err(vm.type_error(format!("time.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// An OSError for an errno, with the C library's message.
fn os_error(vm: &mut Vm, errno: i32) -> PyErr {
    let ty = Value::Obj(vm.exc_type("OSError"));
    let msg = vm.new_str(local::strerror(errno));
    match vm.call(&ty, [Value::Int(i64::from(errno)), msg]) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.new_error("OSError", local::strerror(errno)),
        Err(e) => e,
    }
}

/// A clock's reading in nanoseconds, or OSError.
fn clock(vm: &mut Vm, id: libc::clockid_t) -> PyResult<i128> {
    local::clock_ns(id).map_err(|e| os_error(vm, e))
}

macro_rules! clock_functions {
    ($($float:ident, $ns:ident, $id:expr, $name:literal;)*) => {$(
        /// The clock in seconds, as a float.
        fn $float(vm: &mut Vm, args: Args) -> PyResult<Value> {
            no_args(vm, &args, $name)?;
            let ns = clock(vm, $id)?;
            Ok(vm.float(ns_to_float(ns)))
        }

        /// The clock in nanoseconds, as an int.
        fn $ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
            no_args(vm, &args, concat!($name, "_ns"))?;
            let ns = clock(vm, $id)?;
            Ok(int_value(vm, ns))
        }
    )*};
}

clock_functions! {
    time_time, time_time_ns, libc::CLOCK_REALTIME, "time";
    monotonic, monotonic_ns, libc::CLOCK_MONOTONIC, "monotonic";
    perf_counter, perf_counter_ns, libc::CLOCK_MONOTONIC, "perf_counter";
    process_time, process_time_ns, libc::CLOCK_PROCESS_CPUTIME_ID, "process_time";
    thread_time, thread_time_ns, libc::CLOCK_THREAD_CPUTIME_ID, "thread_time";
}

/// The arguments of a `PyArg_ParseTuple` function with no keywords.
fn varargs<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args.no_kwargs(vm, name)?;
    let n = args.values.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        let s = if k == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name}() takes {how} {k} argument{s} ({n} given)")));
    }
    Ok(&args.values)
}

/// A C `int` argument (`PyArg_ParseTuple`'s "i").
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some(long) = int_of(vm, v)?.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    if long > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if long < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(long)
}

/// `clock_gettime(clk_id)` and friends: the clock id argument.
fn clock_id(vm: &mut Vm, args: &Args, name: &str) -> PyResult<libc::clockid_t> {
    let vals = varargs(vm, args, name, 1, 1)?;
    let v = vals[0].clone();
    Ok(c_int(vm, &v)? as libc::clockid_t)
}

fn clock_gettime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = clock_id(vm, &args, "clock_gettime")?;
    let ns = clock(vm, id)?;
    Ok(vm.float((ns / 1_000_000_000) as f64 + (ns % 1_000_000_000) as f64 * 1e-9))
}

fn clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = clock_id(vm, &args, "clock_gettime")?;
    let ns = clock(vm, id)?;
    Ok(int_value(vm, ns))
}

fn clock_getres(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = clock_id(vm, &args, "clock_getres")?;
    let res = local::clock_res(id).map_err(|e| os_error(vm, e))?;
    Ok(vm.float(res))
}

/// `get_clock_info(name)`: a `types.SimpleNamespace` describing a clock.
fn get_clock_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = varargs(vm, &args, "get_clock_info", 1, 1)?;
    let Some(name) = vals[0].as_str().map(str::to_string) else {
        let tn = vm.type_name(&vals[0]);
        return Err(vm.type_error(format!("get_clock_info() argument 1 must be str, not {tn}")));
    };
    let (id, implementation, monotonic, adjustable) = match name.as_str() {
        "time" => (libc::CLOCK_REALTIME, "CLOCK_REALTIME", false, true),
        "monotonic" | "perf_counter" => (libc::CLOCK_MONOTONIC, "CLOCK_MONOTONIC", true, false),
        "process_time" => (
            libc::CLOCK_PROCESS_CPUTIME_ID,
            "CLOCK_PROCESS_CPUTIME_ID",
            true,
            false,
        ),
        "thread_time" => (
            libc::CLOCK_THREAD_CPUTIME_ID,
            "CLOCK_THREAD_CPUTIME_ID",
            true,
            false,
        ),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let resolution = local::clock_res(id).map_err(|e| os_error(vm, e))?;
    let ns_type = match import_full(vm, "types") {
        Ok(types) => vm.get_attr_str(&types, "SimpleNamespace")?,
        Err(_) => {
            let fallback = import_full(vm, "_structseq")?;
            vm.get_attr_str(&fallback, "namespace")?
        }
    };
    let ns = vm.call(&ns_type, Vec::new())?;
    let Value::Obj(obj) = &ns else {
        return Ok(ns);
    };
    let imp = vm.new_str(format!("clock_gettime({implementation})"));
    let res = vm.float(resolution);
    let attrs = [
        ("implementation", imp),
        ("monotonic", Value::Bool(monotonic)),
        ("adjustable", Value::Bool(adjustable)),
        ("resolution", res),
    ];
    for (k, v) in attrs {
        vm.set_attr_direct(obj, k, v);
    }
    Ok(ns)
}

/// Whether `v` is a float (or a float subclass).
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => match v.payload() {
            Some(Payload::Float(f)) => Some(*f),
            _ => None,
        },
    }
}

const TIME_T_OVERFLOW: &str = "timestamp out of range for platform time_t";

/// Whether a whole float fits a 64-bit `time_t`: [-2**63, 2**63).
fn fits_time_t(f: f64) -> bool {
    const BOUND: f64 = -(i64::MIN as f64);
    (-BOUND..BOUND).contains(&f)
}

/// A timestamp argument as `time_t` (`_PyTime_ObjectToTime_t`, rounding
/// floats toward negative infinity).
fn time_t_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(f) = float_of(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !fits_time_t(f) {
            return Err(vm.overflow_error(TIME_T_OVERFLOW));
        }
        return Ok(f as i64);
    }
    match int_of(vm, v)?.to_i64() {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error(TIME_T_OVERFLOW)),
    }
}

/// `operator.index(v)` as a BigInt.
fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let iv = vm.index_value(v)?;
    Ok(match &iv {
        Value::Int(i) => BigInt::from(*i),
        other => match other.payload() {
            Some(Payload::Int(b)) => b.clone(),
            _ => BigInt::from(0),
        },
    })
}

/// The optional `seconds` argument of gmtime/localtime/ctime: now when
/// absent or None.
fn optional_secs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    let vals = varargs(vm, args, name, 0, 1)?;
    match vals.first() {
        None | Some(Value::None) => Ok(now_secs()),
        Some(v) => {
            let v = v.clone();
            time_t_arg(vm, &v)
        }
    }
}

/// The class `time.struct_time`.
fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let module = import_full(vm, "time")?;
    vm.get_attr_str(&module, "struct_time")
}

/// A `struct_time` of 11 fields.
fn new_struct_time(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cls = struct_time_class(vm)?;
    let t = vm.new_tuple(items);
    vm.call(&cls, [t])
}

/// `tmtotuple`: a broken-down time as a `struct_time`.
fn tm_to_struct(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let zone = match &tm.zone {
        Some(z) => vm.new_str(z.as_str()),
        None => Value::None,
    };
    let items = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon + 1),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int((tm.wday + 6) % 7),
        Value::Int(tm.yday + 1),
        Value::Int(tm.isdst),
        zone,
        Value::Int(tm.gmtoff),
    ];
    new_struct_time(vm, items)
}

/// The local broken-down time of a timestamp, or OSError.
fn local_tm(vm: &mut Vm, t: i64) -> PyResult<Tm> {
    local::localtime(t).map_err(|e| os_error(vm, e))
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = optional_secs(vm, &args, "gmtime")?;
    let Some(tm) = civil::gmtime(t) else {
        return Err(os_error(vm, libc::EOVERFLOW));
    };
    tm_to_struct(vm, &tm)
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = optional_secs(vm, &args, "localtime")?;
    let tm = local_tm(vm, t)?;
    tm_to_struct(vm, &tm)
}

/// `gettmarg`: a 9-tuple (or struct_time) as a broken-down time; the
/// zone and offset come along only from a real struct_time.
fn tuple_to_tm(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Tm> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = c_int(vm, item)?;
    }
    if f[0] < i64::from(i32::MIN) + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    // C int arithmetic, which wraps (INT_MAX + 1 is INT_MIN).
    let c_add = |v: i64, d: i32| i64::from((v as i32).wrapping_add(d));
    let mut tm = Tm {
        year: f[0],
        mon: c_add(f[1], -1),
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: c_add(f[6], 1) % 7,
        yday: c_add(f[7], -1),
        isdst: f[8],
        zone: None,
        gmtoff: 0,
    };
    let cls = struct_time_class(vm)?;
    if matches!(&cls, Value::Obj(c) if vm.type_of(v).is(c)) {
        let zone = vm.get_attr_str(v, "tm_zone")?;
        if !zone.is_none() {
            match zone.as_str() {
                Some(z) => tm.zone = Some(z.to_string()),
                None => return Err(vm.type_error("bad argument type for built-in operation")),
            }
        }
        let off = vm.get_attr_str(v, "tm_gmtoff")?;
        if !off.is_none() {
            tm.gmtoff = match int_of(vm, &off)?.to_i64() {
                Some(o) => o,
                None => return Err(vm.overflow_error("Python int too large to convert to C long")),
            };
        }
    }
    Ok(tm)
}

/// `checktm`: the field ranges strftime and asctime need (zero month,
/// day and year-day mean the first).
fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    let msg = if tm.mon == -1 {
        tm.mon = 0;
        None
    } else if !(0..=11).contains(&tm.mon) {
        Some("month out of range")
    } else {
        None
    };
    if let Some(m) = msg {
        return Err(vm.value_error(m));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "time.mktime")?;
    if args.values.len() != 1 {
        let n = args.values.len();
        return Err(vm.type_error(format!(
            "time.mktime() takes exactly one argument ({n} given)"
        )));
    }
    let v = args.values[0].clone();
    let tm = tuple_to_tm(vm, &v, "mktime")?;
    match local::mktime(&tm) {
        Some((t, _)) => Ok(vm.float(t as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

/// C's `asctime` layout: "Sun Jan  1 00:00:00 2024".
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        strftime::abbr(strftime::weekday_name(tm.wday)),
        strftime::abbr(strftime::month_name(tm.mon)),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "asctime")?;
    let n = args.values.len();
    if n > 1 {
        return Err(vm.type_error(format!("asctime expected at most 1 argument, got {n}")));
    }
    let tm = match args.values.first() {
        None => local_tm(vm, now_secs())?,
        Some(v) => {
            let v = v.clone();
            let mut tm = tuple_to_tm(vm, &v, "asctime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
    };
    Ok(vm.new_str(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = optional_secs(vm, &args, "ctime")?;
    let tm = local_tm(vm, t)?;
    Ok(vm.new_str(asctime_text(&tm)))
}

/// Formats `tm` with `format` as `time.strftime` does (CPython's buffer
/// bound included); also used by `datetime` through `time.strftime`.
fn format_tm(format: &str, tm: &Tm) -> String {
    let chars: Vec<char> = format.chars().collect();
    // CPython retries with buffers of 1024, 2048, ... characters and
    // gives up (returning "") once the buffer is 256 times the format.
    let mut limit = 1024usize;
    while limit < chars.len().saturating_mul(256) {
        limit *= 2;
    }
    let (_, _, _, (std_name, dst_name)) = local::zone_info(now_secs());
    let mk = |tm: &Tm| local::mktime(tm).map(|(t, _)| t);
    let ctx = strftime::Context {
        tzname: (&std_name, &dst_name),
        mktime: &mk,
    };
    strftime::strftime(&chars, tm, &ctx, limit)
}

fn time_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = varargs(vm, &args, "strftime", 1, 2)?.to_vec();
    let Some(format) = vals[0].as_str().map(str::to_string) else {
        let tn = vm.type_name(&vals[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
    };
    let mut tm = match vals.get(1) {
        None => local_tm(vm, now_secs())?,
        Some(v) => {
            let mut tm = tuple_to_tm(vm, v, "strftime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
    };
    tm.isdst = tm.isdst.clamp(-1, 1);
    if format.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    Ok(vm.new_str(format_tm(&format, &tm)))
}

fn tzset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "tzset")?;
    local::reset_zone();
    let module = import_full(vm, "time")?;
    if let Value::Obj(m) = &module {
        set_zone_attrs(vm, m);
    }
    Ok(Value::None)
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "time.sleep")?;
    if args.values.len() != 1 {
        let n = args.values.len();
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({n} given)"
        )));
    }
    let v = args.values[0].clone();
    let ns: i128 = if let Some(f) = float_of(&v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        // Timeouts round away from zero.
        let d = f * 1e9;
        let d = if d >= 0.0 { d.ceil() } else { d.floor() };
        if !fits_time_t(d) {
            return Err(vm.overflow_error(TIME_T_OVERFLOW));
        }
        d as i128
    } else {
        let secs = int_of(vm, &v)?;
        match secs.to_i64().and_then(|s| s.checked_mul(1_000_000_000)) {
            Some(ns) => i128::from(ns),
            None => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        }
    };
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.stdout.flush();
    std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
    Ok(Value::None)
}

/// The local zone as `_strptime` sees it (`time.tzname`, `time.daylight`).
fn with_zone<R>(f: impl FnOnce(&strptime::ZoneNames) -> R) -> R {
    let (_, _, daylight, (std_name, dst_name)) = local::zone_info(now_secs());
    f(&strptime::ZoneNames {
        tzname: (&std_name, &dst_name),
        daylight,
    })
}

/// Runs the parser on str arguments, raising its errors as CPython's
/// `_strptime` raises them.
fn parse(vm: &mut Vm, data: &Value, format: &Value) -> PyResult<strptime::Parsed> {
    for (i, arg) in [data, format].into_iter().enumerate() {
        if arg.as_str().is_none() {
            let ty = Value::Obj(vm.type_of(arg).clone());
            let tr = vm.repr(&ty)?;
            return Err(vm.type_error(format!("strptime() argument {i} must be str, not {tr}")));
        }
    }
    let (d, f) = (data.as_str().unwrap_or(""), format.as_str().unwrap_or(""));
    match with_zone(|zone| strptime::strptime(d, f, zone)) {
        Ok(p) => Ok(p),
        Err(strptime::Error::Value(msg)) => Err(vm.value_error(msg)),
        Err(strptime::Error::NoMatch) => {
            let dr = vm.repr(data)?;
            let fr = vm.repr(format)?;
            Err(vm.value_error(format!("time data {dr} does not match format {fr}")))
        }
        Err(strptime::Error::Pattern(msg)) => Err(pattern_error(vm, msg)),
    }
}

/// `re.error(msg)`; without an `re` module, an `error` class of the same
/// name made once in `_strptime`.
fn pattern_error(vm: &mut Vm, msg: String) -> PyErr {
    let cls = match import_full(vm, "re").and_then(|re| vm.get_attr_str(&re, "error")) {
        Ok(c) => Ok(c),
        Err(_) => local_re_error(vm),
    };
    let m = vm.new_str(msg.as_str());
    match cls.and_then(|c| vm.call(&c, [m])) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.value_error(msg),
        Err(e) => e,
    }
}

/// The stand-in for `re.error`, kept in the `_strptime` module.
fn local_re_error(vm: &mut Vm) -> PyResult<Value> {
    let module = import_full(vm, "_strptime")?;
    if let Ok(c) = vm.get_attr_str(&module, "_re_error") {
        return Ok(c);
    }
    let ns = vm.new_dict();
    let m = vm.new_str("re");
    let key = vm.intern("__module__");
    vm.dict_set_str(&ns, key, m);
    let name = vm.new_str("error");
    let bases = vm.new_tuple(vec![Value::Obj(vm.exc_type("Exception"))]);
    let ty = Value::Obj(vm.type_.clone());
    let cls = vm.call(&ty, [name, bases, Value::Obj(ns)])?;
    if let Value::Obj(m) = &module {
        vm.set_attr_direct(m, "_re_error", cls.clone());
    }
    Ok(cls)
}

const DEFAULT_FORMAT: &str = "%a %b %d %H:%M:%S %Y";

/// The (data_string, format) of `_strptime._strptime*`, bound as the
/// Python function binds them.
fn strptime_args(vm: &mut Vm, args: &Args, func: &str) -> PyResult<(Value, Value)> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{func}() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut data = pos.first().cloned();
    let mut format = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        let slot = match k {
            "data_string" => &mut data,
            "format" => &mut format,
            _ => {
                return Err(
                    vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))
                )
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!("{func}() got multiple values for argument '{k}'")));
        }
        *slot = Some(v.clone());
    }
    let Some(data) = data else {
        return Err(vm.type_error(format!(
            "{func}() missing 1 required positional argument: 'data_string'"
        )));
    };
    let format = match format {
        Some(f) => f,
        None => vm.new_str(DEFAULT_FORMAT),
    };
    Ok((data, format))
}

/// The 11 struct_time fields of a parse (tm_zone and tm_gmtoff last).
fn parsed_items(vm: &mut Vm, p: &strptime::Parsed) -> Vec<Value> {
    let mut items: Vec<Value> = p.fields.iter().map(|&f| Value::Int(f)).collect();
    items.push(match &p.tzname {
        Some(z) => vm.new_str(z.as_str()),
        None => Value::None,
    });
    items.push(p.gmtoff.map_or(Value::None, Value::Int));
    items
}

fn time_strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "strptime")?;
    strptime_time(vm, args)
}

/// `_strptime._strptime_time(data_string, format)`: a struct_time.
fn strptime_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, format) = strptime_args(vm, &args, "_strptime_time")?;
    let p = parse(vm, &data, &format)?;
    let items = parsed_items(vm, &p);
    new_struct_time(vm, items)
}

/// `_strptime._strptime(data_string, format)`: ((year, month, day, hour,
/// minute, second, weekday, julian, isdst, tzname, gmtoff), fraction,
/// gmtoff_fraction).
fn strptime_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, format) = strptime_args(vm, &args, "_strptime")?;
    let p = parse(vm, &data, &format)?;
    let items = parsed_items(vm, &p);
    let fields = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![
        fields,
        Value::Int(p.fraction),
        Value::Int(p.gmtoff_fraction),
    ]))
}

/// Fills in the `_strptime` module.
pub fn init_strptime(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        module,
        &[
            ("_strptime", strptime_raw),
            ("_strptime_time", strptime_time),
        ],
    );
    Ok(())
}
