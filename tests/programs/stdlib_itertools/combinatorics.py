# product, permutations, combinations, combinations_with_replacement.
import itertools as it

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(list(r) if hasattr(r, '__next__') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(it.product, 'ab', 'xy')
attempt(it.product, range(2), repeat=3)
attempt(it.product, 'ab', [1, 2], repeat=2)
attempt(it.product)
attempt(it.product, 'ab', [])
attempt(it.product, 'ab', repeat=0)
attempt(it.product, 'a', repeat=-1)
attempt(it.product, 1)
attempt(it.product, 'a', x=1)
attempt(it.product, 'a', repeat='2')
print(len(list(it.product(range(4), repeat=4))), sum(1 for _ in it.product('abc', 'de', 'fgh')))

attempt(it.permutations, 'abc')
attempt(it.permutations, range(4), 2)
attempt(it.permutations, 'abc', 0)
attempt(it.permutations, 'abc', 4)
attempt(it.permutations, '')
attempt(it.permutations, 'a', -1)
attempt(it.permutations, 'a', 'x')
attempt(it.permutations, 'ab', None)
attempt(it.permutations, iterable='ab', r=1)
print(len(list(it.permutations(range(6)))), list(it.permutations(range(5), 3))[-3:])

attempt(it.combinations, 'abcd', 2)
attempt(it.combinations, range(5), 3)
attempt(it.combinations, 'abc', 0)
attempt(it.combinations, 'abc', 5)
attempt(it.combinations, 'abc', -1)
attempt(it.combinations, 'abc')
attempt(it.combinations, 'abc', 'x')
attempt(it.combinations, '', 0)
print(len(list(it.combinations(range(10), 4))), list(it.combinations([1, 1, 2], 2)))

attempt(it.combinations_with_replacement, 'abc', 2)
attempt(it.combinations_with_replacement, range(3), 3)
attempt(it.combinations_with_replacement, 'abc', -1)
attempt(it.combinations_with_replacement, '', 2)
attempt(it.combinations_with_replacement, '', 0)
attempt(it.combinations_with_replacement, 'ab', 0)
attempt(it.combinations_with_replacement, 'ab')
print(len(list(it.combinations_with_replacement(range(5), 3))))

src = iter([3, 1, 2])
p = it.permutations(src)
print(list(src), next(p))
g = it.combinations('abc', 2)
print(next(g), next(g), next(g), list(g), list(g))
class Loud:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'L{self.v}'
print(list(it.product([Loud(1), Loud(2)], repeat=2))[:3])
print(list(it.islice(it.product(range(10**6), repeat=3), 3)))
