# Guards: evaluation order, side effects, bindings visible in the guard, fallthrough on false.
calls = []
def check(label, result):
    calls.append(label)
    return result
def route(x):
    calls.clear()
    match x:
        case int(n) if check("positive", n > 0):
            r = "positive int"
        case int(n) if check("negative", n < 0):
            r = "negative int"
        case int():
            r = "zero"
        case [a, b] if check("sum10", a + b == 10):
            r = "pair summing to 10"
        case [a, b] if check("equal", a == b):
            r = "equal pair"
        case [*_]:
            r = "other list"
        case _:
            r = "other"
    return r, list(calls)
for v in (5, -3, 0, [4, 6], [2, 2], [1, 2], "s"):
    print(v, route(v))
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))
def guard_raises(v):
    match v:
        case [x] if 10 // x:
            return "guard ok"
        case _:
            return "fell through"
print(guard_raises([2]), guard_raises([20]))
try:
    guard_raises([0])
except ZeroDivisionError as e:
    print("guard raised:", e)
def guard_uses_walrus(v):
    match v:
        case str(s) if (n := len(s)) > 3:
            return f"long string of {n}"
        case str(s):
            return f"short string {s!r}, n={n}"
print(guard_uses_walrus("hello"), guard_uses_walrus("hi"))
