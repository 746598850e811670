# Stacked decorators: application order (bottom-up) and call order (top-down).
def deco(label):
    print("create", label)
    def apply(fn):
        print("apply", label, "to", fn.__name__)
        def wrapper(*args):
            print("enter", label)
            r = fn(*args)
            print("leave", label)
            return f"{label}({r})"
        wrapper.__name__ = f"{label}_{fn.__name__}"
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    print("base runs with", x)
    return x
print(base.__name__)
print(base(7))
def double_result(fn):
    return lambda *a: fn(*a) * 2
def add_one(fn):
    return lambda *a: fn(*a) + 1
@double_result
@add_one
def f(x):
    return x
@add_one
@double_result
def g(x):
    return x
print(f(5), g(5))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
def count_calls(fn):
    def wrapper(n):
        wrapper.count += 1
        return fn(n)
    wrapper.count = 0
    return wrapper
@count_calls
@memoize
def slow_square(n):
    return n * n
for v in [2, 3, 2, 2, 3, 4]:
    slow_square(v)
print(slow_square.count)
