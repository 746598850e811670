# singledispatch: registration by class, annotation and union; MRO and ABC dispatch.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable

@singledispatch
def fun(arg):
    return 'default'

@fun.register
def _(arg: int):
    return 'int'

@fun.register(list)
def _(arg):
    return 'list'

@fun.register
def _(arg: str | bytes):
    return 'strbytes'

print(fun(1), fun([]), fun('a'), fun(b'a'), fun(1.0), fun(True), fun(None))
print(fun.dispatch(int).__name__, sorted(k.__name__ for k in fun.registry))
print(fun.dispatch(bool) is fun.dispatch(int), fun.dispatch(object) is fun.registry[object])

@singledispatch
def kind(x):
    return 'object'
kind.register(Sequence, lambda x: 'sequence')
kind.register(Mapping, lambda x: 'mapping')
kind.register(Iterable, lambda x: 'iterable')
print(kind([]), kind(()), kind('s'), kind({}), kind({1}), kind(iter([])), kind(5), kind(range(3)))

class Base:
    pass
class Derived(Base):
    pass
@singledispatch
def who(x):
    return 'obj'
@who.register
def _(x: Base):
    return 'base'
print(who(Derived()), who(Base()), who(1))
@who.register
def _(x: Derived):
    return 'derived'
print(who(Derived()), who(Base()))

def plain(x):
    pass
for bad in [3, plain]:
    try:
        fun.register(bad)
    except TypeError as e:
        print(str(e).replace(repr(bad), 'BAD'))
def needs_ann(x: 'NotAClass'):
    pass
try:
    fun.register(5, lambda x: x)
except TypeError as e:
    print(e)
try:
    fun()
except TypeError as e:
    print(e)

class Acc:
    @singledispatchmethod
    def add(self, arg):
        return 'any'
    @add.register
    def _(self, arg: int):
        return 'int %d' % arg
    @add.register(str)
    def _(self, arg):
        return 'str ' + arg
a = Acc()
print(a.add(1), a.add('x'), a.add(1.5))

@singledispatch
def typed(x):
    return 'base'
@typed.register(float)
def _(x):
    return 'float'
print(typed(1.5), typed(2), fun.__name__, fun.__wrapped__.__name__)
