# str.format field syntax: auto/explicit indices, keywords, attribute and index lookups, nesting, errors.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="ann", age=5))
print("{0[0]} {0[1]} {1[key]} {1[k2][0]}".format(["x", "y"], {"key": "v", "k2": [9]}))


class P:
    def __init__(self):
        self.x = 3
        self.inner = self
        self.items = [10, 20]


p = P()
print("{0.x} {0.inner.x} {0.items[1]} {p.x}".format(p, p=p))
print("{:>{width}}|{:.{prec}f}|{:{fill}^{w2}}".format("r", 3.14159, "c", width=5, prec=2, fill="*", w2=7))
print("{0:{1}}|{2:{3}{4}}".format(42, 6, "t", "<", 4))
print("{{}} {{{}}} {{0}}".format("in"))
print("{0!r} {0!s} {0!a} {0!r:>8}|".format("é"), "{!r}{!a}".format("ß", "ß"))
print("{0[-1]}".format({"-1": "string key"}), "{0[1]}".format({1: "int key"}), "{[a]}".format({"a": 1}))
args = ("x", "y")
kw = {"k": "v"}
print("{0}-{1}-{k}".format(*args, **kw), "{}".format(None), "{0:}".format(5), "{:}".format("e"))
cases = [
    ("{0} {}", ("a", "b")),
    ("{} {0}", ("a", "b")),
    ("{2}", ("a",)),
    ("{x}", ()),
    ("{0.nope}", (1,)),
    ("{0[5]}", ([1],)),
    ("{", ()),
    ("}", ()),
    ("{0!z}", (1,)),
    ("{0:d}", ("s",)),
    ("{:abc}", (1,)),
    ("{0[}", ([1],)),
]
for fmt, a in cases:
    try:
        print(repr(fmt), "->", fmt.format(*a))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0:>5}{0:<5}{0:^5}|".format("ab"), "{:,}".format(1234567), "{:.2%}".format(0.12345))
