from fractions import Fraction as F
import math

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, -5))
print(F(1.5), F(0.1), F(-2.75), F(F(3, 4)), F(F(1, 2), F(3, 4)), F(3, F(1, 2)))
for s in ['3/4', ' -3/4 ', '+1.25', '1e3', '1.5e-3', '.5', '5.', '1_000/3_0',
          '-0', '2E+2', '\t7\n', '0.000_1', '12.34_5']:
    print(repr(s), F(s))
for s in ['', '1/', '/2', '1 /2', '1/2.0', '1__0', '_1', '1_', 'abc', '1.2.3',
          '1e', 'inf', 'nan', '3/-4', '.', '-', '1.e5x', '1/0']:
    try:
        print(repr(s), F(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for args in [(1, 0), (0, 0), (F(1, 2), 0), (1.5, 2), (1, 2.0), ('1', 2), (None,), ([],), (1j,)]:
    try:
        print(F(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for v in [float('inf'), float('nan'), float('-inf')]:
    try:
        F(v)
    except Exception as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1j, 1j * a, a ** 0.5, 2 ** a, 2 ** F(3), F(4) ** F(1, 2), F(-8) ** F(1, 3))
print(F(2) ** F(-2), 2 ** F(-2), 2.0 ** F(3), (1+1j) ** F(2))
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == F(2, 6))
print(F(1, 2) == 0.5, F(1, 2) < 0.6, F(1, 2) > float('-inf'), F(1, 2) == float('nan'), F(1) == 1, F(1, 2) == 0.5 + 0j)
print(F(5, 2) < 3, 3 > F(5, 2), F(1, 3) == 1 / 3, sorted([F(1, 2), 0.25, 1, F(1, 3)]))
for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(0)]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x), float(x), bool(x), abs(x), -x, +x)
print(round(F(12345, 1000), 2), round(F(12355, 1000), 2), round(F(12345, 1), -2), round(F(-1, 3), 3), round(F(15, 1), -1))
for x in [F(1, 2), F(-1, 2), F(1, 3), F(10**30, 7), F(-10**30, 7), F(1, 2**61 - 1), F(3, 2**61 - 1), F(7), F(-1), F(0)]:
    print(hash(x), hash(x) == hash(float(x)) if x.denominator < 2**53 else '')
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), {F(1, 2): 'half'}[0.5])
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100),
      F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(1), F(-10, 7).limit_denominator(2),
      F(0.1).limit_denominator(), F(5, 2).limit_denominator(1), F(7, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(F.from_float(0.1), F.from_float(3), F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator)
try:
    F.from_float('1.5')
except TypeError as e:
    print(e)
print(repr(F(-3, 4)), str(F(-3, 4)), str(F(5)), repr(F(5)), F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate(), complex(F(1, 2)))
print(f"{F(1, 3)!s:>8}|", '%s' % F(2, 3))
for op in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: F(0) ** -1, lambda: 1 / F(0), lambda: a + 'x', lambda: a < 'x', lambda: divmod(a, F(0))]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
class G(F):
    pass
g = G(3, 6)
print(repr(g), type(g + 1).__name__, type(+g).__name__, isinstance(g, F))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a, copy.copy(g), a.__reduce__())
print(sum([F(1, n) for n in range(1, 11)]), math.prod(F(n, n + 1) for n in range(1, 10)))
print(F(10**40 + 1, 3 * 10**20), F(2**100, 6**50))
print(sorted({F(1, 2), F(2, 4), 0.5, 1, F(1)}))
for op in [lambda: F(2, 3) / F(0), lambda: F(0) ** -2, lambda: F(0, 5) ** -1, lambda: F(-2, 3) ** -3, lambda: F(0) ** 0,
           lambda: 5 / F(0), lambda: F(7, 3) / -F(7, 3), lambda: F(-3, 4) / F(-9, 8)]:
    try:
        print(op())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
