# Flags: RegexFlag values and reprs, inline and scoped flags, and what
# each flag changes (case folding, ASCII classes, anchors, dot, verbose).
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII, re.UNICODE, re.LOCALE, re.TEMPLATE)
print(re.I | re.M, re.M | re.I, re.A | re.I | re.S, ~re.I, ~re.NOFLAG, ~(re.I | re.M))
print(repr(re.I | re.M), str(re.I | re.M), format(re.I), f'{re.M}', '%s %d %r' % (re.S, re.S, re.S), f'{re.X:x}')
print(re.I.name, re.I.value, (re.I | re.M).name, re.NOFLAG.name, re.RegexFlag(1024).name)
print(re.RegexFlag(2), re.RegexFlag(2) is re.I, re.RegexFlag(0x402), re.RegexFlag(1024), re.I | 1024, 3 | re.I)
print(re.I & re.M, re.I & 3, re.I ^ re.I, re.I + 1, type(re.I + 1).__name__, re.I == 2, hash(re.I), bool(re.NOFLAG))
print(list(re.RegexFlag), len(re.RegexFlag), re.RegexFlag['DOTALL'], re.I in re.I | re.M, list(re.I | re.S))
print(re.RegexFlag, type(re.I), isinstance(re.I, int), re.RegexFlag.__name__, re.RegexFlag.__module__)
print(re.RegexFlag.IGNORECASE is re.I, re.RegexFlag.I if hasattr(re.RegexFlag, 'I') else '-')
try:
    re.I | 2.0
except TypeError as e:
    print('TypeError', e)

for p, f in [('a', 0), ('a', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U), (b'a', re.L),
             (b'a', re.I | re.M), ('(?i)a', 0), ('(?a)a', 0), ('(?s)(?m)a', 0), (b'(?L)a', 0), ('a', re.T)]:
    c = re.compile(p, f)
    print(c, c.flags, type(c.flags).__name__)

def show(p, s, f=0):
    m = re.search(p, s, f)
    print(repr(p), repr(s), f, m and (m.span(), m.group()))

# IGNORECASE
show(r'hello', 'HeLLo', re.I)
show(r'[a-z]+', 'ABC', re.I)
show(r'(?i)straße', 'STRASSE')
show(r'(?i)ſ', 'S')
show(r'(?i)[ſ]', 's')
show(r'(?i)k', '\u212a')
show(r'(?i)[k]', '\u212a')
show(r'(?i)[a-z]', '\u212a')
show(r'(?i)\u212a', 'k')
show(r'(?i)Σ', 'ς')
show(r'(?i)[σ]', 'Σ')
show(r'(?i)ǅ', 'ǆ')
show(r'(?i)İ', 'i')
show(r'(?i)i', 'İ')
show(r'(?i)ı', 'I')
show(r'(?i)[\U00010400]', '\U00010428')
show(r'(?i)[\U00010400x]', '\U00010428')
show(r'(?i)\U00010400', '\U00010428')
show(r'(?i)[\U00010400-\U00010401]', '\U00010428')
show(r'(?i)(\w+) \1', 'Abc aBC')
show(r'(?i)(ſ)\1', 'sS')
show(r'(?ia)k', '\u212a')
show(r'(?ia)s', 'ſ')
show(r'(?ia)[a-z]', 'K')
show(r'(?i:a)b', 'Ab')
show(r'(?i:a)b', 'AB')
show(r'a(?-i:b)', 'AB', re.I)
show(r'a(?-i:b)', 'Ab', re.I)
show(r'(?i)[^a]', 'A')
show(r'(?i)[^k]', '\u212a')
# ASCII and UNICODE classes
show(r'\w+', 'héllo wörld')
show(r'\w+', 'héllo wörld', re.A)
show(r'(?a)\w+', 'héllo')
show(r'(?u)\w+', 'héllo')
show(r'\d+', '١٢٣ 456')
show(r'\d+', '١٢٣ 456', re.A)
show(r'\s+', '\u2003\x1c x')
show(r'\s+', '\u2003\x1c x', re.A)
show(r'\b\w', 'éa', re.A)
show(r'\b\w', 'éa')
show(r'(?a:\w)\w', 'aé')
# MULTILINE, DOTALL
show(r'^b$', 'a\nb\nc')
show(r'^b$', 'a\nb\nc', re.M)
show(r'a.b', 'a\nb')
show(r'a.b', 'a\nb', re.S)
show(r'(?s:.)b', '\nb')
show(r'$', 'a\n', re.M)
print(re.findall(r'^\w', 'ab\ncd\nef', re.M), re.findall(r'\w$', 'ab\ncd\nef', re.M), re.findall(r'$', 'a\nb\n', re.M))
# VERBOSE
show(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', '12   abc', re.X)
show(r'a b', 'ab', re.X)
show(r'a\ b', 'a b', re.X)
show(r'[ ]b', ' b', re.X)
show(r'a#b', 'a', re.X)
show(r'a\#b', 'a#b', re.X)
show(r'(?x)a | b', 'b')
# flags given as RegexFlag values or plain ints
print(re.compile('a', re.I | re.M) is re.compile('a', 10), re.match('A', 'a', 2) is not None)
