"""Fast implementation of the datetime type."""

# PVM's implementation of the datetime module (which re-exports it, as
# CPython's datetime re-exports its C module _datetime): date, time,
# datetime, timedelta, timezone and the tzinfo base class, behaving as
# CPython 3.11's C implementation behaves (results, reprs, hashes,
# pickled state and error messages). The classes belong to the datetime
# module. Formatting and parsing go through the time module's strftime
# and the _strptime parser, as in CPython.

import time as _time
from math import modf as _modf
from _strptime import _strptime as _strptime_fields
from _classutil import make_static as _make_static

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

# ---------------------------------------------------------------------------
# Calendar arithmetic on the proleptic Gregorian calendar. Day numbers
# ("ordinals") count 0001-01-01 as day 1.

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_PER_400Y = 146097
_DAYS_PER_100Y = 36524
_DAYS_PER_4Y = 1461
_MAX_ORDINAL = 3652059          # 9999-12-31
_EPOCH_ORDINAL = 719163         # 1970-01-01
_EPOCH_SECONDS = _EPOCH_ORDINAL * 86400
_MAX_FOLD_SECONDS = 24 * 3600
_US_PER_DAY = 86400 * 1000000
_MAX_DELTA_DAYS = 999999999

_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Peel off whole 400-year, 100-year, 4-year and 1-year cycles; the
    # last day of a 400- or 4-year cycle shows up as a fifth century or
    # year and is December 31st of the year before.
    n -= 1
    n400, n = divmod(n, _DAYS_PER_400Y)
    n100, n = divmod(n, _DAYS_PER_100Y)
    n4, n = divmod(n, _DAYS_PER_4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _weekday(year, month, day):
    return (_ymd2ord(year, month, day) + 6) % 7


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        # January 1st is a Friday, Saturday or Sunday: week 1 starts later.
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    # None and an error code (-2 bad week, -3 bad day) on failure.
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first = _weekday(year, 1, 1)
            ok = first == 3 or (first == 2 and _is_leap(year))
        if not ok:
            return -2
    if day <= 0 or day >= 8:
        return -3
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if n < 1:
        # Only year 0 gets here (from fromisoformat); CPython's C code then
        # produces a month outside 1..12, which the range check reports.
        return 1, 0, 1
    return _ord2ymd(n)


# ---------------------------------------------------------------------------
# Argument handling with the messages of CPython's argument parser.

_NOARG = object()


def _c_int(value):
    # A C int argument ("i"): __index__, then the C range checks.
    if type(value) is not int:
        try:
            index = type(value).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
        value = index(value)
    if -2147483648 <= value <= 2147483647:
        return value
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C long")
    if value > 0:
        raise OverflowError("signed integer is greater than maximum")
    raise OverflowError("signed integer is less than minimum")


def _bind(fname, args, kwargs, names, required, npos=None, convert=None):
    """The values of names for a call, as PyArg_ParseTupleAndKeywords
    binds them: fname is None for messages that say 'function', the
    first `required` names must be given, and only the first npos
    (default all) may be given by position. Values are converted in
    order by the functions of `convert` (None: kept as given), so that
    the errors come in CPython's order. Missing ones are _NOARG."""
    label = fname + "()" if fname else "function"
    nmax = len(names)
    if npos is None:
        npos = nmax
    nargs = len(args)
    if nargs + len(kwargs) > nmax:
        raise TypeError("%s takes at most %d %sargument%s (%d given)"
                        % (label, nmax, "keyword " if nargs == 0 else "",
                           "" if nmax == 1 else "s", nargs + len(kwargs)))
    if nargs > npos:
        raise TypeError("%s takes at most %d positional argument%s (%d given)"
                        % (label, npos, "" if npos == 1 else "s", nargs))
    values = []
    left = len(kwargs)
    for i in range(nmax):
        if i < nargs:
            value = args[i]
        elif left:
            value = kwargs.get(names[i], _NOARG)
            if value is not _NOARG:
                left -= 1
        else:
            value = _NOARG
        if value is _NOARG:
            if i < required:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (label, names[i], i + 1))
        elif convert is not None and convert[i] is not None:
            value = convert[i](value)
        values.append(value)
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and "
                                "position (%d)" % (label, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (key, label if fname else "this function"))
    return values


def _noargs(qualname, args):
    # A METH_NOARGS method given arguments.
    if args:
        raise TypeError("%s() takes no arguments (%d given)"
                        % (qualname, len(args)))


_INTS3 = (_c_int,) * 3
_TIME_CONVERT = (_c_int,) * 4 + (None, _c_int)
_DATETIME_CONVERT = (_c_int,) * 7 + (None, _c_int)


def _tp_name(cls):
    # The name CPython's messages use: "datetime.date" for the module's
    # own classes, the bare name for subclasses made in Python.
    if cls in _STATIC_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _type_name(obj):
    return _tp_name(type(obj))


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _type_name(tz))


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _str_arg(fname, pos, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument %d must be str, not %s"
                        % (fname, pos, _type_name(value)))
    return value


def _readonly(owner, name, getter):
    # A getter whose setter and deleter fail as C attributes do (owner
    # None: a C member, whose message is shorter).
    def deny(self, value=None):
        if owner is None:
            raise AttributeError("readonly attribute")
        raise AttributeError("attribute '%s' of 'datetime.%s' objects is not "
                             "writable" % (name, owner))
    return property(getter, deny, deny)


def _one_arg(qualname, args):
    # The single argument of a METH_O function.
    if len(args) != 1:
        raise TypeError("%s() takes exactly one argument (%d given)"
                        % (qualname, len(args)))
    return args[0]


def _final(name):
    # __init_subclass__ of the classes CPython does not let Python extend.
    def refuse(cls, **kwargs):
        raise TypeError("type 'datetime.%s' is not an acceptable base type"
                        % name)
    return classmethod(refuse)

# ---------------------------------------------------------------------------
# Offsets and tzinfo calls.


