# str.isX predicates on ASCII and non-ASCII text: isalpha isdigit isdecimal isnumeric isalnum isspace etc.
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "é", "日本", "١٢٣", "²", "½", "Ⅷ",
           "a b", "_x", "x1", "1x", "\u00a0", "\u2028", "ǅ", "Hello World", "hello world", "ß", "𝟘", "\x00", "ab\x7f"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
print("sample", *[n[2:] for n in names])
for s in samples:
    print(repr(s), *["T" if getattr(s, n)() else "." for n in names])
print("class".isidentifier(), "None".isidentifier(), "λ".isidentifier(), "a-b".isidentifier(), "_1".isidentifier())
print("ABC DEF".isupper(), "ABC def".isupper(), "123".islower(), "a123".islower(), "ΑΒΓ".isupper(), "αβγ".islower())
