# UTF-8 encoding and decoding of bytes: multi-byte sequences, error handlers, round trips, BOM and lengths.
texts = ["ascii", "café", "naïve", "日本語", "emoji 😀", "mixed €£¥", "\x00ctl\x7f", ""]
for t in texts:
    b = t.encode("utf-8")
    print(repr(t), b, len(t), len(b), b.decode("utf-8") == t)
bad_inputs = [b"\x80", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xff\xfe", b"ok\xc0\xafok"]
for b in bad_inputs:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print(b, type(e).__name__, e.reason, e.start, e.end)
    print("  replace:", repr(b.decode("utf-8", "replace")), "ignore:", repr(b.decode("utf-8", "ignore")))
print(bytearray("héllo", "utf-8").decode(), bytes(memoryview(b"mv")).decode())
print(b"\xef\xbb\xbfBOM".decode("utf-8"), repr(b"\xef\xbb\xbfBOM".decode("utf-8-sig")))
print("ünï".encode("utf-8", "strict"), "ünï".encode(errors="strict"), "ünï".encode("ascii", errors="ignore"))
s = "𝄞"
b = s.encode()
print([hex(x) for x in b], b[0] >> 3, b[1] >> 6, len(b))
print(b"".join(c.encode() for c in "héllo").decode(), bytes([0xe2, 0x82, 0xac]).decode())
print("abc".encode("ascii").decode("latin-1"), "ÿ".encode("latin-1"), b"\xff".decode("latin-1"))
try:
    b"abc".encode()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".decode()
except AttributeError as e:
    print(type(e).__name__, e)
