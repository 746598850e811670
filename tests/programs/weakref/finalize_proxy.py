# weakref.finalize, weakref.proxy and WeakMethod.
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def hello(self, who):
        return f"{self.name} says hello to {who}"

    def __len__(self):
        return 3


r = Res("r")
f = weakref.finalize(r, print, "finalized", "r")
print(f.alive, f.peek()[1] is print)
del r
print(f.alive, f())
s = Res("s")
g = weakref.finalize(s, lambda: "called early")
print(g(), g(), g.alive)
h = weakref.finalize(s, print, "never")
print(h.detach()[0] is s, h.alive)
del s
p_target = Res("proxied")
p = weakref.proxy(p_target)
print(p.name, p.hello("you"), len(p), type(p).__name__)
p.name = "renamed"
print(p_target.name)
del p_target
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
obj = Res("m")
wm = weakref.WeakMethod(obj.hello)
print(wm()("me"))
del obj
print(wm())
