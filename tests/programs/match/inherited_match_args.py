# __match_args__ inheritance, overriding in subclasses, isinstance semantics, and property attributes.
class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Square(Shape):
    __match_args__ = ("name", "side")
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    @property
    def area(self):
        return self.side ** 2
class Blob(Shape):
    pass
def info(s):
    match s:
        case Square(_, side) if side > 5:
            return f"big square side {side}"
        case Square(area=a):
            return f"square with area {a}"
        case Blob(name):
            return f"blob named {name}"
        case Shape(name):
            return f"generic shape {name}"
for s in (Square(10), Square(3), Blob("goo"), Shape("thing")):
    print(info(s))
print(Square.__match_args__, Blob.__match_args__)
class NoArgs:
    def __init__(self):
        self.v = 1
match NoArgs():
    case NoArgs(v=1):
        print("keyword works without __match_args__")
class Lazy:
    @property
    def value(self):
        print("property evaluated")
        return 5
match Lazy():
    case Lazy(value=5):
        print("matched via property")
class Missing:
    pass
match Missing():
    case Missing(attr=_):
        print("never: attribute missing")
    case Missing():
        print("missing attribute just fails the pattern")
class BadArgs:
    __match_args__ = "x"
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
