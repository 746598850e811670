# datetime: construction, repr/str/isoformat, replace, combine, parts,
# arithmetic and comparisons of naive values.
from datetime import datetime, date, time, timedelta, timezone


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for dt in [datetime(2024, 1, 5), datetime(2024, 1, 5, 13), datetime(2024, 1, 5, 13, 4, 5),
           datetime(2024, 1, 5, 13, 4, 5, 6), datetime(2024, 1, 5, 0, 0, 0, 6),
           datetime(2024, 1, 5, fold=1), datetime(2024, 1, 5, 1, 2, 3, 4, timezone.utc, fold=1),
           datetime(year=1, month=1, day=1, minute=5), datetime.min, datetime.max]:
    print(repr(dt), str(dt), dt.isoformat(), dt.year, dt.hour, dt.microsecond, dt.tzinfo, dt.fold)
print(datetime.resolution, datetime.min.resolution)
dt = datetime(2024, 3, 10, 7, 8, 9, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.isoformat(" ", spec), datetime(2024, 1, 1).isoformat("x", spec))
print(dt.isoformat(sep="_"), dt.isoformat("é"))
print(dt.date(), dt.time(), dt.timetz(), repr(dt.date()), repr(datetime(2024, 1, 1, 1, fold=1).time()))
print(dt.timetuple(), dt.utctimetuple())
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime())
print(dt.replace(year=2000), dt.replace(hour=0, microsecond=0), dt.replace(tzinfo=timezone.utc))
print(dt.replace(fold=1).fold, dt.replace(2025, 1, 2, 3, 4, 5, 6))
print(datetime.combine(date(2024, 1, 1), time(1, 2, 3)))
print(repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None)))
print(repr(datetime.combine(datetime(2024, 1, 1, 5), time(1, fold=1))))
print(repr(datetime.combine(date=date(2000, 2, 2), time=time(2))))
print(datetime.fromordinal(738000), datetime.fromisocalendar(2024, 10, 3))
print(f"{dt:%Y/%m/%d %H.%M.%S.%f}", f"{dt}", format(dt, ""), dt.strftime("%c|%x|%X"))

a = datetime(2024, 2, 28, 23, 30)
print(a + timedelta(hours=1), a + timedelta(days=1, hours=1), timedelta(minutes=30) + a)
print(a - timedelta(days=60), a - timedelta(microseconds=1), a - datetime(2024, 1, 1))
print(datetime(2024, 1, 1) - a, a - a, (a - datetime(1, 1, 1)).days)
print(a == datetime(2024, 2, 28, 23, 30), a != a, a < datetime(2024, 3, 1), a > datetime.min)
print(a == a.replace(fold=1), hash(a) == hash(a.replace(fold=1)))
print(a == date(2024, 2, 28), a != date(2024, 2, 28), date(2024, 2, 28) == a, a == "x")
print(hash(a), hash(datetime(2024, 1, 5, 1, 2, 3, 4)), hash(datetime.min))
print(sorted([datetime(2024, 1, 1), datetime(2023, 1, 1, 23), datetime(2024, 1, 1, 0, 0, 0, 1)]))
print(isinstance(a, date), issubclass(datetime, date), datetime.__mro__)
print(a.__reduce__(), a.replace(fold=1).__reduce_ex__(4), a.replace(fold=1).__reduce_ex__(2))
print(datetime(b"\x07\xe8\x02\x1c\x17\x1e\x00\x00\x00\x00"), repr(datetime(b"\x07\xe8\x82\x1c\x17\x1e\x00\x00\x00\x01")))
import copy
print(copy.copy(a) == a, copy.deepcopy(a.replace(tzinfo=timezone.utc)))

attempt(lambda: a + 1)
attempt(lambda: a - 1)
attempt(lambda: a - date(2024, 1, 1))
attempt(lambda: date(2024, 1, 1) - a)
attempt(lambda: a < date(2024, 1, 1))
attempt(lambda: date(2024, 1, 1) < a)
attempt(lambda: a + a)
attempt(lambda: datetime.max + timedelta(microseconds=1))
attempt(lambda: datetime.min - timedelta(microseconds=1))
attempt(datetime, 2024)
attempt(datetime, 2024, 1)
attempt(datetime, 2024, 1, 1, 24)
attempt(datetime, 2024, 1, 1, 0, 60)
attempt(datetime, 2024, 1, 1, 0, 0, 60)
attempt(datetime, 2024, 1, 1, 0, 0, 0, -1)
attempt(datetime, 2024, 1, 1, 0, 0, 0, 0, 5)
attempt(datetime, 2024, 1, 1, 0, 0, 0, 0, None, 1)
attempt(datetime, 2024, 1, 1, fold=-1)
attempt(datetime, 2024, 1, 1, 1, 2, 3, 4, None, 1, 2)
attempt(datetime, 2024, 2, 30)
attempt(datetime, 2024, 1, 1, hour=1.0)
attempt(datetime.combine, 1, 2)
attempt(datetime.combine, date(2024, 1, 1), 2)
attempt(datetime.combine, date(2024, 1, 1))
attempt(datetime.combine, date(2024, 1, 1), time(), 5)
attempt(dt.isoformat, "TT")
attempt(dt.isoformat, 5)
attempt(dt.isoformat, "T", "x")
attempt(dt.isoformat, "T", 5)
attempt(dt.isoformat, foo=1)
attempt(dt.replace, fold=2)
attempt(dt.replace, tzinfo=5)
attempt(dt.replace, 2025, 2, 3, 4, 5, 6, 7, None, 8)
attempt(dt.replace, day=31, month=2)
attempt(dt.date, 1)
try:
    dt.hour = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    dt.year = 1
except AttributeError as e:
    print("AttributeError", e)
