# singledispatch with ABCs: the order CPython's C3 composition gives, and ambiguity errors.
from functools import singledispatch
import collections.abc as c
def make(*abcs):
    @singledispatch
    def f(x): return 'base'
    for a in abcs:
        f.register(a, lambda x, a=a: a.__name__)
    return f
for abcs in [(c.Sized, c.Iterable), (c.Sequence, c.Iterable), (c.Container, c.Sized), (c.Mapping, c.Sized), (c.Collection, c.Reversible), (c.Iterable, c.Hashable), (c.MutableSequence, c.Sequence, c.Collection)]:
    f = make(*abcs)
    for x in [[1], (1,), {1: 2}, 'ab', {1}, 5, b'x', range(2)]:
        try:
            r = f(x)
        except RuntimeError as e:
            r = 'RuntimeError: ' + str(e)
        print([a.__name__ for a in abcs], type(x).__name__, r)
