# timezone and tzinfo: fixed offsets, a DST-aware tzinfo subclass,
# astimezone, fromutc, aware arithmetic, naive/aware rules, PEP 495 fold.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
odd = timezone(timedelta(hours=-3, minutes=-7, seconds=-11, microseconds=-13))
for tz in [utc, est, ist, odd, timezone(timedelta(0), "Z"), timezone.min, timezone.max,
           timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), hash(tz) == hash(tz.utcoffset(None)))
print(UTC is utc, timezone(timedelta(0)) is utc, timezone(timedelta(0), "UTC") is utc)
print(utc == timezone(timedelta(0), "X"), est == timezone(timedelta(hours=-5)), est != ist, utc == 5)
print(utc.__reduce__(), est.__reduce__(), est.__getinitargs__())

attempt(timezone)
attempt(timezone, 5)
attempt(timezone, timedelta(1))
attempt(timezone, timedelta(hours=-24))
attempt(timezone, timedelta(hours=1), 5)
attempt(timezone, timedelta(hours=1), "a", 3)
attempt(timezone, offset=timedelta(0))
attempt(timezone, timedelta(0), name="x")
attempt(timezone, timedelta(0), foo="x")
attempt(utc.utcoffset, 5)
attempt(utc.tzname)
attempt(utc.fromutc, datetime(2024, 1, 1))
attempt(utc.fromutc, 5)
attempt(lambda: utc < est)
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError", e)

# Aware datetimes with fixed offsets.
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
b = datetime(2024, 6, 1, 7, 0, tzinfo=est)
c = datetime(2024, 6, 1, 17, 30, tzinfo=ist)
print(a == b, a == c, b == c, hash(a) == hash(b) == hash(c), a - b, c - b, b - datetime(2024, 6, 1, tzinfo=est))
print(a.astimezone(est), b.astimezone(utc), c.astimezone(odd), a.astimezone(utc) is a)
print(repr(a.astimezone(ist)), a.utcoffset(), b.tzname(), c.dst(), b.utctimetuple())
print(a.timestamp(), b.timestamp(), c.timestamp(), odd.fromutc(a.replace(tzinfo=odd)))
print(a.isoformat(), odd.utcoffset(None), datetime(2024, 1, 1, tzinfo=odd).isoformat())
print(b.strftime("%Y-%m-%d %H:%M %z %Z"), c.strftime("%z|%Z|%%z"), a.strftime("%z %Z"))
print(datetime(2024, 1, 1).strftime("[%z][%Z]"), date(2024, 1, 1).strftime("[%z][%Z][%f]"))
print(datetime(2024, 1, 1, 0, 0, 0, 5, tzinfo=odd).strftime("%z %f"))
print(sorted([a, b.replace(hour=8), c]) == [a, c, b.replace(hour=8)])
print(datetime(2024, 1, 1, tzinfo=utc) == datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=utc) != datetime(2024, 1, 1))
attempt(lambda: datetime(2024, 1, 1, tzinfo=utc) < datetime(2024, 1, 1))
attempt(lambda: datetime(2024, 1, 1, tzinfo=utc) - datetime(2024, 1, 1))
attempt(lambda: datetime(1, 1, 1, tzinfo=utc).astimezone(est))
attempt(lambda: datetime(9999, 12, 31, 23, tzinfo=est).astimezone(utc))
attempt(lambda: a.astimezone(5))


class ToyDST(tzinfo):
    """US-style rules: standard -5h, summer time from the second Sunday in
    March, 2:00, to the first Sunday in November, 2:00."""

    def __repr__(self):
        return "ToyDST()"

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def _bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(hours=0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


toy = ToyDST()
for when in [datetime(2024, 1, 15, 12), datetime(2024, 7, 4, 12), datetime(2024, 3, 10, 2, 30),
             datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 1, 30, fold=1)]:
    local = when.replace(tzinfo=toy)
    print(repr(local), local.utcoffset(), local.dst(), local.tzname(), local.timetuple().tm_isdst,
          local.astimezone(utc), local.isoformat())
for hour in range(4, 8):
    u = datetime(2024, 11, 3, hour, 30, tzinfo=utc)
    l = u.astimezone(toy)
    print(u, "->", l, l.fold, l.tzname(), toy.fromutc(u.replace(tzinfo=toy)))
x = datetime(2024, 11, 3, 1, 30, tzinfo=toy)
y = x.replace(fold=1)
print(x == y, x.astimezone(utc) == y.astimezone(utc), hash(x) == hash(y))
print(x == x.astimezone(utc), y == y.astimezone(utc), x.astimezone(utc) == x)
print(y - x, x - datetime(2024, 11, 3, 6, 30, tzinfo=utc))
print(time(1, tzinfo=toy).utcoffset(), time(1, tzinfo=toy).tzname())


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


n = datetime(2024, 1, 1, tzinfo=NoOffset())
print(n.utcoffset(), n.tzname(), n.isoformat(), n.strftime("[%z][%Z]"), n == datetime(2024, 1, 1, tzinfo=NoOffset()))
attempt(lambda: n.timestamp())
attempt(lambda: n.fromutc(n))
attempt(lambda: tzinfo().utcoffset(None))
attempt(lambda: tzinfo().dst(None))
attempt(lambda: tzinfo().tzname(None))
attempt(lambda: tzinfo().fromutc(datetime(2024, 1, 1)))
attempt(lambda: tzinfo().fromutc(5))
attempt(lambda: tzinfo().__reduce__())
print(type(tzinfo(1, 2)).__name__, isinstance(utc, tzinfo), timezone.__mro__)
