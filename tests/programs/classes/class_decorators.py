# Class decorators: adding methods, registering, wrapping, stacking order.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def tag(label):
    def deco(cls):
        print("tagging", cls.__name__, "with", label)
        cls.label = label
        return cls
    return deco


@register
@add_repr
@tag("first")
@tag("second")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, "two"))
print(Point.label)
print(list(registry))


def replace_with_function(cls):
    def factory(*args):
        return ("made", cls.__name__, args)
    return factory


@replace_with_function
class Gone:
    pass


print(Gone(1, 2))
print(type(Gone).__name__)


def count_instances(cls):
    orig_init = cls.__init__

    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)

    cls.instances = 0
    cls.__init__ = __init__
    return cls


@count_instances
class Widget:
    def __init__(self, name):
        self.name = name


ws = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in ws])


def frozen(cls):
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, k, v)
    cls.__setattr__ = __setattr__
    return cls


@frozen
class Const:
    def __init__(self, v):
        self.v = v
        self._frozen = True


c = Const(3)
try:
    c.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(c.v)