def _offset_in_range(offset):
    return not ((offset._days == -1 and offset._seconds == 0
                 and offset._microseconds < 1) or not -1 <= offset._days < 1)


def _check_offset_range(offset):
    # timezone()'s check, whose message shows the offset.
    if not _offset_in_range(offset):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), "
                         "not %r." % (offset,))


def _call_offset(tz, method, arg):
    # tz.utcoffset(arg) or tz.dst(arg), checked as CPython checks them.
    if tz is None:
        return None
    offset = getattr(tz, method)(arg)
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, _type_name(offset)))
    if not _offset_in_range(offset):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _type_name(name))
    return name


def _format_offset(offset, sep):
    # "+HH<sep>MM[<sep>SS[.ffffff]]", or "" for None.
    if offset is None:
        return ""
    if offset._days < 0:
        sign = "-"
        offset = -offset
    else:
        sign = "+"
    minutes, seconds = divmod(offset._seconds, 60)
    hours, minutes = divmod(minutes, 60)
    us = offset._microseconds
    if us:
        return "%s%02d%s%02d%s%02d.%06d" % (sign, hours, sep, minutes, sep,
                                             seconds, us)
    if seconds:
        return "%s%02d%s%02d%s%02d" % (sign, hours, sep, minutes, sep, seconds)
    return "%s%02d%s%02d" % (sign, hours, sep, minutes)


def _format_time(hour, minute, second, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple, tzarg):
    # %z, %Z and %f are datetime's own; the rest goes to time.strftime.
    # The C implementation scans the UTF-8 format up to its first NUL.
    nul = fmt.find("\0")
    if nul >= 0:
        fmt = fmt[:nul]
    tz = getattr(obj, "_tzinfo", None)
    parts = []
    z_text = zz_text = f_text = None
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            parts.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "z":
            if z_text is None:
                z_text = ""
                if tz is not None:
                    z_text = _format_offset(_call_offset(tz, "utcoffset", tzarg), "")
            parts.append(z_text)
        elif ch == "Z":
            if zz_text is None:
                zz_text = ""
                if tz is not None:
                    name = _call_tzname(tz, tzarg)
                    if name is not None:
                        zz_text = name.replace("%", "%%")
            parts.append(zz_text)
        elif ch == "f":
            if f_text is None:
                f_text = "%06d" % getattr(obj, "_microsecond", 0)
            parts.append(f_text)
        else:
            parts.append("%" + ch)
    return _time.strftime("".join(parts), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    return _time.struct_time((y, m, d, hh, mm, ss, _weekday(y, m, d),
                              _days_before_month(y, m) + d, dstflag))


def _ctime(y, m, d, hh, mm, ss):
    return "%s %s %2d %02d:%02d:%02d %04d" % (
        _WEEKDAY_ABBR[_weekday(y, m, d)], _MONTH_ABBR[m], d, hh, mm, ss, y)


# ---------------------------------------------------------------------------
# timedelta


def _delta_from_us(us):
    # A normalised timedelta of a number of microseconds, range-checked.
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    return _new_delta(days, seconds, us)


def _new_delta(days, seconds, us, cls=None):
    # A timedelta (or an instance of cls) of normalised fields.
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls or timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


def _divide_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r2 = r * 2
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q % 2 == 1):
        q += 1
    return q


_DELTA_UNITS = (("microseconds", 1), ("milliseconds", 1000),
                ("seconds", 1000000), ("minutes", 60000000),
                ("hours", 3600000000), ("days", _US_PER_DAY),
                ("weeks", 7 * _US_PER_DAY))
_UNIT_FACTORS = dict(_DELTA_UNITS)


