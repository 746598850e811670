# More patterns: captures in alternatives, nested classes, mappings with rest.
def reorder(x):
    match x:
        case (a, b) | [b, a]:
            return a, b
        case {'k': a, 'v': b} | {'v': b, 'k': a}:
            return a - b

def deep(x):
    match x:
        case Node(left=Node(value=lv), right=Leaf(v) as r) if lv > v:
            return r
        case [Point(x=0, y=0), *others]:
            return others
        case {'type': 'circle', 'r': r, **rest} if not rest:
            return r

def star_capture(x):
    match x:
        case [*head, last]:
            return head, last
        case (first, *middle, penult, last):
            return middle

def guard_only(x):
    match x:
        case _ if x > 0:
            return 'pos'
        case _:
            return 'other'

def single_wildcard(x):
    match x:
        case _:
            pass

def value_and_singletons(x):
    match x:
        case None | True | False:
            return 'singleton'
        case 0 | 1.5 | -2j | 'text' | b'bytes':
            return 'literal'
