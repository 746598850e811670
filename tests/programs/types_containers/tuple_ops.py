# tuple: construction, single-element syntax, immutability, methods, concatenation, comparison, hashing.
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
print(t, single, not_tuple, (), tuple(), tuple("ab"), tuple(range(3)), tuple([1, [2]]))
print(type(single).__name__, type(not_tuple).__name__, len(()), len(single))
print(t + (4,), t * 2, 2 * t, t[1:], t[::-1], t[-1], t.index(2), t.count(3))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], (1, 2) in {(1, 2), (3, 4)})
x = 1, 2
y, = [9]
print(x, y)
print(tuple(sorted((3, 1, 2))), max((1, 5, 2)), sum((1, 2, 3)), (1, 2) * 0, ((),) * 2)
print(repr((1,)), repr(((1,),)), str(("a", 1.5, None)), tuple({"b": 1, "a": 2}))
t2 = t
t += (4,)
print(t, t2, t is not t2)
print((1, 2, 3).__len__(), (1,).__contains__(1), tuple.__name__, (0,) * 3, (1, 2) + ())
