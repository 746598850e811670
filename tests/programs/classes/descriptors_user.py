# User descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.storage = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.storage)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age)
print(Person.name)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vars(p)))
del p.age
try:
    p.age
except AttributeError as e:
    print(type(e).__name__, e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class DataOnlySet:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"

    def __set__(self, obj, value):
        print("DataOnlySet.__set__", value)


class Host:
    nd = NonData()
    dd = DataOnlySet()


h = Host()
print(h.nd, h.dd)
h.__dict__["nd"] = "instance dict wins"
h.__dict__["dd"] = "ignored"
print(h.nd, h.dd)
h.dd = 5
print(h.__dict__)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class R:
    x = ReadOnly()


r = R()
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(r.x, R.x)
