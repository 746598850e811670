# center/ljust/rjust with fill characters, zfill with signs, expandtabs with tab sizes.
for w in (0, 3, 8, 9):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("abc".center(w, "é")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "x")))
try:
    "a".center(5, "xy")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "123456"]:
    print(repr(s), repr(s.zfill(5)))
print("日本".center(6, "・"), "日本".rjust(4, "＿"))
t = "a\tbc\tdef\tg"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
print(repr("\t".expandtabs(3)), repr("ab\n\tc".expandtabs(4)), repr("12345678\tx".expandtabs()))
print(repr("x\ty\r\tz".expandtabs(4)), repr("".expandtabs()), repr("é\tx".expandtabs(4)))
table = [("name", "qty"), ("apple", "3"), ("kiwi", "12")]
for a, b in table:
    print(a.ljust(8, ".") + b.rjust(4))
