# int.to_bytes and int.from_bytes: byteorder, signed, lengths, overflow errors.
for n in [0, 1, 255, 256, 65535, 1024]:
    print(n, n.to_bytes(2, "big"), n.to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"))
print((1).to_bytes(), (0).to_bytes(0, "big"))
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    n, length, order = args[:3]
    try:
        n.to_bytes(length, order, signed=len(args) > 3)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(int.from_bytes(b"\x01" * 16, "little"))
big = 123456789012345678901234567890
b = big.to_bytes(16, "big")
print(b.hex(), int.from_bytes(b, "big") == big)
print(int.from_bytes(big.to_bytes(13, "little"), "little") == big)
try:
    big.to_bytes(12, "big")
except OverflowError as e:
    print(type(e).__name__, e)


class MyInt(int):
    pass


r = MyInt.from_bytes(b"\x05", "big")
print(r, type(r).__name__)
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
