# The pattern syntax: every construct with match/search/fullmatch, the
# groups it captures, lastindex and the spans of all groups.
import re

CASES = [
    # literals, classes, escapes
    (r'abc', 'xabcx'), (r'a.c', 'a\nc abc'), (r'[abc]+', 'xxbcaz'), (r'[^abc]+', 'abxyzc'),
    (r'[a-c-e]+', 'a-e-c'), (r'[]a]+', ']a]'), (r'[^]a]+', 'bcd]'), (r'[\]]', ']'),
    (r'[\d\s]+', '12 34x'), (r'[^\W\d]+', 'ab1c'), (r'[\w-]+', 'a-b_c'), (r'[.*+?]+', 'a.*+?b'),
    (r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), (r'\N{LATIN SMALL LETTER A}\N{EM DASH}', 'a\u2014'),
    (r'\a\f\n\r\t\v\\', '\a\f\n\r\t\v\\'), (r'[\a\b\f\n\r\t\v\\]+', '\b\t\\'), (r'\.\*\+\?\(\)\{\}\|\^\$', '.*+?(){}|^$'),
    (r'\d+', 'abc 123 ١٢٣'), (r'\D+', '12ab34'), (r'\s+', 'a \t\n\r\f\vb'), (r'\S+', '  ab  '),
    (r'\w+', 'héllo_1 wörld'), (r'\W+', 'ab, cd'),
    # anchors
    (r'^abc', 'abc'), (r'^abc', 'xabc'), (r'abc$', 'abc\n'), (r'abc$', 'abc\nx'), (r'\Aabc\Z', 'abc'),
    (r'abc\Z', 'abc\n'), (r'\bfoo\b', 'a foo b'), (r'\Bfoo', 'afoo'), (r'foo\B', 'foox'), (r'\b', ''), (r'\B', ''),
    (r'^', ''), (r'$', ''), (r'(?m)^b', 'a\nb'), (r'(?m)a$', 'a\nb'),
    # quantifiers
    (r'a*', 'aaa'), (r'a*?', 'aaa'), (r'a+?b', 'aaab'), (r'a??b', 'ab'), (r'x{3}', 'xxxx'), (r'x{,2}', 'xxx'),
    (r'x{2,}', 'xxxxx'), (r'x{2,3}?', 'xxxxx'), (r'x{}', 'x{}'), (r'x{a}', 'x{a}'), (r'x{1,2', 'x{1,2'),
    (r'x{,}', 'xxx'), (r'(?:ab){2}', 'ababab'), (r'(ab){1,2}?c', 'ababc'),
    # possessive and atomic
    (r'a*+b', 'aaab'), (r'a*+a', 'aaa'), (r'(?:ab)*+a', 'ababa'), (r'(a|b)*+c', 'ababc'), (r'(?:a|ab)++c', 'abc'),
    (r'a?+a', 'a'), (r'a{2}+', 'aaa'), (r'a{1,3}+a', 'aaaa'), (r'(?>a|ab)c', 'abc'), (r'(?>ab|a)c', 'abc'),
    (r'(?>(a+))b', 'aaab'), (r'(?>a*)*', 'aaa'),
    # groups
    (r'(a)(b)(c)', 'abc'), (r'(?:a)(b)', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'ac'), (r'((a)(b))', 'ab'),
    (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+)+b', 'aaab'), (r'((a)|b)+', 'ab'), (r'(a)|(b)', 'b'),
    (r'(?:(a)|(b))+', 'ab'), (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*?c', 'abc'), (r'(a{2,3})+', 'aaaaaaa'),
    (r'(a{2,3}?)+', 'aaaaaaa'), (r'(a{2,3}?)+?', 'aaaaaaa'), (r'()*', 'x'), (r'(?:)+', ''), (r'(|a)*', 'aa'),
    (r'(a?)*?b', 'aab'), (r'(a*?)*', 'aa'), (r'(a+|b*)*c', 'abc'), (r'((a)|(b))*', 'aab'), (r'(a|(b))*', 'ab'),
    (r'(?:x(a)|y(b))*', 'xaybxa'),
    # backreferences
    (r'(\w+)\s+\1', 'hello hello'), (r'(?P<x>a)(?P=x)', 'aa'), (r'(a)\1{3}', 'aaaa'), (r'(a*)b\1', 'aabaa'),
    (r'(?:(a)|b)*\1', 'abba'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'), (r'(a)\01', 'a\x01'), (r'(a)\141', 'aa'),
    # lookaround
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?=(a+?))(\1ab)', 'aaab'), (r'\d+?(?=\D)', '123x'), (r'(?!a)\w', 'ab'),
    (r'(?<=\d{3})x', '123x'), (r'(?<!\d)x', 'ax'), (r'(?<=(a))b', 'ab'), (r'(?<!(a))b', 'cb'), (r'x*(?<=a)', 'aaa'),
    (r'(?<=a|b)c', 'bc'), (r'(?<=ab|cd)e', 'cde'), (r'(a)(?<=\1)b', 'ab'), (r'(?<=(?P<p>a))(?P=p)', 'aa'),
    (r'(?:(?=(a))a)*', 'aaa'), (r'([ab]*?)(?=(b)?)c', 'abc'), (r'(?<=\b)\w', ' x'),
    # conditionals
    (r'(a)(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b)', 'x'), (r'^(?:(a)|b)(?(1)c|d)$', 'bd'),
    (r'(?P<q>")?\w+(?(q)")', '"abc"'), (r'(?P<q>")?\w+(?(q)")', 'abc"'),
    # alternation
    (r'a|b|c', 'xcx'), (r'ab|ac|ad', 'xadx'), (r'(?:a|b)+?c', 'abbc'), (r'(a)|b|(c)', 'c'), (r'|a', 'a'),
    (r'a|', 'b'), (r'(?:ab|a)(?:bc|c)', 'abc'),
    # comments and verbose
    (r'a(?#comment)b', 'ab'), ('(?x) a b # comment\n c', 'abc'), (r'(?x)[ a]', ' '), (r'(?x)a\ b', 'a b'),
    ('(?x)a#x\n|b', 'b'), (r'(?x:a b)c', 'abc'), (r'(?-x:a b)', 'a b'),
]

for p, s in CASES:
    c = re.compile(p)
    for op in ('match', 'search', 'fullmatch'):
        m = getattr(c, op)(s)
        if m is None:
            print(repr(p), repr(s), op, None)
        else:
            print(repr(p), repr(s), op, m.span(), m.groups(), m.lastindex, m.regs[1:])
