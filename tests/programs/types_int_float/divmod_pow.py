# divmod and pow: signs, float variants, three-argument pow with modulus and negative exponents.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (10 ** 20, 7), (-(10 ** 20), 7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
for a, b in [(17.5, 5), (-17.5, 5), (17.5, -5), (1e20, 3.0), (0.3, 0.1)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(-1, 0.5))
print(pow(3, 4, 5), pow(3, 0, 1), pow(3, 0, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(10 ** 30, 10 ** 20, 97))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(-3, -1, 11), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -3 ** 2)
print(pow(7, 2, 10) == 7 ** 2 % 10, pow(True, 5), pow(2, True, 3))
print(10 ** -3, 10.0 ** 300, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2, 2, 3)).__name__)
n = 1
for _ in range(5):
    n = pow(n * 7 + 3, 3, 1000003)
    print(n, end=" ")
print()
