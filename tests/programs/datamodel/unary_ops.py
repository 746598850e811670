# Unary special methods __neg__ __pos__ __abs__ __invert__ and their built-in behaviour on numbers.
class U:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"U({self.v})"

    def __neg__(self):
        return U(-self.v)

    def __pos__(self):
        return U(+self.v * 1)

    def __abs__(self):
        return U(abs(self.v))

    def __invert__(self):
        return U(~self.v)


u = U(-5)
print(-u, +u, abs(u), ~u)
print(-(-u), ~~u)


class Str:
    def __neg__(self):
        return "negated"

    def __invert__(self):
        return "inverted"


print(-Str(), ~Str())
for expr in ("+Str()", "abs(Str())", "-'s'", "~1.5", "~[1]", "-None"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
print(-5, +5, abs(-5), ~5, ~-1, ~0)
print(-0.0, abs(-0.0), -(0.0), +(-0.0))
print(-True, +True, ~True, abs(False), ~False)
print(abs(-3 + 4j), -(1 + 2j), +(1 - 2j))
print(-(2 ** 70), abs(-(2 ** 70)), ~(2 ** 70))
print(abs(float("-inf")), -float("inf"))
print(- - -3, not -0, -(-(-(1))))
x = 7
print(-x ** 2, (-x) ** 2, -x // 2, -(x // 2))
