# fromisoformat of date, time and datetime: every accepted layout and
# CPython 3.11's rejections.
from datetime import datetime, date, time, timezone, timedelta


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["2024-01-05T00:00+00:00:00.5", "2024-01-05T00:00+24:00", "2024-01-05T00:00-23:59:59.999999",
          "2024-01-05T12:34:56:78", "2024-01-05T123456789", "2024-01-05T12:34:56.", "2024-01-05T24:00",
          "2024-01-05 12", "2024-01-05T12:3", "2024-01-05T1234", "2024-01-05T12:34Z", "2024-01-05T12:34z",
          "2024-01-05T12:34+0530", "2024-01-05T12:34+05", "2024-01-05T12:34+5", "2024-01-05T12:34:56.1234567",
          "2024-01-05T12:34:56.123456789+01:00", "2024-01-05T12:34:56,5", "20240105T123456", "2024W011T12",
          "2024-W01-1T12:00", "2024-W01T12", "2024-W011", "2024W01", "2024-W53", "2020-W53-7", "2024-01-05é12:00",
          "2024-01-05€12:00", "2024-01-05", "2024-01-0", "2024-1-05", "2024-13-01", "2024-02-30", "0000-01-01",
          "2024-01-05T", "2024-01-05T12:00+", "2024-01-05T12:00Z ", "2024-01-05T12:00 ", "2024-01-05 12:00:00.000",
          "20240105", "2024010", "2024-001", "2024001", "2024-01-05T12.5", "2024-01-05T12:00:00+01:00:00:00",
          "2024-01-05T-01:00", "2024-01-05T12:34-", "2024-01-05x12", "2024-W01-", "2024-W01-1", "2024W0112",
          "2024W01123", "2024-01-05T12:34:56.123+05:30:15.5", "0000-W01-1T00", "9999-12-31T23:59:59.999999",
          "short", "", "2024-01-05T12:34:56-00:00"]:
    attempt(datetime.fromisoformat, s)
for s in ["12", "12:34", "1234", "12:34:56", "123456", "12:34:56.789", "T12:34", "T", "", "12:34Z", "12:34+01",
          "12:34:56+01:00:00.1", "24:00", "12:60", "12:34:60", "1", "12:34 ", "12:34:56.1234567890", "12:3x",
          "12:34:56.12x", "12:34+00:00", "12:34-00:00", "12:34:56,5-03"]:
    attempt(time.fromisoformat, s)
for s in ["2024-01-05", "20240105", "2024-W01", "2024W01", "2024-W01-1", "2024W011", "2024-01-5x", "20240105xx",
          "2024-W011", "2024W01-1", "2024-01", "2024-001", "2024/01/05", "２０２４-01-05", "0000-W01-1",
          "9999-W52-7", "9999-W53-1", "2020-W53-1", "2021-W53-1", "2024-01-05T00:00"]:
    attempt(date.fromisoformat, s)
attempt(date.fromisoformat, 20240105)
attempt(datetime.fromisoformat, None)
attempt(time.fromisoformat, b"12:00")
attempt(date.fromisoformat)

# Round trips of isoformat().
tz = timezone(timedelta(hours=-7, seconds=-3, microseconds=-9))
for value in [datetime(2024, 1, 5, 1, 2, 3, 4), datetime(2024, 1, 5, tzinfo=tz), datetime.min, datetime.max]:
    print(datetime.fromisoformat(value.isoformat()) == value, datetime.fromisoformat(str(value)) == value)
for value in [time(1, 2, 3, 4), time(23, 59, tzinfo=timezone.utc), time(0, 0, 0, 1, tzinfo=tz)]:
    print(time.fromisoformat(value.isoformat()) == value)
print(date.fromisoformat(date(2024, 12, 30).isoformat()))
