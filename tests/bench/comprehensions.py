# List, dict and set comprehensions (nested, filtered), plus dict/set ops on the results.


def main():
    total = 0
    for rep in range(REPS):
        sq = [x * x for x in range(N)]
        odd = [x for x in sq if x & 1]
        pairs = [(i, j) for i in range(100) for j in range(i % 20) if (i + j) % 3]
        d = {i: i * 3 for i in range(N)}
        inv = {v: k for k, v in d.items() if k % 2}
        sm = {x % 1000 for x in sq}
        words = {str(i): len(str(i)) for i in range(N // 4)}
        matrix = [[i * j for j in range(30)] for i in range(30)]
        transposed = [[row[i] for row in matrix] for i in range(30)]
        flat = [v for row in transposed for v in row if v % 2 == 0]
        total += len(odd) + len(pairs) + len(inv) + len(sm) + sum(words.values())
        total += sum(flat) + rep
        total = total % 1000000007
    print("comprehensions", total, len(sq), sum(sm))


N = 50000
REPS = 90
main()
