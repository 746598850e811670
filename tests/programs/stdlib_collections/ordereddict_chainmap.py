# OrderedDict and ChainMap.
from collections import OrderedDict, ChainMap

o = OrderedDict(a=1, b=2, c=3)
print(o, repr(OrderedDict()), list(o), o.keys(), o.values(), o.items())
o.move_to_end('a'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(repr(e))
try:
    o.move_to_end('zz')
except KeyError as e:
    print(repr(e))
p = OrderedDict([('x', 1), ('y', 2)])
q = OrderedDict([('y', 2), ('x', 1)])
print(p == q, dict(p) == dict(q), p == dict(q), dict(q) == p, p != q, p != dict(q))
print(list(reversed(p)), list(reversed(p.keys())), list(reversed(p.values())), list(reversed(p.items())))
p['z'] = 0; p['x'] = 5
print(p, p.setdefault('w', 9), p.pop('y'), p)
print(OrderedDict.fromkeys('abc', 0), p.copy(), type(p.copy()).__name__)
print(p | {'n': 1}, {'n': 1} | p, type({'n': 1} | p).__name__)
p |= {'m': 2}; print(p)
r = OrderedDict(a=1)
r['self'] = r
print(r)
print('b' in o, len(o), o.get('b'), o.keys() & {'b', 'q'}, o.items() - {('b', 2)})
print(p.__reduce__()[:3])
import copy
print(copy.copy(p), copy.deepcopy(p) == p)
try:
    hash(p)
except TypeError as e:
    print(e)

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), 'a' in cm, cm.get('z', 0))
cm['d'] = 4; print(over, cm.maps)
del cm['b']; print(over, cm['b'])
try:
    del cm['a']
except KeyError as e:
    print(e)
try:
    cm['zz']
except KeyError as e:
    print(repr(e))
child = cm.new_child(); child['a'] = 100
print(child['a'], cm['a'], child.parents, child.new_child({'q': 1}).maps[0], cm.new_child(k=1).maps[0])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'x': 1})), ChainMap.fromkeys('ab', 7))
print(cm.copy(), type(cm.copy()).__name__, cm.pop('c'), cm)
try:
    cm.pop('nothere')
except KeyError as e:
    print(e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print(e)
print(ChainMap({'a': 1}).popitem(), cm | {'new': 1}, {'new': 1} | cm)
cm |= {'merged': True}
print(cm)
cm.clear(); print(cm)
loop = ChainMap()
loop.maps.append(loop)
print(loop)
