# reversed(): __reversed__ method, fallback to __len__+__getitem__, errors for non-sequences.
class WithRev:
    def __init__(self, items):
        self.items = items

    def __reversed__(self):
        print("__reversed__ called")
        return iter(self.items[::-1] + ["(custom)"])

    def __iter__(self):
        return iter(self.items)


print(list(reversed(WithRev([1, 2, 3]))))
print(list(WithRev([1, 2, 3])))


class SeqOnly:
    def __len__(self):
        print("__len__")
        return 3

    def __getitem__(self, i):
        print("__getitem__", i)
        return i * i


r = reversed(SeqOnly())
print(type(r).__name__)
print(list(r))


class IterOnly:
    def __iter__(self):
        return iter([1, 2])


try:
    reversed(IterOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.keys()) and None
    print("dict views reversible")
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)


class NoneRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed("héllo")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed([])), "".join(reversed("abc")))
rv = reversed([1, 2, 3])
print(next(rv), list(rv), list(rv))
print(type(reversed([1])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)
