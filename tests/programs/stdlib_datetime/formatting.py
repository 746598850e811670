# datetime/date/time strftime (with %z, %Z, %f), __format__ and
# datetime.strptime.
from datetime import datetime, date, time, timedelta, timezone


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


dt = datetime(2024, 3, 5, 13, 4, 5, 60708, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
directives = "aAbBcdHIjmMpSUwWxXyYzZfGuVgCeDFRTrhnt%"
for c in directives:
    print(c, repr(dt.strftime("%" + c)), repr(dt.date().strftime("%" + c)), repr(dt.time().strftime("%" + c)))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f%z (%Z) %%f %%z"), dt.strftime("%"), dt.strftime("%%"), dt.strftime("x%"))
print(dt.strftime("%-d %_m %^a %#b %10Y %-5z %E %Oq"))
print(dt.strftime("%Y\0%m"), dt.strftime(""), dt.strftime("plain"), dt.strftime("é%f€"))
print(date(1, 1, 1).strftime("%Y %y %C %G %c"), date(999, 12, 31).strftime("%Y-%j %U %W %V"))
print(datetime(2024, 1, 1, tzinfo=timezone(-timedelta(hours=1, seconds=1))).strftime("%z"))
print(format(dt, "%H:%M"), format(dt.date(), "%d/%m"), f"{dt:%A}", f"{dt.time():%I%p}", f"{dt!r:>5}"[:9])
attempt(dt.strftime)
attempt(dt.strftime, 5)
attempt(dt.strftime, format="%Y")
attempt(dt.strftime, "%Y", 1)
attempt(dt.__format__, 5)
attempt(format, dt, 5)

cases = [
    ("2024-01-05 13:04:05", "%Y-%m-%d %H:%M:%S"),
    ("2024-01-05T13:04:05.123+0530", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-01-05T13:04:05Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("05 Jan 2024 1:04 PM", "%d %b %Y %I:%M %p"),
    ("Friday, January 05, 2024", "%A, %B %d, %Y"),
    ("2024 +01:00 UTC", "%Y %z %Z"),
    ("2024 UTC", "%Y %Z"),
    ("2024-W01-5", "%G-W%V-%u"),
    ("366/2024", "%j/%Y"),
    ("12:30", "%H:%M"),
    ("02-29", "%m-%d"),
    ("-053015.5", "%z"),
    ("20240105", "%Y%m%d"),
]
for data, fmt in cases:
    try:
        r = datetime.strptime(data, fmt)
        print(repr(data), repr(r), r.tzname(), r.utcoffset())
    except ValueError as e:
        print(repr(data), "ValueError", e)
attempt(datetime.strptime, "2024-01-05", "%Y-%m-%d %H")
attempt(datetime.strptime, "2024-01-05 extra", "%Y-%m-%d")
attempt(datetime.strptime, "2023-02-29", "%Y-%m-%d")
attempt(datetime.strptime, "2024", "%Q")
attempt(datetime.strptime, "2024", "%")
attempt(datetime.strptime, 5, "x")
attempt(datetime.strptime, "x", 5)
attempt(datetime.strptime, "x")
attempt(datetime.strptime, "2024", "%Y", 1)
attempt(datetime.strptime, "+2400", "%z")


class MyDT(datetime):
    pass


print(repr(MyDT.strptime("2024-01-05", "%Y-%m-%d")), type(MyDT.strptime("1", "%d")).__name__)
