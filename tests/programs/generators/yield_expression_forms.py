# Forms of yield: bare yield, yield of tuples, yield inside expressions and calls, yield in lambdas.
def forms():
    yield
    yield 1, 2
    x = yield
    print("x =", x)
    y = (yield "paren") or "default"
    print("y =", y)
    z = [(yield "in list"), (yield "second in list")]
    print("z =", z)
    print("arg:", (yield "as arg"))
    w = 10 + (yield "in arithmetic")
    print("w =", w)
g = forms()
print(next(g))
print(next(g))
print(next(g))
print(g.send("sent x"))
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send(5))
try:
    g.send(32)
except StopIteration:
    print("done")
lam = lambda: (yield "from lambda")
lg = lam()
print(next(lg), type(lg).__name__)
def yield_in_condition():
    if (yield "check"):
        yield "truthy branch"
    else:
        yield "falsy branch"
c = yield_in_condition()
next(c)
print(c.send(1))
c = yield_in_condition()
next(c)
print(c.send(0))
def yield_star():
    yield [*(yield "give me a list"), "end"]
s = yield_star()
next(s)
print(s.send([1, 2]))
def yield_from_expr():
    r = yield from [1, 2]
    yield ("result", r)
print(list(yield_from_expr()))
