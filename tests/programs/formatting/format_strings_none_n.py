# String presentation 's', precision truncation, the None type, and 'n' for ints/floats in the C locale.
s = "formatting"
print(f"{s:s}|{s:.4}|{s:.4s}|{s:10.3}|{s:>12.6}|{s:^14.2s}|{s:.0}|{s:.100}|")
print("{:s}".format("x"), format("abc", ".1"), format("", "^5") + "|", "{:.2}".format("é日本"))
print(f"{42}", f"{42:}", f"{4.5:}", f"{4.0:}", f"{1e16:}", f"{1e-5:}", f"{2.5:.1}", f"{123.456:.2}")
print(f"{1234567:n}", f"{-1234567.891:n}", f"{1e20:n}", f"{0.00001:n}", f"{12.5:.3n}", f"{255:n}")
print(f"{True}", f"{True:}", f"{True:>6}", f"{True:d}", f"{None!s:>6}", f"{None!r}")
for val in (1, 1.5, True, [1], (1,), {"a": 1}, b"x", None):
    try:
        print(repr(val), "->", repr(format(val, "")), repr(f"{val!s:>4}"))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(None, "s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
print(format([1], ""), f"{[1]!s:>5}", f"{(1, 2)!s:^10}|", f"{b'x'!r:>6}")
