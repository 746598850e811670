# deque: every method, maxlen behaviour, reprs, comparisons and arithmetic.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
print(d.count('a'), d.index('a'), d.index(2, 0, 4), 2 in d, 'q' in d)
d.insert(1, 'ins'); d.insert(-1, 'neg'); d.insert(100, 'end'); d.insert(-100, 'start')
print(d)
d.remove('ins'); d.reverse()
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.rotate(0); d.rotate(len(d) * 5 + 1); print(d)
d[0] = 'first'; d[-1] = 'last'; del d[1]
print(d, d.copy(), d.copy() is d, d.copy() == d)
d.clear(); print(d, bool(d), len(d))
print(deque(), deque(maxlen=3), deque('abc', 2), deque(range(5), maxlen=None), deque([1], maxlen=0))

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft('L'); print(b)
b.extend([7, 8]); print(b)
b.extendleft([9]); print(b, b.maxlen)
z = deque(maxlen=0); z.append(1); z.extend(range(5)); print(z)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]),
      deque([1]) < deque([1, 0]), deque([2]) > deque([1, 9]), deque([1, 2]) <= deque([1, 2]),
      deque([1, 2]) >= deque([1, 2, 0]), deque() == deque(), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque('ab'), deque([1]) * 0, deque([1, 2], 3) * 2)
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
e += e; print(e)
e.extend(e); print(len(e))
f = deque('abc', 4); f *= 3; print(f)
print(deque([[1]]) == deque([[1]]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan'); print(deque([n]) == deque([n]), deque([n]).count(n), n in deque([n]))

r = deque([1, 2, 3])
print(list(reversed(r)), list(iter(r)), [x * 2 for x in r], sum(r), sorted(deque([3, 1, 2])))
it = iter(r); print(next(it), it.__length_hint__(), list(it))
print(type(iter(r)).__name__, type(reversed(r)).__name__)
s = deque([1]); s.append(s); print(s)
class Sub(deque):
    pass
q = Sub([1, 2], 5)
print(q, type(q.copy()).__name__, q.copy(), type(q + deque([3])).__name__, q * 2)
print(deque([1, 2], 4).__reduce__()[:3], deque([1]).__reduce__()[:3])
import copy
print(copy.copy(deque([1, [2]], 3)), copy.deepcopy(deque([1, [2]])))
print(deque[int], deque.__module__, deque.__name__)
d5 = deque([3]); d5.__init__([4, 5]); print(d5)
d5.__init__(); print(d5)
d5.__init__('ab', 1); print(d5, d5.maxlen)
