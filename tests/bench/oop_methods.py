# Method-heavy OOP: classes, inheritance, attribute access, method calls, properties.


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __add__(self, other):
        return self.add(other)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        self._w = value

    @property
    def height(self):
        return self._h

    def area(self):
        return self.width * self.height


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        s = self.width
        return s * s


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Counter:
    def __init__(self):
        self.value = 0
        self.history = []

    def incr(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value

    @staticmethod
    def clamp(v, lo, hi):
        return lo if v < lo else hi if v > hi else v

    @classmethod
    def make(cls):
        return cls()


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True


def vectors(n):
    acc = Vector(0, 0)
    step = Vector(1, 2)
    d = 0
    for i in range(n):
        acc = acc + step.scale(i % 7)
        d += acc.dot(step) % 1000
    return acc.x, acc.y, d


def shapes(n):
    total = 0
    length = 0
    for i in range(n):
        k = i % 3
        if k == 0:
            s = Rect(i % 10 + 1, i % 13 + 1)
            s.width = s.width + 1
        elif k == 1:
            s = Square(i % 11 + 1)
        else:
            s = Circle(i % 5 + 1)
        total += s.area()
        length += len(s.describe())
    return total, length


def counters(n):
    c = Counter.make()
    for i in range(n):
        c.incr().incr(2)
        c.incr(Counter.clamp(i % 10, 2, 7))
    return c.get()


def accounts(n):
    accts = [Account("o" + str(i), 100) for i in range(50)]
    ok = 0
    for i in range(n):
        a = accts[i % 50]
        if i % 3 == 0:
            a.deposit(i % 17)
        elif a.withdraw(i % 23):
            ok += 1
    return ok, sum(a.balance for a in accts)


def main():
    r1 = vectors(N)
    r2 = shapes(N)
    r3 = counters(N)
    r4 = accounts(N)
    print("oop_methods", r1, r2, r3, r4, Shape.count)


N = 700000
main()
