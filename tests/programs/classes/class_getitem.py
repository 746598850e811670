# __class_getitem__ on user classes, and subscripting builtin generic types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}] from {cls.__name__}"


class SubBox(Box):
    pass


print(Box[int])
print(Box["x", 1])
print(SubBox[3])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)


class Matrix:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, len(params))

    def __getitem__(self, i):
        return ("instance", i)


print(Matrix[1, 2, 3])
print(Matrix[0])
print(Matrix()[5])


class NotGeneric:
    pass


try:
    NotGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)

la = list[int]
print(la)
print(dict[str, list[int]])
print(tuple[int, ...])
print(la.__origin__ is list, la.__args__)
print(list[int]([1, 2]))
print(type[int])


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit", cls.__name__, item)


print(Explicit[None])
