# Case conversion: upper/lower/title/capitalize/swapcase/casefold on ASCII and non-ASCII text.
samples = ["hello world", "HELLO World", "they're bill's friends", "ß straße", "ǆemal", "ﬁre",
           "ΣΊΣΥΦΟΣ", "élan vital", "İstanbul", "mIxEd CaSe 123", "1st 2nd", "o'neil-smith_x", ""]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=" | ")
print("ß".upper(), len("ß".upper()), "ﬀ".upper(), "ŉ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΣΑ".lower())
print("straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("hello"[0].upper() + "hello"[1:], "ABC".lower().upper(), "aBc".swapcase().swapcase())
print("abc123".upper(), "ÀÉÎ".lower(), "ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".title())
print("x".isupper(), "X".isupper(), "Xy".istitle(), "Xy Zw".istitle(), "XY".istitle(), "1A".istitle())
