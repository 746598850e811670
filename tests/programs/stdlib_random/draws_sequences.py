# 10,000 draws each of choice, choices (equal, weights, cum_weights, k),
# shuffle and sample (the pool and the set strategies, counts=).
import random

M = (1 << 64) - 1


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 ^ hash(v)) & M
    return h


def report(name, values):
    print(name, values[:6], values[-1], digest(values))


N = 10_000
letters = "abcdefghijklmnopqrstuvwxyz"
nums = list(range(100))

random.seed(1)
report("choice str", [letters.index(random.choice(letters)) for _ in range(N)])
report("choice list", [random.choice(nums) for _ in range(N)])
report("choice tuple", [random.choice((1, 2, 3)) for _ in range(N)])
report("choice range", [random.choice(range(10**15)) for _ in range(N)])
report("choice one", [random.choice([7]) for _ in range(10)])

random.seed(2)
report("choices k=1", [random.choices(nums)[0] for _ in range(N)])
report("choices k", random.choices(nums, k=N))
report("choices weights", random.choices(nums, weights=range(1, 101), k=N))
report("choices positional weights", random.choices(nums, list(range(100, 0, -1)), k=N))
report("choices float weights", random.choices("abc", weights=[0.1, 0.7, 0.2], k=N))
report("choices cum_weights", random.choices(nums, cum_weights=list(range(1, 101)), k=N))
report("choices zero weights", random.choices("abcd", weights=[0, 1, 0, 3], k=N))
report("choices k=0", random.choices(nums, k=0) + [-1])
report("choices huge weights", random.choices("ab", weights=[10**30, 1], k=1000))

random.seed(3)
rows = []
data = list(range(50))
for i in range(N // 10):
    random.shuffle(data)
    rows.append(tuple(data))
print("shuffle", rows[0][:10], rows[-1][:10], digest(rows))
small = [1]
random.shuffle(small)
empty = []
random.shuffle(empty)
print(small, empty)
words = ["x", "y", "z", "w"]
random.shuffle(words)
print(words)

random.seed(4)
# Small populations (the pool), large ones (the set), and the edges.
report("sample pool", [tuple(random.sample(nums, 5)) for _ in range(N // 10)])
report("sample pool k=n", [tuple(random.sample(range(20), 20)) for _ in range(N // 10)])
report("sample set", [tuple(random.sample(range(10**6), 5)) for _ in range(N // 10)])
report("sample big k", [tuple(random.sample(range(1000), 60)) for _ in range(100)])
report("sample k=0", [tuple(random.sample(nums, 0)) for _ in range(10)])
for n, k in [(21, 1), (22, 1), (21, 5), (22, 5), (40, 6), (41, 6), (85, 7),
             (86, 7), (85, 21), (86, 21), (1045, 22), (1046, 22), (1045, 100), (1046, 100)]:
    print("sample", n, k, random.sample(range(n), k)[:8])
report("sample str", random.sample(letters, 26))
report("sample tuple", random.sample(tuple(nums), 30))
report("sample counts", random.sample(["red", "blue", "green"], counts=[4, 2, 100], k=50))
report("sample counts k", [tuple(random.sample("ab", counts=[3, 2], k=5)) for _ in range(1000)])
report("sample counts zeros", random.sample("abc", counts=[0, 5, 0], k=3))
print(random.sample(range(10**18), 3))
