# str() vs repr() of strings: quote selection, escapes for control chars, unicode printability, ascii().
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\rx", "nul\x00",
           "bell\a", "esc\x1b", "del\x7f", "\x80\x9f", "nbsp\xa0", "soft\xad", "é", "日本", "\u200b",
           "\u2028", "\ud800", "\U0001f600", "\U000e0001", "back\\slash", "\\n literal", "\x0b\x0c"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("it's"), str('q"'), "%r" % "a'b", "{!r}".format('a"b'))
print(repr("'\""), repr("'"), repr('"'), repr(""), repr("\\"), repr("\\'"))
print([chr(i) for i in range(0, 40, 7)])
print(repr(chr(0x85)), repr(chr(0x300)), repr("a\u0301"), repr(chr(0xFEFF)), repr(chr(0xE000)))
print(repr(chr(0x10FFFF)), repr(chr(0x1F4A9)), ascii(chr(0x1F4A9)), ascii("ÿ"), ascii("\u0100"))
print(eval(repr("mixed ' \" \n \t \x00 é 😀")) == "mixed ' \" \n \t \x00 é 😀")
print(str(["a'", 'b"', "c"]), str(("é",)), str({"k\n": "v\t"}))
