# deque errors: arguments, empty pops, indexes, mutation during iteration.
from collections import deque

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(deque, [1], -1)
attempt(deque, [1], 'x')
attempt(deque, [1], 2.5)
attempt(deque, 1)
attempt(deque, [1], 2, 3)
attempt(deque, x=1)
attempt(deque, iterable=[1, 2], maxlen=1)
d = deque([1, 2, 3], 5)
attempt(deque().pop)
attempt(deque().popleft)
attempt(d.pop, 1)
attempt(d.remove, 9)
attempt(d.index, 9)
attempt(d.index, 1, 'a')
attempt(d.index, 3, 0, 2)
attempt(d.index)
attempt(d.insert, 'a', 1)
attempt(d.insert, 1)
attempt(d.rotate, 'x')
attempt(d.rotate, 1, 2)
attempt(d.rotate, 1.0)
attempt(d.__getitem__, 10)
attempt(d.__getitem__, -10)
attempt(d.__getitem__, 'a')
attempt(d.__getitem__, slice(1, 2))
attempt(d.__setitem__, 10, 1)
attempt(d.__delitem__, 10)
attempt(deque([1, 2, 3], 3).insert, 0, 9)
attempt(hash, d)
attempt(d.__lt__, [1])
attempt(d.extend, 1)
attempt(d.append)
attempt(d.count)
attempt(d.__add__, [1])
attempt(lambda: d + [1])
attempt(lambda: d * 'a')
attempt(lambda: d < [1])
attempt(setattr, d, 'maxlen', 3)
attempt(lambda: deque([1], 2).maxlen)

d3 = deque(range(5))
it = iter(d3)
next(it)
d3.append(1)
attempt(next, it)
attempt(next, it)
d4 = deque(range(3))
for x in d4:
    if x == 1:
        d4[0] = 'changed'
print(d4)
try:
    for x in d4:
        d4.pop()
except RuntimeError as e:
    print('RuntimeError', e)

class Bad:
    def __eq__(self, other):
        dd.clear()
        return False
dd = deque([Bad(), 1, 2])
attempt(dd.count, 5)
dd = deque([Bad(), 1, 2])
attempt(dd.index, 5)
dd = deque([Bad(), 1, 2])
attempt(dd.remove, 5)
dd = deque([Bad(), 1, 2])
attempt(dd.__contains__, 5)
class Raises:
    def __eq__(self, other):
        raise ValueError('eq failed')
attempt(deque([Raises()]).count, 1)
attempt(deque([Raises()]).remove, 1)
