# Memoization patterns: dict cache in closure, cache on function attribute, cache keyed by args.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        wrapper.misses += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.hits = 0
    wrapper.misses = 0
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.hits, fib.misses)
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16), grid_paths.misses)
def lcs(a, b):
    table = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        key = (i, j)
        if key not in table:
            if a[i] == b[j]:
                table[key] = 1 + go(i + 1, j + 1)
            else:
                table[key] = max(go(i + 1, j), go(i, j + 1))
        return table[key]
    return go(0, 0)
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"), lcs("", "x"))
def coin_ways(amount, coins):
    memo = {}
    def ways(a, idx):
        if a == 0:
            return 1
        if a < 0 or idx == len(coins):
            return 0
        if (a, idx) not in memo:
            memo[a, idx] = ways(a - coins[idx], idx) + ways(a, idx + 1)
        return memo[a, idx]
    return ways(amount, 0)
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(7, [2, 4]))
def collatz_len(n, _cache={1: 1}):
    if n not in _cache:
        _cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return _cache[n]
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
