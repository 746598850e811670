# Numeric literal forms: underscores, prefixes, exponents, imaginary, leading zeros and float edge literals.
print(1_000, 0x_FF, 0b_1010, 0o_7_7, 1_0.5_5, 1e1_0, 0_0_0, 00)
print(1., .5, 1.e2, 5e-1, 1E+3, 0e0, 1_2e-1_0)
print(3j, 3.5J, 1e2j, 0.j, 1_0j, .5j)
print(0xDEAD, 0o1234567, 0b1111_1111, 0xabc_def % 1000)
print(123456789012345678901234567890, -0, -0.0, 0.0)
print(1e308, 1e309, 1e-323, 1e-400, 0.1e1, 100e-2)
print(type(1e3).__name__, type(10 ** 3).__name__, type(1j).__name__, type(0x10).__name__)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1.1 + 2.2)
print(9999999999999999.0, 999999999999999.9, 0.000001, 0.0000001, 1234567890123456.7)
print(123e4, 123e15, 123e16, 1.5e-4, 1.5e-5, 12345678901234567e-20)
print(eval("0x10"), eval("1_0"), eval("0o10 + 0b10"))
for src in ["1__0", "0x", "08", "1_", "0b2", "1e", "0_7"]:
    try:
        eval(src)
        print("accepted", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
