# Less common str methods and arguments: format_map, negative start/end, multi-char separators, keyword args.
print("{name} is {age}".format_map({"name": "ann", "age": 7}))


class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"


print("{a} {b} {c}".format_map(Default(a=1)))
s = "abcabcabc"
print(s.count("abc", -6), s.count("abc", 1, -1), s.find("c", -4, -1), s.rfind("a", -9, -3))
print(s.index("b", 2), s.rindex("b", 0, 6), s.startswith("bc", -8), s.endswith("ab", -5, -1))
print("a--b--c".rsplit("--", 1), "a--b--c".split("--", maxsplit=1), "a--b--c".rsplit(sep="--"))
print("x".center(5, "*"), "abc".split(sep=None), "abc".zfill(6))
print("a\tb".expandtabs(tabsize=2), "line\n".splitlines(keepends=True), "aXbXc".replace("X", "-", 1))
print("Hello".ljust(7, "."), "Hello".rjust(7, "."), "one two".title(), "ONE".capitalize())
print("12".isdigit() and "12".isdecimal(), "-12".isdigit(), "1.5".isdecimal(), " ".isspace(), "".isspace())
print("abc".isascii(), "".isascii(), "é".isascii(), "\x7f".isascii(), "A1_".isidentifier())
print("%s and %s" % ("x", "y"), "a b c".count(" "), "banana".rpartition("an"), "banana".partition("an"))
print("CamelCaseString".swapcase(), "snake_case".replace("_", " ").title().replace(" ", ""))
print("tEsT".lower().upper().casefold(), "x".join(["1", "2", "3"]).split("x"))
print("abc".startswith(("x", "a"), 0), "abc".endswith(("bc",), 1, 3), "abc".find("b", None, None))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "  lead".lstrip(" l"), "trail  ".rstrip(" l"))
print("ab" in "abc" and "abc".index("ab") == 0, str.lower("ABC"), str.count("aaa", "a"))
