# __setattr__ and __delattr__ hooks: validation, logging, object.__setattr__ bypass, frozen objects.
class Logged:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)


l = Logged()
l.y = 2
l.x += 10
print(vars(l))
del l.y
try:
    del l.y
except AttributeError as e:
    print(type(e).__name__, e)
setattr(l, "z", 3)
delattr(l, "z")
print(vars(l))


class Frozen:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self):
        return f"Frozen(a={self.a}, b={self.b})"


fr = Frozen(1, 2)
print(fr)
for action in (lambda: setattr(fr, "a", 5), lambda: delattr(fr, "b"), lambda: setattr(fr, "new", 1)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(fr)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError("age must be int")
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)


v = Validated()
v.name = "ann"
v.age = 3
try:
    v.age = "three"
except TypeError as e:
    print(type(e).__name__, e)
print(vars(v))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(v, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
