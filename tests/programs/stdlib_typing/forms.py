# typing's special forms and generic aliases: reprs, origins, arguments,
# equality, unions, errors.
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str, covariant=True)
print(T, K, V, repr(T), T.__name__, K.__bound__, V.__constraints__, V.__covariant__)
print(Any, Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int], Optional[Union[int, str]])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple, Callable[[int], str], Callable[..., int], Callable)
print(Type[int], Literal[1, 'a', None], Final[int], ClassVar[int], Annotated[int, 'x'], Set[T], FrozenSet[int])
print(Iterable[int], Iterator, Generator[int, None, None], Sequence[str], Mapping[str, int], MutableMapping)
print(List[int].__origin__, List[int].__args__, List.__origin__, Dict[K, V].__parameters__, Dict[str, T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Optional[int] == (int | None), List[int] == List[int], hash(List[int]) == hash(List[int]))
print(List[int] | None, int | List[str], Union[int, str] | None)
print(type(Union[int, str]), type(List[int]), type(List), type(Any), type(Optional))
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, Sequence), isinstance(1, Hashable))
for f in [lambda: isinstance([], List[int]), lambda: Optional[int, str], lambda: Union[()], lambda: isinstance(1, Any), lambda: List[int, str], lambda: Dict[int], lambda: Union[1], lambda: Callable[int, str], lambda: ClassVar[int, str], lambda: Final[1]]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(NoReturn, Never, Self, LiteralString, TypeAlias, Concatenate, TypeGuard[int], Text, AnyStr)
P = ParamSpec('P'); print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(typing.Deque[int], DefaultDict[str, int], typing.OrderedDict, typing.Counter[str], typing.ChainMap, typing.Pattern, typing.Match[str], IO, TextIO)
print(Awaitable[int], Coroutine[int, int, int], AsyncIterator[int], ContextManager[int], AsyncGenerator[int, None], Collection[int], Reversible, SupportsInt, SupportsAbs[int])
print(AbstractSet[int], KeysView[int], ItemsView[int, str], ValuesView[int], MappingView, Container[int], Sized, ByteString, Hashable, typing.Type)
