# f-strings.
name = 'world'
a = f'hello {name}'
b = f'{name!r}'
c = f'{name!s:>10}'
d = f'{name!a}'
e = f'{x:{width}.{prec}}'
f_ = f'{x}{y}{z}'
g = f'plain'
h = f'{x=}'
i = f'{x!r:^{w}}'

def format_values(x, y):
    return f'{x} + {y} = {x + y}'

def nested_format(v, spec):
    return f'{v:{spec}}'

def many_parts(a):
    return (f'{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}'
            f'{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}')

def joined(a, b):
    return 'x' f'{a}' 'y' f'{b}'
