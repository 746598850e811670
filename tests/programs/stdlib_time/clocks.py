# Clocks: types, monotonicity, float/ns agreement, clock info, sleep.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a = f()
    b_ns = f_ns()
    c = f()
    print(name, type(a).__name__, type(b_ns).__name__, a <= c)
    # The float and the nanoseconds read the same clock.
    print(name, "agrees", abs(b_ns / 1e9 - a) < 5.0)
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
    print(type(info).__name__, sorted(vars(info)))

prev = time.monotonic_ns()
ok = True
for _ in range(1000):
    now = time.monotonic_ns()
    ok = ok and now >= prev
    prev = now
print("monotonic never goes back:", ok)

start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print("slept at least 20ms:", elapsed >= 0.019, "and not forever:", elapsed < 5)
print(time.sleep(0), time.sleep(False))

t = time.time()
print("time is after 2020:", t > 1577836800, "and before 2200:", t < 7258118400)
print(time.time_ns() > 1577836800 * 10**9)
print(time.clock_gettime(time.CLOCK_REALTIME) > 1577836800)
print(type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
      time.CLOCK_THREAD_CPUTIME_ID)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(time.sleep, -1)
attempt(time.sleep, -0.5)
attempt(time.sleep, "x")
attempt(time.sleep, float("nan"))
attempt(time.sleep, 1e300)
attempt(time.sleep, 10**20)
attempt(time.sleep)
attempt(time.sleep, 1, 2)
attempt(time.sleep, secs=1)
attempt(time.time, 1)
attempt(time.monotonic_ns, 1)
attempt(time.get_clock_info)
attempt(time.get_clock_info, "nope")
attempt(time.get_clock_info, 5)
attempt(time.clock_gettime, 12345)
attempt(time.clock_gettime, "x")
attempt(time.clock_gettime, 2**40)
