# Two-argument super(type, obj) and super(type, type); skipping classes in the MRO.
class A:
    def who(self):
        return "A"

    @classmethod
    def cm(cls):
        return "A.cm(" + cls.__name__ + ")"

    @staticmethod
    def sm():
        return "A.sm"


class B(A):
    def who(self):
        return "B"

    @classmethod
    def cm(cls):
        return "B.cm(" + cls.__name__ + ")"


class C(B):
    def who(self):
        return "C"


c = C()
print(super(C, c).who())
print(super(B, c).who())
print(super(C, C).cm())
print(super(B, C).cm())
print(super(C, c).sm())
print(super(B, C).who(c))
s = super(C, c)
print(type(s).__name__)
print(s.__thisclass__.__name__, s.__self_class__.__name__)
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)


class D(A):
    def __init__(self):
        self.log = []
        super(D, self).__init__()

    def __setattr__(self, name, value):
        print("D.__setattr__", name)
        super(D, self).__setattr__(name, value)


d = D()
d.x = 3
print(d.x, d.log)
print(super(D, d).__class__ is super)


class E:
    def __init__(self, n):
        self.n = n


class F(E):
    def __init__(self):
        super(F, self).__init__(99)


print(F().n)
