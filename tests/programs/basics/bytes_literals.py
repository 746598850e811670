# Bytes and bytearray literals, indexing, slicing, methods and reprs.
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], len(b), type(b[0]).__name__)
print(b"\x00\xff\n\t'", b'"', repr(b"it's"), rb"\n", bytes(3), bytes([65, 66, 67]))
print(b + b" world", b * 2, b"ll" in b, 104 in b, b.upper(), b.split(b"l"))
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"))
print(b.hex(), bytes.fromhex("414243"), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba == b"Abcdef", list(ba[:2]))
del ba[1]
print(ba, ba.pop(), ba)
print(list(b"AZ"), bytes(range(65, 70)), b"abc" < b"abd", b"" == bytes())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
print(b"%s=%d" % (b"x", 5), b"-".join([b"a", b"b"]), b"  x ".strip())
