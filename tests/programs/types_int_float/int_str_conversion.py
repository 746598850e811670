# int to text: str/repr, bin/oct/hex of negatives and big ints, the 4300-digit str conversion limit.
import sys

for n in [0, 7, -7, 255, -255, 2 ** 31, -(2 ** 31), 10 ** 18]:
    print(str(n), repr(n), bin(n), oct(n), hex(n).upper())
print(len(str(2 ** 10000)), str(2 ** 1000)[-10:], str(-(7 ** 300))[:12])
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(hex(10 ** 5000)))
print(int("1" * 4300) % 1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
print(f"{12345678901234567890:,}", f"{-1234567:_}", f"{255:#b}", f"{-255:#o}")
print(str(True), str(-0), repr(000), str(+3), ascii(10))
print("".join(str(d) for d in range(10)), int("".join(str(d) for d in range(10))))
print(list(map(int, "1 22 333".split())), [str(i) * i for i in range(4)])
