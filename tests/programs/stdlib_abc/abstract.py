# Abstract methods: instantiation errors, overriding, properties, class/static methods.
import abc
from abc import ABC, ABCMeta, abstractmethod

class A(ABC):
    @abstractmethod
    def f(self):
        return 'A.f'
    @abstractmethod
    def b(self):
        pass
    @property
    @abstractmethod
    def p(self):
        pass

def attempt(cls):
    try:
        obj = cls()
        print('made', type(obj).__name__)
    except TypeError as e:
        print(e)

attempt(A)
class B(A):
    def f(self):
        return super().f() + '+B'
    def b(self):
        return 2
attempt(B)
class C(B):
    p = 3
attempt(C)
print(C().f(), sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), C.__abstractmethods__)
print(type(A.__abstractmethods__).__name__)

class M(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def cm(cls):
        pass
    @abc.abstractstaticmethod
    def sm():
        pass
    @abc.abstractproperty
    def ap(self):
        pass
    @classmethod
    @abstractmethod
    def cm2(cls):
        pass
    @staticmethod
    @abstractmethod
    def sm2():
        pass
print(sorted(M.__abstractmethods__))
attempt(M)

class One(ABC):
    @abstractmethod
    def only(self):
        pass
attempt(One)
class Plain(ABC):
    pass
attempt(Plain)
print(Plain.__abstractmethods__)

# Setting __abstractmethods__ by hand controls instantiation.
class Hand:
    pass
Hand.__abstractmethods__ = frozenset({'x', 'y'})
attempt(Hand)
Hand.__abstractmethods__ = frozenset()
attempt(Hand)
Hand.__abstractmethods__ = ['z']
attempt(Hand)
try:
    object.__abstractmethods__ = frozenset()
except TypeError as e:
    print(type(e).__name__)
try:
    print(type.__abstractmethods__)
except AttributeError as e:
    print('AttributeError')

# update_abstractmethods after adding methods later.
class Later(ABC):
    @abstractmethod
    def m(self):
        pass
def m(self):
    return 'impl'
class Impl(Later):
    pass
attempt(Impl)
Impl.m = m
attempt(Impl)
abc.update_abstractmethods(Impl)
attempt(Impl)
print(Impl().m())

class Kw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class KwSub(Kw, flag=7):
    pass
print(KwSub.flag, type(KwSub).__name__, isinstance(KwSub(), Kw))
print(ABC.__slots__, type(ABC), abc.ABCMeta.__name__)

class WithNew(ABC):
    @abstractmethod
    def go(self):
        pass
    def __new__(cls, *args):
        return super().__new__(cls)
attempt(WithNew)
print(getattr(abstractmethod(lambda: 0), '__isabstractmethod__'))
prop = property(abstractmethod(lambda self: 0))
print(prop.__isabstractmethod__, property(lambda s: 0).__isabstractmethod__)
