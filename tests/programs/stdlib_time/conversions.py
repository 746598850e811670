# gmtime, asctime, mktime/localtime round trips, zone attributes.
import time


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for t in [0, 1, -1, 86399, 86400, 951782400, 1e9, 1700000000.75, -1.5, 2**31, -2**31,
          4102444800, 253402300799, -62135596800, 67768036191676799,
          -67768040609740800, True]:
    attempt(time.gmtime, t)

for t in [1e18, 2**63, 10**20, -10**20, float("nan"), float("inf"), "x", None.__class__]:
    attempt(time.gmtime, t)
attempt(time.gmtime, 1, 2)

print(time.gmtime(None).tm_year >= 2020, time.gmtime().tm_zone)
print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1700000000)))
print(time.asctime((2024, 2, 29, 9, 5, 3, 3, 60, 0)))
print(time.asctime((2024, 0, 0, 0, 0, 0, 6, 0, 0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 7, 1, 0)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(type(time.asctime()).__name__, type(time.ctime()).__name__, len(time.ctime(0)))

# Local time: properties that hold in every zone.
for t in [0, 1000000000, 1700000000, 1720000000]:
    lt = time.localtime(t)
    print(time.mktime(lt) == t, lt.tm_gmtoff == time.mktime(time.gmtime(t)) * 0 + lt.tm_gmtoff,
          type(lt.tm_zone).__name__, lt.tm_isdst in (0, 1))
    print(time.ctime(t) == time.asctime(lt))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(time.tzset())
print(time.localtime(None).tm_year >= 2020, type(time.mktime(time.localtime())).__name__)

attempt(time.mktime, (2024, 1, 1, 0, 0, 0, 0, 1))
attempt(time.mktime, [2024, 1, 1, 0, 0, 0, 0, 1, 0])
attempt(time.mktime, (2024, 1, 1, 0, 0, 0, 0, 1, 0.5))
attempt(time.mktime, (2024, 1, 1, 0, 0, 0, 0, 1, "a"))
attempt(time.mktime, (2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, (2024, 1, 1, 0, 0, 0, 0, 1, 2**63))
attempt(time.mktime, (2024, 1, 1, 0, 0, 0, 0, 1, -2**31 - 1))
attempt(time.mktime, (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 5, "x")))
attempt(time.mktime)
attempt(time.asctime, 5)
attempt(time.asctime, 1, 2)
attempt(time.asctime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt(time.ctime, 1, 2)
attempt(time.localtime, float("nan"))
attempt(time.localtime, "x")
