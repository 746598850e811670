# date: construction, fields, calendar methods, formatting and errors.
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(date.min, date.max, date.resolution, repr(date.min))
print(d.toordinal(), date.fromordinal(738945), date.fromordinal(1), date.fromordinal(3652059))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d.isocalendar() == (2024, 9, 4), d.isocalendar().year, d.isocalendar().weekday)
print(type(d.isocalendar()).__name__, d.isocalendar().__reduce__())
print(d.isoformat(), str(d), d.ctime(), date(5, 1, 1).ctime(), date(2024, 1, 10).ctime())
print(d.timetuple())
print(d.replace(year=2023, day=28), d.replace(month=3), d.replace(), d.replace(2000, 1, 1))
print(date(year=2000, month=12, day=31), date(2000, 12, day=31), date(True, True, True))
for y in [2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 1, 9999]:
    for m, dd in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        x = date(y, m, dd)
        print(x, x.isocalendar(), x.weekday(), date.fromisocalendar(*x.isocalendar()) == x)
for n in [1, 59, 60, 365, 366, 730119, 730120, 146097, 146098, 3652059]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n)

print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(year=2021, week=1, day=1))
attempt(date.fromisocalendar, 2024, 53, 1)
attempt(date.fromisocalendar, 2024, 1, 0)
attempt(date.fromisocalendar, 2024, 1, 8)
attempt(date.fromisocalendar, 0, 1, 1)
attempt(date.fromisocalendar, 2**40, 1, 1)
attempt(date.fromisocalendar, 9999, 52, 6)

for args in [(), (2024,), (2024, 1), (2024, 1, 1, 1), (2024, 1, 1, 1.5)]:
    attempt(date, *args)
attempt(date, 2024, 1, 1, foo=1)
attempt(date, 2024, 1, year=1)
attempt(date, 2024, 1, month=1)
attempt(date, 2024.0, 1, 1)
attempt(date, "2024", 1, 1)
attempt(date, 2**31, 1, 1)
attempt(date, 2**63, 1, 1)
attempt(date, -2**31 - 1, 1, 1)
attempt(date, 0, 1, 1)
attempt(date, 10000, 1, 1)
attempt(date, 2024, 13, 1)
attempt(date, 2024, 0, 1)
attempt(date, 2023, 2, 29)
attempt(date, 2024, 4, 31)
attempt(date, 2024, 1, 0)
attempt(date.fromordinal, 0)
attempt(date.fromordinal, 3652060)
attempt(date.fromordinal, 1.5)
attempt(date.fromordinal)
attempt(date.fromordinal, x=1)
attempt(d.replace, month=13)
attempt(d.replace, 2025, 2, 3, 4)
attempt(d.replace, foo=1)
attempt(d.replace, year=2023)
attempt(d.weekday, 1)
attempt(d.isoformat, 1)

for name in ["year", "month", "day"]:
    try:
        setattr(d, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del d.year
except AttributeError as e:
    print("AttributeError", e)
try:
    d.foo = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    date.foo = 1
except TypeError as e:
    print("TypeError", e)

# Arithmetic and comparisons.
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(7) + d)
print(d + timedelta(hours=23), d - timedelta(hours=1), d + timedelta(days=-1, hours=25))
print(d - date(2024, 1, 1), date(2024, 1, 1) - d, d - d)
print(d == date(2024, 2, 29), d != date(2024, 2, 28), d < date(2025, 1, 1), d >= date.min)
print(d == "2024-02-29", d != 5)
print(sorted([date(2024, 3, 1), date(2023, 12, 31), d]))
print(hash(d) == hash(date(2024, 2, 29)), hash(d), hash(date.min), hash(date.max))
print({d: 1}[date(2024, 2, 29)], len({d, date(2024, 2, 29), date(2024, 3, 1)}))
attempt(lambda: d + 1)
attempt(lambda: 1 + d)
attempt(lambda: d - 1)
attempt(lambda: d < 1)
attempt(lambda: d + d)
attempt(lambda: date.max + timedelta(1))
attempt(lambda: date.min - timedelta(1))
attempt(lambda: date.min + timedelta.max)

# Pickled state and copies.
print(d.__reduce__(), date(b"\x07\xe8\x02\x1d"), date(b"\x00\x01\x01\x01"))
attempt(date, b"\x07\xe8\x0d\x05")
import copy
print(copy.copy(d), copy.deepcopy(d), copy.copy(d) == d)
