# Tuples as records: sorting by fields, zip/unzip, enumerate, swapping, tuple-returning functions, index/count.
people = [("ann", 31, "nyc"), ("bob", 25, "la"), ("cid", 31, "sf"), ("dee", 19, "la")]
print(sorted(people), sorted(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
names, ages, cities = zip(*people)
print(names, ages, cities, sum(ages) / len(ages))
print(list(zip(names, ages)), dict(zip(names, cities)))
print(list(zip(*zip(names, ages))) == [names, ages])


def stats(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, avg = stats(ages)
print(lo, hi, avg, stats([5]))
for i, (name, age, _) in enumerate(people, start=1):
    print(i, name.title(), age >= 21)
by_city = {}
for name, _, city in people:
    by_city[city] = by_city.get(city, ()) + (name,)
print(by_city)
print(ages.count(31), ages.index(31), ages.index(31, 1), cities.count("la"))
pt = (3, 4)
x, y = pt
print((y, x), (x ** 2 + y ** 2) ** 0.5, pt + (5,), pt * 2, tuple(reversed(pt)))
print(sorted(((1, "b"), (1, "a"), (0, "c"))), max((2, 1), (1, 99)), (1, 2, 3)[::-1])
empty = ()
one = 1,
print(len(empty), one, type(one).__name__, () == tuple(), (1,) == (1))
print(tuple(x for x in "ab"), tuple([1, [2]])[1], ((1, 2),) + ((3, 4),))
