# Matrix operations with comprehensions: transpose, multiply, identity, determinant, rotate.
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
def transpose(m):
    return [list(col) for col in zip(*m)]
def matmul(x, y):
    yt = transpose(y)
    return [[sum(a * b for a, b in zip(row, col)) for col in yt] for row in x]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(transpose(A), matmul(A, B), matmul(A, identity(2)) == A)
print(identity(3))
C = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(det(A), det(C), det(identity(4)))
def rotate(m):
    return [list(row) for row in zip(*m[::-1])]
M = [[1, 2, 3], [4, 5, 6]]
print(rotate(M), rotate(rotate(M)))
print([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(A, B)])
print([[v * 3 for v in row] for row in A])
P = A
for _ in range(4):
    P = matmul(P, A)
print(P)
print(sum(C[i][i] for i in range(3)), [C[i][2 - i] for i in range(3)])
print([max(row) for row in C], [min(col) for col in zip(*C)])
flat = [v for row in C for v in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)] == C)
