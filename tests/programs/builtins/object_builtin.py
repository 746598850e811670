# object(): bare instances, default dunder behaviour (__eq__, __ne__, __str__, __init__ args), constants.
o = object()
p = object()
print(o == o, o == p, o != p, o.__eq__(p), o.__ne__(o), type(o).__name__, o.__class__ is object)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), object.__base__, object.__bases__, object.__mro__)
print(str(o) == repr(o), o.__str__() == o.__repr__(), format(o) == str(o))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    o < p
except TypeError as e:
    print(type(e).__name__, e)
print(o.__lt__(p), o.__hash__() == hash(o), isinstance(1, object), issubclass(type, object))
print(len([n for n in dir(o) if n.startswith("__")]) > 10, "__init_subclass__" in dir(object))


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyInit:
    def __init__(self, x):
        self.x = x


print(OnlyInit(5).x)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, repr(None), repr(...))
print(None.__bool__(), bool(...), type(None)() is None, type(...)() is ...)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__qualname__, object.__module__, type.__name__, type.__module__)
