# Evaluation order inside comprehensions: clauses interleave, conditions run per item.
def src(name, n):
    print("iter", name)
    return range(n)
def cond(label, v, result):
    print("cond", label, v)
    return result
def val(v):
    print("value", v)
    return v
print([val(x) for x in src("outer", 3) if cond("odd", x, x % 2 == 1)])
print([val((a, b)) for a in src("A", 2) for b in src("B", a + 1)])
print({val(k): val(k * 10) for k in src("dict", 2)})
print([x for x in src("multi", 4) if cond("c1", x, x > 0) if cond("c2", x, x < 3)])
g = (val(x) for x in src("gen", 2))
print("gen made")
print(list(g))
print(sum(val(x) for x in src("sum", 3)))
r = [y for x in src("walrus", 3) if (y := val(x * 2)) > 1]
print(r)
