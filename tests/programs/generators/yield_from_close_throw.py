# close() and throw() through a yield from chain reach the innermost generator first.
def leaf(name):
    try:
        while True:
            try:
                v = yield f"{name} ready"
                print(name, "got", v)
            except KeyError as e:
                print(name, "handled KeyError", e)
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")
def middle():
    try:
        r = yield from leaf("leaf")
        print("middle never sees a return", r)
    finally:
        print("middle finally")
def top():
    try:
        yield from middle()
    finally:
        print("top finally")
g = top()
print(next(g))
print(g.send("data"))
print(g.throw(KeyError("k")))
g.close()
print("chain closed")
g = top()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("ValueError escaped:", e)
def sub_returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "sub handled and returned"
def outer():
    r = yield from sub_returns_on_throw()
    yield r
o = outer()
next(o)
print(o.throw(IndexError))
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def over_plain():
    yield from Iter()
p = over_plain()
print(next(p), next(p))
try:
    p.throw(TypeError("thrown at plain iterator"))
except TypeError as e:
    print("TypeError:", e)
