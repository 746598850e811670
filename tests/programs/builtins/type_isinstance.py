# type(), isinstance() and issubclass() with builtin types, tuples of types, unions and error messages.
values = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, 1j, range(1), len, type, object()]
print([type(v).__name__ for v in values])
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float, int)), isinstance(1, ()))
print(isinstance("x", str | bytes), isinstance(None, int | None), isinstance(1.0, (int, (str, float))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(type, object))
print(issubclass(object, type), isinstance(object, type), isinstance(type, object), issubclass(list, list))
print(type(type(1)) is type, type(None)(), type(1)("7"), type("")(5), type([])("ab"), type(1.0)())
print(int | str, type(int | str).__name__, (int | str) == (str | int), list[int] | None)
print(isinstance([], list[int].__origin__), issubclass(bool, int | str))
for bad in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, "x")) or isinstance(1, ("x",)),
            lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, list[int]),
            lambda: type(1, 2), lambda: isinstance(1)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)


class A:
    pass


class B(A):
    pass


b = B()
print(type(b) is B, type(b) == A, isinstance(b, A), isinstance(b, (int, A)), issubclass(B, (int, A)))
print(type(b).__name__, type(B).__name__, B.__class__ is type, b.__class__.__bases__[0].__name__)
print(isinstance(A, type), isinstance(b, type), issubclass(B, object), type(int("1")) is int)
