# Arguments are evaluated left to right, including *args/**kwargs, before the call happens.
def note(label, value=None):
    print("eval", label)
    return value if value is not None else label
def target(*args, **kwargs):
    print("target called", args, kwargs)
    return "result"
def get_target():
    print("eval function")
    return target
get_target()(note("p1"), note("p2"), k=note("kw"))
target(*note("star", [1, 2]), note("after"), **note("dstar", {"z": 0}))
target(note("a"), *note("b", ["B"]), c=note("c"), **note("d", {"d": 1}))
class Obj:
    def method(self, *a):
        print("method called", a)
def get_obj():
    print("eval object")
    return Obj()
get_obj().method(note("m1"), note("m2"))
x = [note("list0"), note("list1")]
d = {note("key1"): note("val1"), note("key2"): note("val2")}
print(d)
t = note("left", 1) + note("right", 2) * note("third", 3)
print(t)
def default_at_def(v=note("default")):
    return v
print("defined")
print(default_at_def())
res = note("cond", True) and note("and-rhs") or note("or-rhs")
print(res)
note("sub-obj", [10, 20, 30])[note("sub-idx", 1)]
