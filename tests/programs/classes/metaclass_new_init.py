# Metaclasses: __new__ and __init__ hooks, modifying namespace, inheritance of the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = name.upper()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
        cls.initialized = True


class Base(metaclass=Meta):
    x = 1

    def method(self):
        return "m"


print(type(Base).__name__, Base.added_by_meta, Base.initialized)


class Child(Base, flag=True):
    y = 2


print(type(Child).__name__, Child.added_by_meta)
print(isinstance(Child, Meta), isinstance(Base(), Meta))


class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith("__") else k.upper()] = v
        return type.__new__(mcls, name, bases, new_ns)


class Shout(metaclass=UpperAttrs):
    greeting = "hi"

    def speak(self):
        return "speaking"


print(Shout.GREETING, Shout().SPEAK())
print(hasattr(Shout, "greeting"))


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class M3(M1):
    pass


class C(metaclass=M3):
    pass


class AC(A, C):
    pass


print(type(AC).__name__)
print(type(type).__name__, type(Meta).__name__, type(int).__name__)
