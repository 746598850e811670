# A small annotated program: the annotations are evaluated at definition
# time and must not get in the way.
from __future__ import annotations

import typing as t
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, DefaultDict, Dict, Iterator, List, NamedTuple, Optional, Protocol, Sequence, Tuple, TypeVar, Union

Number = Union[int, float]
T = TypeVar("T")
Handler = Callable[[str, int], Optional[str]]


class Token(NamedTuple):
    kind: str
    text: str
    pos: int = 0


class Visitor(Protocol):
    def visit(self, token: Token) -> None: ...


@dataclass(order=True)
class Stats:
    count: int = 0
    kinds: Dict[str, int] = field(default_factory=dict, compare=False)
    longest: Optional[Token] = field(default=None, compare=False)

    def visit(self, token: Token) -> None:
        self.count += 1
        self.kinds[token.kind] = self.kinds.get(token.kind, 0) + 1
        if self.longest is None or len(token.text) > len(self.longest.text):
            self.longest = token


def tokenize(text: str) -> Iterator[Token]:
    pos = 0
    for word in text.split():
        kind = "num" if word.isdigit() else "word"
        yield Token(kind, word, pos)
        pos += len(word) + 1


def walk(tokens: Sequence[Token], visitor: Visitor) -> Visitor:
    for tok in tokens:
        visitor.visit(tok)
    return visitor


def group(items: List[T], key: Callable[[T], str]) -> DefaultDict[str, List[T]]:
    out: DefaultDict[str, List[T]] = defaultdict(list)
    for item in items:
        out[key(item)].append(item)
    return out


def total(values: Sequence[Number]) -> Number:
    return sum(values)


def apply(handlers: Dict[str, Handler], name: str, arg: int) -> Optional[str]:
    handler = handlers.get(name)
    return handler(name, arg) if handler else None


tokens = list(tokenize("the 3 little pigs built 2 houses"))
stats = walk(tokens, Stats())
print(stats)
print(dict(group(tokens, lambda tok: tok.kind)))
print(total([1, 2.5, int(tokens[1].text)]))
print(apply({"rep": lambda n, a: n * a}, "rep", 2), apply({}, "x", 1))
print(Stats(1) < Stats(2), sorted([Stats(3), Stats(1)]))
print(walk.__annotations__, Stats.__annotations__["kinds"])
print(t.get_type_hints(walk)["return"], t.get_type_hints(Token))
pair: Tuple[int, str] = (1, "a")
print(pair, __annotations__)
