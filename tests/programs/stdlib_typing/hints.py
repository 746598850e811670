# get_type_hints, ForwardRef, Annotated, Literal, Final, ClassVar, cast,
# overload, no_type_check, TYPE_CHECKING, dataclasses with ClassVar.
import typing
from typing import (get_type_hints, ForwardRef, Annotated, Literal, Final, ClassVar, cast,
                    overload, get_overloads, no_type_check, TYPE_CHECKING, Optional, List, Union,
                    TypeVar, Any, Self, assert_never, final, get_args, get_origin, Callable)
from dataclasses import dataclass, field, fields

if TYPE_CHECKING:
    import nothing_here


class Node:
    value: int
    next: 'Optional[Node]' = None
    label: Annotated[str, 'meta'] = ''
    count: ClassVar[int] = 0


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['label'])


def f(a: 'int', b: List['Node'] = None, *args: str, c: 'Optional[int]' = None, **kw: float) -> 'Node':
    pass


print(get_type_hints(f))
print(f.__annotations__)


class Child(Node):
    extra: 'List[int]'


print(list(get_type_hints(Child)))
print(ForwardRef('int'), ForwardRef('x') == ForwardRef('x'), Optional['int'])
try:
    ForwardRef('1 +')
except SyntaxError as e:
    print('SyntaxError', e)

A = Annotated[int, 'positive', 'small']
print(A, A.__metadata__, get_args(A), get_origin(A) is Annotated, Annotated[A, 'more'])
try:
    Annotated[int]
except TypeError as e:
    print('TypeError', e)
L = Literal['r', 'w', 'r']
print(L, get_args(L), Literal[1, True] == Literal[1, True], Literal[Literal[1, 2], 3], Literal[1] == Literal[True])
print(Final, Final[int], ClassVar[List[int]], cast(int, 'x'), cast('str', 1))


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(1), len(get_overloads(g)))


@overload
def h(x: int) -> int: ...


try:
    h(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


@no_type_check
def untyped(x: 'not a type') -> 'nor this':
    return x


print(untyped(2), get_type_hints(untyped), untyped.__no_type_check__)


@final
class Leaf:
    @final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__)
try:
    assert_never(3)
except AssertionError as e:
    print('AssertionError', e)


@dataclass
class Config:
    name: str
    registry: ClassVar[dict] = {}
    tags: List[str] = field(default_factory=list)
    limit: 'ClassVar[int]' = 10
    level: typing.ClassVar[int] = 1


print(Config('c'), [f.name for f in fields(Config)], Config.limit, Config.__doc__)
print(get_type_hints(Config))
T = TypeVar('T')


def identity(x: T) -> T:
    return x


print(identity(5), get_type_hints(identity), Callable[..., Any], Optional[Callable[[int], str]])
print(typing.Text, typing.AnyStr.__constraints__, Union[int, 'str'])
