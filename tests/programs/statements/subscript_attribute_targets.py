# Assignment to subscript, attribute and slice targets, including evaluation order.
class Obj:
    pass
o = Obj()
o.x = 1
o.inner = Obj()
o.inner.y = [0, 0, 0]
o.inner.y[1] = "mid"
print(o.x, o.inner.y)
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst):] = [99, 100]
print(lst)
lst[::2] = "ABCDEF"
print(lst)
lst[1:3] = []
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
    m[i][-1 - i] += 2
print(m)
d = {}
d[1, 2] = "tuple key"
d[(3,)] = "single"
d["k"] = {}
d["k"]["nested"] = [1]
d["k"]["nested"][0] += 10
print(d)
def log(msg, val):
    print("eval", msg)
    return val
container = [0, 0]
log("target", container)[log("index", 1)] = log("value", "v")
print(container)
s = list("hello")
s[1:4] = reversed(s[1:4])
print("".join(s))
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
