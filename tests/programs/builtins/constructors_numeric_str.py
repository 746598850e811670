# int(), float(), str(), bool(), complex() called as builtins: defaults, keywords, conversions, errors.
print(int(), float(), str(), bool(), complex(), repr(str()))
print(int("12"), int("-0x1f", 16), int("z", base=36), int(7.9), int(-7.9), int("  3 "), int(True))
print(float("3"), float(" -2.5e-3 "), float(7), float("infinity"), float(True), float("1_0.5"))
print(str(12), str(1.50), str([1, "2"]), str(None), str(b"x"), str(b"\xc3\xa9", "utf-8"))
print(complex(1, 2), complex("3-4j"), complex(imag=2), complex(real=1.5), complex(1j, 1j))
for bad in (lambda: int("1.0"), lambda: int("0x10"), lambda: int("10", 1), lambda: float("1,5"),
            lambda: int(x=1), lambda: float(x=1), lambda: str(1, "ascii"), lambda: complex("1+2i"),
            lambda: int([]), lambda: float(None), lambda: complex("1", "2"), lambda: int("", 0)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int.__name__, float.__name__, type(int("5")) is int, int("٣"), float("٣.٥"))
print(int(" -  1".replace(" ", "")), float("-0"), str(-0.0), int(float("1e3")), int(1e3), int("1" * 30))
