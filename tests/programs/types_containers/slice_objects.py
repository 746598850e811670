# slice objects: attributes, indices() normalization, use with lists/strings/tuples, repr, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None, -1))
for length in (0, 5, 20):
    print(length, s.indices(length), slice(-3, None).indices(length), slice(None, None, -1).indices(length))
print(slice(-100, 100).indices(10), slice(5, -5, -1).indices(10), slice(None, 2, -2).indices(7))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
data = list(range(10))
print(data[s], "abcdefghijk"[s], tuple(data)[slice(None, 3)], range(10)[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice("a", "b", "c"), slice([1], 2).start)
try:
    data[slice("a", "b")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::], sh[:], sh[1:2:3], sh[::-1], sh[1:2, 3:4], sh[..., ::2], sh["a":"b"])
start, stop, step = slice(2, None, 3).indices(11)
print(list(range(start, stop, step)), data[2::3])
print(type(s).__name__, slice(5).stop, slice(None).start, slice(1, None).stop)
