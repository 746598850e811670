# int()/float()/complex() parsing edge cases and their error messages.
for s in ["12", " -3 ", "+7", "0x10", "1_0", "1__0", "", "abc", "3.5", "٣"]:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, base in [("ff", 16), ("FF", 16), ("0o17", 0), ("0b11", 0), ("08", 0), ("12", 3), ("z", 35)]:
    try:
        print(s, base, "->", int(s, base))
    except ValueError as e:
        print(s, base, "ValueError:", e)
for s in ["1.5", "-.5", "1e3", "inf", "-Infinity", "nan", "1.2.3", "", " 2 ", "1_000.5"]:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for v in [None, [1], "1+2j"]:
    try:
        print(repr(v), "->", int(v))
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__ + ":", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
print(complex("3"), complex("-2j"), complex(" 1+1j "))
