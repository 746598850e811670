# __call__ on instances: callable(), stateful callables, calling with *args/**kwargs, call on classes.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (x + self.n) * scale, rest, sorted(kw.items())


add5 = Adder(5)
print(callable(add5), callable(Adder), callable(5), callable(print), callable("s"))
print(add5(1))
print(add5(1, 2, 3, scale=10, extra="e"))
print(list(map(Adder(100), [1, 2])))


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.calls = 0

    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.f(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.calls)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class CallAttr:
    pass


obj = CallAttr()
obj.__call__ = lambda: "instance attribute is ignored"
print(callable(obj))
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
CallAttr.__call__ = lambda self: "class attribute works"
print(obj(), callable(obj))


class Chain:
    def __init__(self, path=""):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + "/" + name)

    def __call__(self, *args):
        return f"call {self.path} with {args}"


print(Chain().users.list(1, 2))
print(sorted([3, -1, 2], key=lambda v: Adder(0)(v, scale=-1)[0]))