def _small_ints(values):
    # Whether every value is an int within C's int range (constructor
    # fast paths; anything else goes through the full conversions).
    for v in values:
        if type(v) is not int or not -2147483648 <= v <= 2147483647:
            return False
    return True


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if not args:
            # Fast path: int keywords only (any error takes the long way).
            total = 0
            for name, value in kwargs.items():
                factor = _UNIT_FACTORS.get(name)
                if factor is None or type(value) is not int:
                    break
                total += value * factor
            else:
                seconds, us = divmod(total, 1000000)
                days, seconds = divmod(seconds, 86400)
                return _new_delta(days, seconds, us, cls)
        values = _bind("__new__", args, kwargs,
                       ["days", "seconds", "microseconds", "milliseconds",
                        "minutes", "hours", "weeks"], 0)
        given = dict(zip(("days", "seconds", "microseconds", "milliseconds",
                          "minutes", "hours", "weeks"), values))
        # Exact integer microseconds; float parts are split into a whole
        # number of microseconds and a leftover fraction, which is rounded
        # (half to even) at the end, as CPython's accumulation does.
        total = 0
        leftover = 0.0
        for name, factor in _DELTA_UNITS:
            value = given[name]
            if value is _NOARG:
                continue
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                frac, whole = _modf(value)
                total += int(whole) * factor
                if frac != 0.0:
                    frac, whole = _modf(factor * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, _type_name(value)))
        if leftover != 0.0:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        return _new_delta(days, seconds, us, cls)

    days = _readonly(None, "days", lambda self: self._days)
    seconds = _readonly(None, "seconds", lambda self: self._seconds)
    microseconds = _readonly(None, "microseconds",
                             lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self, *args):
        """Total seconds in the duration."""
        _noargs("timedelta.total_seconds", args)
        return self._us() / 1000000

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._us())

    def __pos__(self):
        return _new_delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _delta_from_us(-self._us())
        return _new_delta(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _delta_from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _delta_from_us(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._us() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _delta_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return (type(self), self._key())

    def __reduce_ex__(self, protocol):
        # object.__reduce_ex__ would defer to __reduce__ in CPython.
        return self.__reduce__()


# ---------------------------------------------------------------------------
# date


def _alloc_date(cls, year, month, day):
    # An instance of cls with checked fields, made without calling a
    # subclass (as CPython's replace() makes them).
    _check_date(year, month, day)
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _new_date(cls, year, month, day):
    # A date (or subclass instance) of checked fields, as CPython's
    # new_date_subclass_ex: subclasses are made by calling them.
    if cls is date:
        return _alloc_date(date, year, month, day)
    if cls is datetime:
        return _new_datetime(datetime, year, month, day, 0, 0, 0, 0, None, 0)
    return cls(year, month, day)


def _date_from_ordinal(cls, n):
    y, m, d = _ord2ymd(n)
    return _new_date(cls, y, m, d)


def _add_days(d, days):
    # The (year, month, day) `days` after a date, or OverflowError.
    n = _ymd2ord(d._year, d._month, d._day) + days
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    return _ord2ymd(n)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if (len(args) == 1 and not kwargs and isinstance(args[0], bytes)
                and len(args[0]) == 4 and 1 <= args[0][2] <= 12):
            # The pickled state: year (2 bytes, big-endian), month, day.
            state = args[0]
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2]
            self._day = state[3]
            self._hashcode = -1
            return self
        if not kwargs and len(args) == 3 and _small_ints(args):
            return _alloc_date(cls, *args)
        year, month, day = _bind(None, args, kwargs, ["year", "month", "day"],
                                 3, None, _INTS3)
        return _alloc_date(cls, year, month, day)

    year = _readonly("date", "year", lambda self: self._year)
    month = _readonly("date", "month", lambda self: self._month)
    day = _readonly("date", "day", lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, *args):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        timestamp = _one_arg("date.fromtimestamp", args)
        if timestamp is None:
            # time.localtime would take None for "now".
            raise TypeError("'NoneType' object cannot be interpreted as an "
                            "integer")
        tm = _time.localtime(timestamp)
        return _new_date(cls, tm[0], tm[1], tm[2])

    @classmethod
    def today(cls, *args):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        _noargs("date.today", args)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, *args, **kwargs):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        if kwargs:
            raise TypeError("fromordinal() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("fromordinal() takes exactly 1 argument (%d given)"
                            % len(args))
        n = _c_int(args[0])
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return _date_from_ordinal(cls, n)

    @classmethod
    def fromisoformat(cls, *args):
        """str -> Construct a date from a string in ISO 8601 format."""
        date_string = _one_arg("date.fromisoformat", args)
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        raw = date_string.encode("utf-8")
        ymd = None
        if len(raw) in (7, 8, 10):
            ymd = _parse_iso_date(raw + b"\0", len(raw))
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return _new_date(cls, *ymd)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        try:
            year, week, day = _bind("fromisocalendar", args, kwargs,
                                    ["year", "week", "day"], 3, None, _INTS3)
        except OverflowError:
            raise ValueError("ISO calendar component out of range") from None
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        ymd = _iso_to_ymd(year, week, day)
        if ymd == -2:
            raise ValueError("Invalid week: %d" % week)
        if ymd == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return _new_date(cls, *ymd)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self, *args):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        _noargs("date.isoformat", args)
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self, *args):
        """Return ctime() style string."""
        _noargs("date.ctime", args)
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        (fmt,) = _bind("strftime", args, kwargs, ["format"], 1)
        _str_arg("strftime", 1, fmt)
        return _wrap_strftime(self, fmt, self.timetuple(), self)

    def __format__(self, fmt):
        _str_arg("__format__", 1, fmt)
        if not fmt:
            return str(self)
        return self.strftime(fmt)

    def timetuple(self, *args):
        """Return time tuple, compatible with time.localtime()."""
        _noargs("date.timetuple", args)
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self, *args):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        _noargs("date.toordinal", args)
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _bind("replace", args, kwargs,
                                 ["year", "month", "day"], 0, None, _INTS3)
        year = self._year if year is _NOARG else year
        month = self._month if month is _NOARG else month
        day = self._day if day is _NOARG else day
        return _alloc_date(type(self), year, month, day)

    def weekday(self, *args):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        _noargs("date.weekday", args)
        return (self.toordinal() + 6) % 7

    def isoweekday(self, *args):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        _noargs("date.isoweekday", args)
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self, *args):
        """Return a named tuple containing ISO year, week number, and weekday."""
        _noargs("date.isocalendar", args)
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._state(),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._state())
        return self._hashcode

    def _cmp_key(self, other):
        # Dates compare with dates only: a datetime is a date, but comparing
        # the date part alone would be wrong (datetime decides instead).
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day),
                    (other._year, other._month, other._day))
        return None

    def __eq__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __ne__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] != keys[1]

    def __lt__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._cmp_key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __add__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _new_date(type(self), *_add_days(self, other._days))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _new_date(type(self), *_add_days(self, -other._days))
        if isinstance(other, date):
            return _new_delta(self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented


class _IsoCalendarDate(tuple):
    """The result of date.isocalendar(): (year, week, weekday)."""

    __init_subclass__ = _final("IsoCalendarDate")

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (
            self[0], self[1], self[2])


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = "IsoCalendarDate"


# ---------------------------------------------------------------------------
# tzinfo and timezone


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def tzname(self, *args):
        """datetime -> string name of time zone."""
        dt = _one_arg("tzinfo.tzname", args)
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, *args):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        dt = _one_arg("tzinfo.utcoffset", args)
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, *args):
        """datetime -> DST offset as timedelta positive east of UTC."""
        dt = _one_arg("tzinfo.dst", args)
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, *args):
        """datetime in UTC -> datetime in local time."""
        dt = _one_arg("tzinfo.fromutc", args)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_offset(self, "utcoffset", dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_offset(self, "dst", dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        result = _add_delta(dt, off - dst, 1)
        dst = _call_offset(self, "dst", result)
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                             "cannot convert")
        if dst:
            result = _add_delta(result, dst, 1)
        return result

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


def _new_timezone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    __init_subclass__ = _final("timezone")

    def __new__(cls, *args, **kwargs):
        offset, name = _bind("timezone", args, kwargs, ["offset", "name"], 1)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % _type_name(offset))
        if name is _NOARG:
            name = None
            if not offset:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _type_name(name))
        _check_offset_range(offset)
        return _new_timezone(offset, name)

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "%s.utc" % _type_name(self)
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (method, _type_name(dt)))

    def utcoffset(self, *args):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        dt = _one_arg("timezone.utcoffset", args)
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, *args):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        dt = _one_arg("timezone.tzname", args)
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        offset = self._offset
        if self is _UTC or not offset:
            return "UTC"
        return "UTC" + _format_offset(offset, ":")

    def dst(self, *args):
        """Return None."""
        dt = _one_arg("timezone.dst", args)
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, *args):
        """datetime in UTC -> datetime in local time."""
        dt = _one_arg("timezone.fromutc", args)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return _add_delta(dt, self._offset, 1)


