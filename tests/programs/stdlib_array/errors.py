from array import array
import io

def t(f):
    try:
        r = f()
        print(' ok', repr(r))
    except Exception as e:
        print(' ', type(e).__name__, e)

for c in 'bBhHiIlLqQ':
    print(c)
    size = array(c).itemsize * 8
    for v in [-2**70, 2**70, 40000, -40000, 70000, 2**40, -2**40, -1 << size, 1 << size, -(1 << (size - 1)) - 1, 1 << (size - 1), -1, 1.5, 'a', None, True]:
        t(lambda: array(c, [v]))
for c in 'fd':
    print(c)
    for v in ['a', None, 2**1100, 1e300, 3, True]:
        t(lambda: array(c, [1, v]))
print('u')
for v in [1, 'ab', '', b'a', 'é']:
    t(lambda: array('u', [v]))
t(lambda: array('x')); t(lambda: array(1)); t(lambda: array('bb')); t(lambda: array('b', 'abc'))
t(lambda: array('b', array('u', 'a'))); t(lambda: array('u', array('b', [1]))); t(lambda: array('h', b'\x01'))
t(lambda: array('b', 5)); t(lambda: array('x', 5)); t(lambda: array()); t(lambda: array('b', [], 3))
t(lambda: array(typecode='b')); t(lambda: array('b', initializer=[1])); t(lambda: array(None))
a = array('i', [1, 2, 3])
t(lambda: a[5]); t(lambda: a[-4]); t(lambda: a['x']); t(lambda: a[1.0]); t(lambda: a.__setitem__(0, 'x'))
t(lambda: a.__setitem__(slice(0, 2), [1])); t(lambda: a.__setitem__(slice(0, 2), array('b', [1])))
t(lambda: a.__setitem__(slice(0, 3, 2), array('i', [1]))); t(lambda: a.__setitem__(10, 1)); t(lambda: a.__setitem__(10, 'x'))
t(lambda: a.__delitem__(10)); t(lambda: a.__delitem__('x')); t(lambda: a.pop(10)); t(lambda: array('i').pop())
t(lambda: a.remove(10)); t(lambda: a.index(10)); t(lambda: a.index(1, 1)); t(lambda: a + [1]); t(lambda: a + array('b'))
t(lambda: [1] + a); t(lambda: a * 'x'); t(lambda: a * 1.5); t(lambda: a.extend([1, 'x'])); t(lambda: a)
t(lambda: a.extend(array('b', [1]))); t(lambda: a.extend(5)); t(lambda: a.frombytes('x')); t(lambda: a.frombytes(b'\x01'))
t(lambda: a.fromlist((1,))); t(lambda: a.fromlist([1, 'x'])); t(lambda: a); t(lambda: a.fromunicode('x'))
t(lambda: array('u').fromunicode(1)); t(lambda: a.tounicode()); t(lambda: a.insert('x', 1)); t(lambda: a.insert(0, 'x'))
t(lambda: a < 3); t(lambda: a == 3); t(lambda: a != 'x'); t(lambda: hash(a)); t(lambda: a.append()); t(lambda: a.append(1, 2))
t(lambda: a.index()); t(lambda: a.count()); t(lambda: a.byteswap(1)); t(lambda: a.tolist(1)); t(lambda: a.pop(1, 2)); t(lambda: a.pop('x'))
t(lambda: a.__iadd__([1])); t(lambda: a.__iadd__(array('b'))); t(lambda: a.insert(1)); t(lambda: a.fromfile(io.BytesIO(), -1))
t(lambda: setattr(a, 'typecode', 'b')); t(lambda: setattr(a, 'itemsize', 1)); t(lambda: setattr(a, 'other', 1))
t(lambda: array.append(1, 2)); t(lambda: array.tolist([]))
f = io.BytesIO()
array('h', [1, 2, 3]).tofile(f)
print(f.getvalue())
b = array('h')
b.fromfile(io.BytesIO(f.getvalue()), 2); print(b)
t(lambda: b.fromfile(io.BytesIO(b'\x05\x00\x06\x00'), 3)); print(b)
t(lambda: b.fromfile(io.BytesIO(b'\x05\x00\x06'), 2)); print(b)
class W:
    def __init__(self): self.chunks = []
    def write(self, b): self.chunks.append(len(b))
w = W(); array('d', range(20000)).tofile(w); print(w.chunks)
class R:
    def read(self, n): return 'x'
t(lambda: b.fromfile(R(), 1))
m = array('B', [1, 2])
m.extend([3, 300])
