# Class patterns: positional via __match_args__, keyword attributes, builtins matching self.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, radius=r):
            return f"circle r={r} center=({c.x},{c.y})"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect width {w}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case _:
            return "unknown"
shapes = [Point(0, 0), Point(5, 0), Point(0, 7), Point(3, 3), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(2, 3), 1), Rect(4, 4), Rect(2, 5),
          42, 2.5, "hi", [1, 2], {"a": 1}, None, (1,)]
for s in shapes:
    print(describe(s))
match True:
    case bool(b):
        print("bool self-match", b)
match 5:
    case bool():
        print("5 is not a bool")
    case int():
        print("5 is an int")
try:
    match Rect(1, 2):
        case Rect(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
