# match/case are soft keywords: usable as names; match with no matching case does nothing.
match = [1, 2]
case = "case value"
print(match, case)
match match:
    case [1, case]:
        print("inner capture named case:", case)
def match_func(match):
    return match * 2
print(match_func(21))
class _:
    pass
print(type(_()).__name__)
result = "untouched"
match 99:
    case 1:
        result = "one"
    case 2:
        result = "two"
print("no case matched, result", result)
_ = "underscore as variable"
match "anything":
    case _:
        print("wildcard in case, while _ is", _)
match (1,):
    case (x,):
        print("single-element tuple pattern", x)
match -0.0:
    case 0:
        print("-0.0 matches literal 0")
match 10:
    case n if n > 5: print("one-line case body", n)
print(match)
