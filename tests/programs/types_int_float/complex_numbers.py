# complex: literals, arithmetic, repr/str forms, attributes, conjugate, parsing, errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w))
print(z + w, z - w, z * w, z / w, -z, +z)
print(z.real, z.imag, z.conjugate(), abs(z), abs(w))
print(z == complex(3, 4), z != w, z == 3 + 4.0j, (1 + 0j) == 1, 1j * 1j, 1j ** 2)
print(complex(), complex(5), complex(2.5), complex(0, 0), complex(-0.0, -0.0), complex(0, -0.0))
print(1j, -1j, 0j, 2j * 3, 1e20j, 1e-20j, 1.5 + 0j, -(0j))
print(complex("1+2j"), complex(" 3j "), complex("-1.5-2.5J"), complex("inf+nanj"), complex("(1+1j)"))
print(complex(1 + 2j, 3j), complex(1j, 1j))
for s in ["1+", "j1", "1 + 2j", "abc", ""]:
    try:
        complex(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(z ** 2, z ** 0, (1 + 1j) ** 8, 2 ** (0 + 0j), pow(1j, 2))
print(complex(float("inf"), 1), complex(1, float("nan")), complex(1e300, 1e300) * 1e10)
print(type(z).__name__, type(z.real).__name__, (2j).real, (2 + 0j).imag)
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
print(sum([1j, 2, 3.5]), 1j + True, (1 + 2j) * 2, (4 + 2j) / 2)
print(format(1 + 2j), format(1.23456 + 2j, ".2f"), f"{3 - 4j:>16}", f"{1j:g}")
print(repr(complex(1, 1e16)), repr(complex(0.1, 1e-5)), repr(complex(-1, 0)))
