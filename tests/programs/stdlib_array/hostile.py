# Python code run by a conversion or a comparison changes the array.
from array import array

a = array('i', range(10))
class Shrink:
    def __index__(self):
        del a[:]
        return 5
for f in [lambda: a.__delitem__(Shrink()), lambda: a[Shrink()], lambda: a.__setitem__(Shrink(), 3), lambda: a.pop(Shrink())]:
    a[:] = array('i', range(10))
    try:
        print(f(), a)
    except IndexError as e:
        print('IndexError', e, a)
a[:] = array('i', range(10))
a.insert(Shrink(), 4); print(a)
a[:] = array('i', range(10))
a[:] = array('i', range(10))
class Clear:
    def __eq__(self, o):
        del a[:]
        return False
print(a.count(Clear()), Clear() in a, a)
a[:] = array('i', range(3))
try:
    a.remove(Clear())
except ValueError as e:
    print(e, a)
a[:] = array('i', range(3))
try:
    a.index(Clear())
except ValueError as e:
    print(e, a)
b = array('d', [1.0, 2.0])
class Grow:
    def __float__(self):
        b.extend([7.0] * 5)
        return 0.5
b[0] = Grow(); print(b)
b.insert(0, Grow()); print(b)
print(array('d', [Grow(), Grow()]), b)
for x in array('i', [1, 2, 3]):
    print(x, end=' ')
print(array('b') * 10 ** 18, array('d', [1.0]) * 0)
try:
    array('d', [1.0]) * 10 ** 17
except MemoryError:
    print('MemoryError')
