# getattr/setattr/hasattr/delattr with defaults, on instances, classes and builtins; error messages.
class Obj:
    cls_value = "class"

    def __init__(self):
        self.x = 1

    @property
    def boom(self):
        raise ValueError("property raised ValueError")

    @property
    def missing(self):
        raise AttributeError("property raised AttributeError")


o = Obj()
print(getattr(o, "x"), getattr(o, "cls_value"), getattr(o, "nope", None), getattr(Obj, "cls_value"))
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(o, "missing"), hasattr(Obj, "__init__"))
try:
    hasattr(o, "boom")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(o, "missing", "default used"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "y", 2)
setattr(Obj, "added", "to class")
print(o.y, o.added, Obj().added)
delattr(o, "y")
print(hasattr(o, "y"))
try:
    delattr(o, "y")
except AttributeError as e:
    print(type(e).__name__, e)
for bad in (lambda: getattr(o, 5), lambda: setattr(o, None, 1), lambda: hasattr(o), lambda: getattr(o)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr("s", "upper")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr([], "append").__name__, getattr(5, "real"), getattr("ab", "upper")(), hasattr(None, "__class__"))
name = "dynamic_" + "attr"
setattr(o, name, [1])
getattr(o, name).append(2)
print(o.dynamic_attr, sorted(vars(o)))
try:
    getattr(Obj, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
