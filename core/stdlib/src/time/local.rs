//! The C library's local time zone, as CPython uses it: `localtime_r`,
//! `mktime` and `tzset` (the zone rules live in the C library: TZ and
//! /etc/localtime), plus the POSIX clocks.

use super::civil::Tm;
use std::ffi::CStr;

extern "C" {
    // Not declared by the libc crate for Linux targets.
    fn tzset();
}

/// Re-reads the TZ environment variable (`time.tzset`).
pub fn reset_zone() {
    // SAFETY: tzset only updates the C library's zone globals.
    unsafe { tzset() }
}

fn from_c(tm: &libc::tm) -> Tm {
    let zone = if tm.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null tm_zone set by the C library points to a
        // NUL-terminated string that lives as long as the zone data.
        let s = unsafe { CStr::from_ptr(tm.tm_zone) };
        Some(s.to_string_lossy().into_owned())
    };
    Tm {
        year: i64::from(tm.tm_year) + 1900,
        mon: i64::from(tm.tm_mon),
        mday: i64::from(tm.tm_mday),
        hour: i64::from(tm.tm_hour),
        min: i64::from(tm.tm_min),
        sec: i64::from(tm.tm_sec),
        wday: i64::from(tm.tm_wday),
        yday: i64::from(tm.tm_yday),
        isdst: i64::from(tm.tm_isdst),
        zone,
        gmtoff: tm.tm_gmtoff,
    }
}

/// `localtime_r(t)`, or the errno it failed with.
pub fn localtime(t: i64) -> Result<Tm, i32> {
    // SAFETY: an all-zero struct tm is valid (null tm_zone).
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    let tt: libc::time_t = t;
    // SAFETY: both pointers are valid for the call.
    let r = unsafe { libc::localtime_r(&tt, &mut out) };
    if r.is_null() {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(if errno == 0 { libc::EINVAL } else { errno });
    }
    Ok(from_c(&out))
}

/// `mktime` of a broken-down local time: the timestamp and the
/// normalised fields, or `None` when out of range.
pub fn mktime(tm: &Tm) -> Option<(i64, Tm)> {
    // The fields are C ints already; the decrements of `gettmarg` wrap
    // around in C (tm_mon, tm_yday), hence the truncating casts.
    // SAFETY: an all-zero struct tm is valid (null tm_zone).
    let mut c: libc::tm = unsafe { std::mem::zeroed() };
    c.tm_year = (tm.year - 1900) as i32;
    c.tm_mon = tm.mon as i32;
    c.tm_mday = tm.mday as i32;
    c.tm_hour = tm.hour as i32;
    c.tm_min = tm.min as i32;
    c.tm_sec = tm.sec as i32;
    c.tm_yday = tm.yday as i32;
    c.tm_isdst = tm.isdst as i32;
    // A weekday mktime must overwrite: -1 left there means failure even
    // when the result is the valid timestamp -1.
    c.tm_wday = -1;
    // SAFETY: c is a valid struct tm.
    let t = unsafe { libc::mktime(&mut c) };
    if t == -1 && c.tm_wday == -1 {
        return None;
    }
    Some((t, from_c(&c)))
}

/// The zone attributes of the `time` module: (timezone, altzone,
/// daylight, (std name, dst name)), found as CPython finds them with
/// glibc: from the local times of January and July of this year.
pub fn zone_info(now: i64) -> (i64, i64, bool, (String, String)) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let jan_t = now.div_euclid(YEAR) * YEAR;
    let probe = |t: i64| match localtime(t) {
        Ok(tm) => (-tm.gmtoff, tm.zone.unwrap_or_default()),
        Err(_) => (0, String::new()),
    };
    let (jan_off, jan_name) = probe(jan_t);
    let (jul_off, jul_name) = probe(jan_t + YEAR / 2);
    if jan_off < jul_off {
        // Southern hemisphere: summer time in January.
        (jul_off, jan_off, true, (jul_name, jan_name))
    } else {
        (jan_off, jul_off, jan_off != jul_off, (jan_name, jul_name))
    }
}

/// A POSIX clock's time in nanoseconds, or the errno.
pub fn clock_ns(clock: libc::clockid_t) -> Result<i128, i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    }
    Ok(i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec))
}

/// A POSIX clock's resolution in seconds, or the errno.
pub fn clock_res(clock: libc::clockid_t) -> Result<f64, i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec.
    if unsafe { libc::clock_getres(clock, &mut ts) } != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    }
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

/// The C library's message for an errno.
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a NUL-terminated string.
    let p = unsafe { libc::strerror(errno) };
    if p.is_null() {
        return format!("Unknown error {errno}");
    }
    // SAFETY: checked non-null above.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}
