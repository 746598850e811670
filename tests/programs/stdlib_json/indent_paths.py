# Indented output (one-shot and iterencode) agrees with CPython's pure-Python encoder in every corner.
import json

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

class Rev(list):
    def __iter__(self):
        return iter(list.__iter__(self).__reversed__() if False else reversed(list(list.__iter__(self))))
class Items(dict):
    def items(self):
        return [("z", 0)] + sorted(dict.items(self))
class F(float):
    def __repr__(self):
        return "F!"
class T(tuple):
    pass

doc = {"b": [1, 2.5, None, True], "a": {"x": [], "y": {}}, "c": "é\n", "d": [[1, [2]], {"k": [3]}]}
for indent in [0, 1, 2, "", "\t", "ab", True, -2]:
    attempt(json.dumps, doc, indent=indent)
    attempt(json.dumps, doc, indent=indent, sort_keys=True, ensure_ascii=False)
attempt(json.dumps, doc, indent=2.5)
attempt(json.dumps, [], indent=2.5)
attempt(json.dumps, 5, indent="x")
attempt(json.dumps, doc, indent=2, separators=(",", ":"))
attempt(json.dumps, doc, indent=2, separators=(1, ":"))
attempt(json.dumps, 5, indent=2, separators=(1, 2))
attempt(json.dumps, [1, 2], indent=2, separators=(",", 2))
attempt(json.dumps, {"a": 1}, indent=2, separators=(",", 2))
attempt(json.dumps, Rev([1, 2, 3]), indent=1)
attempt(json.dumps, Rev([1, 2, 3]))
attempt(json.dumps, Items(a=1, b=2), indent=1)
attempt(json.dumps, Items(a=1, b=2))
attempt(json.dumps, T((1, 2)), indent=1)
attempt(json.dumps, [F("nan")], indent=1, allow_nan=False)
attempt(json.dumps, [F("nan")], allow_nan=False)
attempt(json.dumps, {F("inf"): 1}, indent=1, allow_nan=False)
attempt(json.dumps, [F(1.5), F("inf")], indent=1)
attempt(json.dumps, {"k": float("-inf")}, indent=0, allow_nan=False)
attempt(json.dumps, {(1,): 1, "b": 2}, indent=1, skipkeys=True)
attempt(json.dumps, {(1,): 1, "b": 2}, indent=1)
attempt(json.dumps, {1: "a", "b": 2}, indent=1, sort_keys=True)
attempt(json.dumps, [object()], indent=1, default=lambda o: {"obj": [1]})
attempt(json.dumps, [object()], indent=1)
l = [1]
l.append(l)
attempt(json.dumps, l, indent=1)
attempt(json.dumps, {"a": {"b": l}}, indent=1)
l.clear()
class E(json.JSONEncoder):
    def default(self, o):
        return {"set": sorted(o)}
attempt(E(indent=3).encode, {"s": {3, 1}})
print(list(E(indent=1).iterencode([{1, 2}, "x"])))
print(list(json.JSONEncoder(indent=1, sort_keys=True).iterencode({"b": 1, "a": [1, {}]})))
attempt(json.dumps, {"a": 1}, indent=1, cls=E, separators=[",", ": "])
