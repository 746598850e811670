# itemgetter, attrgetter and methodcaller: calls, reprs, and errors.
import operator as o

print(o.itemgetter(1), o.itemgetter(1, 'a'), o.itemgetter(slice(1, 2)))
print(o.attrgetter('a.b', 'c'), o.attrgetter('x'))
print(o.methodcaller('f', 1, k=2), o.methodcaller('f'), o.methodcaller('g', 'x', [1], a=None, b=1.5))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=o.itemgetter(1)))
print(o.itemgetter(0, 2)('abc'), o.itemgetter(slice(1, None))('abc'), o.itemgetter('k')({'k': 5}))
print(o.itemgetter(-1)([1, 2, 3]), o.itemgetter(0)((9,)))
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print(sorted(rows, key=o.itemgetter('v', 'n')))
print(list(map(o.itemgetter(1), [[1, 2], [3, 4]])))

class P:
    def __init__(self):
        self.a = Q()
        self.c = 3
class Q:
    b = 7
    def twice(self, x, scale=2):
        return x * scale
print(o.attrgetter('a.b')(P()), o.attrgetter('a.b', 'c')(P()), o.attrgetter('c')(P()))
print(o.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(o.methodcaller('upper')('abc'), o.methodcaller('twice', 3)(Q()), o.methodcaller('twice', 3, scale=10)(Q()))
print(o.methodcaller('count', 'a')('banana'))
print(o.itemgetter(1).__reduce__(), o.attrgetter('a', 'b.c').__reduce__(), o.methodcaller('x', 1).__reduce__())
print(type(o.itemgetter(1)).__name__, type(o.attrgetter('a')).__module__)

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(o.itemgetter)
attempt(o.itemgetter(1))
attempt(o.itemgetter(1), 1, 2)
attempt(o.itemgetter(1), x=1)
attempt(o.itemgetter(5), [1])
attempt(o.itemgetter('z'), {})
attempt(o.itemgetter(0), 5)
attempt(o.attrgetter)
attempt(o.attrgetter, 1)
attempt(o.attrgetter, 'a', 2)
attempt(o.attrgetter('zz'), P())
attempt(o.attrgetter('a.zz'), P())
attempt(o.attrgetter('a'))
attempt(o.methodcaller)
attempt(o.methodcaller, 1)
attempt(o.methodcaller('nope'), 1)
attempt(o.methodcaller('upper'))
attempt(o.methodcaller('upper'), 'a', 'b')
attempt(o.itemgetter, key=1)
m = o.methodcaller('split', ',', maxsplit=1)
r = m.__reduce__()
print(r[0].func, r[0].args[1:], r[0].keywords, r[1], r[0](*r[1])('a,b,c'))
import copy
print(copy.copy(m)('x,y,z'), copy.deepcopy(o.itemgetter(1, 2))('abc'), copy.copy(o.attrgetter('real'))(3))
