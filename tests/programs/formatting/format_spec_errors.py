# Invalid format specifications and their error messages for int, float, str and other types.
cases = [
    (1, "s"), (1, ".2d"), (1, "x."), (1, "abc"), (1, ",c"), (1, "=^5"), (1, "z"),
    (1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, ",_f"), (1.5, "_,f"), (1.5, ".f"),
    ("s", "d"), ("s", "=5"), ("s", "+"), ("s", " "), ("s", "#"), ("s", ","), ("s", "05"),
    ([1], "5"), (None, "d"), (object, "x"), (1, "1" * 30), (1.0, ".1" + "0" * 20 + "f"),
    (1, "{}"), (1, "<<5"), ("s", "z"), (2, "c>"),
]
for val, spec in cases:
    try:
        print(repr(val), repr(spec), "->", repr(format(val, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(val)[:20], repr(spec), type(e).__name__, e)
try:
    f"{1:{'bad'}}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{:{}}".format(1, [])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    "{0:{1:{2}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
