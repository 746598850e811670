# Mapping patterns: required keys, extra keys ignored, **rest, nested mappings, key literals.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown type {t}, other keys {sorted(rest)}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "q", "shift": True},
    {"type": "key", "key": "w"},
    {"type": "scroll", "dy": -1, "dx": 0},
    {"no_type": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))
match {1: "one", 2: "two", "k": "v"}:
    case {1: a, 2: b}:
        print("int keys", a, b)
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": name, "roles": [*_, "dev"]}}:
        print("nested mapping", name)
class Key:
    A = "a"
match {"a": 10}:
    case {Key.A: v}:
        print("value pattern as key", v)
class MyMap(dict):
    pass
match MyMap(x=1):
    case {"x": 1}:
        print("dict subclass matches")
match {"x": None}:
    case {"x": None, **rest}:
        print("None value matched, rest", rest)