def _local_timezone(seconds):
    # The fixed-offset zone of the local time at a timestamp (named as
    # the C library names it), as astimezone() attaches it.
    tm = _time.localtime(seconds)
    return _new_timezone(_delta_from_us(tm.tm_gmtoff * 1000000), tm.tm_zone)


# ---------------------------------------------------------------------------
# time


def _alloc_time(cls, hour, minute, second, us, tz, fold):
    # As _alloc_date, for time.
    _check_time(hour, minute, second, us, fold)
    _check_tzinfo_arg(tz)
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _new_time(cls, hour, minute, second, us, tz, fold):
    if cls is time:
        return _alloc_time(time, hour, minute, second, us, tz, fold)
    if fold:
        return cls(hour, minute, second, us, tz, fold=fold)
    return cls(hour, minute, second, us, tz)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if (1 <= len(args) <= 2 and not kwargs and isinstance(args[0], bytes)
                and len(args[0]) == 6 and (args[0][0] & 0x7F) < 24):
            state = args[0]
            tz = args[1] if len(args) == 2 else None
            if len(args) == 2 and tz is not None and not isinstance(tz, tzinfo):
                raise TypeError("bad tzinfo state arg")
            self = object.__new__(cls)
            self._hour = state[0] & 0x7F
            self._minute = state[1]
            self._second = state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo = tz
            self._fold = state[0] >> 7
            self._hashcode = -1
            return self
        if not kwargs and len(args) <= 4 and _small_ints(args):
            args += (0,) * (4 - len(args))
            return _alloc_time(cls, *args, None, 0)
        hour, minute, second, us, tz, fold = _bind(
            None, args, kwargs,
            ["hour", "minute", "second", "microsecond", "tzinfo", "fold"], 0, 5,
            _TIME_CONVERT)
        hour = 0 if hour is _NOARG else hour
        minute = 0 if minute is _NOARG else minute
        second = 0 if second is _NOARG else second
        us = 0 if us is _NOARG else us
        tz = None if tz is _NOARG else tz
        fold = 0 if fold is _NOARG else fold
        return _alloc_time(cls, hour, minute, second, us, tz, fold)

    hour = _readonly("time", "hour", lambda self: self._hour)
    minute = _readonly("time", "minute", lambda self: self._minute)
    second = _readonly("time", "second", lambda self: self._second)
    microsecond = _readonly("time", "microsecond",
                            lambda self: self._microsecond)
    tzinfo = _readonly("time", "tzinfo", lambda self: self._tzinfo)
    fold = _readonly("time", "fold", lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, *args):
        """string -> time from a string in ISO 8601 format"""
        time_string = _one_arg("time.fromisoformat", args)
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        raw = time_string.encode("utf-8")
        if raw[:1] == b"T":
            raw = raw[1:]
        parsed = _parse_iso_time(raw + b"\0", len(raw))
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        hour, minute, second, us, tz = parsed
        if cls is time:
            return _new_time(time, hour, minute, second, us, _tz_from_iso(tz), 0)
        return cls(hour, minute, second, us, _tz_from_iso(tz))

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_type_name(self), self._hour,
                                           self._minute, self._second,
                                           self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_type_name(self), self._hour,
                                       self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_type_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = "%s, tzinfo=%r)" % (text[:-1], self._tzinfo)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        (timespec,) = _bind("isoformat", args, kwargs, ["timespec"], 0)
        timespec = "auto" if timespec is _NOARG else _str_arg("isoformat", 1, timespec)
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        return text + _format_offset(_call_offset(self._tzinfo, "utcoffset", None), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        (fmt,) = _bind("strftime", args, kwargs, ["format"], 1)
        _str_arg("strftime", 1, fmt)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple, None)

    def __format__(self, fmt):
        _str_arg("__format__", 1, fmt)
        if not fmt:
            return str(self)
        return self.strftime(fmt)

    def utcoffset(self, *args):
        """Return self.tzinfo.utcoffset(self)."""
        _noargs("time.utcoffset", args)
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self, *args):
        """Return self.tzinfo.dst(self)."""
        _noargs("time.dst", args)
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self, *args):
        """Return self.tzinfo.tzname(self)."""
        _noargs("time.tzname", args)
        return _call_tzname(self._tzinfo, None)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        hour, minute, second, us, tz, fold = _bind(
            "replace", args, kwargs,
            ["hour", "minute", "second", "microsecond", "tzinfo", "fold"], 0, 5,
            _TIME_CONVERT)
        hour = self._hour if hour is _NOARG else hour
        minute = self._minute if minute is _NOARG else minute
        second = self._second if second is _NOARG else second
        us = self._microsecond if us is _NOARG else us
        tz = self._tzinfo if tz is _NOARG else tz
        fold = self._fold if fold is _NOARG else fold
        return _alloc_time(type(self), hour, minute, second, us, tz, fold)

    def _state(self, protocol=3):
        hour = self._hour
        if self._fold and protocol > 3:
            hour |= 128
        us = self._microsecond
        return bytes((hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                base = object.__new__(type(self))
                for name in _TIME_FIELDS:
                    setattr(base, name, getattr(self, name))
                base._fold = 0
            else:
                base = self
            offset = _call_offset(base._tzinfo, "utcoffset", None)
            if offset is None:
                self._hashcode = hash(self._state())
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(_delta_from_us(
                    seconds * 1000000 + self._microsecond) - offset)
        return self._hashcode

    def __bool__(self):
        return True

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, op):
        # -1, 0, 1, or None for "not comparable" (naive against aware).
        if self._tzinfo is other._tzinfo:
            return _cmp(self._key(), other._key())
        off1 = _call_offset(self._tzinfo, "utcoffset", None)
        off2 = _call_offset(other._tzinfo, "utcoffset", None)
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            return _cmp(self._key(), other._key())
        if off1 is not None and off2 is not None:
            # Whole seconds of the offsets only, as CPython compares them.
            s1 = (self._hour * 3600 + self._minute * 60 + self._second
                  - off1._days * 86400 - off1._seconds)
            s2 = (other._hour * 3600 + other._minute * 60 + other._second
                  - off2._days * 86400 - off2._seconds)
            return _cmp((s1, self._microsecond), (s2, other._microsecond))
        if op == "==" or op == "!=":
            return None
        raise TypeError("can't compare offset-naive and offset-aware times")

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, "==") == 0

    def __ne__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, "!=") != 0

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, "<") < 0

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._compare(other, ">=") >= 0


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


