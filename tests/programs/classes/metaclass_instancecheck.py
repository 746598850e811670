# __instancecheck__ and __subclasscheck__ defined on a metaclass; isinstance/issubclass with tuples.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.methods)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.methods)


class Quacker(metaclass=DuckMeta):
    methods = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    def beep(self):
        return "beep"


print(isinstance(Duck(), Quacker))
print(isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker))
print(issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))
print(isinstance(5, (str, (float, int))))
print(issubclass(bool, (str, int)))
print(issubclass(Duck, ()))
print(isinstance(3, ()))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(issubclass(int, (int, 3)))
    print(issubclass(int, (str, 3)))
except TypeError as e:
    print(type(e).__name__, e)


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)])
print(isinstance(EvenNumber(), EvenNumber))
print(type(EvenNumber()) is EvenNumber)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
