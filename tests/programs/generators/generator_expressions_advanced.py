# Generator expressions: send/close on genexps, nested genexps, genexp as sole argument.
ge = (x * 2 for x in range(5))
print(next(ge), ge.send(None), next(ge))
ge.close()
print(next(ge, "closed"))
gen_of_gens = ((i, j) for i in range(3) for j in (k * 10 for k in range(i)))
print(list(gen_of_gens))
print(sum(x * x for x in range(10)), "-".join(str(n) for n in range(3)))
print(sorted((c for c in "hello"), reverse=True), tuple(i for i in range(3)))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums.append(4)
print(list(g))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums = [100]
print(list(g))
matrix = [[1, 2], [3, 4]]
rows_sum = (sum(r) for r in matrix)
print(list(rows_sum), list(rows_sum))
g = (x for x in range(3))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e)
print(list(g))
def consume(iterable):
    return [type(iterable).__name__, *iterable]
print(consume(x for x in "ab"))
print(any(x == 3 for x in range(10**9)))
squares = (n * n for n in range(1, 4))
cubes = (s * n for s, n in zip(squares, range(1, 4)))
print(list(cubes))
