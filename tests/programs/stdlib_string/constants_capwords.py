# string constants and capwords.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(sorted(string.__all__))
for s in ["hello world", "  hello   WORLD  ", "", "a-b c_d", "élan vital", "x\ty\nz", "don't stop"]:
    print(repr(string.capwords(s)), repr(string.capwords(s, "-")), repr(string.capwords(s, None)))
print(repr(string.capwords("a--b--c", "--")))
for args in [(5,), ("abc", ""), ("abc", 5), ()]:
    try:
        string.capwords(*args)
    except Exception as e:
        print(type(e).__name__, e)
