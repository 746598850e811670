# Comprehension scoping: loop variables don't leak, first iterable evaluated in enclosing scope.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "outer i"
print({i for i in range(3)}, {i: i for i in range(2)}, list(i for i in range(2)), i)
def noisy_iter():
    print("iterable evaluated once")
    return range(3)
print([n for n in noisy_iter()])
def uses_local():
    factor = 10
    return [v * factor for v in range(3)]
print(uses_local())
def closures_in_comprehension():
    fns = [lambda: k for k in range(3)]
    return [f() for f in fns]
print(closures_in_comprehension())
def nested_vars():
    return [[(a, b) for b in range(a)] for a in range(3)]
print(nested_vars())
y = 5
print([y for _ in range(2)], [[y] for y in range(2)], y)
gen = (z for z in range(3))
z = "module z"
print(list(gen), z)
def first_iter_eagerly():
    data = [1, 2, 3]
    g = (d * 2 for d in data)
    data = [100]
    return list(g)
print(first_iter_eagerly())
def other_iters_lazily():
    ys = [1, 2]
    g = ((a, b) for a in range(2) for b in ys)
    ys = [9]
    return list(g)
print(other_iters_lazily())
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
print([w for w in range(2)], "w" in globals())
