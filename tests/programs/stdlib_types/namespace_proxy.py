# SimpleNamespace and MappingProxyType.
import types

n = types.SimpleNamespace(b=1, a=2)
print(n, repr(types.SimpleNamespace), n.a, n.b, vars(n))
n.c = [3]
del n.b
print(n)
class S(types.SimpleNamespace):
    pass
print(S(x=1), S(), isinstance(S(), types.SimpleNamespace))
n.self = n
print(n)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print(e)
print(types.SimpleNamespace() == types.SimpleNamespace(), S(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2), types.SimpleNamespace(a=1) != 3)
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__, types.SimpleNamespace.__hash__)
print(types.SimpleNamespace(**{'x-y': 1}))
try:
    types.SimpleNamespace().missing
except AttributeError as e:
    print('AttributeError')

m = types.MappingProxyType({1: 2, 'k': [3]})
print(m, repr(m), m[1], len(m), list(m), m.get(3, 'd'), m.get(1), 1 in m, 5 in m)
print(m.copy(), type(m.copy()).__name__, list(m.keys()), list(m.values()), list(m.items()))
print(list(reversed(m)))
for bad in [[1], (1,), 5]:
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    m[3] = 4
except TypeError as e:
    print(e)
try:
    del m[1]
except TypeError as e:
    print(e)
print(m == {1: 2, 'k': [3]}, m != {}, m | {3: 4}, {0: 1} | m)
src = {'a': 1}
live = types.MappingProxyType(src)
src['b'] = 2
print(live, len(live))
try:
    live.x = 1
except AttributeError as e:
    print('AttributeError')
print(types.MappingProxyType(types.MappingProxyType({'z': 0})))
print(str(types.MappingProxyType({'s': 1})))
try:
    hash(m)
except TypeError as e:
    print('TypeError')
