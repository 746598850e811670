# Subclasses of the datetime classes: what arithmetic, replace and the
# alternate constructors return, and their reprs.
from datetime import datetime, date, time, timedelta, timezone


def shown(args):
    # D.today() passes today's date, which must not reach the output.
    return "(today)" if args == tuple(date.today().timetuple()[:3]) else args


class D(date):
    def __new__(cls, *args, **kwargs):
        print("D.__new__", shown(args))
        return super().__new__(cls, *args, **kwargs)


class DT(datetime):
    extra = "x"

    def __repr__(self):
        return "DT<" + super().__repr__() + ">"


class TD(timedelta):
    pass


class T(time):
    pass


d = D(2024, 1, 5)
print(repr(d), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, type(d - d).__name__)
print(type(d.replace(day=6)).__name__, type(D.fromordinal(5)).__name__, type(D.fromisoformat("2024-01-01")).__name__)
print(type(D.today()).__name__, type(D.fromisocalendar(2024, 1, 1)).__name__)
print(d == date(2024, 1, 5), hash(d) == hash(date(2024, 1, 5)), d.__reduce__()[0].__name__)
dt = DT(2024, 1, 5, 12)
print(repr(dt), str(dt), dt.extra, type(dt + timedelta(1)).__name__, type(dt - dt).__name__)
print(type(dt.replace(hour=1)).__name__, type(DT.now()).__name__, type(DT.fromtimestamp(0)).__name__)
print(type(DT.combine(date(2024, 1, 1), time())).__name__, type(DT.fromisoformat("2024-01-01")).__name__)
print(type(dt.astimezone(timezone.utc)).__name__, type(dt.date()).__name__, type(dt.time()).__name__)
print(repr(DT.fromtimestamp(0, timezone.utc)), dt == datetime(2024, 1, 5, 12))
td = TD(days=1, hours=2)
print(repr(td), str(td), type(td + td).__name__, type(-td).__name__, type(td * 2).__name__, td.days)
t = T(1, 2)
print(repr(t), type(t.replace(hour=5)).__name__, type(T.fromisoformat("01:02")).__name__)
print(repr(time(1, 2).replace(fold=1)))


class Holiday(date):
    def __str__(self):
        return "Holiday " + self.isoformat()

    def isoformat(self):
        return "%d/%d/%d" % (self.day, self.month, self.year)


h = Holiday(2024, 12, 25)
print(str(h), format(h, ""), h.strftime("%Y"), repr(h))
h.note = "xmas"
print(h.note)
