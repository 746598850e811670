# bool(), callable(), chr(), ord() on many inputs including edge values and error cases.
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), {}, {0: 0}, set(), None, range(0), b"", 0j]:
    print(repr(v), bool(v))
print(bool(), bool(bool), type(bool(1)).__name__)


class C:
    def __call__(self):
        return 1

    def method(self):
        pass


print([callable(x) for x in (print, len, C, C(), C().method, lambda: 0, 1, "s", None, type, object())])
print(repr(chr(0)), repr(chr(10)), chr(97), chr(0x20AC), chr(0x1F40D), chr(0x10FFFF) == "\U0010ffff")
print(ord("a"), ord("€"), ord("\U0001F40D"), ord("\x00"), ord(chr(1234)))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.0), lambda: chr("a"),
            lambda: ord("ab"), lambda: ord(""), lambda: ord(1), lambda: ord(b"ab")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("".join(chr(c) for c in range(ord("A"), ord("A") + 5)), [ord(c) - ord("0") for c in "123"])
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
