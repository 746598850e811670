# Calling int and float special methods directly: results, NotImplemented on mismatched types.
print((7).__add__(3), (7).__sub__(3), (7).__mul__(3), (7).__truediv__(2), (7).__floordiv__(2))
print((7).__mod__(3), (7).__pow__(2), (7).__pow__(2, 5), (7).__divmod__(2), (7).__neg__())
print((7).__radd__(1), (7).__rsub__(1), (7).__rfloordiv__(50), (2).__rpow__(3), (7).__rtruediv__(14))
print((7).__lshift__(2), (7).__rshift__(1), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__invert__())
print((7).__add__(1.0), (7).__add__("x"), (7).__mul__([1]), (7).__eq__(7.0), (7).__lt__(8.5))
print((7).__abs__(), (-7).__abs__(), (7).__bool__(), (0).__bool__(), (7).__int__(), (7).__float__())
print((7).__index__(), (7).__round__(), (7).__round__(-1), (15).__round__(-1), (7).__trunc__())
print((2.5).__add__(1), (2.5).__mul__(2), (2.5).__round__(), (3.5).__round__(), (2.5).__trunc__())
print((2.5).__int__(), (2.5).__float__(), (2.5).__eq__(2.5), (2.5).__add__("s"), (2.5).__pow__(2))
print((2.5).__neg__(), (-2.5).__abs__(), (2.5).__bool__(), (0.0).__bool__())
print(int.__add__(2, 3), float.__mul__(2.0, 4.0), int.__new__(int, "12"), float.__new__(float, "1.5"))
try:
    int.__add__(2.0, 3)
except TypeError as e:
    print(type(e).__name__, e)
print((7).__pow__(-1, 5), (7).__pow__(2.0, 5))
try:
    (3).__pow__(2, 0)
except ValueError as e:
    print(type(e).__name__, e)
print((10).__format__("x"), (10).__format__(""), (2.5).__format__(".3f"), (10).__sizeof__() > 0)
print((10).__ne__(10), (10).__ge__(10), (10).__hash__(), (-1).__hash__(), int.__name__)
print(dir(1) == dir(int), "bit_length" in dir(int), "is_integer" in dir(float))
