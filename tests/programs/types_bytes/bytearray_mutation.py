# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove/clear/reverse, += and *=.
ba = bytearray(b"hello")
ba[0] = 74
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyzw"
print(ba)
ba[::2] = b"1234"
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, ord("<"))
ba.insert(100, ord(">"))
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, len(ba))
for bad in (lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b"x"), lambda: ba.append(-1),
            lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(slice(0, 4, 2), b"abc"),
            lambda: ba.extend("str"), lambda: ba.insert(0, "a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, len(ba), bool(ba))
c = bytearray(3)
c[1] = 255
d = c
d += b"!"
print(c, d is c, c.copy() is c, c.copy() == c)
e = bytearray(range(10))
del e[::3]
print(e, e.hex(), bytes(e))
e[2:5] = []
print(e, e.index(8), e.count(b"\x07"), e.find(b"\x08\x09"))
print(bytearray(b"abc") == b"abc", b"abc" + bytearray(b"d"), type(b"abc" + bytearray(b"d")).__name__)
print(bytearray(b"abc") + b"d", type(bytearray(b"abc") + b"d").__name__, bytearray("é", "utf-8"))
