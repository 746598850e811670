# Mutating containers while iterating: dict/set size-change errors, list behaviour.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k * 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {"a": 1, "b": 2}
for k in d2:
    d2[k] = d2[k] * 100
print(d2)
for k in list(d2):
    if k == "a":
        del d2[k]
print(d2)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
lst = [1, 2, 3, 4]
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 2:
        del lst[i]
print(lst)
d3 = {"x": 1}
try:
    for k in d3:
        del d3[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d3)
