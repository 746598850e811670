# match with literal patterns: ints, strings, None, True/False, negative and float literals.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case b"raw":
            return "bytes"
        case 1j:
            return "imaginary"
        case -2 + 3j:
            return "complex literal"
        case _:
            return "other"
for v in [0, 1, 3, -1, 2.5, "hello", "", None, True, False, b"raw", 1j, -2 + 3j, 1.0, 0.0, "other", [0]]:
    print(repr(v), "->", describe(v))
def literal_equality(x):
    match x:
        case 1:
            return "matched 1 via =="
        case _:
            return "no"
print(literal_equality(1.0), literal_equality(True), literal_equality("1"))
def bool_identity(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
    return "nothing"
print(bool_identity(True), bool_identity(1), bool_identity(1.0), bool_identity(2))
match "a" "b":
    case "ab":
        print("concatenated literal matched")
