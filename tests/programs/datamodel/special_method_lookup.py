# Implicit special-method lookup uses the type, not the instance dict, and bypasses __getattribute__.
class C:
    def __len__(self):
        return 5

    def __repr__(self):
        return "C()"


c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
c.__repr__ = lambda: "instance repr"
print(repr(c), c.__repr__())


class Meta(type):
    def __getattribute__(cls, name):
        print("Meta.__getattribute__", name)
        return super().__getattribute__(name)


class Spy(metaclass=Meta):
    def __getattribute__(self, name):
        print("Spy.__getattribute__", name)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 3

    def __add__(self, o):
        return "added"

    def __bool__(self):
        return False


s = Spy()
print(len(s))
print(s + 1)
print(bool(s))
print(s.__len__())


class Late:
    pass


late = Late()
Late.__len__ = lambda self: 7
Late.__getitem__ = lambda self, i: i * 2
print(len(late), late[21])
del Late.__len__
try:
    len(late)
except TypeError as e:
    print(type(e).__name__, e)


class Dyn:
    pass


d = Dyn()
d.__add__ = lambda o: "instance add"
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
Dyn.__add__ = lambda self, o: f"class add {o}"
print(d + 1)
Dyn.__eq__ = lambda self, o: "custom eq"
print(d == 2)
Dyn.__hash__ = lambda self: 12
print(hash(d))
Dyn.__iter__ = lambda self: iter("xy")
print(list(d), [*d])
