# Chained assignment: left-to-right target order, shared objects, mixed target kinds.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
class Rec:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
class Sub(list):
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
r = Rec()
s = Sub([0, 0, 0])
r.first = s[0] = r.second = s[2] = 9
print(s, r.first, r.second)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
p, q = m, n = 1, 2
print(p, q, m, n)
d = {}
d["a"] = d["b"] = d
print(sorted(d.keys()), d["a"] is d)
t = u = (1, 2)
t += (3,)
print(t, u)
def value():
    print("value computed")
    return 42
k1 = k2 = k3 = value()
print(k1, k2, k3)
