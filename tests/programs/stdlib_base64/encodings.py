# base64: b64 (standard, urlsafe, altchars, validate), b32, b32hex, b16, b85, a85, encodebytes.
import base64
import binascii

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7)), b"\xfb\xff\xfe", b"    ", b"\0\0\0\0x"]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.standard_b64encode(s),
          base64.b64encode(s, altchars=b"*-"), base64.b32encode(s), base64.b32hexencode(s),
          base64.b16encode(s), base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s))
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode)]:
        assert dec(enc(s)) == s, (enc, s)
print(base64.a85encode(b"    xyz\0\0\0\0", foldspaces=True), base64.a85encode(b"hello world" * 3, wrapcol=10, adobe=True))
print(base64.a85encode(b"hi", adobe=True, wrapcol=3), base64.a85encode(b"\0\0\0\0\0", pad=True))
print(base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode("z  y", foldspaces=True), base64.a85decode(b"87cURD]i,\"Ebo80"))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9v*-==", altchars="*-"))
print(base64.urlsafe_b64decode("-_-_"), base64.b64decode("Zm 9v", validate=False), base64.standard_b64decode("Zm8="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"), base64.b32decode("0O1I", map01=b"I") if False else "")
print(base64.b32decode("ME======"), base64.b32hexdecode("CO======"), base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\neHh4\n"), base64.encodebytes(b""))
for f, arg, kw in [
    (base64.b64decode, "Zm9vYmF", {}), (base64.b64decode, "Zm9v!", {"validate": True}), (base64.b64decode, "Zm9v\u00e9", {}),
    (base64.b64decode, 5, {}), (base64.b64encode, "str", {}), (base64.b64encode, b"ab", {"altchars": b"-"}),
    (base64.b32decode, "MZXW6", {}), (base64.b32decode, "MZXW6!==", {}), (base64.b32decode, "mzxw6===", {}),
    (base64.b32decode, "MZXW6Y==", {}), (base64.b32decode, "M=======", {}), (base64.b32hexdecode, "W0======", {}),
    (base64.b16decode, "0", {}), (base64.b16decode, "0g", {}), (base64.b16decode, "0a", {}),
    (base64.b85decode, b"|NsC0|", {}), (base64.b85decode, b"ab\x00", {}), (base64.a85decode, b"<~abc", {"adobe": True}),
    (base64.a85decode, b"abzcd", {}), (base64.a85decode, b"ab~cd", {}), (base64.a85decode, b"s8W-\"", {}),
    (base64.a85decode, b"aby", {"foldspaces": True}), (base64.encodebytes, "text", {}), (base64.decodebytes, 5, {}),
    (base64.b32encode, "s", {}), (base64.b85encode, 5, {}),
]:
    attempt(f, arg, **kw)

class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self, n):
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out
    def readline(self):
        end = self.data.find(b"\n", self.pos)
        end = len(self.data) if end < 0 else end + 1
        out = self.data[self.pos:end]
        self.pos = end
        return out
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
out = Writer()
base64.encode(Reader(b"0123456789" * 12), out)
print(out.parts)
back = Writer()
base64.decode(Reader(b"".join(out.parts)), back)
print(b"".join(back.parts))
print(base64.__all__)
