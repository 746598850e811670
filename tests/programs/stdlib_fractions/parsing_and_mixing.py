from fractions import Fraction as F
import math, sys

for s in ['1.d', '1.dd', '1.De5', '３/４', '٣.٥', '1_0.2_5e1_0', '-.5e-3', '+0/7', '00012/0006', ' \u2003 5/10\n',
          '1e', '1e+', '1.2e3.4', '1/2/3', '1 / 2', '++1', '-+1', '0x10', '1j', '١/٢']:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
print(F(True), F(3, True), F(False, 7), F(-0.0), F(5e-324), F(1e308).denominator, F(2.0 ** -1074).denominator.bit_length())
big = F(10 ** 50 + 7, 3 ** 40)
print(big, float(big), int(big), round(big), round(big, -40), big.limit_denominator(1000), math.floor(-big), hash(big))
print(F(1, 3) + 1j, 1j - F(1, 3), F(1, 3) * (2 + 0j), F(2) ** 0.5, 0.5 ** F(2), F(-1) ** F(1, 2))
print(F(3, 4) == 0.75 + 0j, F(3, 4) != 0.75 + 1j, F(1, 3) == '1/3', F(1) == True, F(0) == False)
print(F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), 2), 7.5 // F(2), 7.5 % F(2), divmod(7.5, F(2)), F(-7, 2) // F(1, 3), F(-7, 2) % F(1, 3))
print(F(1, 3) < 1 / 3, F(1, 3) > 0.333, F(1, 2) <= 0.5, F(1, 2) >= float('inf'), F(1, 2) < float('nan'), F(1, 2) > float('-inf'))
vals = [F(1, 2), 0.5, 1, F(2, 4), True, F(0), 0.0, 2 ** 61 - 1, F(2 ** 61 - 1), F(1, 2 ** 61 - 1), F(-1), -1]
print(sorted({hash(v) for v in vals}), len(set(vals)))
print(sum(F(1, 2 ** k) for k in range(60)), F(1, 10) * 10 == 1, F(0.1) * 10 == 1)
print(F(123456789, 1000).__round__(), F(123456789, 1000).__round__(1), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(-7, 2)))
print(round(F(1, 8), 2), round(F(3, 8), 2), round(F(25, 1), -1), round(F(35, 1), -1), type(round(F(1, 3))).__name__, type(round(F(1, 3), 0)).__name__)
print(F(3, 4).__trunc__(), F(-3, 4).__trunc__(), F(-3, 4).__floor__(), F(-3, 4).__ceil__(), int(F(-7, 2)), float(F(10 ** 400, 10 ** 399)))
try:
    float(F(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
print(F.from_float(1e100), F.from_float(-0.0), F.from_float(True))
for bad in [1j, None, '0.5']:
    try:
        F.from_float(bad)
    except TypeError as e:
        print('TypeError', e)
class MyF(F):
    pass
print(MyF.from_float(0.25), type(MyF.from_float(0.25)).__name__, repr(MyF(1, 2)), type(MyF(1, 2) * 2).__name__, type(abs(MyF(-1, 2))).__name__)
print(F(1, 2).__class__.__name__, F.__module__, F.__name__, F(3, 6).__reduce__())
x = F(3, 7)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real is not x, x.imag, x.conjugate())
try:
    x.numerator = 5
except AttributeError as e:
    print('AttributeError')
try:
    x.foo = 1
except AttributeError as e:
    print('AttributeError')
print('%s %r %.3s' % (x, x, x), f'{x}', format(x), str(x).center(9, '*'))
try:
    format(x, '.2f')
except TypeError as e:
    print('TypeError', e)
print(F(2, 3) ** 10, F(2, 3) ** -10, F(-2, 3) ** 3, F(-2, 3) ** -2, 2 ** F(10), 2 ** F(-2), (-8) ** F(1, 3))
F(1, 0)
