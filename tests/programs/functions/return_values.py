# Return values: implicit None, multiple values as tuples, early returns, return in loops.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "loop finished"
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print([early(n) for n in (-1, 0, 5, 20, 2)])
def returns_function():
    def inner():
        return "from inner"
    return inner
print(returns_function()())
def find_first(items, pred):
    for i, item in enumerate(items):
        if pred(item):
            return i, item
    return None
print(find_first([1, 4, 9], lambda x: x > 3), find_first([], bool))
def nested_return():
    while True:
        for x in range(10):
            if x == 3:
                return x
print(nested_return())
def returns_self_call(n, acc=()):
    if n == 0:
        return acc
    return returns_self_call(n - 1, acc + (n,))
print(returns_self_call(5))
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
def conditional_return(x):
    return "yes" if x else "no"
print(conditional_return(1), conditional_return([]))
def returns_dict():
    return {"k": [1, 2]}
print(returns_dict()["k"][1])
