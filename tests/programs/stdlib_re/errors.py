# re.error: CPython's messages, positions, line and column numbers, and
# the other exceptions bad patterns and flags raise.
import re

BAD = [
    '(', ')', '(a', 'a)', '*', '+a', '?', '{1}', 'a**', 'a*+*', 'a{2}{3}', '^*', r'\b+', '(?', '(?P', '(?P<', '(?P<a',
    '(?P<a>', '(?P<>a)', '(?P<1a>x)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P=', '(?P=a', '(?P=a)', '(?P=1)',
    '(?P<a>(?P=a))', '(?Px)', '(?<', '(?<x)', '(?<=', '(?<=a', '(?x', '(?z)', '(?-', '(?-z)', '(?i-', '(?i-i:a)',
    '(?-a:x)', '(?a-u:x)', '(?au)', '(?L)', '(?t:a)', '(?-t:a)', '(?i)a(?m)', 'a(?i)', '(?#', '(?#abc',
    r'\\', '\\', 'a\\', r'\q', r'\z', r'[\q]', r'\x', r'\x1', r'\xzz', r'\u12', r'\U1234567', r'\U00110000', r'\N',
    r'\Nabc', r'\N{', r'\N{}', r'\N{NOPE}', r'\N{LATIN SMALL LETTER A', r'\400', r'[\400]', r'\777', r'\8', r'[\8]',
    r'[\9]', r'\1', r'(a)\2', r'(a\1)', r'(?P<n>a\1)', '[', '[a', '[a-', '[^', '[]', '[z-a]', r'[\d-z]', r'[a-\d]',
    r'[\x41-\x40]', 'a{2,1}', 'a{4294967295}', 'a{1,4294967295}', 'x{99999999999999999999}', '(?(', '(?(1', '(?(1)',
    '(?(1)a|b|c)', '(?(0)a)', '(?(-1)a)', '(?(a)b)', '(?(1a)b)', '(?(2)a)(b)', '(?(99)a)', '(a)(?(2)b)',
    '(?<=a+)b', '(?<=a|bc)d', r'(?<=(a)\1)b', r'(a)(?<=\1)', '(?>', '(?>a', 'a||(', '((((a', '(?i', '(?i:',
    '(?i:a', '(?-i', '(?imsx-', '(?:', '(?=', '(?!', '(?<!', '\n(', 'ab\n(cd', 'ab\ncd)', '(?x)a #comment\n(',
    '(?a)[', '(?a)(?u)', 'a(?#x)*', '(?i)*', '(?:)*', r'(?=a)*', '(?P<é>x)', r'[\A]', r'[\Z]', r'[\b]', r'\g<1>',
    '(?<=(?P<a>x)(?P=a))', '(' * 600 + ')' * 600,
]
for p in BAD:
    try:
        c = re.compile(p)
        print(repr(p)[:40], 'OK', c.pattern == p, c.groups)
    except re.error as e:
        print(repr(p)[:40], '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p)[:40], type(e).__name__, e)

for p in [b'(', b'\\', b'\\u1234', b'(?u)', b'(?L)a', b'[\xe9-a]', b'\\N{LATIN SMALL LETTER A}', b'(?a)(?L)', b'\xe9)',
          b'(?P<a>x)(?P<a>y)']:
    try:
        print(repr(p), 'OK', re.compile(p))
    except re.error as e:
        print(repr(p), '|', e, '|', e.pos, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), ('a*', re.T), ('(a)', re.T),
             ('a??', re.T), ('a*+', re.T), ('[', re.L), ('(?L)a', 0)]:
    try:
        print(re.compile(p, f))
    except Exception as e:
        print(type(e).__name__, e)

for f in [-1, 2**31, 2**40, 2**100, 1.5, 'x', None]:
    try:
        print(f, re.compile('a', f))
    except Exception as e:
        print(f, type(e).__name__, e)

e = re.error('plain')
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('m', 'a\nbc', 3)
print(str(e), e.lineno, e.colno)
e = re.error('m', b'a\nbc', 3)
print(str(e), e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
try:
    re.compile('(')
except Exception as exc:
    print(type(exc).__name__, exc.args)
try:
    raise re.error('x', 'ab', 1)
except re.error as exc:
    print(exc.args)
re.compile('a)')
