# Class definitions.
class Empty: pass


class WithParens(): pass


class WithBase(object): pass


class Multiple(Empty, WithBase): pass


class WithMeta(metaclass=type): pass


class WithKwargs(Empty, metaclass=type, **{}): pass


class WithStar(*[object]): pass


class WithExpressions(type("Dynamic", (), {}), [object][0]): pass


class Body:
    """Docstring."""
    attribute = 1
    annotated: int
    annotated_value: str = "x"
    __slots__ = ()

    def method(self):
        return self.attribute

    @classmethod
    def cls_method(cls):
        return cls

    class Nested:
        class Deeper:
            value = [i for i in range(3)]

    if True:
        conditional = 1
    else:
        conditional = 2

    for _i in range(2):
        pass

    with open(__file__) if False else __import__("contextlib").nullcontext():
        pass

    try:
        pass
    except Exception:
        pass

    lambda_attr = lambda self: self


class Trailing(Empty,): pass


class Generic(list[int]): pass


class Inline: x = 1; y = 2


def factory():
    class Local(Body):
        def method(self):
            return super().method()
    return Local
