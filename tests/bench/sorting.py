# sorted() and list.sort() on ints, tuples and strings, with key= and reverse=.


def lcg_list(n, seed, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % mod)
    return out


def checksum(seq):
    h = 0
    for v in seq:
        h = (h * 31 + v) & 0xFFFFFFFF
    return h


def main():
    ints = lcg_list(N, 42, 1000000)
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    c = list(ints)
    c.sort(key=lambda v: v % 1000)
    small = lcg_list(N, 7, 100)
    tuples = list(zip(small, ints))
    d = sorted(tuples)
    e = sorted(tuples, key=lambda t: (t[1] % 97, -t[0]))
    strs = [str(v) for v in ints[: N // 2]]
    strs.sort()
    f = sorted(strs, key=len)
    g = sorted(a)  # already sorted input
    chunks = 0
    for i in range(0, N, 50):
        chunk = ints[i:i + 50]
        chunk.sort()
        chunks += chunk[0] + chunk[-1]
    print(
        "sorting",
        checksum(a), checksum(b), checksum(c),
        checksum(x for t in d for x in t),
        checksum(x for t in e for x in t),
        checksum(int(s) for s in f), strs[0], strs[-1], checksum(g), chunks,
    )


N = 270000
main()
