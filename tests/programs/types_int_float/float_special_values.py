# inf and nan behaviour: arithmetic, comparisons, min/max ordering quirks, hashing of inf, containment.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(-nan), inf * -1, 1 / inf, -1 / inf)
print(inf + inf, inf - inf, inf * inf, inf / 2, 2 / inf, inf % 2, inf // 1)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, pow(nan, 0), nan != nan, nan is nan)
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, inf == -inf, inf > nan, inf < nan)
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan))
print(max([inf, 3, -inf]), min([inf, 3, -inf]), sorted([3.0, inf, -inf, 0.0, -0.0]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.5) == hash(1.5), hash(2.0) == hash(2))
print(nan in [nan], nan in [float("nan")], [nan] == [nan], (nan,) == (nan,))
print(inf.is_integer(), nan.is_integer(), (-inf).hex(), abs(-inf), -(-inf))
print(float("inf") == float("infinity"), float("-Infinity"), float("NaN"), float(" -nan "))
print(int(1e308) % 1000, len(str(int(1e308))))
for f in (int, round):
    for v in (inf, nan):
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    inf % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(inf % 2 == inf % 2, divmod(5.0, inf), divmod(-5.0, inf), 5.0 % -inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2 * 1e308 - 1e308)
print(5e-324 / 2, 5e-324 * 0.5, -5e-324 / 2, 2.5e-324, 1e-323)
print(str(1e-323), str(4.9406564584124654e-324), 1.0 + 5e-324 == 1.0)
