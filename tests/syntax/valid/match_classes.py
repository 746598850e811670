# Class patterns.
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Nested:
    class Inner:
        __match_args__ = ("a",)


def cls(p):
    match p:
        case Point():
            pass
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=0):
            return "origin by keyword"
        case Point(0, y=yy):
            return yy
        case Point(x, y) if x == y:
            return "diagonal"
        case Point(x=xx, y=Point(x=1)):
            return xx
        case Nested.Inner(a=1):
            return "dotted class"
        case Nested.Inner(1,):
            return "trailing comma"
        case int() | str() | bytes():
            return "builtin"
        case int(0) | float(0.0):
            return "zero"
        case dict({"a": 1}):
            return "mapping inside class"
        case list([1, 2]):
            return "sequence inside class"
        case Point(x=[1, *_], y={"k": _}):
            return "nested"
        case Point(x=Point(x=Point(x=deep))):
            return deep
