# *args and **kwargs parameters bound from CALL and CALL_FUNCTION_EX:
# surplus positionals, unmatched keywords, positional-only names passed
# as keywords, keyword-only defaults, and the errors when binding fails.


def pack(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra.items()))


def posonly_kw(a, b, /, **kw):
    return a, b, kw


def only_star(*args):
    return args


def only_kw(**kw):
    return kw


class Key(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return str.__eq__(self, other)


print(pack(1, c=3))
print(pack(1, 2, 3, 4, 5, c=6))
print(pack(1, c=3, z=9, y=8))
print(pack(c=0, a=1, b=5, q=1))
print(pack(*(1, 2, 3), **{"c": 7, "e": 8}))
print(posonly_kw(1, 2, a=3, b=4))
print(posonly_kw(*[1, 2], **{"a": "x"}))
print(only_star(), only_star(1), only_star(*range(5)))
print(only_kw(), only_kw(x=1, y=2), only_kw(**{"b": 1, "a": 2}))
print(only_kw(**{Key("k"): 1}))
print(only_star(*"ab", *"cd"))

for call in (
    lambda: pack(),
    lambda: pack(1),
    lambda: pack(1, a=2, c=3),
    lambda: pack(1, 2, c=3, b=4),
    lambda: posonly_kw(1),
    lambda: posonly_kw(1, 2, 3),
    lambda: only_kw(1),
    lambda: only_star(x=1),
    lambda: pack(*(1,), **{"a": 1, "c": 2}),
    lambda: only_kw(**{1: 2}),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def deep(n, *args, **kwargs):
    if n == 0:
        return len(args), len(kwargs)
    return deep(n - 1, *args, n, **kwargs, **{"k%d" % n: n})


print(deep(50))
total = 0
for i in range(1000):
    total += len(pack(i, c=i, x=i)[5]) + len(only_star(i, i, i))
print(total)
