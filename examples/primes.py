"""Prime numbers three ways: trial division, a sieve, and a generator."""


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


def sieve(limit: int) -> list[int]:
    flags = [True] * (limit + 1)
    flags[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i :: i] = [False] * len(flags[i * i :: i])
    return [i for i, prime in enumerate(flags) if prime]


def primes():
    n = 2
    while True:
        if is_prime(n):
            yield n
        n += 1


if __name__ == "__main__":
    first = []
    for p in primes():
        if len(first) == 10:
            break
        first.append(p)
    assert first == sieve(29), (first, sieve(29))
    print(f"first primes: {first}")
    print(f"{sum(sieve(10_000)) = }")
