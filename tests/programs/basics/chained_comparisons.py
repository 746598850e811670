# Chained comparisons: short-circuit, single evaluation of middle operands, mixed ops.
def v(x, tag):
    print("eval", tag)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < v(2, "mid") < 3)
print(5 < v(2, "mid2") < v(3, "right"))
print(v(1, "a") < v(2, "b") < v(3, "c") < v(0, "d") < v(9, "e"))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)])
print(1 < 2 > 0 < 5 != 4 == 4)
n = None
one = 1
print(one is not n is not False, n is None is not True)
a = [1]
print(a == [1] is not a, [] is not [] == [])
def between(lo, x, hi):
    return lo <= x <= hi
print([between(1, i, 3) for i in range(5)])
print("a" < "b" < "c" < "d", "a" < "c" < "b")
r = 1 < 2 < 3 and 3 < 2
print(r, not 1 < 2 < 3)
print((1 < 2) < 3, 1 < (2 < 3), (3 > 2) == True)
