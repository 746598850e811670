# str.split/rsplit with and without sep and maxsplit, splitlines with keepends, edge cases.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a::b::c".split("::"), "abc".split("abc"), "aaa".split("a"), "aaaa".split("aa"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("x".split(",", 0), "a b c".split(None, 0), "  a b  ".split(None, 0), "  a b  ".rsplit(None, 0))
print("a\u00a0b\u2003c\x1cd".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\n\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(True))
print(text.split("\n"))
print("1-2-3".partition("-"), "1-2-3".rpartition("-"), "123".partition("-"), "123".rpartition("-"))
print("k=v=w".partition("="), "=".partition("="), "".partition("x"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("héllo wörld ñ".split(), "日本 語".split(" "), "a→b→c".split("→"))
