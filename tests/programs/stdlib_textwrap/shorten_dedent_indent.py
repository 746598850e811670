# textwrap.shorten, dedent and indent.
import textwrap

for width in [5, 11, 12, 15, 40]:
    print(width, repr(textwrap.shorten("Hello  world!  How   are you\ttoday?", width)))
print(repr(textwrap.shorten("Hello world", 8, placeholder="...")))
print(repr(textwrap.shorten("   ", 8)))
print(repr(textwrap.shorten("supercalifragilistic", 10)))
try:
    textwrap.shorten("Hello world", 3)
except ValueError as e:
    print("ValueError", e)

samples = [
    "    hello\n      world\n    !",
    "\thello\n\t\tworld",
    "  a\n\tb",
    "  a\n   \n  b\n",
    "   \n\n  x\n  y",
    "no indent\n  some",
    "  \t mixed\n  \t more\n  \t",
    "",
    "\n\n",
    "  only one line",
    "  trailing spaces   \n    deeper\r\n  cr\n",
    "        \n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

def f():
    return textwrap.dedent("""\
        def g():
            return 1

        print(g())
        """)
print(f())

print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")))
print(repr(textwrap.indent("a\nb\n\nc", "# ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree", "-", lambda line: "o" in line)))
print(repr(textwrap.indent("", "x")))
print(textwrap.__all__)
