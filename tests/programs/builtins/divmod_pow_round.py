# divmod(), pow() and round() builtins across int/float/bool with edge cases and error messages.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(True, 2), divmod(0, 7))
print(pow(2, 8), pow(2, -1), pow(2, 0.5), pow(-8, 2.0), pow(5, 3, 7), pow(5, -1, 7), pow(0, 0))
print(pow(base=3, exp=2), pow(3, 2, mod=5), round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(7, -1))
print(round(0.5 + 1e-9), round(1.25, 1), round(1.35, 1), round(-1.5), round(123, -2), round(150, -2))
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: divmod("a", 2), lambda: pow(2, 2, 2.0),
            lambda: pow("2", 2), lambda: round("1.5"), lambda: round(1.5, 1.0), lambda: pow(0, -1), lambda: pow(3, -1, 6)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(divmod(5, 2)[0]).__name__, type(divmod(5.0, 2)[0]).__name__, type(round(5.5)).__name__, type(round(5.5, 1)).__name__)
print(pow(10, 20) == 10 ** 20, pow(2, 100, 10 ** 9), pow(-2, 3, 5), pow(2, 3, -5))
