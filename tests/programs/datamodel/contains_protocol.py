# Membership: __contains__, fallback to __iter__, then to __getitem__; non-bool results coerced.
class WithContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0


class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 4:
            raise IndexError(i)
        return i * 10


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


class Nothing:
    pass


print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem())
print(25 in WithGetitem())
print(1 in Truthy(), 1 not in Truthy())
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
print("ell" in "hello", "" in "x", b"a" in b"cat", 97 in b"a")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), 2.0 in range(5), "2" in range(5))
print(("a", 1) in {"a": 1}.items(), "a" in {"a": 1}.values())
nan = float("nan")
print(nan in [nan], nan == nan)
lst = [nan]
print(lst[0] in lst)


class Raises:
    def __contains__(self, x):
        raise KeyError("inside contains")


try:
    1 in Raises()
except KeyError as e:
    print(type(e).__name__, e)
