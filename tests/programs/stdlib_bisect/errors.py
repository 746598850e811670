# Errors of bisect functions.
import bisect

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(bisect.bisect_left, [1, 2], 1, -1)
attempt(bisect.bisect_right, [1, 2], 1, lo=-5)
attempt(bisect.insort, [1, 2], 1, -1)
attempt(bisect.bisect_left, [1, 2], 1, "a")
attempt(bisect.bisect_left, [1, 2], 1, 0, "b")
attempt(bisect.bisect_left, [1, 2], 1, 1.5)
attempt(bisect.bisect_left, [1, "a", 3], 2)
attempt(bisect.bisect_left, 5, 2)
attempt(bisect.bisect_left, [1, 2, 3], 2, 0, 10)
attempt(bisect.insort, (1, 2), 3)
attempt(bisect.bisect_left, [1, 2], 1, key=5)
attempt(bisect.bisect_left, [1, 2], 1, 0, None)
attempt(bisect.bisect_right, [1, 2], None)
