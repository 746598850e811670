# break and continue in nested loops only affect the innermost loop; flag-based exits.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
results = []
for i in range(3):
    j = 0
    while True:
        j += 1
        if j == 2:
            continue
        if j > 3:
            break
        results.append((i, j))
print(results)
for i in range(3):
    for j in range(3):
        pass
    else:
        print("inner else", i)
        continue
    print("unreachable")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    for k in range(i):
        if k == 3:
            break
        total += k
print("total", total)
grid = ["..#", ".#.", "..."]
for r, line in enumerate(grid):
    for c, ch in enumerate(line):
        if ch == "#":
            print("wall at", r, c)
            break
    else:
        print("row", r, "clear")
