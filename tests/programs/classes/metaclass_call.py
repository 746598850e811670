# Metaclass __call__: singletons, instance counting, intercepting construction; metaclass methods.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("before", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("after", type(obj).__name__)
        return obj

    def describe(cls):
        return f"class {cls.__name__} via metaclass method"

    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__


class Item(metaclass=Tracing):
    def __new__(cls, *args, **kwargs):
        print("Item.__new__")
        return super().__new__(cls)

    def __init__(self, n, tag=None):
        print("Item.__init__", n, tag)
        self.n = n


it = Item(5, tag="t")
print(it.n)
print(Item.describe())
print(Item.meta_prop)
print(hasattr(it, "describe"))


class ReturnsOther(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)


class Weird(metaclass=ReturnsOther):
    pass


print(Weird(1, 2))


class Plain:
    def __new__(cls, x):
        print("Plain.__new__", x)
        if x < 0:
            return "negative!"
        return super().__new__(cls)

    def __init__(self, x):
        print("Plain.__init__", x)


print(type(Plain(3)).__name__)
print(Plain(-1))
