# list methods: append/extend/insert/pop/remove/index/count/clear/copy/reverse and their errors.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a, a.index(1), a.index("a"), a.count(1), a.count("zz"))
print(a.index(1, 4), a.index(5, -7), a.index(9, 0, 100))
for bad in (lambda: a.remove("zz"), lambda: a.index("zz"), lambda: a.index(3, 3), lambda: [].pop(),
            lambda: a.pop(50), lambda: a.insert("0", 1), lambda: a.extend(5), lambda: a.append(1, 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = a.copy()
b.reverse()
print(b, a is not b, b[::-1] == a)
b.clear()
print(b, len(b), a[:3])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
shallow[1] = "replaced"
print(nested, shallow)
c = [1, 2, 3]
c += [4]
c *= 2
print(c, c.count(4), [0] * 3, [[0] * 2] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
print(list.append.__name__, [].__len__(), len([None] * 5), [1, 2] + [3], [] == [], [] is not [])
