# Closures: cells, free variables, nonlocal, class cells.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def adder(n):
    def add(x):
        return x + n
    return add

def deep():
    a = 1
    def level1():
        b = 2
        def level2():
            return a + b
        return level2
    return level1

def cell_param(x, y):
    def g():
        return x
    return g, y

def lambda_closure(k):
    return lambda v: v * k

def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return fs

def del_cell():
    v = 1
    def get():
        return v
    del v
    return get

class WithSuper:
    def method(self):
        return super().method()

    def uses_class(self):
        return __class__

def outer_class():
    x = 5
    class Inner:
        y = x
        def get(self):
            return x
    return Inner

def comprehension_closure(n):
    return [i * n for i in range(10)]

def generator_closure(data, key):
    return (d[key] for d in data)
