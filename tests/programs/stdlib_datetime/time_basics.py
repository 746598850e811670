# time: construction, repr, isoformat, comparisons, hashing, strftime.
from datetime import time, timezone, timedelta, tzinfo


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 4),
          time(23, 59, 59, 999999), time(12, tzinfo=utc), time(12, 30, fold=1),
          time(1, 2, 3, 4, plus1, fold=1), time(hour=5, second=7)]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time.min, time.max, time.resolution)
t = time(13, 5, 9, 123456, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(13, 5).isoformat(timespec=spec))
print(t.utcoffset(), t.dst(), t.tzname(), time(1).utcoffset(), time(1).tzname())
print(t.replace(hour=1), t.replace(tzinfo=None), t.replace(fold=1), t.replace(microsecond=0))
print(t.strftime("%H:%M:%S.%f %p %I %z %Z %Y-%m-%d %j %a %%"), format(t, "%H|%f"), format(t, ""))
print(time(1, tzinfo=timezone(timedelta(hours=1), "A%B")).strftime("%Z|%z"))
print(f"{time(9, 8, 7):%H.%M.%S}", f"{time(9, 8, 7)}")

print(time(1) < time(2), time(1, 30) == time(1, 30), time(1) != time(1, 0, 0, 1))
print(time(12, tzinfo=utc) == time(13, tzinfo=plus1), time(12, tzinfo=utc) < time(12, 30, tzinfo=plus1))
print(time(12) == time(12, tzinfo=utc), time(12) != time(12, tzinfo=utc))
print(time(12, 0, fold=1) == time(12), hash(time(12, 0, fold=1)) == hash(time(12)))
print(hash(time(12, tzinfo=utc)) == hash(time(13, tzinfo=plus1)), hash(time(1, 2, 3, 4)))
print(bool(time()), bool(time(0, tzinfo=utc)))
print(sorted([time(5), time(1), time(3, 59)]))
print(time(1, 2, 3, 4).__reduce__(), time(1, 2, 3, 4, fold=1).__reduce_ex__(4))
print(time(1, 2, 3, 4, utc).__reduce__(), time(b"\x01\x02\x03\x00\x00\x04"), time(b"\x81\x02\x03\x00\x00\x04"))

attempt(time, 24)
attempt(time, 1, 60)
attempt(time, 1, 1, 60)
attempt(time, 1, 1, 1, 10**6)
attempt(time, -1)
attempt(time, 1, 1, 1, 1, 5)
attempt(time, fold=2)
attempt(time, 1, 2, 3, 4, None, 1)
attempt(time, 1, 2, 3, 4, None, 5, 6)
attempt(time, hour=1, foo=2)
attempt(time, 1.5)
attempt(time, "1")
attempt(time(1).isoformat, "nope")
attempt(time(1).isoformat, 5)
attempt(time(1).replace, hour=24)
attempt(time(1).replace, 2, 3, 4, 5, None, 1)
attempt(time(1).strftime, 5)
attempt(time(1).strftime)
attempt(lambda: time(1) < time(1, tzinfo=utc))
attempt(lambda: time(1) + timedelta(1))
attempt(lambda: time(1) < 1)
attempt(lambda: time(1) - time(1))
try:
    time(1).hour = 2
except AttributeError as e:
    print("AttributeError", e)


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


attempt(lambda: time(1, tzinfo=Bad(5)).utcoffset())
attempt(lambda: time(1, tzinfo=Bad(timedelta(hours=24))).utcoffset())
attempt(lambda: time(1, tzinfo=Bad(timedelta(hours=-24))).isoformat())
attempt(lambda: time(1, tzinfo=Bad(timedelta(hours=23, minutes=59))).isoformat())
attempt(lambda: time(1, tzinfo=Bad(5)).tzname())
attempt(lambda: time(1, tzinfo=Bad(None)).tzname())
attempt(lambda: time(1, tzinfo=Bad(None)).strftime("[%Z][%z]"))
