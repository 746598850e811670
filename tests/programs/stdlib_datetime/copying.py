# Pickle support (__reduce__/__reduce_ex__ state) and copy/deepcopy.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, hours=0):
        self.hours = hours

    def utcoffset(self, dt):
        return timedelta(hours=self.hours)

    def __repr__(self):
        return "Fixed(%d)" % self.hours


values = [
    timedelta(days=-3, seconds=5, microseconds=7), date(2024, 2, 29), time(1, 2, 3, 4),
    time(5, tzinfo=timezone.utc, fold=1), datetime(2024, 1, 5, 6, 7, 8, 9),
    datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=timezone(timedelta(hours=-4), "EDT")),
    timezone.utc, timezone(timedelta(minutes=-90), "X"), date(2024, 1, 5).isocalendar(),
    datetime(2024, 1, 1, tzinfo=Fixed(3)), Fixed(7), tzinfo(),
]
for v in values:
    for proto in (2, 4):
        r = v.__reduce_ex__(proto)
        print(type(v).__name__, proto, r[0].__name__, r[1:])
    print(repr(v.__reduce__()[1:]) == repr(v.__reduce_ex__(2)[1:]))
    c = copy.copy(v)
    dc = copy.deepcopy(v)
    if isinstance(v, tzinfo) and not isinstance(v, timezone):
        print(type(c).__name__, type(dc).__name__, getattr(c, "__dict__", None) == getattr(v, "__dict__", None))
    else:
        print(c == v, dc == v, repr(dc))
rebuilt = [cls(*args) for cls, args in (v.__reduce_ex__(4)[:2] for v in values[:9])]
print([a == b for a, b in zip(rebuilt, values)], [r.fold for r in rebuilt[2:6]])
