# IntEnum, StrEnum, _missing_, _generate_next_value_, functional API,
# _ignore_, member/nonmember, custom __new__.
from enum import Enum, IntEnum, StrEnum, auto, nonmember, member, ReprEnum


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), format(Num.ONE, '03d'), f"{Num.TWO}")
print(Num.ONE + 1, Num.TWO * 3, Num.THREE == 3, Num(2), sorted([Num.THREE, Num.ONE]))
print(isinstance(Num.ONE, int), int(Num.TWO), [1, 2, 3][Num.ONE], Num.ONE < 2)
print(list(Num), Num(3) is Num.THREE)
try:
    Num(7)
except ValueError as e:
    print('ValueError', e)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'
    APPEND = auto()


print(list(Mode), Mode.READ, repr(Mode.WRITE), Mode.APPEND.upper(), Mode('w'), Mode.READ == 'read')
print('%s|%r' % (Mode.READ, Mode.READ), '-'.join(Mode))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)


class Lenient(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Lenient('a'), Lenient('b'))
try:
    Lenient(5)
except ValueError as e:
    print('ValueError', e)


class Wrong(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Wrong(3)
except TypeError as e:
    print('TypeError', e, '|', e.__context__)


class Names(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    NORTH = auto()
    SOUTH = auto()


print(list(Names))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Pets = Enum('Pets', ['DOG', 'FISH'], start=10)
print(list(Pets))
Codes = Enum('Codes', [('OK', 200), ('NOT_FOUND', 404)])
print(Codes(404), Codes.OK.value)
Map = Enum('Map', {'x': 'ex', 'y': 'why'})
print(list(Map))
Ints = IntEnum('Ints', 'A, B, C')
print(list(Ints), Ints.C + 0)


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i


print(list(Period))


class Holder(Enum):
    A = 1
    helper = nonmember(5)
    B = member(staticmethod(len))

    def method(self):
        return self.value


print(Holder.A, Holder.helper, Holder.B.value('ab'), Holder.A.method(), len(Holder))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord(1), Coord.PX.value, bytes(Coord.PY))


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Ordered))
try:
    class Disordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError', e)


class FloatE(float, Enum):
    PI = 3.14
    E = 2.72


print(repr(FloatE.PI), str(FloatE.PI), FloatE.PI + 1, format(FloatE.E, '>9'))
try:
    format(FloatE.E, '.1f')
except ValueError as e:
    print('ValueError', e)


try:
    class Mixed(ReprEnum, int):
        pass
except TypeError as e:
    print('TypeError', e)

try:
    class ReprNoType(ReprEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)
print(Num.__members__.keys(), type(Num.__members__).__name__)
print(Num.ONE.name, Num.ONE.value, Num.ONE.real, Num.ONE.bit_length())
