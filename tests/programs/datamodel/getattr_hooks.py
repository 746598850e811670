# __getattr__ (fallback only) vs __getattribute__ (every access), AttributeError propagation.
class Fallback:
    cls_attr = "class"

    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError(f"no attribute {name!r} here")


f = Fallback()
print(f.real, f.cls_attr)
print(f.x_ab)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "nothing", "dflt"))
print(hasattr(f, "x_q"), hasattr(f, "zz"))


class Everything:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("__getattr__ after", name)
        return "fallback-" + name

    def method(self):
        return "method result"


e = Everything()
print(e.a)
print(e.secret)
print(e.method())
print(e.missing)
print(type(e).__name__)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)


class Recursing:
    def __getattr__(self, name):
        if name == "loop":
            raise AttributeError("stop")
        return self.loop


try:
    Recursing().anything
except AttributeError as e:
    print(type(e).__name__, e)


class PropErr:
    @property
    def bad(self):
        raise AttributeError("inside property")

    def __getattr__(self, name):
        return f"getattr rescued {name}"


print(PropErr().bad)
