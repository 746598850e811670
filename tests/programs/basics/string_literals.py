# String literals: quotes, escapes, raw strings, concatenation, triple quotes, f-strings.
print('single', "double", '''triple''', """triple double""")
print("tab\there", "newline\\n shown", 'quote\'s', "dq\"s", "\x41\u00e9\N{BULLET}")
print(r"raw\n\t", R"C:\path", len(r"\n"), len("\n"))
print("con" "cat" 'enated', "a" + "b" * 3)
s = """line1
line2
  line3"""
print(s)
print(s.splitlines())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\\"), repr("\x00\x7f"))
name, n = "PVM", 3
print(f"{name} v{n}", f"{name!r}", f"{n * 2 = }", f"{{braces}}", f"{name:>6}|{name:<6}|{name:^7}|")
print(f"{'nested'!s:*^12}", f"{3.14159:.{n}f}", f"{[1, 2][1]}", f"{ {'k': 5}['k'] }")
print(f"""multi
{name}""")
print(len("héllo"), "héllo".upper(), "ß".upper(), "İ".lower() == "i̇")
print(ord("A"), chr(97), ord("€"), chr(0x1F600) == "\U0001F600")
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::-1], "abcdef"[::2], "abc"[5:])
print("%s and %d and %.2f and %r and %5s|%-5s|" % ("str", 42, 2.5, "q", "r", "l"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "100%%" % ())
