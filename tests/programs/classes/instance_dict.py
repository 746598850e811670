# Instance __dict__ manipulation, vars(), replacing __dict__, class __dict__ mappingproxy.
class Obj:
    cls_attr = "class"

    def __init__(self):
        self.a = 1
        self.b = 2


o = Obj()
print(o.__dict__)
o.__dict__["c"] = 3
print(o.c, vars(o))
del o.__dict__["a"]
print(hasattr(o, "a"))
o.__dict__.update(x=10, y=20)
print(o.x + o.y, list(vars(o)))
o.__dict__ = {"fresh": True}
print(vars(o), o.cls_attr)
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(vars(o) is o.__dict__)
d = o.__dict__
o.later = "seen"
print(d)
cd = Obj.__dict__
print(type(cd).__name__, cd["cls_attr"])
try:
    cd["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print("__init__" in cd, "a" in cd)
o2 = Obj()
o2.__dict__.clear()
try:
    o2.a
except AttributeError as e:
    print(type(e).__name__, e)
for k, v in Obj().__dict__.items():
    print(k, v)


class Copyable:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Copyable(" + ", ".join(f"{k}={v}" for k, v in self.__dict__.items()) + ")"


c1 = Copyable(p=1, q=2)
c2 = Copyable(**vars(c1))
c2.p = 100
print(c1, c2)
setattr(c1, "with space", 3)
print(getattr(c1, "with space"), vars(c1))
