# textwrap.wrap/fill with every TextWrapper option.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Look, goof-ball -- use the -b option! "
        "A well-known self-evident truth: supercalifragilisticexpialidocious words break.\n"
        "Tabs\there\tand  double  spaces.  End of sentence.  Next one? Yes!")
for width in [1, 5, 10, 17, 30, 45, 70, 200]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap(text, 30, expand_tabs=False))
print(textwrap.wrap(text, 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False))
print(textwrap.wrap(text, 30, tabsize=2))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("Hello there.  How are you? I am 'fine.' Ok!\" Done.", 15, fix_sentence_endings=True))
for n in [1, 2, 3]:
    print(n, textwrap.wrap(text, 30, max_lines=n))
    print(n, textwrap.wrap(text, 30, max_lines=n, placeholder="..."))
    print(n, textwrap.wrap(text, 12, max_lines=n, placeholder=" ~", initial_indent="> "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("a-b-c-d e--f g---h well-to-do x-ray 1-2 --ab ab-- -a- non--stop", 6))
print(textwrap.wrap("aaaaaaaaaa-bbbbbbbbb-cccccc", 8), textwrap.wrap("----------x", 4))
print(textwrap.wrap("über-größe naïve café—menu ⅔-mix", 7))
print(textwrap.wrap("word " * 10, 9, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap("x" * 30, 10, max_lines=2))
print(textwrap.wrap("short words here ok", 6, max_lines=1, placeholder="..."))

w = textwrap.TextWrapper(width=20, initial_indent="-> ", subsequent_indent="   ", max_lines=3)
print(w.wrap(text))
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 40
print(w.fill(text))

for kwargs in [{"width": 0}, {"width": -3}, {"width": 5, "max_lines": 1, "placeholder": " [......]"},
               {"width": 4, "max_lines": 2, "subsequent_indent": "12345", "placeholder": "."}]:
    try:
        print(textwrap.wrap(text, **kwargs))
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap(text, 10, bogus=1)
except TypeError as e:
    print("TypeError", e)

class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
print(Upper(width=15).wrap("split into upper case chunks please"))
print(textwrap.TextWrapper(width=10)._split("Look, goof-ball -- use the -b option!"))
print(textwrap.TextWrapper(width=10, break_on_hyphens=False)._split("Look, goof-ball -- use it!"))
