# nonlocal declarations across one and several enclosing scopes.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def layered():
    v = 1
    def a():
        v = 2
        def b():
            nonlocal v
            v += 10
            return v
        return b(), v
    return a(), v
print(layered())
def accumulate():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total
    for i in range(1, 5):
        add(i)
    return total, history
print(accumulate())
def swap_pair():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(swap_pair())
def loop_closure():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(7):
        bump()
    return n
print(loop_closure())
