import pprint
from collections import OrderedDict

print(pprint.pformat({1: 'a', 'b': 2, 2.5: 'c', None: 'd', (1,): 'e'}))
print(pprint.pformat({3, 'x', 1.5, 'a', 2}, width=10))
print(pprint.pformat([{'a': 1, 'b': {'c': [1, 2, 3], 'd': 'x' * 70}}], width=80))
print(pprint.pformat({'long': 'word ' * 30}, width=50))
print(pprint.pformat(('a very long string that should wrap because it is long ' * 2,), width=40))
print(pprint.pformat(['multi\nline\nstring\n' * 5], width=30))
print(pprint.pformat({'k': b'\x00' * 50}, width=40))
print(pprint.pformat(bytearray(b'abcdefgh' * 10), width=40))
print(pprint.pformat([bytearray(b'xy' * 40)], width=40))
print(pprint.pformat(OrderedDict([('a', OrderedDict([('b', list(range(12)))]))]), width=30))
class Rep(dict):
    def __repr__(self):
        return 'Rep(' + ', '.join(map(str, self)) + ')'
print(pprint.pformat([Rep({i: i for i in range(40)})], width=30))
class D2(dict):
    __repr__ = dict.__repr__
print(pprint.pformat(D2({i: 'v' * 10 for i in range(6)}), width=30))
nested = [[[[[['deep']]]]]]
for depth in (1, 2, 3, 4):
    print(depth, pprint.pformat(nested, depth=depth), pprint.pformat({'a': {'b': {'c': {}}}}, depth=depth))
print(pprint.pformat([1, (2, [3, {4: 5}])], depth=2, width=5))
print(pprint.pformat(list(range(100)), compact=True, width=60, indent=3))
print(pprint.pformat([list(range(i)) for i in range(12)], compact=True, width=40))
print(pprint.pformat({'x' * i: list(range(i)) for i in range(1, 9)}, width=30, indent=4))
print(pprint.pformat([[]] * 3 + [()] * 2 + [{}], width=5))
print(pprint.pformat('', width=1), pprint.pformat('abc', width=1), pprint.pformat(b'abcdefgh', width=1))
print(pprint.pformat([-1, 1.5e300, 1e-300, float('nan'), complex(1, -2), 10 ** 30], width=20, underscore_numbers=True))
print(pprint.pformat({'é': 'ü' * 50, '日本': '語' * 30}, width=40))
print(pprint.pformat(range(50)), pprint.isreadable(pprint), pprint.isreadable(range(3)))
s = set(range(5)); fs = frozenset([s and 1, 2])
print(pprint.saferepr([s, fs, {'k': (s,)}]))
import sys
pprint.pprint({'to': 'stdout'}, stream=sys.stdout)
pprint.pprint({'to': 'stderr'}, stream=sys.stderr)
