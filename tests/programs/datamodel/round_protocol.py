# __round__ with and without ndigits; round() of ints and floats: ties-to-even, negative ndigits, result types.
class R:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        if ndigits is None:
            return int(self.v + 0.5)
        return R(round(self.v, ndigits))

    def __repr__(self):
        return f"R({self.v})"


print(round(R(2.5)))
print(round(R(2.567), 2))
print(round(R(1.0), None))


class NoRound:
    pass


try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "2")
except TypeError as e:
    print(type(e).__name__, e)


print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(7, 1), type(round(7, 1)).__name__, type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(round(-15, -1), round(25, -1), round(35, -1))
print(round(123456789, -3), round(-0.0), round(0.0001, 3))
print(float(1e300).__round__(-299))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(True.__round__(), round(True, 2))
