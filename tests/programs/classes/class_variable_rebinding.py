# Class variables rebound between plain values (attribute sites stay valid)
# and to or from functions (they must not): instances and subclasses see
# every change.
class A:
    n = 0
    def get(self): return self.n
class B(A): pass
b = B(); a = A()
for i in range(5):
    A.n += 1
    print(a.n, b.n, a.get(), b.get(), B.n)
b.n = 100
A.n = "s"
print(a.n, b.n, A.n, B.n)
A.n = lambda self: 7
print(a.n(), b.n)
del b.n
print(b.n())
A.n = 3
print(a.n, b.n)
