# Implicitly concatenated f-strings across lines, with format specs that
# have nested fields: CPython locates each spec at its own string piece.
b = c = 1
w = 4
p = 2
x = (f'a{b:02d}'
     f'.{c:06d}')
y = (f'a{b:{w}{p}d}'
     f'.{c:>{w}}'
     "tail")
z = f"{b!r:^{w}}" f"{c=:>{w}}"
