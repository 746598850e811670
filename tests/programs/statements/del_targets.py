# del of names, subscripts, slices, attributes, tuples of targets, and resulting errors.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C:
    pass
c = C()
c.attr = 1
c.other = 2
del c.attr
print(hasattr(c, "attr"), c.other)
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b, e2 = 1, [1, 2, 3], {"k": 0}
del a, b[0], e2["k"]
print(b, e2, "a" in dir())
p = q = 1
del (p, q)
print("p" in globals(), "q" in globals())
[r, s] = 1, 2
del [r, s]
print("r" in globals())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
class Del:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
obj = Del()
del obj[1:2], obj["k"], obj.anything
