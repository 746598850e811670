# with statement: __enter__/__exit__ order, as-targets, exception passing and suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as a, CM("y") as b:
    print("both", a, b)
with (CM("p") as p,
      CM("q", suppress=True) as q):
    print("parenthesised", p, q)
    1 / 0
print("after parenthesised")
def early():
    with CM("ret"):
        return "returned value"
print(early())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Pair() as (one, [two, three]):
    print(one, two, three)
d = {}
with Pair() as d["k"]:
    pass
print(d)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
