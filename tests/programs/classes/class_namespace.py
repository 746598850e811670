# Class namespace details: definition order, __doc__, __module__, __annotations__, attribute deletion.
class Documented:
    """A documented class."""

    z: int = 1
    a: str
    m = "m"

    def b(self):
        "method doc"
        return 1

    c = 3


print(Documented.__doc__)
print(Documented.b.__doc__)
print(Documented.__module__)
print(Documented.__annotations__)
print([k for k in Documented.__dict__ if not k.startswith("__")])
print(hasattr(Documented, "a"))


class NoDoc:
    pass


print(NoDoc.__doc__)
Documented.c = 30
del Documented.m
print(Documented.c, hasattr(Documented, "m"))
try:
    del Documented.m
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Documented.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Reassign:
    value = 1
    value = 2

    def f(self):
        return "first"

    def f(self):
        return "second"


print(Reassign.value, Reassign().f())
Reassign.__name__ = "Renamed"
print(Reassign.__name__, Reassign.__qualname__)
try:
    Reassign.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)


class WithAnnotationsOnly:
    x: int
    y: "str"


print(WithAnnotationsOnly.__annotations__)
print(sorted(k for k in vars(WithAnnotationsOnly) if not k.startswith("__")))
print(type(Documented.__dict__["b"]).__name__)
print(Documented.__bases__, NoDoc.__base__)
