# AttributeError and NameError messages for instances, classes, builtins, modules and scopes.
class Point:
    def __init__(self):
        self.x = 1
p = Point()
def attr(label, fn):
    try:
        print(label, "->", fn())
    except AttributeError as e:
        print(label, "-> AttributeError:", e, "| name:", e.name)
attr("instance missing", lambda: p.y)
attr("class missing", lambda: Point.nothing)
attr("int missing", lambda: (3).real_part)
attr("str method missing", lambda: "s".push)
attr("None attribute", lambda: None.value)
attr("list attribute", lambda: [].size)
attr("type attribute", lambda: int.nope)
attr("existing", lambda: p.x)
try:
    (1).real = 5
except AttributeError as e:
    print("readonly:", e)
try:
    object().z = 1
except AttributeError as e:
    print("object() no dict:", e)
try:
    del p.missing
except AttributeError as e:
    print("del missing:", e)
def name(label, fn):
    try:
        print(label, "->", fn())
    except NameError as e:
        print(label, "->", type(e).__name__ + ":", e, "| name:", e.name)
name("global missing", lambda: missing_global)
def uses_local_before_assign():
    total = total + 1
    return total
name("unbound local", uses_local_before_assign)
def outer():
    def inner():
        return free_var
    try:
        return inner()
    finally:
        pass
    free_var = 1
name("free var unbound", outer)
name("builtin typo", lambda: lenn([]))
print(getattr(p, "y", "default from getattr"), hasattr(p, "y"), hasattr(p, "x"))
try:
    getattr(p, "y")
except AttributeError as e:
    print("getattr:", e)
