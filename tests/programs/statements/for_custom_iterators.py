# for loops over custom iterators (__iter__/__next__) and the legacy __getitem__ protocol.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        if self.n <= 0:
            print("StopIteration raised")
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print("got", x)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), [s for s in Squares()], 9 in Squares(), 5 in Squares())
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
x, y = Pair("left", "right")
print(x, y, list(Pair(1, 2)), tuple(Pair(3, 4)), max(Pair(7, 2)))
it = iter([1, 2, 3])
for v in it:
    print("outer", v)
    for w in it:
        print("inner consumes", w)
        break
class Bad:
    pass
try:
    for _ in Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
sentinel_src = iter([4, 3, 0, 2])
print(list(iter(lambda: next(sentinel_src), 0)))
