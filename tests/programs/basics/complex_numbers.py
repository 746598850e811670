# Complex numbers: literals, arithmetic, attributes, reprs and comparisons.
a = 3 + 4j
b = 1 - 2j
print(a, b, 1j, -1j, 2j * 2j, complex(1, 0), complex(0, 0))
print(a + b, a - b, a * b, a / b)
print(a.real, a.imag, a.conjugate(), abs(a))
print(complex("1+2j"), complex(2), complex(1.5, -0.5))
print(a == 3 + 4j, a != b, 1 + 0j == 1, 2j ** 2)
print(type(a).__name__, repr(1 + 1j), str(-1.5j), (0j).real)
print((1 + 2j) * 0, (1 + 2j) ** 2, -(1 + 2j))
print(bool(0j), bool(1j), bool(0 + 0j))
try:
    print(a < b)
except TypeError as e:
    print("TypeError", e)
try:
    print(1j / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
z = 0
for k in range(4):
    z = z * 1j + 1
    print(k, z)
