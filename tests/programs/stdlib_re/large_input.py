# Large subjects and deep backtracking run on the matcher's own stack:
# no Rust recursion proportional to the input, so nothing overflows.
import re

s = 'ab' * 200000
print(len(re.match(r'(?:a|b)*', s).group()))
m = re.match(r'(a|b)*', s)
print(m.span(), m.group(1), m.lastindex)
print(re.match(r'(?:ab)*?$', s).span())
print(re.fullmatch(r'(?:a|b)+', s) is not None)
print(re.fullmatch(r'(?:(a)|(b))+', s).groups())
print(re.search(r'(ab)+c', s + 'c').span())
print(re.match(r'(?:a(?=b)|b(?!b))*', s).span())
print(len(re.findall(r'a', s)), len(re.findall(r'(a)(b)', s)))
print(len(re.sub(r'b', 'xx', s)), re.subn(r'(a)b', r'\1', s)[1])
print(len(re.split(r'a', s)))
print(re.search(r'x', 'a' * 1000000 + 'x').span())
print(re.search(r'needle', 'hay' * 300000 + 'needle').span())
print(re.search(r'ne+dle', 'hay' * 300000 + 'needle').span())
print(re.match(r'(.)*', 'x' * 100000).span())
print(re.match(r'(?>a*)*', 'a' * 100000).span())
print(re.match(r'(?:a|b)*+c', 'ab' * 50000) is None)
print(re.match(r'((((((((((a))))))))))*', 'a' * 10000).span())
print(re.match(r'(a*)*b', 'a' * 18))
print(re.match(r'(a?){16}a{16}', 'a' * 16).span())
print(re.match(r'(\w+\s?)*$', 'word ' * 5000).span())
u = 'é' * 200000 + 'x'
print(re.search('x', u).span(), len(re.findall('é', u)))
print(re.match(r'(?:é|x)*', u).span())
print(re.sub('é', 'e', u)[-3:])
p = re.compile(r'\w+|\s+|.')
text = 'héllo wörld, 123! ' * 5000
pos = n = 0
while pos < len(text):
    pos = p.match(text, pos).end()
    n += 1
print(n)
nested = '(' * 400 + 'a' + ')' * 400
print(re.match(nested, 'a').span(), re.compile(nested).groups)
print(len(re.findall(r'\d+', ' '.join(str(i) for i in range(100000)))))
