# count, cycle and repeat: values, reprs, length hints and argument errors.
import itertools as it
from itertools import count, cycle, repeat, islice

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(list(islice(r, 8)) if hasattr(r, '__next__') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(2**63 - 2), 4)), list(islice(count(0, -2**62), 4)), list(islice(count(1j, 1), 3)))
print(list(islice(count(start=5, step=-1), 3)), list(zip('abc', count(1))))
print(count(), count(5), count(1, 2), count(1.5), count(1, 1.0), count(2**70), count(0, -1), count(1j), count(0, True))
c = count(3)
next(c); next(c)
print(c, next(c), c)
attempt(count, 'a')
attempt(count, 1, 'x')
attempt(count, 1, 2, 3)
attempt(count, x=1)
attempt(count, start=[])
class Num:
    def __index__(self):
        return 4
    def __add__(self, other):
        return 'added'
attempt(count, Num())

print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
src = iter(range(3))
cy = cycle(src)
print(next(cy), next(cy), list(src), list(islice(cy, 5)))
attempt(cycle)
attempt(cycle, 1)
attempt(cycle, [1], 2)
attempt(cycle, iterable=[1])

print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(None), 3)), list(repeat([], times=2)))
r = repeat(7, 3)
print(r, r.__length_hint__(), next(r), r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(repeat(1), repeat('a', -2), repeat(object=2, times=1))
print(list(map(pow, range(5), repeat(2))))
attempt(repeat)
attempt(repeat, 1, 'a')
attempt(repeat, 1, 2, 3)
attempt(repeat, 1, 2.5)
attempt(len, repeat(1, 3))
attempt(repeat(1).__length_hint__)
import operator
print(operator.length_hint(repeat(1, 5)), operator.length_hint(repeat(1), 9) if False else '')
class MyCount(count):
    pass
print(MyCount(5), list(islice(MyCount(1, 2), 3)), isinstance(MyCount(), count))
print(type(count()).__name__, count.__module__, iter(c) is c)
