# chain, zip_longest, pairwise, groupby and tee.
import itertools as it

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(list(it.islice(r, 12)) if hasattr(r, '__next__') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.chain.from_iterable(x for x in [[1], [], [2, 3]])), it.chain[int])
c = it.chain([1], [2])
print(next(c), list(c), list(c))
attempt(it.chain, 1)
attempt(it.chain, [1], 2)
attempt(it.chain, x=1)
attempt(it.chain.from_iterable, 1)
attempt(it.chain.from_iterable, [1])

print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest('ab', [1, 2, 3], [None])))
print(list(it.zip_longest()), list(it.zip_longest('abc')), list(it.zip_longest([], [])))
z = it.zip_longest([1], [1, 2])
print(list(z), list(z))
attempt(it.zip_longest, 'ab', x=1)
attempt(it.zip_longest, 1)

print(list(it.pairwise('ABCDE')), list(it.pairwise([1])), list(it.pairwise([])), list(it.pairwise(range(4))))
attempt(it.pairwise, 1)
attempt(it.pairwise)
attempt(it.pairwise, [1], [2])

print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], [list(g) for k, g in it.groupby([1, 1, 2, 2, 2, 1])])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = it.groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([1.0, 1, True, 2])])
keys = []
def key(x):
    keys.append(x)
    return x % 2
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key)], keys)
attempt(it.groupby, [1], key=1)
attempt(it.groupby)
attempt(it.groupby, 1)
attempt(it.groupby, [1], 2, 3)
print(type(next(it.groupby('a'))[1]).__name__)

a, b = it.tee('abc')
print(list(a), list(b), type(a).__name__)
a, b, c = it.tee(iter(range(5)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee('x', 0), len(it.tee('xy', 5)))
attempt(it.tee, 'abc', -1)
attempt(it.tee, 1)
attempt(it.tee)
attempt(it.tee, 'a', 2, 3)
x, y = it.tee(range(200))
print(sum(x), sum(y))
p, q = it.tee(it.count())
for _ in range(100):
    next(p)
print(next(p), next(q))
t1, = it.tee('abc', 1)
t2 = t1.__copy__()
print(next(t1), list(t2), list(t1))
u, v = it.tee(t1)
print(list(u), list(v))
w1, w2 = it.tee(iter('xyz'))
w3, w4 = it.tee(w1)
print(next(w1), list(w3), list(w4), list(w2))
class CopyMe:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __copy__(self):
        print('copied')
        return CopyMe(self.n)
m = it.tee(CopyMe(2), 3)
print([type(t).__name__ for t in m], [list(t) for t in m])
print(list(it._tee('ab')), type(it._tee('ab')).__name__)
