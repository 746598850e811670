# Argument errors and operand errors of the operator functions.
import operator as o

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

for f, a in [(o.add, (1,)), (o.neg, ()), (o.neg, (1, 2)), (o.truth, ()), (o.not_, ()),
             (o.index, ()), (o.length_hint, ()), (o.length_hint, (1, 2, 3)), (o.setitem, (1,)),
             (o.call, ()), (o.concat, (1, 2)), (o.iconcat, (1, 2)), (o.concat, ({}, {})),
             (o.countOf, (1, 2)), (o.indexOf, ([1], 2)), (o.indexOf, (5, 2)), (o.length_hint, ('a', 'b')),
             (o.is_, (1,)), (o.abs, ('a',)), (o.inv, ('a',)), (o.neg, ('a',)), (o.pos, ([],)),
             (o.truediv, (1, 0)), (o.add, (1, 'a')), (o.lt, (1, 'a')), (o.getitem, ([], 3)),
             (o.length_hint, (iter([]), -1)), (o.matmul, (1, 2)), (o.index, (1.5,)), (o.index, ('3',)),
             (o.contains, (1, 1)), (o.delitem, ([], 0)), (o.setitem, ((), 0, 1)), (o.mod, (1, 0)),
             (o.pow, (0, -1)), (o.lshift, (1, -1)), (o.getitem, ({}, [])), (o.iadd, ((1,), 'a'))]:
    attempt(f, *a)
attempt(o.add, a=1, b=2)
attempt(o.neg, a=1)
attempt(o.length_hint, obj=1)
attempt(o.length_hint, [1], default=3)

class LH:
    def __length_hint__(self):
        return 'x'
attempt(o.length_hint, LH())
class LH2:
    def __length_hint__(self):
        return -1
attempt(o.length_hint, LH2())
class LH3:
    def __length_hint__(self):
        return NotImplemented
attempt(o.length_hint, LH3(), 4)
class LH4:
    def __length_hint__(self):
        raise ValueError("boom")
attempt(o.length_hint, LH4())

class Eq:
    def __eq__(self, other):
        raise RuntimeError("cmp")
attempt(o.countOf, [Eq()], 1)
attempt(o.indexOf, [1, Eq()], 2)
x = Eq()
attempt(o.countOf, [x, x], x)
