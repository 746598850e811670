# Comprehensions over dict views: items(), keys(), values(), nested dicts and sorting.
inventory = {"apple": 3, "banana": 0, "cherry": 7, "date": 2}
print([k for k in inventory], [v for v in inventory.values()])
print([f"{k}:{v}" for k, v in inventory.items()])
print({k: v for k, v in inventory.items() if v > 0})
print(sorted(k for k, v in inventory.items() if v < 5))
print(sum(v for v in inventory.values()), max(inventory.items(), key=lambda kv: kv[1]))
print([k for k, _ in sorted(inventory.items(), key=lambda kv: -kv[1])])
prices = {"apple": 0.5, "banana": 0.25, "cherry": 2.0, "date": 1.5}
print({k: inventory[k] * prices[k] for k in sorted(inventory.keys() & prices.keys())})
totals = {k: round(q * prices[k], 2) for k, q in inventory.items()}
print(totals)
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}, "c": {}}
print([(outer, inner, v) for outer, d in nested.items() for inner, v in d.items()])
print({outer: sum(d.values()) for outer, d in nested.items()})
print(sorted({inner for d in nested.values() for inner in d}))
grouped = {}
for word in ["ant", "bee", "asp", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
print({k: len(v) for k, v in grouped.items()}, [w for ws in grouped.values() for w in ws if "a" in w])
print({v: k for k, v in enumerate("abc")}.items())
print(list({k: None for k in "hello"}))
