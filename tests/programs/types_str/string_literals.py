# String literal syntax: escapes, \N{...}, raw strings, triple quotes, implicit concatenation, line continuation.
print("tab:\t|", "newline:\\n", "quote:\"", 'apos:\'', "backslash:\\")
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\N{GREEK SMALL LETTER ALPHA}", "\N{EM DASH}")
print(len("\0"), len("\1234"), repr("\1234"), repr("\08"), repr("\x7e"))
print(r"raw\n\t", R"C:\path\to", r"\\", r"'", len(r"\n"), rb"\x00")
multi = """line one
    line two\
 continued
"end" with 'quotes'"""
print(multi)
print(len(multi), multi.count("\n"))
s = ("implicit "
     'concatenation '
     """of literals""")
print(s)
print('single' 'double' "mix")
t = '''triple 'single' quotes'''
print(t)
u = "line1\
line2"
print(u)
print("unicode: é ü 日本 🎉", "\u00e9" == "é", "\xe9" == "é")
print("\a\b\f\v".encode(), len("\a\b\f\v\r"))
print(f"{'nested'}" "plain" f"{1 + 1}")
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\N{SNOWMAN}", "\N{grinning face}")
for src in [r'"\N{NOT A REAL NAME}"', r'"\x4"', r'"\u12"', '"unterminated']:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(u"legacy prefix", U"upper", type(u"x").__name__)
