# C3 linearization: printed __mro__ for diamonds and complex hierarchies, inconsistent MRO errors.
def names(c):
    return " ".join(k.__name__ for k in c.__mro__)


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for c in (A, K1, K2, K3, Z):
    print(c.__name__, ":", names(c))


class Top: pass
class Left(Top): pass
class Right(Top): pass
class Bottom(Left, Right): pass

print(names(Bottom))
print(Bottom.mro() == list(Bottom.__mro__))


class F: pass
class E2(F): pass

try:
    class Bad(F, E2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass

try:
    class Both(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(names(type("Dyn", (XY,), {})))
print(names(bool), "|", names(int))


class M1: 
    def who(self): return "M1"
class M2:
    def who(self): return "M2"
class M12(M1, M2): pass
class M21(M2, M1): pass
print(M12().who(), M21().who())
