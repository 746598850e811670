# Pattern.scanner, finditer's iterator, and the experimental re.Scanner.
import re

sc = re.compile(r'\w').scanner('ab c')
print([sc.match(), sc.match(), sc.match(), sc.match(), sc.search()])
sc = re.compile(r'\w').scanner('ab c')
ms = [sc.search() for _ in range(5)]
print([m and m.span() for m in ms], sc.pattern.pattern)
sc = re.compile(r'a*').scanner('aab')
print([m and m.span() for m in (sc.search(), sc.search(), sc.search(), sc.search())])
sc = re.compile(r'\d').scanner('0123456', 2, 5)
print([m and (m.span(), m.pos, m.endpos) for m in (sc.search(), sc.search(), sc.search(), sc.search())])
it = re.finditer(r'\d+', 'a1 b22 c333')
print(type(it).__name__, next(it), next(it), list(it))
it = re.compile(r'x').finditer('x-x', 1)
print([m.span() for m in it], list(it))


def s_ident(scanner, token):
    return 'ID:' + token


def s_num(scanner, token):
    return int(token)


scanner = re.Scanner([
    (r'[a-z_]\w*', s_ident),
    (r'\d+\.\d*', lambda s, t: float(t)),
    (r'\d+', s_num),
    (r'=|\+|-|\*|/', lambda s, t: t),
    (r'\s+', None),
])
print(scanner.scan('x = 12 + y3 * 4.5'))
print(scanner.scan('x = 12 ?rest'))
print(scanner.scan(''))
print(scanner.match.group() if hasattr(scanner, 'match') else None)
sc2 = re.Scanner([(r'A', 'a'), (r'B', 'b')], re.I)
print(sc2.scan('abBAc'))
