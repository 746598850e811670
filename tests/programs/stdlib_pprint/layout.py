import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString
import types

data = {
    'name': 'pvm', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': {'d': {'e': 'f' * 30}}},
    'tuple': tuple(range(25)), 'one': (1,), 'empty': [], 'set': set(range(20)), 'fs': frozenset('abcdefghijklmnopqrstuvwxyz'),
    3: 'three', 'bytes': bytes(range(40)), 'ba': bytearray(b'hello world, this is a long bytearray value!!'),
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'lines': 'first line\nsecond line is here\n' * 3,
}
for w in (80, 40, 20, 5):
    print('--- width', w)
    pprint.pprint(data, width=w)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
pprint.pprint(data, compact=True, width=50)
pprint.pp({'z': 1, 'a': [2] * 40, 'm': 3})
pprint.pprint({'z': 1, 'a': [2] * 40, 'm': 3}, sort_dicts=False)
pprint.pprint([10**20, 1234567, -98765432, {'k': 10**12}], underscore_numbers=True, width=30)
print(pprint.pformat(list(range(40)), compact=True, width=40))
print(pprint.pformat([[1, 2, 3] * 5, 'abc' * 20, ('x',) * 30], compact=True, indent=2, width=45))
print(pprint.pformat('a' * 100))
print(pprint.pformat('word ' * 40, width=30))
print(pprint.pformat(['word ' * 20, 'x' * 90], width=40))
print(pprint.pformat(b'\x00\x01abcdefghijklmnopqrstuvwxyz' * 3, width=30))
print(pprint.pformat([b'abcd' * 20], width=30))
od = OrderedDict((str(i), i * 'x') for i in range(12))
print(pprint.pformat(od, width=40))
dd = defaultdict(list, {i: list(range(i)) for i in range(8)})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter('abracadabra' * 5 + 'xyz'), width=30))
print(pprint.pformat(ChainMap({'a': 1, 'b': 2 * 'long value '}, {'c': list(range(15))}), width=40))
print(pprint.pformat(deque(range(30)), width=40), pprint.pformat(deque(range(30), maxlen=40), width=40))
print(pprint.pformat(UserDict({i: 'v' * i for i in range(10)}), width=40))
print(pprint.pformat(UserList(range(30)), width=40), pprint.pformat(UserString('s ' * 50), width=40))
print(pprint.pformat(types.MappingProxyType({'k%d' % i: i for i in range(10)}), width=40))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50, gamma={'x': 1}), width=40))
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
print(pprint.pformat(L(range(30)), width=40), pprint.pformat(D({i: i for i in range(20)}), width=30))
print(pprint.pformat(T(range(30)), width=40), pprint.pformat(S(range(20)), width=30), pprint.pformat(frozenset(range(20)), width=30))
print(pprint.pformat([OrderedDict(), defaultdict(int), Counter(), deque(), set(), frozenset(), '', b'', (), {}], width=20))
print(pprint.pformat({'key': [{'inner': (1, 2, [3, 4, {'deep': 'value' * 10}])}]}, width=30))
print(pprint.pformat([(1, 2)] * 10, width=30), pprint.pformat(((1,),) * 3, width=5))
print(pprint.pformat({(1, 2): 'a', (0, 5): 'b', 'str': 'c', 2.5: 'd', None: 'e'}, width=20))
