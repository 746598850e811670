# as-patterns: binding whole subjects and subpatterns, combined with or-patterns and classes.
def parse(tokens):
    match tokens:
        case [("+" | "-") as op, int() as a, int() as b]:
            return a + b if op == "+" else a - b
        case [str() as word] as whole:
            return f"single word {word!r} in {whole}"
        case [first, *rest] as everything if len(everything) > 3:
            return f"long: first={first} rest={rest}"
        case ([] | ()) as empty:
            return f"empty {type(empty).__name__}"
        case other:
            return f"fallback {other!r}"
for t in (["+", 2, 3], ["-", 10, 4], ["hello"], [1, 2, 3, 4], [], (), [1, 2]):
    print(t, "->", parse(t))
class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
match tree:
    case Node(value=root, children=[Node() as left, Node(children=[Node(value=deep)]) as right]):
        print("root", root, "left value", left.value, "right value", right.value, "deep", deep)
match {"point": (1, 2)}:
    case {"point": (x, y) as pt}:
        print("pt", pt, x, y)
match 5:
    case (1 | 5 | 9) as n:
        print("matched", n)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
