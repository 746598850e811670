# verify, global_enum, show_flag_values, copy, members named like
# properties, __init_subclass__, pattern matching on members.
import copy
import enum
from enum import Enum, IntEnum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, global_enum


@verify(UNIQUE, CONTINUOUS)
class Good(Enum):
    A = 1
    B = 2
    C = 3


print(list(Good))
for body, checks in [({'A': 1, 'B': 3}, (CONTINUOUS,)), ({'A': 1, 'B': 1}, (UNIQUE,))]:
    try:
        verify(*checks)(Enum('E', list(body.items())))
    except ValueError as e:
        print('ValueError', e)


class Bits(Flag):
    A = 1
    B = 2
    AB8 = 11


try:
    verify(NAMED_FLAGS)(Bits)
except ValueError as e:
    print('ValueError', e)
print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(3, 8))

print(copy.copy(Good.A) is Good.A, copy.deepcopy([Good.B])[0] is Good.B)


class Odd(Enum):
    name = 1
    value = 2

    def info(self):
        return self._name_


print(Odd.name, Odd.value, Odd.name.name, Odd.value.value, Odd['value'].info())


class Tracked(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()


class T1(Tracked, tag=1):
    X = 1


def where(c):
    match c:
        case Good.A:
            return 'a'
        case Good.B | Good.C:
            return 'b or c'


print([where(g) for g in Good])


class Status(IntEnum):
    OK = 200
    MISSING = 404


print({s.name: s for s in Status}, max(Status), Status.OK in {200: 1})
print(Status.__members__['OK'], sorted(Status.__members__.values()))
print([m.value for m in Status if m > 300])


class Weekday(Enum):
    MON = 1
    TUE = 2

    @classmethod
    def today(cls):
        return cls.MON

    @staticmethod
    def count():
        return 2

    @property
    def short(self):
        return self.name[:2].lower()


print(Weekday.today(), Weekday.count(), Weekday.TUE.short, len(Weekday))
print(Enum.__members__, len(Enum), list(IntEnum))
try:
    Enum(1)
except TypeError as e:
    print('TypeError', e)
e = Enum('e', 'a b')
print(e.a < e.b if hasattr(e.a, '__lt__') and False else 'unordered', e['b'])
try:
    class Extend(Good):
        pass
except TypeError as err:
    print('TypeError', err)


class Empty(Enum):
    pass


class Sub(Empty):
    Q = 1


print(list(Sub), Sub.Q, isinstance(Sub.Q, Empty))
