# Default arguments: evaluated once at def time, mutable-default gotcha, None idiom.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def next_default():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter
def f(x=next_default()):
    return x
print(f(), f(), f(99))
def g(a, b=2, c=3):
    return a, b, c
print(g(1), g(1, 20), g(1, c=30), g(a=0), g(1, 2, 3))
def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
print(memo(40), len(memo.__defaults__[0]))
x = 10
def captured(v=x):
    return v
x = 20
print(captured())
def dict_default(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d
dict_default(); dict_default()
print(dict_default())
g.__defaults__ = (200, 300)
print(g(1))
