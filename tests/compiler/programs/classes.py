# Classes: bodies, bases, keywords, decorators, methods, properties.
class Empty:
    pass

class Doc:
    """Documented."""

class Base(object):
    x = 1
    def method(self):
        return self.x

class Derived(Base, metaclass=type):
    y: int = 2
    z: str
    def method(self):
        return super().method() + 1

    @property
    def prop(self):
        return self._p

    @prop.setter
    def prop(self, v):
        self._p = v

    @staticmethod
    def smethod(a):
        return a

    @classmethod
    def cmethod(cls):
        return cls()

class Private:
    __secret = 1
    def get(self):
        return self.__secret + Private.__secret

    def __dunder__(self):
        return self.__x__

class WithInit:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def __repr__(self):
        return f'WithInit({self.a!r}, {self.b})'

def make_class(base):
    class Local(base):
        def m(self):
            return base
    return Local

class Star(*bases, **kw):
    pass

class Nested:
    class Inner:
        def f(self):
            pass
    def g(self):
        return self.Inner()

@decorator
class Decorated:
    pass
