# Comparison operators across numeric types, strings, sequences and identity/membership.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1.0, 1 != 1.0, 1 == 1 + 0j)
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" < "ab", "b" > "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9, 9), [] < [0])
print([1, 2] == (1, 2), {1, 2} == {2, 1}, {1: 2} == {1: 2}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
print(None == None, None is None, None != 0, [] == [], [] is [], () == ())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(2 in [1, 2], 3 not in (1, 2), "el" in "hello", "" in "abc", 1 in {1: "x"}, "x" in {1: "x"})
print(float("nan") in [float("nan")], 5 in range(1, 10, 2), 4 in range(1, 10, 2))
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], nan == nan)
for op in ("<", ">", "<="):
    try:
        if op == "<":
            1 < "a"
        elif op == ">":
            [1] > (1,)
        else:
            None <= None
    except TypeError as e:
        print("TypeError:", e)
print(max("apple", "pear", "fig"), min([3, 1], [2, 9]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(True == 1 == 1.0, 0 == False == 0.0 == -0.0)
