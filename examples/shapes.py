"""Classes, dataclass-like records, match statements and f-strings."""
import math


class Shape:
    def area(self) -> float:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


def describe(shape):
    match shape:
        case Circle(r=r) if r > 10:
            return "a big circle"
        case Circle():
            return "a circle"
        case Rect(w=w, h=h) if w == h:
            return "a square"
        case _:
            return "something else"


shapes = [Circle(1), Circle(20), Rect(2, 2), Rect(2, 3)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(f"{describe(s):>15}: {s!r}")
