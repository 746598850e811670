# Closures, nonlocal, lambdas, higher-order functions (map/filter/reduce-style).


def make_counter():
    count = 0

    def incr(by=1):
        nonlocal count
        count += by
        return count

    return incr


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def fold(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    return wrapper


def make_pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run


def main():
    c = make_counter()
    for i in range(N):
        c()
        c(i % 3)
    r1 = c(0)

    adders = [make_adder(i) for i in range(10)]
    r2 = 0
    for i in range(N):
        r2 = adders[i % 10](r2) % 1000003

    f = compose(make_adder(3), lambda x: x * 2)
    g = compose(f, f)
    r3 = 0
    for i in range(N):
        r3 = (r3 + g(i)) % 1000003

    r4 = sum(map(lambda x: x * x % 7, filter(lambda x: x % 3, range(N))))
    r5 = fold(lambda a, b: (a * 3 + b) % 1000003, range(N), 0)

    @memoize
    def collatz_len(n):
        if n == 1:
            return 1
        return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

    r6 = max(collatz_len(i) for i in range(1, 10000))
    p = make_pipeline(make_adder(1), lambda x: x * 3, make_adder(-2), lambda x: x % 1009)
    r7 = 0
    for i in range(N):
        r7 += p(i)

    def outer(a):
        def middle(b):
            def inner(c):
                return a + b + c
            return inner
        return middle
    r8 = 0
    for i in range(N // 2):
        r8 += outer(i)(1)(2)
    print("closures", r1, r2, r3, r4, r5, r6, r7, r8)


N = 1300000
main()
