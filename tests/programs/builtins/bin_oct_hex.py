# bin, oct, hex on ints (negative, zero, big, bool), __index__ objects, and errors for non-integers.
for n in [0, 1, -1, 7, 8, 255, -256, 2 ** 40, True, False]:
    print(n, bin(n), oct(n), hex(n).upper())


class Seven:
    def __index__(self):
        return 7


print(bin(Seven()), oct(Seven()), hex(Seven()))
for bad in (1.5, "10", None, [1]):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-37), 0), int(oct(99), 8), int(hex(1234), 16), int("0X1f", 16), int("-0b1", 2))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(-255, "#x"), format(10, "#010b"))
print(bin(2 ** 64)[:6], len(bin(2 ** 64)), hex(2 ** 16 - 1), oct(-8 ** 3))
print(f"{42:b} {42:o} {42:x} {42:X} {42:#b} {42:#o} {42:#X}")
