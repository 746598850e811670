# Functions as values: map/filter/sorted with keys, reduce written by hand, function tables.
def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(my_reduce(lambda a, b: a + b, range(10), 0), my_reduce(lambda a, b: a * b, range(1, 6), 1))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [5, 2])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isdigit, "a1b2c3")))
words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.strip, 1, "  s  "))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
base2 = partial(int, base=2)
print(base2("1010"), partial(max, 3)(1, 2), partial(sorted, reverse=True)([1, 3, 2]))
def pipeline(*fns):
    return lambda x: my_reduce(lambda acc, f: f(acc), fns, x)
p = pipeline(str.split, len, lambda n: n * 100)
print(p("one two three"))
print(any(map(str.isupper, "abC")), all(map(callable, [len, print, 5])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(sum(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(enumerate(map(chr, range(97, 100)))))
print(max(range(10), key=lambda x: (x % 4, -x)), min("hello", key=ord))
