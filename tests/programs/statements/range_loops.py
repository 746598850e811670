# range with various starts/stops/steps, reversed, enumerate, zip of unequal lengths.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(-1, -10, -4)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], 9 in r, 10 in r, r.index(13), r.count(5))
print(list(reversed(range(4))), reversed(range(4)).__class__.__name__)
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(2, 2), bool(range(0)), bool(range(1)))
for i, ch in enumerate("xyz", 10):
    print(i, ch, end="; ")
print()
print(list(zip(range(3), "abcdef", [True, False, None, 1])))
print(list(zip()), list(enumerate([])))
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)))
for i in range(3, 0, -1):
    print("countdown", i)
print(list(range(10 ** 20, 10 ** 20 + 3)), range(0, 10 ** 20, 7)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
evens = range(0, 20, 2)
print(evens[2:5], evens[::-1][:3], list(evens[::3]))
