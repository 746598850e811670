# What @dataclass and its helpers refuse.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, KW_ONLY


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: int
        y: dict = {}


def mutable_set():
    @dataclass
    class C:
        s: set = set()


def order_of_defaults():
    @dataclass
    class C:
        x: int = 0
        y: int


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def overwrite_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)


def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def frozen_setattr():
    @dataclass(frozen=True)
    class C:
        x: int

        def __setattr__(self, name, value):
            pass


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY


def slots_twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('x',)
        x: int


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int


for f in [mutable_list, mutable_dict, mutable_set, order_of_defaults, both_defaults,
          order_without_eq, overwrite_lt, frozen_from_plain, plain_from_frozen,
          field_without_annotation, unsafe_with_hash, frozen_setattr, two_kw_only,
          slots_twice, weakref_without_slots]:
    attempt(f.__name__, f)

attempt('fields(int)', lambda: fields(int))
attempt('fields(1)', lambda: fields(1))
attempt('asdict(1)', lambda: asdict(1))
attempt('astuple(int)', lambda: astuple(int))
attempt('replace(1)', lambda: replace(1, x=2))


@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)


attempt('replace init=False', lambda: replace(P(1), y=2))
attempt('replace unknown', lambda: replace(P(1), z=2))
attempt('replace ok', lambda: replace(P(1), x=5))
attempt('make bad name', lambda: make_dataclass('C', ['1x']))
attempt('make keyword', lambda: make_dataclass('C', ['class']))
attempt('make duplicate', lambda: make_dataclass('C', ['a', 'a']))
attempt('make invalid', lambda: make_dataclass('C', [('a', int, 1, 2)]))
attempt('init missing', lambda: P())
attempt('init kw', lambda: P(x=1, y=2))
