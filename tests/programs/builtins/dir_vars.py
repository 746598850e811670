# dir() on user classes and instances (sorted, filtered), vars() of objects/classes/modules-free, errors.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 4


c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("_")])
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "inst" in dir(Child))
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
c.extra = 5
print(vars(c))


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]


print(dir(WithDir()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print(len([n for n in dir(int) if not n.startswith("_")]), "bit_length" in dir(5))


class Slotted:
    __slots__ = ("a",)


try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)


def f():
    local_a = 1
    local_b = "two"
    return sorted(dir()), vars().keys() == locals().keys()


print(f())
