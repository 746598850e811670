# @dataclass: generated __init__, __repr__, __eq__, defaults, field(),
# fields(), __post_init__, __match_args__, inheritance.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point(3), Point(y=5, x=4), Point.__match_args__, Point.__doc__)
print(Point.__init__.__annotations__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__hash__, is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
print([(f.name, f.type, f.default is MISSING) for f in fields(Point)], fields(p)[1].default)
print(Point.x if hasattr(Point, 'x') else 'no class attr x', Point.y)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, z=2)
except TypeError as e:
    print('TypeError', e)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default='s', init=False)

    def add(self, item):
        self.items.append(item)
        self.count += 1


a = Inventory('a')
b = Inventory('a')
a.add(1)
print(a, b, a == b, a.items is b.items, a.secret)
b.items.append(1)
print(a == b, Inventory('x', [1], {}, 5) == Inventory('x', [1], {'k': 1}, 7))
print(fields(Inventory)[1].default_factory, fields(Inventory)[1].default is MISSING)
print(fields(Inventory)[3].compare, fields(Inventory)[4].init, fields(Inventory)[2].repr)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area, Rect.__match_args__)


def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=x, y=y):
            return f'at {x},{y}'


print(where(Point(0, 0)), where(Point(3)), where(Point(1, 2)))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)], Derived.__match_args__)


class Plain(Base):
    pass


print(Plain(3), is_dataclass(Plain))


@dataclass
class WithMeta:
    a: int = field(default=1, metadata={'unit': 'm'})


print(fields(WithMeta)[0].metadata['unit'], dict(fields(WithMeta)[0].metadata), len(fields(Point)[0].metadata))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(repr=False, eq=False)
class Bare:
    a: int


print(type(repr(Bare(1))).__name__, Bare(1) == Bare(1), Bare.__hash__ is object.__hash__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
root.children.append(root)
print(root)


@dataclass
class Selfish:
    self: int
    other: str = 'o'


print(Selfish(1), Selfish(self=2))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)


@dataclass
class Documented:
    """My docs."""
    a: int


print(Documented.__doc__)
