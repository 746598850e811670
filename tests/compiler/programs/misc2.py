# Assorted expressions.
def star_args(a, b):
    print(*a, *b)
    print(*a, sep='', *b)
    return [*a, *b], (*a, *b), {*a, *b}, {**a, **b}

def del_targets(d, s):
    del d['k'], s[1:2], d.attr
    del (a, b), [c]

def for_targets(pairs):
    for k, (a, *b) in pairs:
        print(k, a, b)
    for obj.attr in pairs:
        pass
    for d['k'] in pairs:
        pass

def conditional_args(f, x):
    return f(x if x else None, key=lambda v: v or x)

def unicode_names():
    café = 1
    naïve = café + 1
    return naïve

def comparisons(a, b, c):
    return a < b < c, a == b != c, a is not b is c, a in b not in c

def slices(s, i, j):
    s[i:j] = []
    s[::2] = s[1::2]
    del s[:i]
    return s[i:], s[:j], s[-1:], s[::-1][i:j:2]

def nested_functions(x):
    def a():
        def b():
            def c():
                return x
            return c
        return b
    return a

def generators_nested(m):
    return ((i, j) for i in range(m) for j in range(i) if (i + j) % 2)

def try_return_loop(items):
    for i in items:
        try:
            if i:
                return i
        except Exception:
            continue
        finally:
            pass
    return None

def augmented_everything(o, k):
    o.a += 1
    o[k] -= 1
    o.b.c *= 2
    o[k][k] //= 3
    o[1:2] += [1]

def while_else_break(it):
    while (x := next(it, None)) is not None:
        if x == 0:
            break
    else:
        return 'exhausted'
    return x

def ternary_chain(a):
    return 'neg' if a < 0 else 'zero' if a == 0 else 'pos'

def boolean_return(a, b):
    return a and not b or (b and not a)

def is_none_checks(a, b):
    if a is None and b is not None:
        return 1
    while a is not None:
        a = a.next
    return [x for x in b if x is not None]
