# Timestamps: fromtimestamp/utcfromtimestamp rounding, timestamp(),
# now/today/utcnow, and local-time round trips that hold in every zone.
import time as _time
from datetime import datetime, date, timedelta, timezone


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
for ts in [0, 1, -1, 0.5, 1.0000005, 1.0000015, -1.0000005, 0.9999996, 0.9999994, -0.0000005,
           1e9, 1700000000.123456, 1700000000.1234565, 253402300799, -62135596800,
           951782400, 2**31, -2**31, True]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, utc)))
    attempt(datetime.fromtimestamp, ts, tz=timezone(timedelta(hours=9)))
for ts in [1e18, 1e12, -1e12, 253402300800, -62135596801, float("nan"), float("inf"), "x", None, 2**64]:
    attempt(datetime.utcfromtimestamp, ts)
attempt(datetime.fromtimestamp)
attempt(datetime.fromtimestamp, 0, 5)
attempt(datetime.fromtimestamp, 1e12)
attempt(date.fromtimestamp, 1e12)
attempt(date.fromtimestamp, None)
attempt(datetime.utcfromtimestamp)
attempt(datetime.now, 5)
attempt(datetime.now, tz=5)
attempt(datetime.utcnow, 1)

for dt in [datetime(1970, 1, 1, tzinfo=utc), datetime(2024, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=-3))),
           datetime(1, 1, 1, tzinfo=utc), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=utc),
           datetime(2000, 2, 29, 0, 0, 0, 1, tzinfo=utc)]:
    print(repr(dt), dt.timestamp())
attempt(lambda: datetime(1, 1, 1).timestamp())

# Local time: whatever the zone, these round trips hold.
for ts in [0, 1000000000, 1700000000, 1720000000.25, -86400 * 365]:
    local = datetime.fromtimestamp(ts)
    print(ts, local.timestamp() == ts, local.tzinfo, local.fold,
          date.fromtimestamp(ts) == local.date(),
          datetime.fromtimestamp(ts, utc).astimezone().timestamp() == ts)
    aware = local.astimezone()
    print(type(aware.tzinfo).__name__, aware.utcoffset() == timedelta(seconds=_time.localtime(int(ts) // 1).tm_gmtoff),
          aware.replace(tzinfo=None) == local, aware.astimezone(utc) == datetime.fromtimestamp(ts, utc))
    print(aware.tzname() == _time.localtime(ts).tm_zone)

now = datetime.now()
utcnow = datetime.utcnow()
aware_now = datetime.now(utc)
print(type(now).__name__, now.tzinfo, aware_now.tzinfo, abs(aware_now.replace(tzinfo=None) - utcnow) < timedelta(seconds=5))
print(abs(now.timestamp() - _time.time()) < 5, date.today() - now.date() in (timedelta(0), timedelta(1)))
print(datetime.today().tzinfo, type(date.today()).__name__, type(datetime.today()).__name__)
print(abs(datetime.now(timezone(timedelta(hours=3))) - aware_now) < timedelta(seconds=5))
