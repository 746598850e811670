# Nested-list matrices: transpose via zip, multiplication, rotation, identity, determinant, pretty printing.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


print(transpose(A), matmul(A, B), matmul(B, A))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, matmul(I, B) == B)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det([[1, 2], [3, 4]]), det(I))
rot = [list(r) for r in zip(*M[::-1])]
print(rot)
print([list(r) for r in zip(*M)][::-1])
for row in matmul(M, M):
    print(" ".join(f"{v:4d}" for v in row))
print([[A[i][j] + A[i][j] for j in range(len(A[0]))] for i in range(len(A))])
print([sum(col) for col in zip(*B)], [max(r) for r in B], sum(map(sum, B)))
diag = [M[i][i] for i in range(3)]
anti = [M[i][2 - i] for i in range(3)]
print(diag, anti, sum(diag))
flat = [x for row in M for x in row]
back = [flat[i:i + 3] for i in range(0, 9, 3)]
print(flat, back == M)
spiral, m = [], [r[:] for r in [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print(spiral)
