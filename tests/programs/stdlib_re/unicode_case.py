# Case-insensitive matching and the Unicode classes, checked character
# by character over a wide range (digests keep the output short).
import re


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % (2**61 - 1)
    return (len(xs), h)


R = list(range(0, 0x3400)) + list(range(0xA640, 0xA800)) + list(range(0xFB00, 0xFB50)) \
    + list(range(0xFF00, 0xFF70)) + list(range(0x10400, 0x10500)) + list(range(0x1E900, 0x1E960))
R = [c for c in R if not 0xD800 <= c <= 0xDFFF]
for cat in [r'\w', r'\d', r'\s', r'\W', r'\D', r'\S', r'(?a)\w', r'(?a)\s', r'(?a)\d', '.', '(?s).', r'[\w\d]', r'[^\s]']:
    p = re.compile(cat)
    print(cat, digest([c for c in R if p.match(chr(c))]))
results = []
for c in R:
    ch = chr(c)
    cands = set(ch.upper() + ch.lower() + ch.title() + ch.casefold())
    cands |= {chr(c ^ 32), chr(c + 1)}
    cands.discard(ch)
    lit = re.compile('(?i)' + re.escape(ch))
    cls = re.compile('(?i)[' + re.escape(ch) + ']')
    cls2 = re.compile('(?i)[' + re.escape(ch) + '\u0100]')
    neg = re.compile('(?i)[^' + re.escape(ch) + ']')
    for d in sorted(cands):
        if 0xD800 <= ord(d) <= 0xDFFF:
            continue
        r = (lit.match(d), cls.match(d), cls2.match(d), neg.match(d))
        results.append(c * 31 + ord(d) * 7 + sum(bool(v) << i for i, v in enumerate(r)))
print(len(results), digest(results))
for a, b in [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x17F), (0x391, 0x3A9), (0x410, 0x44F), (0x10400, 0x10427),
             (0x2160, 0x216F), (0x24B6, 0x24CF), (0x1E900, 0x1E921)]:
    p = re.compile('(?i)[%s-%s]' % (chr(a), chr(b)))
    q = re.compile('(?i)[%s-%sx]' % (chr(a), chr(b)))
    print(hex(a), hex(b), digest([c for c in R if p.match(chr(c))]), digest([c for c in R if q.match(chr(c))]))
p = re.compile(r'(?i)(\w+) \1')
print([bool(p.match(s)) for s in ['abc ABC', 'ǅ ǆ', 'ſ S', 'ß SS', 'Σ ς', 'K \u212a', 'İ i', 'ı I']])
print(re.findall(r'\b\w+\b', 'naïve café 北京 x_1 ٣'))
print(re.findall(r'(?a)\b\w+\b', 'naïve café 北京 x_1'))
print(re.findall(r'(?i)ǆ+', 'ǄǅǆDž'))
