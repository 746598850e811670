# Converting between bytes, bytearray, lists, ints and str; __bytes__ protocol; list(bytes) and back.
class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b"<" + self.payload + b">"


print(bytes(Packet(b"data")), bytes(Packet(b"")))
print(b"%b" % Packet(b"fmt"), b"%b %b" % (b"a", bytearray(b"b")))


class BadBytes:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
data = [104, 105, 33]
b = bytes(data)
print(b, list(b), bytearray(data), bytes(bytearray(data)), tuple(bytearray(b"ab")))
print(bytes(memoryview(b"abc")[1:]), bytearray(memoryview(bytearray(b"xyz"))))
print(str(b"abc"), repr(bytearray(b"q")), str(bytearray()), b"abc".decode(), bytearray(b"d").decode())
print(int(b"42"), int(bytearray(b"-7")), float(b"1.5"), int(b"ff", 16), int(b" 0x10 ", 0))
print(bytes([True, False]), bytes(range(3)) + bytes(2), bytearray(2) + b"\x01")
print(list(map(chr, b"abc")), "".join(map(chr, b"xyz")), bytes(map(ord, "abc")))
print(bytes("abc", "ascii") == "abc".encode(), bytearray("é", "latin-1"), bytes(iter([1, 2])))
print(b"abc".__bytes__(), bytes(b"abc") == b"abc")
try:
    bytes({1: 2, 300: 4})
except ValueError as e:
    print(type(e).__name__, e)
print(bytes({1: 2, 3: 4}), bytes({65}), bytearray((x for x in range(65, 68))))
