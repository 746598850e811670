# Enum classes: members, lookup by value and name, iteration, aliases, reprs.
from enum import Enum, auto, unique, EnumMeta, EnumType


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED)
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(type(Color), type(Color) is EnumMeta, EnumMeta is EnumType, repr(Color))
print(isinstance(Color.RED, Color), type(Color.RED))
print(list(reversed(Color)))
print(hash(Color.RED) == hash('RED'))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON])
print(f"{Color.RED}", f"{Color.BLUE!r}", format(Color.GREEN, '>12') + '|', '%s' % Color.RED)
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED._name_, Color.RED._value_, Color._member_names_)
print(bool(Color), bool(Color.RED))

show(lambda: Color(7))
show(lambda: Color['PURPLE'])
show(lambda: Color.PURPLE)
show(lambda: Color('RED'))
show(lambda: Color(Color.RED))


def reassign():
    Color.RED = 5


show(reassign)


def delete():
    del Color.RED


show(delete)
show(lambda: setattr(Color.RED, 'name', 'x'))
show(lambda: setattr(Color.RED, 'value', 9))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), repr(auto()))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2

    def describe(self):
        return self.name, self.value

    @classmethod
    def default(cls):
        return cls.CIRCLE

    def __str__(self):
        return 'shape ' + self.name.lower()


print(Shape.SQUARE.describe(), Shape.default(), str(Shape.ALIAS), repr(Shape.ALIAS))
try:
    unique(Shape)
except ValueError as e:
    print('ValueError', e)


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(list(Fine))

try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)

try:
    class Bad2(Color):
        X = 9
except TypeError as e:
    print('TypeError', e)

try:
    class Bad3(Enum):
        _sunder_ = 1
except ValueError as e:
    print('ValueError', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    X = 1
    Y = 2


print(Derived.X.hello(), list(Derived))
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)
print([m.name for m in Color], [m for m in Color.__members__])
print(dir(Color))
print(dir(Color.RED))
print(Color.RED < Color.BLUE if False else 'no ordering')
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError', e)
