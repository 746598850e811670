import array
from array import array as A
import copy

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))
for code, init in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]),
                   ('i', [-2**31, 2**31 - 1]), ('I', [2**32 - 1]), ('l', [-2**63, 2**63 - 1]), ('L', [2**64 - 1]),
                   ('q', [-2**63]), ('Q', [2**64 - 1, 0]), ('f', [0.1, 1.5, -2.25, 1e39]), ('d', [0.1, -0.0, float('inf')]),
                   ('u', 'héllo€😀')]:
    a = A(code, init)
    print(repr(a), a.tolist(), a.tobytes().hex(), str(a))
    b = A(code, a.tobytes())
    print(' ', b == a, list(a), a[0], a[-1], len(a))
a = A('i', range(10))
print(a[2:5], a[::2], a[::-1], a[5:2], a[-3:], a[1:8:3], a[100:], type(a[1:3]).__name__)
a[2:5] = A('i', [100, 200])
print(a)
a[::2] = A('i', [7] * len(a[::2]))
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
del a[0]
a[0] = -5
a[-1] = 99
print(a, a.count(7), a.index(7), a.index(7, 2), 7 in a, 8 in a, 7.0 in a, 'x' in a)
a.append(1); a.insert(0, 42); a.insert(-1, 43); a.insert(100, 44); a.insert(-100, 45)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(42); a.reverse(); print(a)
a.extend([1, 2, 3]); a.extend(A('i', [4, 5])); a.extend(x * x for x in range(3)); print(a)
a.fromlist([9, 8]); a.frombytes(A('i', [77]).tobytes()); a.frombytes(bytearray(4)); print(a)
b = A('i', [1, 2])
b += A('i', [3]); b *= 2; print(b, b * 2, 2 * b, b * 0, b * -1, b + A('i', [0]))
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]),
      A('b', [1]) == A('d', [1.0]), A('d', [float('nan')]) == A('d', [float('nan')]), A('i', [3]) >= A('i', [2, 9]),
      A('i') == A('i'), A('i', [1]) != A('i', [1, 2]), A('u', 'ab') < A('u', 'b'), A('B', [1, 2]) > A('h', [1, -2]))
print(sorted([A('i', [3]), A('i', [1, 2]), A('i', [1])]))
h = A('h', [1, 256, -2])
h.byteswap(); print(h); h.byteswap(); print(h)
d = A('d', [1.5]); d.byteswap(); d.byteswap(); print(d)
u = A('u', 'abc'); u.fromunicode('déf'); u.append('g'); print(u, u.tounicode(), u[1], u[1:3], list(u))
c = copy.copy(a); dc = copy.deepcopy(a); print(c == a, c is a, dc == a, type(c).__name__)
print(list(iter(A('B', b'xyz'))), [x for x in A('f', [0.5, 0.25])], sum(A('L', range(100))))
it = iter(A('i', [1, 2]))
print(next(it), next(it), next(it, 'done'), next(it, 'done'), type(it).__name__)
print(A('d', A('i', [1, 2])), A('i', A('i', [3])), A('b', (1, 2)), A('b', bytearray(b'\x01\x02')), A('i', iter([5, 6])))
print(A('u', ['a', 'b']), A('u', A('u', 'x')), A('q', [True, False]))
print(bytes(A('h', [1, 2])), a.buffer_info()[1] == len(a))
class MyArray(A):
    def total(self):
        return sum(self)
m = MyArray('i', [1, 2, 3])
print(m, m.total(), type(m[:1]).__name__, type(m + m).__name__, type(copy.copy(m)).__name__, isinstance(m, A))
class Idx:
    def __index__(self):
        return 7
print(A('i', [Idx()]), A('b', [1])[Idx()] if False else A('b', range(10))[Idx()])
big = A('d', [i * 0.5 for i in range(100000)])
print(len(big), big[-1], sum(big), big.count(0.5), big.index(49999.5))
big2 = A('i')
for i in range(100000):
    big2.append(i)
print(len(big2), big2[12345], len(big2 * 3), len(big2[::7]))
print(A[int])
