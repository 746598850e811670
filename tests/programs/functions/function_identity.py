# Functions as objects: identity, equality, use as dict keys and set members, rebinding names.
def f():
    return "f"
def g():
    return "g"
alias = f
print(alias is f, alias == f, f == g, alias())
table = {f: "first", g: "second"}
print(table[alias], len({f, g, alias}))
def f():
    return "new f"
print(alias(), f(), alias is f, alias.__name__, f.__name__)
funcs = [len, str.upper, abs]
print([fn.__name__ for fn in funcs])
class K:
    def m(self):
        return self
k = K()
print(k.m == k.m, k.m is k.m, K.m is K.m, k.m() is k)
bound = k.m
print(bound.__self__ is k, bound.__func__ is K.m, bound.__name__)
def make():
    def inner():
        pass
    return inner
a, b = make(), make()
print(a is b, a == b, a.__code__ is b.__code__, a.__qualname__)
print(type(f).__name__, type(len).__name__, type(k.m).__name__, type(lambda: 0).__name__)
def rebinding():
    def helper():
        return 1
    first = helper
    def helper():
        return 2
    return first(), helper()
print(rebinding())
