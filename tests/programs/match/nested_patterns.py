# Deeply nested patterns combining sequences, mappings, classes, literals and captures on JSON-like data.
class User:
    __match_args__ = ("name", "age")
    def __init__(self, name, age):
        self.name, self.age = name, age
def summarize(doc):
    match doc:
        case {"users": [User(name, age), *others], "meta": {"version": 2 | 3 as v}}:
            return f"v{v}: first user {name} ({age}), {len(others)} others"
        case {"users": [], "meta": {"version": v}}:
            return f"v{v}: no users"
        case {"error": {"code": int(code), "detail": [str(msg), *_]}}:
            return f"error {code}: {msg}"
        case {"error": {"code": code}}:
            return f"error with odd code {code!r}"
        case [{"id": i}, {"id": j}, *_] if i < j:
            return f"ascending ids starting {i},{j}"
        case [{"id": _}, *_]:
            return "id list"
        case ((a, b), (c, d)):
            return f"2x2 matrix det={a * d - b * c}"
        case _:
            return "unrecognised document"
docs = [
    {"users": [User("ann", 31), User("bob", 25)], "meta": {"version": 2}},
    {"users": [User("cy", 40)], "meta": {"version": 3, "extra": True}},
    {"users": [User("dee", 22)], "meta": {"version": 1}},
    {"users": [], "meta": {"version": 1}},
    {"error": {"code": 404, "detail": ["not found", "retry"]}},
    {"error": {"code": "E1", "detail": []}},
    [{"id": 1}, {"id": 5}, {"id": 2}],
    [{"id": 9}, {"id": 5}],
    ((1, 2), (3, 4)),
    [[1, 2], [3, 4]],
    "text",
]
for d in docs:
    print(summarize(d))
def depth(tree):
    match tree:
        case (left, right):
            return 1 + max(depth(left), depth(right))
        case _:
            return 0
print(depth(((1, (2, 3)), 4)), depth(5), depth(((((1, 2), 3), 4), 5)))
