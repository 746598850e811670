# format() builtin: empty spec, numeric specs, strings, custom __format__, and invalid spec errors.
print(format(42), format(42, ""), format(3.5), format("s"), format(None), format([1, 2]), format(True))
print(format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "*>6"), format(-42, "=+8"))
print(format(3.14159, ".2f"), format(3.14159, "10.3e"), format(1234567.891, ",.2f"), format(0.25, "%"))
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(65, "c"), format(1e6, "g"), format(1e16, "g"))
print(format("abc", "5"), format("abc", ">5"), format("abc", ".2"), format("abc", "^7.1"), format("é", "*^5"))
print(format(True, "d"), format(True, ">5"), format(False, "f"), format(2 ** 70, ","), format(-0.0, "+.1f"))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec or "g") + "°C"


t = Temp(21.5)
print(format(t), format(t, ".1F"), format(t, "08.2f"), f"{t:.0F}")
for val, spec in ((1, "q"), ("s", "d"), (1.5, "d"), ([], "x"), (1, ".2s"), ("s", "+"), (1, "=5s"), (3j, "=")):
    try:
        print(format(val, spec))
    except (ValueError, TypeError) as e:
        print(repr(val), repr(spec), type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
