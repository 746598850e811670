# bytes/bytearray operators: +, *, comparisons, hashing of equal values, sorting, in, len, mixed types.
a, b = b"abc", bytearray(b"abd")
print(a + b, b + a, a * 2, 2 * b, a * 0, b * -1)
print(a < b, a == bytearray(b"abc"), bytearray(b"abc") == a, a != b, a <= a, b > a)
print(sorted([b"b", b"a", b"ab", b"", b"\xff", b"B"]), max(b"x", b"yy"), min([b"z", b"a"]))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
for expr in ("b'a' + 'b'", "'a' + b'b'", "b'a' * 1.5", "b'a' < 'a'", "b'a' + 1", "bytearray(b'x') + 'y'"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
print(b"a" == "a", b"" == "", b"1" == 1, bytes(1) == b"\x00")
x = b"x"
x += b"y"
x *= 2
print(x)
print(b"abc" in [b"abc"], bytearray(b"abc") in [b"abc"], b"ab" in bytearray(b"cab"), 99 in bytearray(b"c"))
print(bytes(reversed(b"abc")), bytearray(reversed(b"abc")), b"".join(sorted([b"c", b"a"])))
print(list(map(len, [b"", b"a", bytearray(3)])), bytes(bytearray(b"q")) is not None, bool(b""), bool(b"\x00"))
print(b"ab".__add__(b"c"), b"ab".__mul__(2), b"ab".__getitem__(0), b"ab".__contains__(97), b"ab".__eq__("ab"))
print(type(b"a"[0:1]).__name__, type(bytearray(b"a")[0:1]).__name__, type(bytearray(b"a")[0]).__name__)
