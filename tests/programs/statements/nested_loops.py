# Nested loops building tables, triangles and products without helpers.
for i in range(1, 5):
    print(" ".join(str(i * j).rjust(2) for j in range(1, 5)))
for n in range(1, 5):
    print("*" * n)
pairs = []
for a in "ab":
    for b in "xy":
        for c in (1, 2):
            pairs.append(a + b + str(c))
print(pairs)
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    row = [1]
    for k in range(1, len(prev)):
        row.append(prev[k - 1] + prev[k])
    row.append(1)
    pascal.append(row)
for row in pascal:
    print(row)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = []
for c in range(3):
    new_row = []
    for r in range(2):
        new_row.append(matrix[r][c])
    transposed.append(new_row)
print(transposed)
count = 0
i = 0
while i < 4:
    for j in range(i):
        k = 0
        while k < j:
            count += 1
            k += 1
    i += 1
print("count", count)
