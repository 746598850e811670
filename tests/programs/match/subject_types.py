# Matching subjects of many types: str, int, float, tuple, list, dict, None, True, and tuple subjects.
def kind(x):
    match x:
        case None:
            return "None"
        case True | False:
            return f"bool {x}"
        case int(i) if i < 0:
            return "negative int"
        case int():
            return "int"
        case float():
            return "float"
        case str() if x.isdigit():
            return "digit string"
        case str():
            return "string"
        case (x1, x2):
            return f"2-sequence of {type(x).__name__}"
        case tuple():
            return "other tuple"
        case list():
            return "other list"
        case dict():
            return "dict"
        case set() | frozenset():
            return "set-like"
        case _:
            return type(x).__name__
for v in [None, True, False, -5, 7, 1.5, "123", "abc", (1, 2), [3, 4], (1,), [], {}, {1}, frozenset(), range(2), b"xy"]:
    print(repr(v), "->", kind(v))
def both(a, b):
    match a, b:
        case 0, 0:
            return "both zero"
        case 0, _:
            return "first zero"
        case _, 0:
            return "second zero"
        case x, y if x == y:
            return "equal"
        case _:
            return "different"
print([both(*p) for p in [(0, 0), (0, 5), (5, 0), (3, 3), (1, 2)]])
evaluations = 0
def subject():
    global evaluations
    evaluations += 1
    return [1, 2, 3]
match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3]:
        print("subject evaluated", evaluations, "time(s)")
