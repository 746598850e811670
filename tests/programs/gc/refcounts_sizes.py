# sys.getrefcount, sys.getsizeof and sys.getallocatedblocks in the common cases.
import sys

x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
l = [x, x]
print(sys.getrefcount(x))
del l, y
print(sys.getrefcount(x))


def f(a):
    return sys.getrefcount(a)


print(f(x))


class A:
    pass


a = A()
d = {"k": a}
print(sys.getrefcount(a), sys.getrefcount(object()))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("ab€"), sys.getsizeof("a😀"))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof(-2**64), sys.getsizeof(1.0), sys.getsizeof(1j))
print(sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(b"ab"), sys.getsizeof(A()))
print([sys.getsizeof({i: i for i in range(n)}) for n in range(0, 30, 3)])
print([sys.getsizeof({str(i): i for i in range(n)}) for n in range(0, 30, 3)])
print([sys.getsizeof(set(range(n))) for n in range(0, 30, 3)])
grown = []
sizes = []
for i in range(40):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print(sizes)
print(isinstance(sys.getallocatedblocks(), int), sys.getallocatedblocks() > 0)
