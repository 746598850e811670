from array import array

a = array('h', range(10))
print(list(reversed(a)), sorted(array('d', [3.5, -1, 2])), max(a), min(a), bool(array('b')), bool(a), str(a))
print(a == list(a), a != list(a), list(enumerate(array('u', 'ab'))), dict.fromkeys(array('B', b'aba')))
a[::-1] = array('h', range(10))
print(a)
a[1:1] = array('h', [100, 101])
a[8:3] = array('h', [-1])
a[len(a):] = array('h', [7, 7])
print(a, len(a))
del a[::-2]
print(a)
del a[100:], a[5:2]
print(a)
a[:] = a
print(a, a.index(7, -3), a.index(100, 0, 3))
try:
    a.index(100, 3)
except ValueError as e:
    print(e)
b = a[:]
b[-2:] = array('h')
print(b, a[:0], a[-100:2], a[::100])
x = array('i', [5])
x *= 3; print(x); x *= 0; print(x, len(x)); x += array('i', [1]); print(x)
x.extend(x); x.extend(iter(list(x))); print(x)
y = array('d', [1.0, 2.0])
y.extend(array('d', [3.0])); y.extend((4, 5)); print(y)
z = array('Q', [2 ** 64 - 1]); print(z[0], z.pop(), z, array('L', [2 ** 63]) == array('Q', [2 ** 63]))
w = array('f', [0.1, 1 / 3, 1e38, 1e-45, -0.0]); print(w, w.tolist())
print(array('d', [1e308]) * 2, array('b', [1, 2]) * True)
u = array('u', 'ab')
u[0] = 'z'; u.insert(1, 'q'); u.extend('xy'); u.extend(['1']); print(u, u.count('q'), u.index('x'), 'y' in u, u.pop(), u.tounicode())
print(array('u', '😀a').tobytes().hex(), array('u', 'ab').itemsize, repr(array('u')), repr(array('u', '\n\'"')))
it = iter(array('i', [1, 2, 3]))
next(it)
print(list(it), list(it))
arr = array('i', [1, 2, 3])
it = iter(arr)
print(next(it)); arr.append(4); arr.pop(0); print(list(it))
print(array('b', range(-3, 3)), array('B', (i * 50 for i in range(6))), array('i', map(int, '123')))
m = array('l', [1, 2, 3])
m.remove(2); print(m); m.reverse(); print(m, m.buffer_info()[1])
import copy
nested = [array('i', [1]), array('i', [2])]
cp = copy.deepcopy(nested); cp[0].append(5); print(nested, cp)
print(array('i', [1, 2]) + array('i', [3]), array('d') + array('d'), (array('h', [1]) * 3).tolist())
print(array('i', [1, 2, 3]) > array('i', [1, 2]), array('i', [1, 2]) <= array('i', [1, 2]), array('d', [1.5]) < array('i', [2]))
print(hasattr(array, '__hash__'), array.__hash__ is None, isinstance(array('i'), array), issubclass(array, object))
bad = array('u', b'\xff\xff\xff\xff')
for f in [lambda: bad[0], bad.tounicode, lambda: repr(bad), bad.tolist, lambda: list(bad)]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
print(len(bad), bad.tobytes())
e = array('i', range(10))
e[::3] = array('i')
print(e)
e[::-2] = array('i')
print(e)
e[1:3] = array('i')
print(e)
import collections.abc as cabc
print(isinstance(array('b'), cabc.MutableSequence), issubclass(array, cabc.Sequence), isinstance(iter(array('b')), cabc.Iterator))
match array('u', 'xyz'):
    case [first, *rest]:
        print(first, rest)
