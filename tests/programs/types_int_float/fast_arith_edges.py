# Small-int and float arithmetic at the edges of the interpreter's fast
# paths: overflow into big ints, floor division and modulo signs, shifts,
# NaN results, int/float mixes, and truth tests of immediates.
vals = [0, 1, -1, 7, -7, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901, -98765]
for a in vals:
    for b in [1, 2, 3, -3, 31, 63, 64, 100]:
        row = [a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b]
        if b >= 0:
            row += [a >> b, a << b]
        print(a, b, row)

inf = float("inf")
for x in [0.5, -2.0, inf, -inf, 3]:
    for y in [2, 0.25, inf, -1.5]:
        print(x, y, x + y, x - y, x * y, x / y)
print(inf - inf, inf * 0.0, (inf - inf) != (inf - inf))

n = 0
for v in [0, 1, -1, None, True, False, 0.0, 2.5, "", "a", [], [0]]:
    if v:
        n += 1
    if not v:
        n -= 2
print(n)

# Unpacking exact and derived sequences, and wrong lengths.
a, b = (1, 2)
c, d = [3, 4]
class T(tuple):
    pass
e, f = T((5, 6))
print(a, b, c, d, e, f)
try:
    g, h = (1, 2, 3)
except ValueError as exc:
    print(exc)

# `is` between immediates and objects.
x = []
one = 1
print(x is x, one is None, None is None, (x is not None))
