# Flag and IntFlag: combination, iteration, membership, reprs, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, list(rw), len(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, repr(~Perm.R), repr(~rw), repr(Perm.R & Perm.W), repr(Perm(0)), str(Perm(0)))
print(repr(Perm(7)), repr(Perm.R ^ Perm.W ^ Perm.R), list(Perm), len(Perm), bool(Perm(0)))
print(format(rw), f"{Perm.R}", repr(Perm['W']))
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 in rw
except TypeError as e:
    print('TypeError', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN), list(Color.WHITE))
print(repr(Color.NONE), repr(Color(0)), Color.WHITE.value, repr(~Color.RED), Color._member_names_)
print(list(Color.__members__))


class Num(IntFlag):
    A = 1
    B = 2
    C = 4


print(repr(Num.A | Num.B), str(Num.A | Num.B), Num.A | Num.B, Num.A + 1, repr(Num.A | 8), repr(Num(8)))
print(repr(~Num.A), ~Num.A, repr(Num.A & 3), repr(Num.C ^ 5), repr(3 | Num.A), isinstance(Num.A, int))
print(format(Num.B, '04b'), f"{Num.A | Num.C}", Num(0), repr(Num(0)), repr(Num(-1)))
print(list(Num.A | Num.C), Num.B in (Num.A | Num.B), len(Num.A | Num.B | Num.C))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))
print(Perm._boundary_, Num._boundary_, FlagBoundary.STRICT, repr(STRICT))


class Sparse(Flag):
    A = 1
    C = 4
    AC = 5


print(list(Sparse), repr(Sparse.AC), repr(Sparse(5)))
try:
    Sparse(2)
except ValueError as e:
    print('ValueError', e)


class Order(Flag):
    Z = 4
    Y = 2
    X = 1


print(list(Order), list(Order.Z | Order.X), repr(Order.Z | Order.X))
