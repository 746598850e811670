# collections.abc: built-in types against the ABCs, mixin methods, generic aliases.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict

def gen():
    yield 1
async def co():
    pass
async def agen():
    yield 1
c = co()
samples = [1, 1.0, 'str', b'b', bytearray(), (1,), [1], {1: 2}, {1}, frozenset(), range(3), None, len, gen(), c, agen(),
           iter([]), iter({}), {}.keys(), {}.values(), {}.items(), deque(), OrderedDict(), Counter(), defaultdict(), type,
           memoryview(b'') if 'memoryview' in dir(__builtins__) else b'', lambda: 0, zip(), map(len, []), enumerate([]), reversed([])]
abcs = ['Hashable', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Iterable', 'Iterator',
        'Reversible', 'Generator', 'Sized', 'Container', 'Collection', 'Callable', 'Set', 'MutableSet', 'Mapping',
        'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']
for s in samples:
    print(type(s).__name__, [a for a in abcs if isinstance(s, getattr(cabc, a))])
c.close()
print(sorted(cabc.__all__))
print(cabc.Iterable, cabc.Sequence.__module__, cabc.Mapping.__name__)
print(cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], None], cabc.Sequence[int], cabc.Mapping[str, int])
print(cabc.Callable[[int], str].__args__, cabc.Callable[[int], str].__origin__)
for bad in [lambda: cabc.Callable[int], lambda: cabc.Callable[int, str]]:
    try:
        bad()
    except TypeError as e:
        print(e)

class Fib(cabc.Iterator):
    def __init__(self):
        self.a, self.b = 0, 1
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a
f = Fib()
print(iter(f) is f, [next(f) for _ in range(8)], isinstance(f, cabc.Iterable))

class NoIter:
    __iter__ = None
print(isinstance(NoIter(), cabc.Iterable))

class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(2), len(s))
try:
    s.index(7)
except ValueError as e:
    print('ValueError', e)
try:
    cabc.Sequence()
except TypeError as e:
    print(e)

class MSeq(cabc.MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
m = MSeq()
m.append(1); m.extend([2, 3, 4]); m.insert(0, 0); m += [5]
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(2); m.reverse(); print(m.data)
m.clear(); print(m.data)

class MySet(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            self.add(i)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return f'MySet({self.items})'
a, b = MySet([1, 2, 3]), MySet([3, 4])
print(a | b, a & b, a - b, a ^ b, b - a, a <= MySet([1, 2, 3, 4]), a < a, a == MySet([3, 2, 1]), a.isdisjoint(b),
      a & [1, 9], [2, 3] - a if False else '', a._hash() == MySet([3, 1, 2])._hash(), a._hash() == hash(frozenset([1, 2, 3])))
a |= [7]; a -= [1]; a ^= [2, 8]; print(a)
a &= [3, 7]; print(a, a.pop(), a)
a.remove(7)
try:
    a.remove(99)
except KeyError as e:
    print('KeyError', e)
a.clear(); print(a)

class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mm = MyMap()
mm.update({'a': 1}, b=2); mm.update([('c', 3)]); mm.setdefault('d', 4)
print(dict(mm), mm.get("a"), mm.get("zz", "def"), "a" in mm, list(mm.keys()), list(mm.items()), list(mm.values()), mm == {'a': 1, 'b': 2, 'c': 3, 'd': 4})
print(mm.pop('a'), mm.pop('zz', None), mm.popitem(), len(mm), ('b', 2) in mm.items(), 2 in mm.values())
try:
    mm.pop('zz')
except KeyError as e:
    print('KeyError', e)
mm.clear(); print(len(mm))
try:
    mm.popitem()
except KeyError:
    print('empty popitem')
print(mm.keys() == set(), isinstance(mm.keys(), cabc.Set))

# Pattern matching: deque and collections.abc classes are sequences and mappings.
class MatchSeq(cabc.Sequence):
    def __getitem__(self, i):
        return [1, 2][i]
    def __len__(self):
        return 2
class MatchMap(cabc.Mapping):
    def __getitem__(self, k):
        return {'a': 1}[k]
    def __iter__(self):
        return iter(['a'])
    def __len__(self):
        return 1
class Plain:
    def __getitem__(self, i):
        return [5, 6][i]
    def __len__(self):
        return 2
class PlainSub(Plain):
    pass
def shape(x):
    match x:
        case [a, b]:
            return ('seq2', a, b)
        case [*rest]:
            return ('seq', rest)
        case {'a': v}:
            return ('map', v)
        case _:
            return 'other'
print(shape(Plain()))
cabc.Sequence.register(Plain)
for x in [deque([1, 2]), MatchSeq(), MatchMap(), OrderedDict(a=1), defaultdict(int, a=3), Counter(a=2), Plain(), PlainSub(), 'ab', b'ab']:
    print(type(x).__name__, shape(x))
print('__abc_tpflags__' in vars(cabc.Sequence), '__abc_tpflags__' in vars(cabc.Mapping))
