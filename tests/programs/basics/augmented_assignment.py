# Augmented assignment for all operators on ints, floats, strs, lists and via __iadd__.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 1; print(x)
x ^= 0xFF; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
lst *= 2
print(alias)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("iadd", other)
        self.items.append(other)
        return self
    def __isub__(self, other):
        print("isub", other)
        return "replaced"
a = Acc()
b = a
a += 1
a += 2
print(a is b, b.items)
a -= 1
print(a)
class P:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return P(self.v + o)
p = P(1)
q = p
p += 5
print(p.v, q.v, p is q)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
