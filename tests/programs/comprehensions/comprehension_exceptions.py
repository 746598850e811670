# Exceptions raised inside comprehensions propagate out; partial results are discarded.
def risky(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x * 2
result = "unchanged"
try:
    result = [risky(x) for x in range(5)]
except ValueError as e:
    print("ValueError:", e)
print(result)
try:
    d = {k: 10 // (k - 2) for k in range(4)}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def safe(x):
    try:
        return risky(x)
    except ValueError:
        return None
print([safe(x) for x in range(5)])
print([y for y in (safe(x) for x in range(5)) if y is not None])
def stopper():
    yield 1
    raise StopIteration
try:
    print([v for v in stopper()])
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([1, 2, 3])
print([next(it) for _ in range(2)], list(it))
try:
    [next(it) for _ in range(1)]
except StopIteration:
    print("StopIteration escaped list comprehension")
try:
    print([x["key"] for x in [{"key": 1}, {}]])
except KeyError as e:
    print("KeyError:", e)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print("TypeError:", e)
try:
    print({x for x in [[1]]})
except TypeError as e:
    print("TypeError:", e)
