# Non-data descriptor that caches into the instance __dict__ (lazy property), and method-like descriptors.
class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    def __init__(self, n):
        self.n = n

    @lazy
    def squares(self):
        return [i * i for i in range(self.n)]

    @lazy
    def total(self):
        return sum(self.squares)


d = Data(5)
print(d.total)
print(d.total)
print(d.squares)
print(sorted(vars(d)))
del d.total
print(d.total)
print(type(Data.squares).__name__)


class BoundLike:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)


class User:
    def __init__(self, name):
        self.name = name

    @BoundLike
    def greet(self, other):
        return f"{self.name} greets {other}"


u = User("ann")
print(u.greet("bob"))
print(User.greet(u, "cid"))


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, cls):
        self.reads += 1
        return self.reads


class Host:
    c = Counted()


h = Host()
print(h.c, h.c, Host.c)
h.c = "shadow"
print(h.c, Host.c)
print(Host.__dict__["c"].reads)
f = lambda self: "func descriptor"
print(f.__get__(h, Host)(), f.__get__(None, Host) is f)
