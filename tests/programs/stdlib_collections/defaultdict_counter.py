# defaultdict and Counter.
from collections import defaultdict, Counter

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, repr(defaultdict()), defaultdict(None, a=1), dict(d) == d, d.default_factory)
print(d['missing'], 'missing' in d, d.get('other'), 'other' in d)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
dd = defaultdict(lambda: 'x')
print(dd[1], dict(dd))
n = defaultdict(None)
try:
    n['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(d.copy(), type(d.copy()).__name__, d.copy().default_factory)
import copy
print(copy.copy(d) == d, copy.deepcopy(d) == d, type(copy.deepcopy(d)).__name__)
print(d | {'z': [0]}, {'z': [0]} | d, type(d | {}).__name__, type({} | d).__name__)
d |= {'q': 1}
print(d)
print(d.__reduce__()[:3], defaultdict[int, str])
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
class Sub(defaultdict):
    pass
print(Sub(int, a=1))

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common(0), c.most_common(-1), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz'); c.update({'b': 10}); c.update(x=2)
print(c)
c.subtract('aa'); c.subtract({'b': 20}); c.subtract(y=1)
print(c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b, +b, -b)
print(a == Counter(a=3, b=1), a != b, Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter() > Counter())
x = Counter(a=1, b=2)
x += Counter(a=-5, c=1); print(x)
x -= Counter(b=1); print(x)
x |= Counter(b=9, e=-1); print(x)
x &= Counter(b=3); print(x)
del x['b']; del x['nothing']; print(x, repr(Counter()))
print(Counter({'z': 1, 'y': 3}), Counter(['b', 'a', 'b']), Counter(a=1, b=1, c=2))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
try:
    Counter(5)
except TypeError as e:
    print(e)
print(Counter('ab').copy(), type(Counter('ab').copy()).__name__, Counter('ab').__reduce__())
print(Counter({1: 'a', 2: 'b'}) if False else Counter({'k': 1.5, 'j': 0.5}))
print(repr(Counter({'a': None, 'b': 1})) if False else 'ok')
class Mixed:
    pass
print(Counter({'s': 'x', 't': 2}) == Counter({'s': 'x', 't': 2}))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
