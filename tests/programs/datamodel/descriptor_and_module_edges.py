# Edge cases of the data model: int.__repr__ of a bool, types.UnionType,
# module __getattr__ (PEP 562), property subclasses overriding __get__ or
# __set__, a slot named __doc__, a metaclass __call__ that is not a
# function, attributes of a function seen through its bound method.
print(int.__repr__(True), int.__str__(False))
print(type(int | str))
import types
m = types.ModuleType("m")
def ga(name):
    if name == "dyn":
        return 42
    raise AttributeError(f"module 'm' has no attribute {name!r}")
m.__getattr__ = ga
print(m.dyn)
try:
    m.nope
except AttributeError as e:
    print(e)
class P(property):
    def __get__(self, obj, cls=None):
        return "custom"
class C:
    @P
    def x(self):
        return 1
print(C().x)
class S:
    __slots__ = ("__doc__", "a")
print(S.__slots__)
class Meta(type):
    __call__ = dict
try:
    print(Meta("X", (), {})(a=1))
except Exception as e:
    print(type(e).__name__, e)
class A:
    def f(self): pass
A.f.flag = 1
print(A().f.flag, getattr(A().f, "nope", "absent"))
try:
    A().f.nope
except AttributeError as e:
    print(e)
print(int.__repr__(5), repr(True), str(True), f"{True}", int.__str__(True))
class PS(property):
    def __set__(self, obj, value):
        print("custom set", value)
class D:
    @PS
    def y(self):
        return 2
d = D(); d.y = 5; print(d.y)
class NoGet(property):
    pass
class E:
    @NoGet
    def z(self):
        return 3
print(E().z)
class Logged(property):
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("get via", type(self).__name__)
        return super().__get__(obj, cls) * 10
class F:
    @Logged
    def w(self):
        return 4
print(F().w, isinstance(F.__dict__["w"], property))
