# Lazy evaluation order when several generators are consumed together via zip/map/for.
def gen(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
    print(f"  {name} exhausted")
print("zip:")
for pair in zip(gen("A", 3), gen("B", 2)):
    print("pair", pair)
print("map:")
for v in map(lambda a, b: a + b, gen("C", 2), gen("D", 2)):
    print("sum", v)
print("nested for:")
outer = gen("O", 2)
for o in outer:
    for i in gen("I", 2):
        print("combo", o, i)
print("enumerate:")
for idx, v in enumerate(gen("E", 2)):
    print("idx", idx, v)
print("any short-circuit:")
print(any(v > 0 for v in gen("F", 5)))
print("list + sorted:")
print(sorted(gen("S", 3), reverse=True))
print("manual round robin:")
gens = [gen("X", 2), gen("Y", 3)]
while gens:
    g = gens.pop(0)
    try:
        print("got", next(g))
        gens.append(g)
    except StopIteration:
        print("dropped one generator")
