# User generic classes: Generic[T], parameters, subscription, substitution,
# inheritance from typing aliases, __orig_bases__/__orig_class__.
from typing import TypeVar, Generic, List, Dict, Iterator, Iterable, Mapping, Optional, Tuple, Callable, get_args, get_origin

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](3)
print(b.get(), Box[int], Box[int].__origin__ is Box, Box.__parameters__, b.__orig_class__)
print(Box(4).get(), hasattr(Box(4), '__orig_class__'), Box.__orig_bases__, Box.__mro__)
print(Box[List[int]], Box[T], Box[Box[str]], get_args(Box[int]), get_origin(Box[int]) is Box)
for f in [lambda: Box[int, str], lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()],
          lambda: Box[int][str], lambda: int[T] if False else Generic]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

    def swap(self) -> 'Pair[V, K]':
        return Pair(self.v, self.k)


print(Pair[str, int], Pair.__parameters__, Pair[str, int]('a', 1).swap().k)
StrPair = Pair[str, V]
print(StrPair, StrPair.__parameters__, StrPair[float], StrPair[List[int]])


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox(5).get(), IntBox.__mro__)


class Multi(Dict[K, V], Generic[K, V]):
    pass


print(Multi.__parameters__, Multi[str, int], issubclass(Multi, dict), Multi(a=1))


class MyIter(Iterator[int]):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(MyIter()), MyIter.__mro__, MyIter.__parameters__)


class Registry(Mapping[str, T]):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, k):
        return self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry[int]({'a': 1})
print(dict(r), Registry.__parameters__, Registry[int], 'a' in r, r.get('b', 0))

try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(Box[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad3(Generic):
        pass
except TypeError as e:
    print('TypeError', e)

A = Dict[str, T]
print(A[int], A[List[T]][bool], Tuple[T, T][int], Callable[[T], K][int, str], Optional[T][int])
print(List[int] == List[int], Box[int] == Box[int], Box[int] != Box[str], hash(Box[int]) == hash(Box[int]))
print(Box[int].__args__, Box[int].__parameters__, Box[T].__parameters__)
print(list[int], dict[str, List[int]])


def first(xs: Iterable[T]) -> Optional[T]:
    for x in xs:
        return x
    return None


print(first([3, 4]), first([]), first.__annotations__)
