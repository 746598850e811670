# math's constants (repr, type, sign) and its complete public namespace.
import math

print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan))
print(type(math.pi).__name__, type(math.inf).__name__, type(math.nan).__name__)
print(math.tau == 2 * math.pi, math.inf > 1e308, -math.inf < -1e308)
print(math.nan == math.nan, math.nan != math.nan, math.isnan(math.nan))
print(math.copysign(1.0, math.nan) > 0, math.copysign(1.0, -math.nan) < 0)
print(math.pi.hex(), math.e.hex(), math.tau.hex())
print(math.__name__)
print([n for n in dir(math) if not n.startswith("_")])
print(len([n for n in dir(math) if not n.startswith("_")]))
print(type(math.sin).__name__, math.sin.__name__, repr(math.sqrt))
x = math.nan
print(x in [x], x is math.nan)
