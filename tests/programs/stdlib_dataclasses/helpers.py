# asdict/astuple (recursive, deep-copied), replace, make_dataclass,
# InitVar, __post_init__, descriptors as defaults.
import collections
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, InitVar, fields


@dataclass
class Inner:
    a: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple = (1, 2)


Pt = collections.namedtuple('Pt', 'x y')
o = Outer('o', Inner(1, ['t']), [Inner(2), 3], {'k': Inner(4)}, (Inner(5), Pt(Inner(6), 7)))
d = asdict(o)
print(d)
print(astuple(o))
print(d['inner']['tags'] is o.inner.tags, type(d['pair'][1]).__name__)
print(asdict(Inner(1), dict_factory=lambda pairs: sorted(pairs)))
print(astuple(Inner(1, [2]), tuple_factory=list))
print(asdict(Inner(1, [[1, 2], {3: [4]}])))

o2 = replace(o, name='p')
print(o2.name, o2.inner is o.inner, o2 == o, replace(o, name='o') == o)


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2
    scaled: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.scaled = self.value * factor


s = Scaled(3)
print(s, Scaled(3, 10), [f.name for f in fields(Scaled)], hasattr(s, 'factor'), Scaled.factor)
print(repr(fields(Scaled)[1]).replace(repr(fields(Scaled)[0].default), 'MISSING'))
print(replace(s, value=4), replace(s, factor=5))
print(InitVar[int], InitVar[list[str]], repr(InitVar(str)))
print(Scaled.__init__.__annotations__)
print(Scaled.__doc__)


@dataclass
class NeedsInit:
    v: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.v += k


try:
    replace(NeedsInit(1, 2), v=3)
except ValueError as e:
    print('ValueError', e)
print(replace(NeedsInit(1, 2), k=10))

C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   namespace={'total': lambda self: self.b + len(self.c)})
c = C(1, 2)
print(c, c.total(), C.__name__, [f.type for f in fields(C)], C.__doc__)
D = make_dataclass('D', [('x', int, 0)], bases=(C,), frozen=False, order=True)
print(D(1, 2, [], 3), D(0, 0, [], 1) < D(0, 0, [], 2), D.__mro__[1].__name__)


class Upper:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'default'
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value.upper())


@dataclass
class Labeled:
    label: str = Upper()


print(Labeled('abc').label, Labeled().label)


@dataclass
class Counter:
    n: int = 0
    history: list = field(default_factory=list, repr=False, compare=False)

    def bump(self):
        self.n += 1
        self.history.append(self.n)
        return self


c1 = Counter().bump().bump()
print(c1, c1.history, c1 == Counter(2), asdict(c1))


@dataclass
class Tree:
    label: str
    kids: 'list[Tree]' = field(default_factory=list)


t = Tree('root', [Tree('a'), Tree('b', [Tree('c')])])
print(astuple(t), Tree.__doc__)
