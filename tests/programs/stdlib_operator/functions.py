# Every operator function on ordinary operands, and the dunder aliases.
import operator as o

cases = [
    (o.add, (1, 2)), (o.sub, (1, 2)), (o.mul, ('a', 3)), (o.truediv, (1, 2)),
    (o.floordiv, (7, 2)), (o.mod, (7, 3)), (o.pow, (2, 10)), (o.lshift, (1, 3)),
    (o.rshift, (8, 1)), (o.and_, (6, 3)), (o.or_, (6, 3)), (o.xor, (6, 3)),
    (o.neg, (5,)), (o.pos, (-5,)), (o.inv, (5,)), (o.invert, (5,)), (o.abs, (-3,)),
    (o.not_, (0,)), (o.truth, ([],)), (o.is_, (None, None)), (o.is_not, (1, None)),
    (o.lt, (1, 2)), (o.le, (2, 2)), (o.eq, (1, 1.0)), (o.ne, (1, 2)), (o.gt, (1, 2)),
    (o.ge, (2, 1)), (o.concat, ([1], [2])), (o.concat, ("a", "b")), (o.contains, ([1, 2], 2)),
    (o.countOf, ([1, 2, 1, 1], 1)), (o.indexOf, ([3, 4, 5], 5)), (o.getitem, ([1, 2], 1)),
    (o.getitem, ("abcdef", slice(1, 4))), (o.length_hint, ([1, 2, 3],)),
    (o.length_hint, (iter([1, 2]),)), (o.length_hint, (5, 7)), (o.length_hint, (iter(range(10)),)),
    (o.length_hint, (iter("abc"),)), (o.length_hint, (iter((1, 2)),)), (o.length_hint, (iter({1: 2}),)),
    (o.index, (True,)), (o.index, (2**70,)), (o.call, (max, 1, 5)), (o.call, (sorted, [3, 1]), ),
    (o.mod, ("%s-%s", (1, 2))), (o.add, ((1,), (2,))), (o.mul, ([0], 3)), (o.pow, (2, -1)),
    (o.truediv, (7.5, 2.5)), (o.floordiv, (-7, 2)), (o.eq, ("a", "a")), (o.lt, ([1, 2], [1, 3])),
    (o._abs, (-2.5,)),
]
for f, args in cases:
    shown = tuple(type(a).__name__ if 'iterator' in type(a).__name__ else a for a in args)
    print(f.__name__, shown, '->', repr(f(*args)))

print(o.call(dict, a=1, b=2))
l = [1, 2]
print(o.iadd(l, [3]), l, o.iconcat(l, [4]), l)
n = 5
for f in [o.iadd, o.isub, o.imul, o.ifloordiv, o.imod, o.ipow, o.ilshift, o.irshift, o.iand, o.ior, o.ixor, o.itruediv]:
    print(f.__name__, f(n, 2))
s = {1, 2}
print(o.ior(s, {3}), s, o.iand(s, {1, 3}), s, o.isub(s, {1}), s, o.ixor(s, {4}), s)
d = {}
o.setitem(d, 'k', 1)
print(d)
o.delitem(d, 'k')
print(d)
lst = list(range(6))
o.delitem(lst, slice(1, 3))
o.setitem(lst, 0, 'z')
print(lst)

class M:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
print(o.matmul(M(), 1), o.imatmul(M(), 1))

print(o.__add__ is o.add, o.__not__ is o.not_, o.__and__ is o.and_, o.__inv__ is o.inv,
      o.__call__ is o.call, o.__concat__ is o.concat, o.__index__ is o.index)
print(sorted(k for k in vars(o) if k.startswith('__') and k.endswith('__') and callable(getattr(o, k))))
print(o.__all__)
print(repr(o.add), o.add.__name__, o.attrgetter.__name__)

class Hint:
    def __length_hint__(self):
        return 12
print(o.length_hint(Hint()), o.length_hint(Hint(), 3))
class NoLen:
    def __len__(self):
        raise TypeError("nope")
    def __length_hint__(self):
        return 4
print(o.length_hint(NoLen()))
it = iter([1, 2, 3])
next(it)
print(o.length_hint(it))
