# Function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __doc__, __dict__, __module__.
def plain(a, b=1, *, c=2):
    """Docstring of plain."""
    return a
print(plain.__name__, plain.__qualname__, plain.__defaults__, plain.__kwdefaults__)
print(plain.__doc__, plain.__module__, type(plain).__name__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
    lam = lambda self: None
print(C.method.__qualname__, C.Nested.deep.__qualname__, C.lam.__qualname__, C.Nested.__qualname__)
plain.custom = "attached"
plain.counter = 0
plain.counter += 1
print(plain.custom, plain.counter, sorted(plain.__dict__))
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
plain.__doc__ = "new doc"
print(plain.__doc__)
code = plain.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:3])
def with_ann(x: int) -> str:
    return str(x)
print(with_ann.__annotations__)
print(callable(plain), callable(5), callable(C), callable(C().method))
def multiline():
    """First line.

    More details here.
    """
print(multiline.__doc__.splitlines()[0], len(multiline.__doc__.splitlines()))
try:
    plain.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
