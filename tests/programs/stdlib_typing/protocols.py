# Protocol, runtime_checkable, the Supports* protocols, NamedTuple,
# TypedDict, NewType.
from typing import (Protocol, runtime_checkable, SupportsInt, SupportsAbs, SupportsIndex,
                    NamedTuple, TypedDict, NewType, Required, NotRequired, List, Generic, TypeVar,
                    is_typeddict, Iterable, Sized)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        print('closed')


class Plain:
    pass


print(isinstance(Resource(), Closable), isinstance(Plain(), Closable), issubclass(Resource, Closable))


class Named(Protocol):
    name: str


try:
    isinstance(Resource(), Named)
except TypeError as e:
    print('TypeError', e)
try:
    Closable()
except TypeError as e:
    print('TypeError', e)


@runtime_checkable
class HasName(Protocol):
    name: str


class Person:
    def __init__(self):
        self.name = 'p'


print(isinstance(Person(), HasName), isinstance(Plain(), HasName))
try:
    issubclass(Person, HasName)
except TypeError as e:
    print('TypeError', e)


class Impl(Closable):
    def __init__(self, x):
        self.x = x


print(Impl(3).x, isinstance(Impl(1), Closable))
Impl(1).close()
print(isinstance(3, SupportsInt), isinstance('a', SupportsInt), isinstance(-2.5, SupportsAbs),
      isinstance(3, SupportsIndex), isinstance(2.0, SupportsIndex))
try:
    class NotProto(Protocol, int):
        pass
except TypeError as e:
    print('TypeError', e)


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f'{self.name}#{self.id}'


e = Employee('ann')
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(id=5), e._asdict(), tuple(e), isinstance(e, tuple), Employee.__mro__)
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
P3 = NamedTuple('P3', x=int, y=float)
print(P3(1, 2.0))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print('TypeError', err)
try:
    class BadNT2(NamedTuple):
        a: int

        def _asdict(self):
            pass
except AttributeError as err:
    print('AttributeError', err)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float


m = Movie(title='x', year=1999)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, sorted(Extra.__optional_keys__),
      sorted(Extra.__required_keys__), Extra.__total__, Movie.__annotations__)
print(is_typeddict(Movie), is_typeddict(dict), Extra(title='a', year=1, rating=2.5))
try:
    isinstance(m, Movie)
except TypeError as err:
    print('TypeError', err)
Film = TypedDict('Film', {'name': str, 'len': int}, total=False)
print(Film(name='n'), Film.__optional_keys__ == {'name', 'len'}, Film.__total__)


class Partial(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: int


print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))

UserId = NewType('UserId', int)
u = UserId(5)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__, List[UserId])
try:
    class Sub(UserId):
        pass
except TypeError as err:
    print('TypeError', err)

T = TypeVar('T')


@runtime_checkable
class Container(Protocol[T]):
    def get(self) -> T:
        ...


class Holder:
    def get(self):
        return 1


print(isinstance(Holder(), Container), Container[int], Container.__parameters__)
print(isinstance([], Iterable), isinstance([], Sized), issubclass(list, Iterable))
