# *args and **kwargs collection: types, ordering, mixing with named params.
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(collect())
print(collect(1, "two", [3]))
print(collect(z=1, a=2, m=3))
print(collect(1, 2, x=3))
def named_first(a, b, *args, **kwargs):
    return a, b, args, kwargs
print(named_first(1, 2), named_first(1, 2, 3, 4, k=5))
print(named_first(b=1, a=2, c=3))
try:
    named_first(1, a=2)
except TypeError as e:
    print("TypeError:", e)
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(5), total(1, 2, 3, 4))
def describe(**info):
    return ", ".join(f"{k}={v!r}" for k, v in info.items())
print(describe(name="pvm", version=3, ok=True))
def modify(*args, **kwargs):
    kwargs["added"] = len(args)
    return kwargs
d = {"k": 1}
print(modify(1, 2, **d), d)
def no_kwargs(a):
    return a
try:
    no_kwargs(1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    no_kwargs(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    no_kwargs()
except TypeError as e:
    print("TypeError:", e)
