# accumulate, compress, dropwhile, takewhile, filterfalse, starmap, islice.
import itertools as it
import operator

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(list(it.islice(r, 10)) if hasattr(r, '__next__') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate('abc')))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.accumulate([])), list(it.accumulate([5], lambda a, b: a - b)), list(it.accumulate([1, 2, 3], func=None, initial=None)))
print(list(it.accumulate([[1], [2]])), list(it.accumulate(range(1, 6), lambda a, b: a * b, initial=1)))
attempt(it.accumulate)
attempt(it.accumulate, 1)
attempt(it.accumulate, [1], None, 5)
attempt(it.accumulate, [1, 'a'])
attempt(it.accumulate, [1], x=1)

print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.compress('a', [1, 1, 1])))
print(list(it.compress(data=range(5), selectors=[0, 1, True, [], 'x'])))
attempt(it.compress, 'abc')
attempt(it.compress, 1, [1])
attempt(it.compress, [1], 1)

print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(bool, [])), list(it.takewhile(bool, [1, 0, 1])), list(it.dropwhile(bool, [1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', [], [0]])))
tw = it.takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(tw), list(tw))
calls = []
def pred(x):
    calls.append(x)
    return x < 3
print(list(it.dropwhile(pred, [1, 2, 3, 4, 1])), calls)
calls.clear()
print(list(it.takewhile(pred, [1, 2, 3, 4, 1])), calls)
attempt(it.dropwhile, 1)
attempt(it.takewhile, len, 1)
attempt(it.takewhile, 1, [1])
attempt(it.filterfalse, None)
attempt(it.dropwhile, predicate=bool, iterable=[])

print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, ['ab', [1], ()])))
attempt(it.starmap, pow, [1])
attempt(it.starmap, pow, [(1,)])
attempt(it.starmap, pow)

s = 'ABCDEFG'
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)), list(it.islice(s, 0, None, 2)))
print(list(it.islice(s, None)), list(it.islice(s, None, None, None)), list(it.islice(s, 10)), list(it.islice(s, 5, 2)))
print(list(it.islice(range(100), 3, 50, 13)), list(it.islice(it.count(), 2, 12, 3)))
src = iter(range(10))
print(list(it.islice(src, 0, 5, 2)), next(src))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
for bad in [(-1,), ('x',), (0, 1, 0), (), (1, 2, 3, 4), (1, -1), (-1, 2), ('a', 2), (1, 2, 'z'), (2**70,), (1, 2, -1)]:
    attempt(it.islice, 'abc', *bad)
attempt(it.islice, 'abc', stop=2)
attempt(it.islice, 5, 2)
class Idx:
    def __index__(self):
        return 2
print(list(it.islice('abcdef', Idx(), Idx() if False else 5, Idx())))
