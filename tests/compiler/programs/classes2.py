# More class features: __class__ cells, nested scopes, keywords, slots.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

class WithMeta(metaclass=Meta, flag=True):
    __slots__ = ('a', 'b')

class ClassCell:
    def method(self):
        def inner():
            return __class__
        return inner

    def uses_super(self):
        return [super().method() for _ in range(1)]

class Annotated:
    x: int
    y: 'str' = 'y'
    def __init__(self) -> None:
        self.z: float = 1.0

class Attrs:
    a = 1
    b = a + 1
    c = [a for _ in range(3)]
    d = lambda self: self.a
    del a

class Dataclassish:
    @staticmethod
    def make(*args, **kwargs):
        return Dataclassish(*args, **kwargs)

def class_in_function(x):
    class C:
        y = x
        def m(self, z=x):
            return z
    return C

class Private2:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def __get(self):
        return self.__x
    def call(self):
        return self.__get()
