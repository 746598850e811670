# len() of a temporary container frees it at once: the __del__ of what
# it held runs before the next statement, as in CPython.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("len", len([Noisy("a"), Noisy("b")]))
print("after list")
print("len", len((Noisy("c"),)))
print("after tuple")
print("len", len({1: Noisy("d")}))
print("after dict")


class Sized:
    def __len__(self):
        return 7


print(len(Sized()), len("héllo"), len(b"ab"), len(range(3, 30, 4)), len({1, 2}))
print(len(bytearray(b"xyz")), len({}.keys()), len(frozenset([1])))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
