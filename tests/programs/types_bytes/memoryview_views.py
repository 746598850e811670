# memoryview shares the bytes it views: writes through a view of a bytearray,
# slices of views, formats B/b/c, read-only views, release, comparisons.
ba = bytearray(b"hello world")
m = memoryview(ba)
m[0] = ord("H")
print(ba, len(m), m[0], m[-1], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
s = m[6:]
s[:] = b"WORLD"
print(ba, bytes(s), s.tobytes(), s.tolist()[:2], s.obj is ba)
ba[1] = ord("E")
print(m[1], bytes(m[::2]), m[::-1].tobytes(), m[::2].c_contiguous)
r = memoryview(b"abc")
print(r.readonly, r == b"abc", r == bytearray(b"abc"), r == m, hash(r) == hash(b"abc"), list(r))
for bad in (lambda: r.__setitem__(0, 1), lambda: hash(m), lambda: m.__setitem__(0, 256),
            lambda: m.__setitem__(0, "x"), lambda: m.__setitem__(slice(0, 2), b"x"),
            lambda: m[20], lambda: m["a"], lambda: m.__delitem__(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = m.cast("c")
print(c[0], c.format, c.tolist()[:3])
sb = memoryview(b"\xff\x01").cast("b")
print(sb.tolist(), sb == memoryview(b"\xff\x01"))
with memoryview(b"xy") as v:
    print(v.hex(), v.hex(":"))
print(repr(v).startswith("<released memory at 0x"))
try:
    v[0]
except ValueError as e:
    print(e)
ro = m.toreadonly()
print(ro.readonly, bytes(ro[:5]))
print(b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"zz")), b"x" + memoryview(b"y"))
print(memoryview(m)[0], 72 in m, len(memoryview(b"")))
import struct
print(struct.unpack("<H", memoryview(b"\x01\x02")))
print(str(b"ab".decode()), memoryview(b"ab").tobytes().decode())
