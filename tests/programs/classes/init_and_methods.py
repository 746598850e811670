# __init__, bound/unbound methods, methods stored on instances, returning non-None from __init__.
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

    def dist2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.dist2())
print(p.move(1).move(0, 2))
m = p.move
print(m.__self__ is p, m.__func__ is Point.move, m.__name__)
m(10)
print(p)
print(Point.move(p, -14, -6))
print(Point())
print(Point(y=5))
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.dist2(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point.dist2()
except TypeError as e:
    print(type(e).__name__, e)


class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)


def free(self):
    return "free function on " + repr(self)


Point.free = free
print(p.free())
p.attr_fn = lambda: "not bound"
print(p.attr_fn())
print(Point.move == Point.move, p.move == p.move)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
n = NoInit()
n.a = 1
print(vars(n))
