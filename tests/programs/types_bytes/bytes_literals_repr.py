# bytes literals and repr: escapes, quotes, raw bytes, non-ASCII rejection, bytes() constructors.
samples = [b"", b"abc", b"it's", b'say "hi"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"\a\b\f\v"]
for b in samples:
    print(repr(b), len(b), str(b))
print(rb"\x00\n", br"raw", b"\101\x42" b"C", b"a" b"b")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes((i * 40 for i in range(7))))
for bad in ("bytes([256])", "bytes([-1])", "bytes('abc')", "bytes(-1)", "bytes([1.5])", "bytes(1, 2)", "bytes(None)"):
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    eval('b"caf\u00e9"')
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(b"abc" == b"abc", b"abc" == "abc", b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", b"\xff" > b"\x7f")
print(type(b"x").__name__, bytes.__name__, isinstance(b"", bytes), b"x" * 3, b"ab" + b"cd")
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(list(b"hi"), tuple(b"\x00\xff"), b"%d%s" % (5, b"x"), bytes([0x68, 0x69]).decode())
