# Late binding of closure variables in loops, and the default-argument workaround.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
lams = [lambda x: x * k for k in range(3)]
print([f(10) for f in lams])
lams = [lambda x, k=k: x * k for k in range(3)]
print([f(10) for f in lams])
def make(n):
    return lambda: n
print([f() for f in [make(j) for j in range(3)]])
def builder():
    out = []
    for name in ["a", "b", "c"]:
        def show():
            return name
        out.append(show)
    name = "changed after loop"
    return out
print([f() for f in builder()])
gens = [(lambda: m) for m in "xyz"]
print([g() for g in gens])
i = 100
print(funcs[0](), [f() for f in funcs])
adders = {}
for step in (1, 2, 3):
    def adder(x, step=step):
        return x + step
    adders[step] = adder
print({k: v(100) for k, v in adders.items()})
