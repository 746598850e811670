# reduce and partial: results, flattening, reprs, attributes and errors.
from functools import reduce, partial
import functools

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

add = lambda a, b: a + b
print(reduce(add, [1, 2, 3, 4]), reduce(add, [1, 2, 3], 10), reduce(add, [], 0), reduce(add, [5]))
print(reduce(lambda acc, c: c + acc, "abc", ""), reduce(max, iter([3, 9, 2])))
attempt(reduce)
attempt(reduce, add)
attempt(reduce, 1, 2, 3, 4)
attempt(reduce, add, 5)
attempt(reduce, add, [])
attempt(reduce, add, [1], initial=2)
attempt(reduce, 1, [1, 2])

p = partial(max, 1, key=abs)
print(repr(p), p.func, p.args, p.keywords, p(-5), p(-5, key=lambda v: -v))
print(partial(partial(max, 1), 2).args)
print(repr(partial(int, base=2)), partial(int, base=2)('101'), partial(int, base=2)('11', base=3))
pp = partial(print, sep='-')
pp(1, 2)
p2 = partial(pp, end='!\n')
p2(3, 4)
print(p2.keywords, p2.func is print, p2.args)
attempt(partial)
attempt(partial, 1)
attempt(partial, func=max)

class S(partial):
    pass
s = S(max, 1)
print(repr(s), type(partial(s, 2).func).__name__, type(S(s, 2).func).__name__)
q = partial(max, 1)
q.attr = 5
print(q.__dict__, partial(q, 2).func is q)
print(partial(max, 1, key=abs).__reduce__()[1:])
r = partial(len)
r.__setstate__((max, (1, 2), {}, None))
print(r(), r.args, r.keywords)
r.__setstate__((min, (4, 5), None, {'x': 1}))
print(r(), r.keywords, r.x)
attempt(r.__setstate__, (1, 2))
attempt(r.__setstate__, [1])
attempt(r.__setstate__, (max, [1], None, None))
try:
    r.func = 3
except AttributeError as e:
    print(e)
print(partial[int])
rr = partial(max, 1)
r2 = partial(rr, key=abs)
print(r2.args, r2.keywords, r2(-9))
rec = partial(print)
rec.__setstate__((print, (rec,), {}, None))
print(repr(rec).count('...'))

class Cls:
    method = partial(lambda *a: a, 'first')
print(Cls().method(2))
