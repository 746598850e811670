# Sequence patterns: fixed length, star in every position, nested, list vs tuple syntax, str excluded.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"single {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last] if len(middle) == 1:
            return f"triple {first} {middle} {last}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more"
for s in ([], [1], (1, 2), [1, 2, 3], range(5), (9, 8, 7, 6)):
    print(repr(s), "->", shape(s))
def star_positions(seq):
    match seq:
        case [*init, "end"]:
            return f"ends with end after {init}"
        case ["start", *tail]:
            return f"starts with start then {tail}"
        case [a, *mid, z]:
            return f"{a}..{mid}..{z}"
        case _:
            return "too short"
for s in (["a", "end"], ["start", 1, 2], [1, 2, 3, 4], ["start", "end"], [0]):
    print(s, "->", star_positions(s))
for v in ("ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2])):
    match v:
        case [_, _]:
            print(type(v).__name__, "matched as a sequence")
        case _:
            print(type(v).__name__, "is not a sequence for match")
match [1, (2, [3, 4])]:
    case [a, (b, [c, d])]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case 1, *others:
        print("no brackets", others)
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches list")
match [[1, 2], [3, 4, 5]]:
    case [[*_, x], [*_, y]]:
        print("last of each", x, y)
