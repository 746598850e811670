# Infinite generators consumed with a hand-written take(), without itertools.
def take(n, gen):
    out = []
    for item in gen:
        if len(out) >= n:
            break
        out.append(item)
    return out
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def cycle(seq):
    while True:
        yield from seq
def scan(gen, fn, init):
    acc = init
    for x in gen:
        acc = fn(acc, x)
        yield acc
print(take(5, naturals()))
print(take(12, fibonacci()))
print(take(15, primes()))
print(take(7, cycle("abc")))
print(take(6, scan(naturals(1), lambda a, b: a * b, 1)))
print(take(5, (n * n for n in naturals() if n % 2)))
def drop_while(pred, gen):
    it = iter(gen)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
print(take(4, drop_while(lambda n: n < 10, fibonacci())))
def collatz(n):
    while True:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(take(12, collatz(27)))
def interleave(*gens):
    while True:
        for g in gens:
            yield next(g)
print(take(8, interleave(naturals(), naturals(100))))
big = fibonacci()
for _ in range(100):
    last = next(big)
print(last)