_TIME_FIELDS = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")
_DATETIME_FIELDS = ("_year", "_month", "_day") + _TIME_FIELDS


# ---------------------------------------------------------------------------
# datetime


def _alloc_datetime(cls, year, month, day, hour, minute, second, us, tz, fold):
    # As _alloc_date, for datetime.
    _check_date(year, month, day)
    _check_time(hour, minute, second, us, fold)
    _check_tzinfo_arg(tz)
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _new_datetime(cls, year, month, day, hour, minute, second, us, tz, fold):
    if cls is datetime:
        return _alloc_datetime(datetime, year, month, day, hour, minute,
                               second, us, tz, fold)
    if fold:
        return cls(year, month, day, hour, minute, second, us, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, us, tz)


def _add_delta(dt, delta, sign):
    # dt + sign * delta, keeping dt's class and tzinfo (fold cleared).
    total = ((dt._hour * 3600 + dt._minute * 60 + dt._second) * 1000000
             + dt._microsecond
             + sign * ((delta._days * 86400 + delta._seconds) * 1000000
                       + delta._microseconds))
    days, us = divmod(total, _US_PER_DAY)
    n = _ymd2ord(dt._year, dt._month, dt._day) + days
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(n)
    seconds, us = divmod(us, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if type(dt) is not datetime:
        return _new_datetime(type(dt), y, m, d, hours, minutes, seconds, us,
                             dt._tzinfo, 0)
    # Fields valid by construction: no checks.
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hours
    self._minute = minutes
    self._second = seconds
    self._microsecond = us
    self._tzinfo = dt._tzinfo
    self._fold = 0
    self._hashcode = -1
    return self


def _utc_seconds(year, month, day, hour, minute, second):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    return ((_ymd2ord(year, month, day) * 24 + hour) * 60 + minute) * 60 + second


def _local(u):
    # The local wall-clock time, in seconds since 0001-01-01, of the
    # instant u (in the same scale).
    t = u - _EPOCH_SECONDS
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    tm = _time.localtime(t)
    return _utc_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])


