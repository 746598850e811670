# Decorators without arguments: wrapping, call counting, registration, returning originals.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=5)
print(add.__name__)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(registry, alpha(), beta.__name__)
def replace_with_value(fn):
    return fn()
@replace_with_value
def computed():
    return 42
print(computed)
def order(fn):
    print("decorating", fn.__name__)
    return fn
print("before def")
@order
def decorated():
    pass
print("after def")
class_calls = []
def deco_class(cls):
    cls.tag = "decorated"
    return cls
@deco_class
class Thing:
    pass
print(Thing.tag)
