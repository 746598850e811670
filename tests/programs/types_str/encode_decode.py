# str.encode with utf-8/ascii/latin-1/utf-16 and error handlers; bytes.decode round trips and errors.
s = "héllo wörld €𝄞"
u8 = s.encode()
print(u8, len(s), len(u8))
print(u8.decode() == s, s.encode("utf-8") == u8, s.encode("UTF8") == u8)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("latin-1", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"), "é".encode("utf-16-be"))
print("A€".encode("utf-16"), "A€".encode("utf-32-le"), "é".encode("cp1252"))
bad = b"abc\xff\xfedef"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xe9".decode("latin-1"), bytes(range(65, 70)).decode("ascii"), b"\xc3\xa9".decode("latin-1"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("\udcff".encode("utf-8", "surrogateescape"), "\udc80abc".encode("utf-8", "surrogatepass"))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(b"x"))
print([len(c.encode()) for c in "aé€𝄞"], "€".encode().hex(), bytes.fromhex("e282ac").decode())