def _local_to_seconds(year, month, day, hour, minute, second, fold):
    # The instant (seconds since 0001-01-01) whose local time is the given
    # wall-clock time: the earlier (fold=0) or later (fold=1) of two in a
    # repeated hour, past the gap in a skipped one.
    t = _utc_seconds(year, month, day, hour, minute, second)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + _MAX_FOLD_SECONDS if fold else u1 - _MAX_FOLD_SECONDS
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _timestamp_parts(timestamp):
    # (whole seconds, microseconds) of a timestamp, rounding half to even.
    if isinstance(timestamp, float):
        if timestamp != timestamp:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _modf(timestamp)
        frac = round(frac * 1e6)
        if frac >= 1e6:
            frac -= 1e6
            whole += 1.0
        elif frac < 0:
            frac += 1e6
            whole -= 1.0
        if not -9223372036854775808.0 <= whole < 9223372036854775808.0:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(frac)
    seconds = timestamp
    if type(seconds) is not int:
        try:
            index = type(seconds).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(seconds).__name__) from None
        seconds = index(seconds)
    if not -9223372036854775808 <= seconds <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _datetime_from_seconds(cls, seconds, us, tz, utc):
    # The datetime of a timestamp in UTC (utc) or local time, with the
    # fold of a repeated local hour detected as CPython does.
    tm = (_time.gmtime if utc else _time.localtime)(seconds)
    year, month, day, hour, minute, second = tm[:6]
    second = min(59, second)
    fold = 0
    if tz is None and not utc:
        result = _utc_seconds(year, month, day, hour, minute, second)
        probe = _local(_EPOCH_SECONDS + seconds - _MAX_FOLD_SECONDS)
        transition = result - probe - _MAX_FOLD_SECONDS
        if transition < 0:
            probe = _local(_EPOCH_SECONDS + seconds + transition)
            if probe == result:
                fold = 1
    return _new_datetime(cls, year, month, day, hour, minute, second, us, tz, fold)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, *args, **kwargs):
        if (1 <= len(args) <= 2 and not kwargs and isinstance(args[0], bytes)
                and len(args[0]) == 10 and 1 <= (args[0][2] & 0x7F) <= 12):
            state = args[0]
            tz = args[1] if len(args) == 2 else None
            if len(args) == 2 and tz is not None and not isinstance(tz, tzinfo):
                raise TypeError("bad tzinfo state arg")
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2] & 0x7F
            self._day = state[3]
            self._hour = state[4]
            self._minute = state[5]
            self._second = state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo = tz
            self._fold = state[2] >> 7
            self._hashcode = -1
            return self
        if not kwargs and 3 <= len(args) <= 7 and _small_ints(args):
            args += (0,) * (7 - len(args))
            return _alloc_datetime(cls, *args, None, 0)
        (year, month, day, hour, minute, second, us, tz, fold) = _bind(
            None, args, kwargs,
            ["year", "month", "day", "hour", "minute", "second",
             "microsecond", "tzinfo", "fold"], 3, 8, _DATETIME_CONVERT)
        hour = 0 if hour is _NOARG else hour
        minute = 0 if minute is _NOARG else minute
        second = 0 if second is _NOARG else second
        us = 0 if us is _NOARG else us
        tz = None if tz is _NOARG else tz
        fold = 0 if fold is _NOARG else fold
        return _alloc_datetime(cls, year, month, day, hour, minute, second,
                               us, tz, fold)

    hour = _readonly("datetime", "hour", lambda self: self._hour)
    minute = _readonly("datetime", "minute", lambda self: self._minute)
    second = _readonly("datetime", "second", lambda self: self._second)
    microsecond = _readonly("datetime", "microsecond",
                            lambda self: self._microsecond)
    tzinfo = _readonly("datetime", "tzinfo", lambda self: self._tzinfo)
    fold = _readonly("datetime", "fold", lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        timestamp, tz = _bind("fromtimestamp", args, kwargs,
                              ["timestamp", "tz"], 1)
        tz = None if tz is _NOARG else tz
        _check_tzinfo_arg(tz)
        seconds, us = _timestamp_parts(timestamp)
        result = _datetime_from_seconds(cls, seconds, us, tz, tz is not None)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, *args):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        if len(args) != 1:
            raise TypeError("utcfromtimestamp() takes exactly 1 argument "
                            "(%d given)" % len(args))
        seconds, us = _timestamp_parts(args[0])
        return _datetime_from_seconds(cls, seconds, us, None, True)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        (tz,) = _bind("now", args, kwargs, ["tz"], 0)
        tz = None if tz is _NOARG else tz
        _check_tzinfo_arg(tz)
        seconds, us = divmod(_time.time_ns() // 1000, 1000000)
        result = _datetime_from_seconds(cls, seconds, us, tz, tz is not None)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcnow(cls, *args):
        """Return a new datetime representing UTC day and time."""
        _noargs("datetime.utcnow", args)
        seconds, us = divmod(_time.time_ns() // 1000, 1000000)
        return _datetime_from_seconds(cls, seconds, us, None, True)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _bind("combine", args, kwargs, ["date", "time", "tzinfo"], 2)
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _type_name(d))
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _type_name(t))
        if tz is _NOARG:
            tz = t._tzinfo
        return _new_datetime(cls, d._year, d._month, d._day, t._hour,
                             t._minute, t._second, t._microsecond, tz, t._fold)

    @classmethod
    def fromisoformat(cls, *args):
        """string -> datetime from a string in most ISO 8601 formats"""
        date_string = _one_arg("datetime.fromisoformat", args)
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = None
        if len(date_string) >= 7:
            raw = date_string.encode("utf-8")
            parsed = _parse_iso_datetime(raw + b"\0" * 4, len(raw))
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        year, month, day, hour, minute, second, us, tz = parsed
        return _new_datetime(cls, year, month, day, hour, minute, second, us,
                             _tz_from_iso(tz), 0)

    @classmethod
    def strptime(cls, *args):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)"
                            % len(args))
        data, fmt = args
        _str_arg("strptime", 1, data)
        _str_arg("strptime", 2, fmt)
        fields, fraction, gmtoff_fraction = _strptime_fields(data, fmt)
        tzname, gmtoff = fields[-2:]
        values = fields[:6] + (fraction,)
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            values += (timezone(delta, tzname) if tzname else timezone(delta),)
        return cls(*values)

    def timetuple(self, *args):
        """Return time tuple, compatible with time.localtime()."""
        _noargs("datetime.timetuple", args)
        dstflag = -1
        if self._tzinfo is not None:
            dst = _call_offset(self._tzinfo, "dst", self)
            if dst is not None:
                dstflag = 1 if dst else 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  dstflag)

    def utctimetuple(self, *args):
        """Return UTC time tuple, compatible with time.localtime()."""
        _noargs("datetime.utctimetuple", args)
        utc = self
        offset = _call_offset(self._tzinfo, "utcoffset", self)
        if offset is not None:
            utc = _add_delta(self, offset, -1)
        return _build_struct_time(utc._year, utc._month, utc._day, utc._hour,
                                  utc._minute, utc._second, 0)

    def timestamp(self, *args):
        """Return POSIX timestamp as float."""
        _noargs("datetime.timestamp", args)
        if self._tzinfo is None:
            seconds = _local_to_seconds(self._year, self._month, self._day,
                                        self._hour, self._minute, self._second,
                                        self._fold)
            return seconds - _EPOCH_SECONDS + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self, *args):
        """Return date object with same year, month and day."""
        _noargs("datetime.date", args)
        return _new_date(date, self._year, self._month, self._day)

    def time(self, *args):
        """Return time object with same time but with tzinfo=None."""
        _noargs("datetime.time", args)
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self, *args):
        """Return time object with same time and tzinfo."""
        _noargs("datetime.timetz", args)
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def ctime(self, *args):
        """Return ctime() style string."""
        _noargs("datetime.ctime", args)
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        (year, month, day, hour, minute, second, us, tz, fold) = _bind(
            "replace", args, kwargs,
            ["year", "month", "day", "hour", "minute", "second",
             "microsecond", "tzinfo", "fold"], 0, 8, _DATETIME_CONVERT)
        year = self._year if year is _NOARG else year
        month = self._month if month is _NOARG else month
        day = self._day if day is _NOARG else day
        hour = self._hour if hour is _NOARG else hour
        minute = self._minute if minute is _NOARG else minute
        second = self._second if second is _NOARG else second
        us = self._microsecond if us is _NOARG else us
        tz = self._tzinfo if tz is _NOARG else tz
        fold = self._fold if fold is _NOARG else fold
        return _alloc_datetime(type(self), year, month, day, hour, minute,
                               second, us, tz, fold)

    def astimezone(self, *args, **kwargs):
        """tz -> convert to local time in new timezone tz"""
        (tz,) = _bind("astimezone", args, kwargs, ["tz"], 0)
        tz = None if tz is _NOARG else tz
        _check_tzinfo_arg(tz)
        own = self._tzinfo
        offset = None
        if own is not None:
            if own is tz:
                return self
            offset = _call_offset(own, "utcoffset", self)
        if offset is None:
            # Naive (or a zone without an offset): local time.
            seconds = _local_to_seconds(self._year, self._month, self._day,
                                        self._hour, self._minute, self._second,
                                        self._fold)
            own = _local_timezone(seconds - _EPOCH_SECONDS)
            if own is tz:
                return self
            offset = _call_offset(own, "utcoffset", self)
        utc = _add_delta(self, offset, -1)
        if tz is None:
            seconds = ((utc.toordinal() - _EPOCH_ORDINAL) * 86400
                       + utc._hour * 3600 + utc._minute * 60 + utc._second)
            tz = _local_timezone(seconds)
        utc = _new_datetime(type(utc), utc._year, utc._month, utc._day,
                            utc._hour, utc._minute, utc._second,
                            utc._microsecond, tz, utc._fold)
        return tz.fromutc(utc)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        text = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        if self._fold:
            text = text[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            text = "%s, tzinfo=%r)" % (text[:-1], self._tzinfo)
        return text

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if kwargs or len(args) > 1:
            sep, timespec = _bind("isoformat", args, kwargs,
                                  ["sep", "timespec"], 0)
        else:
            sep = args[0] if args else _NOARG
            timespec = _NOARG
        if sep is _NOARG:
            sep = "T"
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % _type_name(sep))
        timespec = "auto" if timespec is _NOARG else _str_arg("isoformat", 2, timespec)
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        return text + _format_offset(_call_offset(self._tzinfo, "utcoffset", self), ":")

    def __str__(self):
        return self.isoformat(" ")

    def utcoffset(self, *args):
        """Return self.tzinfo.utcoffset(self)."""
        _noargs("datetime.utcoffset", args)
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self, *args):
        """Return self.tzinfo.dst(self)."""
        _noargs("datetime.dst", args)
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self, *args):
        """Return self.tzinfo.tzname(self)."""
        _noargs("datetime.tzname", args)
        return _call_tzname(self._tzinfo, self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _with_fold(self, fold):
        # A copy with another fold, made without calling a subclass.
        other = object.__new__(type(self))
        for name in _DATETIME_FIELDS:
            setattr(other, name, getattr(self, name))
        other._fold = fold
        other._hashcode = -1
        return other

    def _flip_offset(self):
        flipped = self._with_fold(1 - self._fold)
        return _call_offset(flipped._tzinfo, "utcoffset", flipped)

    def _fold_matters(self, other, off1, off2):
        # PEP 495: a time whose offset depends on fold is never equal to
        # a time in another zone.
        flip = self._flip_offset()
        if flip is not off1 and flip != off1:
            return True
        flip = other._flip_offset()
        return flip is not off2 and flip != off2

    def _compare(self, other, op):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._key(), other._key())
        off1 = _call_offset(self._tzinfo, "utcoffset", self)
        off2 = _call_offset(other._tzinfo, "utcoffset", other)
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            diff = _cmp(self._key(), other._key())
        elif off1 is not None and off2 is not None:
            delta = self - other
            diff = _cmp(delta._us(), 0)
        elif op == "==" or op == "!=":
            return None
        else:
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if diff == 0 and (op == "==" or op == "!=") and self._fold_matters(
                other, off1, off2):
            return None
        return diff

    def _other(self, other, op):
        # The comparison result for a non-datetime, or None to compare.
        if isinstance(other, datetime):
            return None
        if isinstance(other, date):
            if op == "==":
                return False
            if op == "!=":
                return True
            raise TypeError("can't compare %s to %s"
                            % (_type_name(self), _type_name(other)))
        return NotImplemented

    def __eq__(self, other):
        r = self._other(other, "==")
        if r is not None:
            return r
        return self._compare(other, "==") == 0

    def __ne__(self, other):
        r = self._other(other, "!=")
        if r is not None:
            return r
        return self._compare(other, "!=") != 0

    def __lt__(self, other):
        r = self._other(other, "<")
        if r is not None:
            return r
        return self._compare(other, "<") < 0

    def __le__(self, other):
        r = self._other(other, "<=")
        if r is not None:
            return r
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        r = self._other(other, ">")
        if r is not None:
            return r
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        r = self._other(other, ">=")
        if r is not None:
            return r
        return self._compare(other, ">=") >= 0

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _add_delta(self, other, 1)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                off1 = off2 = None
            else:
                off1 = _call_offset(self._tzinfo, "utcoffset", self)
                off2 = _call_offset(other._tzinfo, "utcoffset", other)
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
            days = self.toordinal() - other.toordinal()
            seconds = ((self._hour - other._hour) * 3600
                       + (self._minute - other._minute) * 60
                       + (self._second - other._second))
            us = self._microsecond - other._microsecond
            result = _delta_from_us((days * 86400 + seconds) * 1000000 + us)
            if off1 is not off2 and off1 != off2:
                result = result - (off1 - off2)
            return result
        if isinstance(other, timedelta):
            return _add_delta(self, other, -1)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    def _state(self, protocol=3):
        month = self._month
        if self._fold and protocol > 3:
            month |= 128
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, month, self._day,
                      self._hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __hash__(self):
        if self._hashcode == -1:
            base = self._with_fold(0) if self._fold else self
            offset = _call_offset(base._tzinfo, "utcoffset", base)
            if offset is None:
                self._hashcode = hash(self._state())
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                delta = _delta_from_us(
                    (self.toordinal() * 86400 + seconds) * 1000000
                    + self._microsecond)
                self._hashcode = hash(delta - offset)
        return self._hashcode


