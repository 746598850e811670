# Capture patterns, wildcard _, and name binding that persists after the match statement.
def first(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one item: {only}"
        case [head, *_]:
            return f"head {head}"
        case _:
            return "not a list"
print(first([]), first([7]), first([1, 2, 3]), first("str"), first(5))
match 42:
    case value:
        print("captured", value)
print("value still bound after match:", value)
match (1, 2):
    case (a, b):
        pass
print(a, b)
match {"k": "v"}:
    case _:
        print("wildcard always matches")
try:
    print(_)
except NameError as e:
    print("wildcard binds nothing:", e)
def never_bound(x):
    match x:
        case [y] if y > 100:
            return y
        case _:
            pass
    try:
        return ("guard failed but y is bound", y)
    except UnboundLocalError:
        return "y is unbound"
print(never_bound([5]), never_bound("abc"))
match [1, [2, 3]]:
    case [x, [_, z]]:
        print("nested captures", x, z)
def bind_then_fail(v):
    m = "unset"
    match v:
        case [m, 0]:
            pass
    return m
print(bind_then_fail([1, 0]), bind_then_fail([1, 1]))
