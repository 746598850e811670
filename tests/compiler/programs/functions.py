# Functions: parameters, defaults, keyword-only, annotations, docstrings.
def simple():
    pass

def with_doc():
    """A docstring."""
    return 1

def params(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    return a, b, c, d, args, e, f, kwargs

def defaults(a=1, b='x', c=None, d=(1, 2)):
    return a, b, c, d

def kwonly(*, a, b=3):
    return a + b

def annotated(a: int, b: 'str' = 'x', *args: tuple, c: float = 1.0, **kw: dict) -> list:
    return [a, b, c]

def returns_none():
    return

def returns_const():
    return 42

def returns_multiline():
    return (1 +
            2)

def implicit_return(x):
    x.go()

def recursive(n):
    if n <= 1:
        return 1
    return n * recursive(n - 1)

async def coro(x):
    return await x

def generator(n):
    for i in range(n):
        yield i

def yield_from(gen):
    yield from gen
    return (yield)

def nested_def():
    def inner(a=1):
        return a
    return inner

def global_use():
    global counter
    counter = counter + 1
    return counter

def default_mutable(x=[], y={}):
    x.append(y)
    return x