# ---------------------------------------------------------------------------
# ISO 8601 parsing, on the UTF-8 bytes of the string followed by NULs (the
# C implementation reads its terminating NUL and decides on bytes).


def _digits(s, pos, count):
    # The value of `count` ASCII digits at s[pos:], or None.
    value = 0
    for i in range(pos, pos + count):
        c = s[i] - 48
        if not 0 <= c <= 9:
            return None
        value = value * 10 + c
    return value


def _parse_iso_date(s, length):
    # (year, month, day) of the first `length` bytes, or None.
    year = _digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    dashed = s[pos] == 45         # '-'
    if dashed:
        pos += 1
    if s[pos] == 87:              # 'W': an ISO week date
        pos += 1
        week = _digits(s, pos, 2)
        if week is None:
            return None
        pos += 2
        day = 1
        if pos < length:
            if dashed:
                if s[pos] != 45:
                    return None
                pos += 1
            day = _digits(s, pos, 1)
            if day is None:
                return None
        ymd = _iso_to_ymd(year, week, day)
        return None if isinstance(ymd, int) else ymd
    month = _digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if dashed:
        if s[pos] != 45:
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hms(s, pos, end):
    # HH[:?MM[:?SS[{.,}ffffff]]] from s[pos:end]: (status, hour, minute,
    # second, us) where status is 0 at the end, 1 when more follows, and
    # negative on errors.
    vals = [0, 0, 0]
    sep = True
    for i in range(3):
        v = _digits(s, pos, 2)
        if v is None:
            return -3, 0, 0, 0, 0
        vals[i] = v
        pos += 2
        c = s[pos]
        pos += 1
        if i == 0:
            sep = c == 58         # ':'
        if pos >= end:
            return (1 if c != 0 else 0), vals[0], vals[1], vals[2], 0
        if sep and c == 58:
            continue
        if c == 46 or c == 44:    # '.' or ','
            break
        if not sep:
            pos -= 1
        else:
            return -4, 0, 0, 0, 0
    count = min(end - pos, 6)
    us = _digits(s, pos, count)
    if us is None:
        return -3, 0, 0, 0, 0
    pos += count
    if count < 6:
        us *= 10 ** (6 - count)
    while 48 <= s[pos] <= 57:
        pos += 1
    return (1 if s[pos] != 0 else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(s, length, start=0):
    # (hour, minute, second, us, tz) where tz is None or (seconds, us) of
    # the offset; None for an invalid string.
    end = start + length
    tzpos = start
    while True:
        if s[tzpos] in (90, 43, 45):      # 'Z', '+', '-'
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, hour, minute, second, us = _parse_hms(s, start, tzpos)
    if rv < 0:
        return None
    if tzpos == end:
        if rv == 1:
            return None
        return hour, minute, second, us, None
    if s[tzpos] == 90:
        if s[tzpos + 1] != 0:
            return None
        return hour, minute, second, us, (0, 0)
    sign = -1 if s[tzpos] == 45 else 1
    rv, th, tm, ts, tus = _parse_hms(s, tzpos + 1, end)
    if rv:
        return None
    return hour, minute, second, us, (sign * (th * 3600 + tm * 60 + ts), sign * tus)


def _iso_separator(s, length):
    # Where the date part of an ISO datetime ends (see the table in
    # CPython's _find_isoformat_datetime_separator).
    if length == 7:
        return 7
    if s[4] == 45:                # YYYY-...
        if s[5] == 87:            # YYYY-W...
            if length < 8:
                return -1
            if length > 8 and s[8] == 45:
                if length == 9:
                    return -1
                if length > 10 and 48 <= s[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 87:                # YYYYWww or YYYYWwwd
        idx = 7
        while idx < length and 48 <= s[idx] <= 57:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s, length):
    sep = _iso_separator(s, length)
    date_len = sep if sep >= 0 else 1 << 62
    ymd = _parse_iso_date(s, date_len)
    if ymd is None:
        return None
    hms = (0, 0, 0, 0, None)
    if length > sep:
        pos = sep
        lead = s[pos]
        if lead < 0x80:
            pos += 1
        elif lead & 0xF0 == 0xE0:
            pos += 3
        elif lead & 0xF0 == 0xF0:
            pos += 4
        else:
            pos += 2
        hms = _parse_iso_time(s, length - pos, pos)
        if hms is None:
            return None
    return ymd + hms


def _tz_from_iso(tz):
    if tz is None:
        return None
    seconds, us = tz
    if seconds == 0:
        return _UTC
    if abs(seconds) >= 86400:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), "
                         "not %r." % (_delta_from_us(seconds * 1000000),))
    return timezone(_delta_from_us(seconds * 1000000 + us))


# ---------------------------------------------------------------------------
# Class attributes and constants, then the classes become immutable.

_STATIC_TYPES = (date, datetime, time, timedelta, timezone, tzinfo,
                 _IsoCalendarDate)

timedelta.min = _new_delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _new_delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _new_delta(0, 0, 1)

date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _new_delta(1, 0, 0)

time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution

_UTC = _new_timezone(_new_delta(0, 0, 0), None)
timezone.utc = _UTC
timezone.min = _new_timezone(_new_delta(-1, 60, 0), None)
timezone.max = _new_timezone(_new_delta(0, 86340, 0), None)
UTC = _UTC


class _Capsule:
    """Stands for CPython's PyCapsule of the datetime C API."""

    __slots__ = ()

    def __repr__(self):
        return '<capsule object "datetime.datetime_CAPI">'


_Capsule.__name__ = _Capsule.__qualname__ = "PyCapsule"
_Capsule.__module__ = "builtins"
datetime_CAPI = _Capsule()

_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)

for _cls in _STATIC_TYPES:
    _cls.__module__ = "datetime"
    _make_static(_cls)
del _cls
