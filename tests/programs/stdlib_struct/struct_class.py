# Struct objects: subclassing, re-initialising, attributes, iter_unpack iterators, records.
import struct

class Header(struct.Struct):
    def __init__(self):
        super().__init__("<4sHH")

h = Header()
print(h.format, h.size, h.pack(b"PVM!", 3, 11), h.unpack(b"abcd\x01\x00\x02\x00"))
print(isinstance(h, struct.Struct), type(h).__name__)
s = struct.Struct("i")
s.__init__("<q")
print(s.format, s.size)
s = struct.Struct.__new__(struct.Struct)
print(s.size, repr(s.format))
print(struct.Struct.__name__, struct.Struct.__module__, struct.error.__module__)
print(struct.Struct("i").__sizeof__() > 0)

it = struct.iter_unpack("<h", b"1234")
print(iter(it) is it, type(it).__name__)
try:
    type(it)()
except TypeError as e:
    print("TypeError", e)
print(list(it), list(it))

# Records round trip.
rec = struct.Struct(">I16sd?")
rows = [(i, ("name%d" % i).encode(), i / 7, i % 3 == 0) for i in range(5)]
blob = b"".join(rec.pack(*r) for r in rows)
print(len(blob), rec.size)
for r in rec.iter_unpack(blob):
    print(r[0], r[1].rstrip(b"\0"), round(r[2], 6), r[3])
buf = bytearray(rec.size * 2)
rec.pack_into(buf, rec.size, 7, b"x", 0.5, True)
print(rec.unpack_from(buf, rec.size), rec.unpack_from(buf))
print(struct.pack("!hHiIqQ", -1, 1, -2, 2, -3, 3).hex())
print(struct.unpack("!hHiIqQ", bytes(range(28))))
print(struct.unpack("<hHiIqQ", bytes(range(28))))
print(struct.unpack("@bhiq", bytes(range(16))))
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"))
print(struct.pack("2c3s", b"a", b"b", b"xyz"), struct.unpack("2c3s", b"abxyz"))
print(struct.pack("<e", 0.333), struct.unpack("<e", struct.pack("<e", 0.333)))
print([struct.unpack("<e", struct.pack("<H", v))[0] for v in (0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x8000, 0xc000)])
