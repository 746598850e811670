# Structural pattern matching.
def literal(x):
    match x:
        case 1:
            return 'one'
        case 'two':
            return 2
        case None:
            return None
        case True:
            return True
        case -1:
            return 'neg'
        case _:
            return 'other'

def capture(x):
    match x:
        case [a, b]:
            return a + b
        case [a, *rest]:
            return rest
        case {'k': v, **others}:
            return v, others
        case Point(x=0, y=yy):
            return yy
        case Point(a, b):
            return a, b
        case str() | bytes() as s:
            return s
        case y:
            return y

def guards(x):
    match x:
        case [a, b] if a > b:
            return a
        case [a, b]:
            return b
        case _ if x:
            return 0

def sequences(x):
    match x:
        case []:
            return 0
        case [_]:
            return 1
        case [_, _, *_]:
            return 2
        case [first, *_, last]:
            return first, last
        case (a, (b, c)):
            return a, b, c

def mappings(x):
    match x:
        case {}:
            return 0
        case {'a': 1, 'b': [x, y]}:
            return x, y
        case {Color.RED: c}:
            return c

def alternatives(x):
    match x:
        case 1 | 2 | 3:
            return 'small'
        case [a, b] | (a, b, _):
            return a, b
        case {'x': a} | {'y': a}:
            return a

def value_patterns(x):
    match x:
        case Color.RED:
            return 1
        case mod.Color.BLUE:
            return 2

def complex_literals(x):
    match x:
        case 1 + 2j:
            return 1
        case -3.5:
            return 2
        case b'bytes':
            return 3

def no_default(cmd):
    match cmd.split():
        case ['go', direction]:
            go(direction)
        case ['stop']:
            stop()

def as_patterns(x):
    match x:
        case [1 as one, (2 | 3) as two]:
            return one, two
        case Point(x=[a, b] as pair):
            return pair
