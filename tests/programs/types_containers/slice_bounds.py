# Slicing of lists, tuples and strs: bounds with __index__ (run before the
# length is read), errors, and subclasses with their own __getitem__.
L = list(range(10))
class Shrink:
    def __index__(self):
        del L[5:]
        return 8
print(L[2:Shrink()], L)
L = list(range(10))
print(L[Shrink():], L)
t = tuple(range(10)); s = "abcdefghij"
print(t[2:5], t[::-2], t[:], t[:] is t, s[1:4], s[::-1], s[8:2:-2], "héllo"[1:3])
class I:
    def __index__(self): return 3
print(L[I():], s[:I()], t[I():5])
for bad in (lambda: L[1:"x"], lambda: s[::0], lambda: t[1.5:], lambda: L[::I] ):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class Z:
    def __index__(self): raise RuntimeError("start")
try: L[Z()::0]
except (ValueError, RuntimeError) as e: print(type(e).__name__, e)
class MyL(list):
    def __getitem__(self, k): return ("mine", k)
print(MyL([1,2])[1:2], bytearray(b"abc")[1:], b"xyz"[:2], range(10)[2:5])
d = {}
try: d[1:2]
except TypeError as e: print(e)
