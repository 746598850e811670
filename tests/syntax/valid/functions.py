# Function definitions, return, yield, yield from.
def no_body_docstring():
    """Only a docstring."""


def returns_nothing():
    return


def returns_tuple():
    return 1, 2


def returns_starred():
    return *range(2), 3


def generator():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 3
    z = (yield)
    w = [(yield)]
    yield from range(3)
    v = yield from generator()
    return x, y, z, w, v


def annotated(a: int) -> "str":
    return str(a)


def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)


def closure():
    value = 0

    def inner():
        return value

    return inner


def one_liner(): return 1


def semicolons(): x = 1; y = 2; return x + y


def default_mutable(a=[], b={}, c=set()):
    return a, b, c


def nested_defs():
    def a():
        def b():
            def c():
                return 1
            return c
        return b
    return a


def yield_in_expressions():
    print((yield))
    await_like = (yield) + (yield)
    return await_like
