# Common dict/list idioms without collections: grouping, counting, inverting, top-k, chunking, flattening.
words = "the cat and the hat and the bat sat on the mat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
by_last = {}
for w in sorted(set(words)):
    by_last.setdefault(w[-1], set()).add(w)
print({k: sorted(v) for k, v in sorted(by_last.items())})
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
data = list(range(1, 11))
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks, [sum(c) for c in chunks])
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, list(dict.fromkeys(words)))
pairs = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
agg = {}
for k, v in pairs:
    agg[k] = agg.get(k, 0) + v
print(agg, dict(sorted(agg.items(), key=lambda kv: kv[1], reverse=True)))
runs = []
for ch in "aaabccdddd":
    if runs and runs[-1][0] == ch:
        runs[-1][1] += 1
    else:
        runs.append([ch, 1])
print(runs, "".join(f"{c}{n}" for c, n in runs))
index = {}
for lineno, line in enumerate(["a b", "b c", "c a b"], 1):
    for w in line.split():
        index.setdefault(w, []).append(lineno)
print(index)
matrix = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(matrix[(1, 2)], max(matrix, key=matrix.get), sorted(matrix.values(), reverse=True)[:3])
