# Generator expressions: laziness, single-use, consumption by builtins, parenthesis rules.
gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), min((x for x in [3, 1, 2])))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), sorted((c for c in "cab"), reverse=True))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (v * 10 for v in noisy(3))
print("generator created")
print("first", next(g))
print("rest", list(g))
print(", ".join(str(i) for i in range(4)), tuple(x for x in "ab"), set(x % 2 for x in range(5)))
print(dict((c, ord(c)) for c in "AB"), list(x for x in range(3) if x))
pipeline = (w.strip().lower() for w in [" A ", "b ", " C"])
upper = (w.upper() * 2 for w in pipeline)
print(list(upper))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, (n * n for n in naturals() if n % 3 == 0)))
first_bad = (x for x in [1, 2] if 10 // x < 6)
print(next(first_bad), next(first_bad, "exhausted"))
lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError raised lazily:", e)
print(next(lazy, "closed after error"))
