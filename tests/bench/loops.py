# Nested while/for loops with integer arithmetic.


def triple_loop(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            k = 0
            while k < 8:
                acc = (acc + i * j - k) % 1000003
                k += 1
    return acc


def collatz_total(limit):
    total = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        n += 1
    return total


def sieve_count(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def main():
    a = triple_loop(N_TRIPLE)
    b = collatz_total(N_COLLATZ)
    c = sieve_count(N_SIEVE)
    print("loops", a, b, c)


N_TRIPLE = 600
N_COLLATZ = 120000
N_SIEVE = 2000000
main()
