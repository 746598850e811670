# Classic algorithms written with plain loops: gcd, binary search, sieve, bubble sort.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def bsearch(seq, x):
    lo, hi = 0, len(seq)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps
data = list(range(0, 100, 3))
for x in (0, 50, 51, 99, 200):
    print(x, bsearch(data, x))
N = 50
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= N:
    if sieve[p]:
        for m in range(p * p, N + 1, p):
            sieve[m] = False
    p += 1
print([i for i, is_p in enumerate(sieve) if is_p])
arr = [5, 1, 4, 2, 8, 0]
swaps = 0
for i in range(len(arr)):
    swapped = False
    for j in range(len(arr) - 1 - i):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
            swaps += 1
            swapped = True
    if not swapped:
        break
print(arr, swaps)
s = "racecar level noon python"
for w in s.split():
    i, j = 0, len(w) - 1
    while i < j and w[i] == w[j]:
        i += 1
        j -= 1
    print(w, i >= j)
digits = 0
n = 2 ** 100
while n:
    digits += n % 10
    n //= 10
print("digit sum", digits)
