# __index__: used for sequence indexing, slicing, bin/hex/oct, range, operator on ints; errors otherwise.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(6):Idx(2)])
print("hello"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))))
print(range(10)[Idx(4)])
print([0] * Idx(3))
print("ab" * Idx(2))
print((1, 2, 3)[Idx(0)])
print(b"xyz"[Idx(1)])
print("int() uses __index__:", int(Idx(7)))
print(chr(Idx(65)))
print(bytearray(Idx(2)))
print(round(2.5, Idx(0)))
try:
    format(Idx(10), "b")
except TypeError as e:
    print(type(e).__name__, e)


class NotIndex:
    def __int__(self):
        return 3


for expr in ("data[NotIndex()]", "data[1.0]", "range(2.5)", "hex(2.0)", "'x' * 2.0", "data['1']"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return "1"


try:
    data[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)


print(data[True], data[False])
print(Idx(3).__index__())
