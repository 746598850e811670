# Indexing bytes returns ints, slicing returns bytes; iteration, membership with ints and subsequences.
b = b"Hello, bytes!"
print(b[0], b[-1], type(b[0]).__name__, b[0:5], b[::-1], b[::2], b[-6:], b[100:], b[3:1])
print([x for x in b[:5]], sum(b), max(b), min(b), sorted(b[:5]), bytes(sorted(b[:5])))
print(72 in b, b"ell" in b, b"" in b, 200 in b, b"x" not in b)
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "e" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
for i, x in enumerate(b"ab\xff"):
    print(i, x, chr(x), hex(x), bytes([x]))
it = iter(b"xy")
print(next(it), next(it), next(it, None))
print(b[slice(1, 4)], b[True], b[-len(b)], len(b), b.__len__())
print(b"abc"[1:2] == b"b", b"abc"[1] == ord("b"), b"abc"[1] == b"b")
m = memoryview(b"abcdef")
print(m[0], bytes(m[1:3]), m.tobytes(), len(m), m[::2].tobytes(), list(m[:2]))
