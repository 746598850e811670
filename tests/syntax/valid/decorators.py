import functools


def plain(func):
    return func


def factory(*args, **kwargs):
    return plain


@plain
def a(): pass


@factory()
@factory(1, 2, key="value")
@plain
def b(): pass


@functools.lru_cache(maxsize=None)
def c(n): return n


@plain
class D:
    @property
    def x(self):
        return 1

    @x.setter
    def x(self, value):
        pass

    @staticmethod
    @plain
    def s(): pass

    @classmethod
    def k(cls): pass


# PEP 614: any expression
registry = [plain, {"k": plain}]


@registry[0]
def e(): pass


@registry[1]["k"]
def f(): pass


@(lambda fn: fn)
def g(): pass


@plain if True else factory
def h(): pass


@(decorator := plain)
def i(): pass


@a.__class__.__call__.__class__ if False else plain
async def j(): pass


@plain
# a comment between decorator and def
def k(): pass


@ plain
def spaced(): pass
