# order, frozen, unsafe_hash, eq, init, kw_only, slots, match_args.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, fields


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, 'a') == Version(1, 0, 'b'))
try:
    Version(1) < 5
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: list = field(default_factory=list, hash=False)


f = Frozen(1)
for action in (lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x'), lambda: setattr(f, 'z', 3)):
    try:
        action()
    except FrozenInstanceError as e:
        print('FrozenInstanceError', e, isinstance(e, AttributeError))
print(f, hash(f) == hash((1,)), {f: 1}[Frozen(1)])


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(hash=False)


print(hash(Hashed(1, 2)) == hash((1,)), Hashed(1, 2) == Hashed(1, 3))


@dataclass(eq=False)
class Identity:
    a: int


print(Identity(1) == Identity(1), hash(Identity(1)) is not None)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


print(FrozenNoEq.__hash__ is object.__hash__)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(init=False)
class NoInit:
    a: int = 3


n = NoInit()
print(n, NoInit.__doc__)


@dataclass(kw_only=True)
class Options:
    a: int
    b: int = 2


print(Options(a=1), Options.__match_args__)
try:
    Options(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(Mixed(1, c=3), Mixed.__match_args__, Mixed.__doc__)


@dataclass
class FieldKw:
    a: int = field(kw_only=True, default=1)
    b: int


print(FieldKw(2), FieldKw(2, a=3), [f.kw_only for f in fields(FieldKw)])


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError', e)


@dataclass(frozen=True, slots=True)
class FrozenSlots:
    x: int


print(FrozenSlots(1), hash(FrozenSlots(1)) == hash((1,)))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


print(max(Card(2, 'h'), Card(10, 'c'), Card(10, 'd')), sorted({Card(1, 'a'), Card(1, 'a')}))
print(Frozen.__dataclass_params__, Version.__dataclass_params__.order)
