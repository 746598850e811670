# __eq__/__hash__ interplay: unhashable when __eq__ is defined without __hash__, dict/set use.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v


class Hashed:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Hashed) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"H({self.v})"


print(EqOnly.__hash__)
print(Plain.__hash__ is object.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(Hashed(5)) == hash(5))
s = {Hashed(1), Hashed(1), Hashed(2)}
print(len(s), Hashed(2) in s)
d = {Hashed(3): "three"}
print(d[Hashed(3)])


class Child(Hashed):
    def __eq__(self, o):
        return False


try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)


class ChildKeeps(Hashed):
    def __eq__(self, o):
        return True
    __hash__ = Hashed.__hash__


print(hash(ChildKeeps(7)) == 7)


class Unhash:
    __hash__ = None


try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash((1, 2)) == hash((1, 2)))
print({1: "a", 1.0: "b", True: "c"})
