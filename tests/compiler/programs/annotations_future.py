from __future__ import annotations
# Annotations under PEP 563 are strings.
x: int = 1
y: list[int]
z: dict[str, 'A'] = {}

def f(a: int, b: str = 'x', *args: tuple[int, ...], c: A | None = None, **kw: Any) -> list[int]:
    return [a]

def g(a: Callable[[int], str], b: lambda: 1 = None) -> A.B[C]:
    pass

def h(a: -1, b: not x, c: a + b * c, d: (a, b), e: 'quoted') -> {a: b}:
    pass

class C:
    attr: ClassVar[int] = 0
    other: Optional[str]
