# Or-patterns: alternatives of literals, sequences and classes, binding the same names in each branch.
def classify(cmd):
    match cmd:
        case "quit" | "exit" | "q":
            return "leaving"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go", _]:
            return "unknown direction"
        case [("get" | "take"), item] | [("get" | "take"), item, "now"]:
            return f"picking up {item}"
        case (0 | 1, x) | (x, 0 | 1):
            return f"binary-ish tuple with {x}"
        case int() | float():
            return "a number"
        case _:
            return "unrecognised"
for c in ["quit", "q", ["go", "north"], ["go", "up"], ["take", "lamp"], ["get", "key", "now"],
          (1, 9), (9, 0), (5, 5), 3, 1.5, "dance"]:
    print(c, "->", classify(c))
def first_alternative_wins(v):
    match v:
        case [x, _] | [_, x]:
            return x
print(first_alternative_wins([1, 2]))
def nested_or(v):
    match v:
        case {"kind": "a" | "b", "val": (1 | 2) as n}:
            return f"kind a/b with {n}"
        case {"kind": k}:
            return f"other kind {k}"
print(nested_or({"kind": "b", "val": 2}), nested_or({"kind": "a", "val": 3}), nested_or({"kind": "z"}))
match None:
    case 0 | None:
        print("None alternative matched")
