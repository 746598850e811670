# Generator pipelines, yield from, generator expressions.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def take_mod(it, m):
    for x in it:
        yield x % m


def chain(*its):
    for it in its:
        yield from it


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000000007


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total


def main():
    r1 = sum(take_mod(squares(evens(count_up(N))), 10007))
    r2 = sum(x * 3 for x in range(N) if x % 3 != 1)
    r3 = sum(chain(range(N // 4), count_up(N // 4), (i for i in range(N // 4))))
    nested = [[i, [i + 1, [i + 2]], i + 3] for i in range(N // 20)]
    r4 = sum(flatten(nested))
    r5 = 0
    g = fib_gen()
    for _ in range(N // 2):
        r5 = (r5 + next(g)) % 1000000007
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(N // 2):
        last = acc.send(i)
    r6 = max(x % 1009 for x in count_up(N // 2))
    r7 = any(x > N for x in count_up(N // 2)), all(x >= 0 for x in count_up(N // 2))
    print("generators", r1, r2, r3, r4, r5, last, r6, r7)


N = 3500000
main()
