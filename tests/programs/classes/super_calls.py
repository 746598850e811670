# Zero-argument super(): methods, dunders, class methods, properties,
# static methods, attributes of the super object, and its errors.


class Base:
    tag = "base"

    def __init__(self, x):
        self.x = x

    def hello(self, who="you"):
        return f"Base.hello {who} {self.x}"

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def util(a):
        return a * 2

    @property
    def prop(self):
        return "Base.prop"

    def __repr__(self):
        return f"<{type(self).__name__} {self.x}>"


class Mid(Base):
    def hello(self, who="mid"):
        return "Mid>" + super().hello(who)


class Child(Mid):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y

    def hello(self, who="child"):
        return "Child>" + super().hello(who=who)

    @classmethod
    def make(cls, x):
        return super().make(x * 10)

    def all(self):
        s = super()
        return (s.util(4), s.prop, s.tag, repr(s.__self__), s.__thisclass__.__name__,
                s.__self_class__.__name__, super().__repr__(), type(s).__name__)

    def gone(self):
        return super().missing


for i in range(3):
    c = Child(i, i + 1)
    print(c.hello(), c.hello("z"), c.y, Child.make(i))
print(Child(1, 2).all())
try:
    Child(1, 2).gone()
except AttributeError as e:
    print("AttributeError:", e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class Odd(Base):
    def method(self):
        del self
        return super()


try:
    Odd(1).method()
except RuntimeError as e:
    print("RuntimeError:", e)


class Shadow(Base):
    def hello(self, who="s"):
        self.hello = lambda: "instance attribute"
        return super().hello(who)


sh = Shadow(5)
print(sh.hello(), sh.hello())


class Replaced(Base):
    def hello(self, who="r"):
        return super().hello(who)


r = Replaced(7)
print(r.hello())
Base.hello = lambda self, who="?": "replaced " + who
print(r.hello(), Child(3, 4).hello())
