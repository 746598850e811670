# pack/unpack/calcsize for every format character and byte order.
import struct

cases = [
    ("b", [-128]), ("B", [255]), ("h", [-2]), ("H", [65535]), ("i", [-70000]), ("I", [4000000000]),
    ("l", [-5]), ("L", [5]), ("q", [-2**63]), ("Q", [2**64 - 1]), ("n", [-3]), ("N", [3]),
    ("e", [1.5]), ("f", [0.1]), ("d", [0.1]), ("?", [True]), ("c", [b"x"]), ("x", []),
    ("s", [b"ab"]), ("3s", [b"ab"]), ("3s", [b"abcdef"]), ("p", [b"zz"]), ("5p", [b"abc"]),
    ("5p", [b"abcdefgh"]), ("0s", [b"q"]), ("P", [12345]), ("?", [0]), ("?", [[]]), ("?", ["x"]),
    ("hhl", [1, 2, 3]), ("ci", [b"*", 7]), ("bq", [1, 2]), ("3h", [1, 2, 3]), ("2x", []), ("bxh", [1, 2]),
    ("e", [65504.0]), ("e", [1e-7]), ("e", [float("inf")]), ("e", [-0.0]), ("f", [1e38]),
    ("10s", [b"hello"]), ("", []), (" i  h ", [1, 2]), ("256p", [b"x" * 300]),
]
for prefix in ["", "@", "=", "<", ">", "!"]:
    for fmt, args in cases:
        if prefix in "<>!=" and fmt in ("n", "N", "P"):
            continue
        full = prefix + fmt
        data = struct.pack(full, *args)
        back = struct.unpack(full, data)
        print(repr(full), struct.calcsize(full), data.hex(), back)

# Alignment in native mode, none in standard mode.
for fmt in ["bi", "ib", "bd", "bq", "hbi", "cih", "b0i", "bh0q", "?d", "3sI", "xxxxq", "e?f"]:
    print(fmt, struct.calcsize(fmt), struct.calcsize("=" + fmt), struct.calcsize("<" + fmt))
print(struct.pack("bi", 1, 2).hex(), struct.pack("<bi", 1, 2).hex(), struct.pack(">bi", 1, 2).hex())
print(struct.pack("b0i", 1).hex(), struct.pack("@bh0q", 1, 2).hex())

# Special floats.
for v in [float("nan"), float("inf"), -float("inf"), 1e300, -1e-300, 5e-324, 3.4028234e38]:
    for f in "dfe":
        try:
            data = struct.pack("<" + f, v)
            print(f, v, data.hex(), struct.unpack("<" + f, data))
        except (OverflowError, struct.error) as e:
            print(f, v, type(e).__name__, e)
print(struct.unpack("<e", bytes.fromhex("007c")), struct.unpack("<e", bytes.fromhex("01fc")), struct.unpack("<e", bytes.fromhex("0100")))
print(struct.unpack("<f", bytes.fromhex("0000c07f")), struct.unpack(">d", bytes(8)))
# Rounding of halves.
for v in [1.0009765625, 1.00048828125, 1.000732421875, 2049.0, 2051.0, 65519.99, 65520.0, 6.1e-05, 6e-08, 2.9e-08, 3e-08]:
    try:
        print(v, struct.pack("<e", v).hex())
    except OverflowError as e:
        print(v, "OverflowError", e)

# Struct objects.
s = struct.Struct("<hhl")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"))
print(struct.Struct(b">I").format, struct.Struct("I").format)
buf = bytearray(12)
s.pack_into(buf, 2, 7, 8, 9)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from("<h", buf, -10))
struct.pack_into("<h", buf, -2, -1)
print(buf)
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = s.iter_unpack(b"\x00" * 16)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(struct.unpack("<i", memoryview(b"\x01\x02\x03\x04")), struct.unpack("<i", bytearray(b"\x01\x02\x03\x04")))
print(struct.pack("<q", True), struct.pack("<d", 3), struct.pack("<f", 2))
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<i", Idx()), struct.pack("<?", Idx()))
print(struct.pack(">Q", 2**64 - 1), struct.pack("<256p", b""), struct.pack("<1p", b"abc"))
print(struct.unpack("<3p", b"\x05ab"), struct.unpack("<?", b"\x02"), struct.unpack("<c", b"\xff"))
print(struct.calcsize("1000s"), struct.calcsize("<10000000000x") if False else "")
print(s == struct.Struct("<hhl"), repr(struct.Struct("i")).startswith("Struct("))
