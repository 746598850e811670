# Value (dotted name) patterns: class attributes and module-level namespaces used as constants.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Http:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        MOVED = 301
def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"
print([color_name(c) for c in ("red", "green", "blue", "pink")])
def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "not found"
        case Http.Redirect.MOVED:
            return "moved"
        case other:
            return f"status {other}"
print([status(c) for c in (200, 404, 301, 500)])
RED = "red"
def shadow(c):
    match c:
        case RED if False:
            return "never"
        case Color.RED:
            return "value pattern compares"
    return "fallthrough"
print(shadow("red"), shadow("blue"))
class Counter:
    hits = 0
    def __eq__(self, other):
        Counter.hits += 1
        return other == "match me"
class Holder:
    special = Counter()
def uses_eq(x):
    match x:
        case Holder.special:
            return "matched via __eq__"
        case _:
            return "no"
print(uses_eq("match me"), uses_eq("nope"), Counter.hits)
