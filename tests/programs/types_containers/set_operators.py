# set and frozenset operators | & - ^ and in-place forms, mixing set/frozenset, result types, errors.
a = {1, 2, 3}
b = frozenset({2, 3, 4})
print(a | b, a & b, a - b, a ^ b, type(a | b).__name__)
print(b | a, b & a, b - a, b ^ a, type(b | a).__name__)
x = a
x |= {10}
x &= {1, 2, 10, 11}
x -= {2}
x ^= {1, 5}
print(x, a, x is a)
fz = frozenset([1])
fz2 = fz
fz |= {2}
print(fz, fz2, fz is fz2, type(fz).__name__)
for expr in ("a | [1]", "a & 'ab'", "a - (1,)", "b ^ None"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
print(a.union([1]) == a | {1}, frozenset() == set(), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({frozenset({1, 2}): "fz key"}[frozenset({2, 1})], {frozenset(): 0} == {frozenset(): 0})
print(frozenset("abc") > frozenset("ab"), set("ab") < frozenset("abc"), frozenset("ab") == set("ba"))
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(), repr(frozenset({1})), frozenset(range(3)).copy(), len(frozenset("aab")))
nested = {frozenset({1}), frozenset({1, 2})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
s = set()
s.add(frozenset({1}))
print(s, {1} in s)
print(set([3, 1]) | set(), {1, 2, 3} - {1} - {2}, {1, 2} & {2, 3} & {2}, {1} | {2} | {3})
print(sorted({5, 3, 9} ^ {3, 4}), min({4, 2, 8}), max(frozenset({4, 2, 8})), sum({1, 2, 3}))
