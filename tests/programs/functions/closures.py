# Closures capturing variables from enclosing scopes, cells shared between inner functions.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
print(make_adder.__closure__)
def shared():
    value = []
    def push(x):
        value.append(x)
    def peek():
        return list(value)
    return push, peek
push, peek = shared()
push(1); push(2)
print(peek())
def multiplier_chain(a):
    def step1(b):
        def step2(c):
            return a * b * c
        return step2
    return step1
print(multiplier_chain(2)(3)(4))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print([c(w) for w in "a b a c a b".split()])
def outer():
    x = 1
    def read():
        return x
    x = 2
    return read
print(outer()())
def make_pair():
    v = "initial"
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = make_pair()
set_("updated")
print(get())
