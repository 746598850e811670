# bisect_left/right and insort_left/right, with lo/hi bounds and keys.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, hi=6))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 100, 2, 5))
print(bisect.bisect_right(a, 3, hi=-1), bisect.bisect_left(a, 3, 0, -5))
print(bisect.bisect_left([], 1), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left("acegi", "d"))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right(range(0, 100, 5), 45))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
bisect.insort(b, 10, 0, len(b))
print(b)

# Keys: the list holds records sorted by a field.
people = [("ann", 25), ("bob", 30), ("cid", 30), ("dan", 41)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 30, key=age), bisect.bisect_right(people, 30, key=age))
bisect.insort(people, ("eve", 30), key=age)
bisect.insort_left(people, ("fay", 30), key=age)
print(people)
print(bisect.bisect(people, 100, key=age), bisect.bisect_left(people, -1, key=age))

# Grades: the documented example.
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

class Rec:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v if isinstance(other, Rec) else other)
        return self.v < (other.v if isinstance(other, Rec) else other)
recs = [Rec(i) for i in range(8)]
print(bisect.bisect_left(recs, Rec(5)))
print(bisect.bisect_right(recs, Rec(5)))
