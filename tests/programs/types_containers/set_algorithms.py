# Sets in algorithms: dedupe, intersections across many sets, power set with frozensets, graph reachability.
lists = [[1, 2, 3, 4], [2, 3, 4, 5], [0, 3, 4, 9]]
common = set(lists[0])
for l in lists[1:]:
    common &= set(l)
print(sorted(common), sorted(set().union(*lists)), sorted(set(lists[0]).intersection(*lists[1:])))


def power_set(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result


ps = power_set([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
graph = {"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"f"}, "e": set(), "f": set(), "g": {"a"}}
seen, stack = set(), ["a"]
while stack:
    node = stack.pop()
    if node in seen:
        continue
    seen.add(node)
    stack.extend(sorted(graph[node] - seen))
print(sorted(seen), sorted(set(graph) - seen))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
a = {c for c in "mississippi"}
b = set("missouri")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(b - a), sorted(a ^ b))
edges = [(1, 2), (2, 3), (4, 5), (3, 1), (6, 6)]
comps = []
for u, v in edges:
    merged = {u, v}
    rest = []
    for comp in comps:
        if comp & merged:
            merged |= comp
        else:
            rest.append(comp)
    comps = rest + [merged]
print(sorted(sorted(c) for c in comps))
print({1, 2, 3}.isdisjoint([4, 5]), {x for x in range(10)} >= set(range(0, 10, 2)), len(set("abcabc")))
