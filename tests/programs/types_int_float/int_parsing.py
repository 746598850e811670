# int() parsing: bases 0/2-36, prefixes, underscores, whitespace, signs, and error messages.
cases = [
    ("42", 10), ("  -17 ", 10), ("+5", 10), ("1_000", 10), ("ff", 16), ("FF", 16),
    ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2), ("z", 36),
    ("Zz", 36), ("0", 0), ("00", 0), ("0_0", 0), ("1_2_3", 0), ("0x_1f", 0), ("-0b11", 0),
    ("777", 8), ("\t12\n", 10), ("١٢٣", 10),
]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [
    ("", 10), ("abc", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("12", 2), ("08", 0),
    ("0x", 16), ("1.5", 10), ("- 1", 10), ("0b2", 0), ("++1", 10), ("9", 8), ("ff", 15),
]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b" 7 ")), int("10", base=3), int())
print(int(3.99), int(-3.99), int(1e20), int(True), int("-0"))
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(b"1x")
except ValueError as e:
    print(type(e).__name__, e)
print(int("9" * 50) + 1)
