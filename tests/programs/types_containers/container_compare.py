# Comparisons of containers: lexicographic lists/tuples, dict equality, set ordering (subset), mixed-type errors.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100], [1, [2]] < [1, [3]])
print((1, 2) == (1, 2), (1, 2) == [1, 2], [1, 2] == [1.0, 2.0], (0,) < (0.5,), ("a", 1) < ("a", 2))
print([1, 2] <= [1, 2], [3] >= [2, 9], [[1, 2], [1]] == [[1, 2], [1]], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,), [n] < [n], {n: 1} == {n: 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} < {1, 2, 3}, {1, 4} > {1}, {1} == {1.0}, {2} > set())
print(sorted([{1, 2}, {1}, {2}], key=len), {1, 2} < {3}, {3} < {1, 2})
print({"a": [1]} == {"a": [1]}, {"a": 1} == {"a": 1, "b": 2}, {} == {}, {1: 2} != {1: 3})
for expr in ("[1] < (1,)", "[1, 'a'] < [1, 2]", "{1: 2} < {1: 3}", "(1, None) < (1, 2)", "[{}] < [{}]"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
print([1, "a"] < [2, 1], [1, None] == [1, None], (1, None) < (2, None))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), sorted([[2], [1, 5], [1], []]))
print(range(3) == range(3), list(range(3)) == [0, 1, 2], range(3) == [0, 1, 2], "ab" == ["a", "b"])
print(b"ab" == bytearray(b"ab"), [b"a"] < [b"b"], ((1, 2), 3) < ((1, 3), 0))
print({1: "a"}.keys() == {1}, {1: "a"}.items() == {(1, "a")}, {1: "a"}.values() == ["a"])
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a == c, a is b, a is c, [a] == [c], a.__eq__(c), a.__lt__((1,)))
