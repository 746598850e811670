# timedelta: construction, normalisation, float rounding, repr and str.
from datetime import timedelta


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


cases = [
    {}, {"days": 1}, {"seconds": 86399}, {"seconds": 86400}, {"seconds": -1},
    {"microseconds": -1}, {"microseconds": 1000000}, {"milliseconds": 1500},
    {"minutes": 90}, {"hours": -25}, {"weeks": 2, "days": -3},
    {"days": 1.5}, {"seconds": 0.5}, {"microseconds": 0.5}, {"microseconds": 1.5},
    {"microseconds": 2.5}, {"microseconds": -0.5}, {"microseconds": -1.5},
    {"seconds": 1e-7}, {"seconds": 4e-7}, {"seconds": 5e-7}, {"seconds": 6e-7},
    {"days": 0.1, "seconds": 0.1, "microseconds": 0.1}, {"hours": 1 / 3},
    {"minutes": -0.1234567}, {"weeks": 1e-6}, {"days": -1.000001},
    {"days": 999999999, "hours": 23, "minutes": 59, "seconds": 59, "microseconds": 999999},
    {"days": -999999999}, {"milliseconds": -0.0005}, {"days": True},
]
for kw in cases:
    td = timedelta(**kw)
    print(kw, repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta(1, 2, 3, 4, 5, 6, 7))
print(repr(timedelta(0)), repr(timedelta()), str(timedelta()))
print(str(timedelta(days=-1)), str(timedelta(days=2, microseconds=1)), str(timedelta(days=-2, seconds=5)))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.max.total_seconds(), timedelta.min.total_seconds())
print(timedelta(microseconds=1).total_seconds(), timedelta(days=1, microseconds=1).total_seconds())

attempt(timedelta, "1")
attempt(timedelta, 1, 2, 3, 4, 5, 6, 7, 8)
attempt(timedelta, foo=1)
attempt(timedelta, days=1, weeks="a")
attempt(timedelta, seconds=None)
attempt(timedelta, 1e9)
attempt(timedelta, 999999999, 86400)
attempt(timedelta, -1e9)
attempt(timedelta, float("nan"))
attempt(timedelta, float("inf"))
attempt(timedelta, 2**100)
attempt(timedelta, seconds=2**100)
attempt(timedelta, 1, days=2)

td = timedelta(1)
for name in ["days", "seconds", "microseconds"]:
    try:
        setattr(td, name, 5)
    except AttributeError as e:
        print("AttributeError", e)
try:
    td.other = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    timedelta.other = 1
except TypeError as e:
    print("TypeError", e)
print(type(td).__name__, type(td).__module__, timedelta.__name__, timedelta.__qualname__)
print(td.__reduce__())
