# Numeric literals of every form.
decimal = [0, 1, 7, 42, 1234567890, 1_000_000, 1_2_3_4, 00, 0_0, 000_000]
hexadecimal = [0x0, 0xff, 0XFF, 0xDeadBeef, 0x_ff, 0xFF_FF, 0X_1_2]
octal = [0o0, 0o17, 0O777, 0o_7, 0o1_2_3]
binary = [0b0, 0b1, 0B1010, 0b_1, 0b1_0_1]
floats = [
    0.0, 1.0, 1., .5, 0.5, 1.5e3, 1.5E3, 1e10, 1E-10, 1e+10, 1.e5, .5e-3,
    1_000.000_1, 1_0e1_0, 0e0, 00.5, 0_0.0_0, 1.7976931348623157e308, 5e-324,
    1e400, 2.5e-400, 0.1, 123456789.123456789,
]
imaginary = [0j, 1j, 1J, 1.5j, .5j, 1.j, 1e3j, 1.5e-3J, 1_0j, 0_0j, 00j, 09j, 09.5j]
big = [
    123456789012345678901234567890,
    0xffffffffffffffffffffffffffffffff,
    0o7777777777777777777777777777777777,
    0b1111111111111111111111111111111111111111111111111111111111111111111,
    9223372036854775807, 9223372036854775808, 18446744073709551616,
    -9223372036854775808,
]
unary = [-1, +1, ~1, -0x10, --1, -+-~1, -1.5, -1j, - 1]
attribute_on_literals = [1 .real, 1.0.real, 1j.imag, 0x10 .bit_length(), 1e3.is_integer()]
keywordy = [1if True else 2, 0x1f if False else 3, 1or 2, 1and 2, 1in[1], 1is 1, 1not in[2]] if False else None
complex_sum = 1 + 2j - 3.5J
