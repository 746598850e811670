# __iter__/__next__ protocol, StopIteration, iterators returning self, __getitem__-based iteration.
class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = CountDown(3)
print(list(c))
print(list(c))
print(next(CountDown(1)), next(CountDown(0), "exhausted"))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i] * 2


print(list(Seq()))
print([x for x in Seq()])
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
a, b, c2 = Seq()
print(a, b, c2)


class Reusable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        for x in self.data:
            yield x * 10


r = Reusable([1, 2])
print(list(r), list(r), sum(r), max(r))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


class StopsWithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("value ignored")


print(list(StopsWithValue()))


class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorSeq())
except KeyError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(iter(it) is it)
for x in it:
    print("loop", x)
    if x == 1:
        print("consumed", next(it))
print(list(zip(CountDown(3), Seq())))
