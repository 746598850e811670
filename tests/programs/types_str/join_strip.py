# str.join with various iterables and errors; strip/lstrip/rstrip with and without chars; removeprefix/suffix.
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join(()), " ".join(str(i) for i in range(5)))
print("→".join(["α", "β"]), ", ".join({"k1": 1, "k2": 2}), "|".join(map(str, [1.5, None, True])))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join([b"x"])
except TypeError as e:
    print(type(e).__name__, e)
s = "  \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("www.example.com".strip("cmowz.")), repr("   ".strip()), repr("".strip("a")))
print(repr("\u3000wide space\u3000".strip()), repr("\xa0nbsp\xa0".strip()), repr("\x1f\x1eunit\x1c".strip()))
print("hello".strip(""), "hello".strip(None), "aaa".strip("a") == "")
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "body.py".removesuffix(".py"))
print("aaa".removeprefix("a"), "".removesuffix("x"), "x.py.py".removesuffix(".py"))
words = ["  a ", "b  ", "   c"]
print([w.strip() for w in words], "|".join(w.rstrip() for w in words))
print("".join([]) == "", type("".join(["a"])).__name__, "ab".join("123"))
