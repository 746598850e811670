# sys.getsizeof of instances of classes written in Python (dicts, slots,
# weak reference lists, their own __sizeof__) and its default argument.
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


class WeakSlotted:
    __slots__ = ("x", "__weakref__")


class DictSlotted:
    __slots__ = ("x", "y", "__dict__")


class Sub(DictSlotted):
    pass


class Sized:
    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


class Failing:
    def __sizeof__(self):
        raise KeyError("k")


class NotInt:
    def __sizeof__(self):
        return "big"


print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(WeakSlotted()))
print(sys.getsizeof(DictSlotted()), sys.getsizeof(Sub()), sys.getsizeof(Sized()), sys.getsizeof(object()))
print(sys.getsizeof(None), sys.getsizeof(0), sys.getsizeof(2**100), sys.getsizeof(b"ab"), sys.getsizeof((1, 2)))
print(sys.getsizeof(NotInt(), "default"), sys.getsizeof(len))
for obj in [Negative(), Failing(), NotInt()]:
    try:
        print(sys.getsizeof(obj))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
