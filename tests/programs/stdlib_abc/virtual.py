# register, __subclasshook__, isinstance/issubclass caches and tokens.
import abc
from abc import ABC, abstractmethod

class Shape(ABC):
    pass

class Sq:
    pass

print(issubclass(Sq, Shape), isinstance(Sq(), Shape))
tok = abc.get_cache_token()
print(Shape.register(Sq) is Sq, abc.get_cache_token() > tok)
print(issubclass(Sq, Shape), isinstance(Sq(), Shape))
class SubSq(Sq):
    pass
print(issubclass(SubSq, Shape), Shape in SubSq.__mro__)
print(Shape.register(Sq) is Sq)

@Shape.register
class Deco:
    pass
print(isinstance(Deco(), Shape))
Shape.register(int)
print(isinstance(3, Shape), issubclass(bool, Shape), isinstance('s', Shape))

try:
    Shape.register(3)
except TypeError as e:
    print(e)
try:
    issubclass(3, Shape)
except TypeError as e:
    print(e)
class Child(Shape):
    pass
try:
    Child.register(Shape)
except RuntimeError as e:
    print(e)

class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any('quack' in k.__dict__ for k in C.__mro__) or NotImplemented
        return NotImplemented
class Duck:
    def quack(self):
        pass
class Robot:
    pass
print(isinstance(Duck(), Quacks), isinstance(Robot(), Quacks), issubclass(Duck, Quacks))
class Mallard(Duck):
    pass
print(issubclass(Mallard, Quacks))
Quacks.register(Robot)
print(isinstance(Robot(), Quacks))

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class NSub(Never):
    pass
print(issubclass(NSub, Never), isinstance(NSub(), Never))

class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError')

# A subclass of a registered class, and an ABC's real subclasses.
class Base(ABC):
    pass
class Real(Base):
    pass
Real.register(float)
print(issubclass(float, Base), issubclass(float, Real), isinstance(1.5, Base))

# __class__ different from type().
class Pretend:
    @property
    def __class__(self):
        return Sq
print(isinstance(Pretend(), Shape), isinstance(Pretend(), Sq))

Shape._abc_registry_clear()
Shape._abc_caches_clear()
print(issubclass(Deco, Shape))
print(sorted(k for k in vars(Shape) if not k.startswith('__')))
