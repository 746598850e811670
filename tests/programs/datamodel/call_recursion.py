# A `__call__` that is itself an instance with `__call__`: a finite chain
# calls through; a class whose `__call__` is its own instance recurses until
# RecursionError (CPython's "while calling a Python object"), and the
# interpreter is usable afterwards.


class Leaf:
    def __call__(self, x):
        return x * 2


class Middle:
    pass


Middle.__call__ = Leaf()


class Top:
    pass


Top.__call__ = Middle()
print(Top()(21))


class A:
    pass


A.__call__ = A()
a = A()
for attempt in range(3):
    try:
        a()
    except RecursionError as e:
        print(attempt, type(e).__name__, e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
a()
