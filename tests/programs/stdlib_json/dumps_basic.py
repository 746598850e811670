# json.dumps of every built-in type, with indent, separators, sort_keys and ensure_ascii.
import json

values = [
    None, True, False, 0, -7, 12345678901234567890123, 1.5, -0.0, 1e16, 1e-7,
    0.1 + 0.2, 3.0, 1e300 * 10, -1e300 * 10, "plain", "quote\" back\\ slash",
    "ctl\n\r\t\b\f\x00\x1f", "caf\u00e9 \u20ac \U0001f600", [], {}, (), [1, [2, [3]]],
    {"a": 1, "b": [1, 2, {"c": None}]}, (1, "two", 3.0),
]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))
print(json.dumps(float("nan")))

doc = {"name": "x", "list": [1, 2, {"k": "v", "e": []}], "empty": {}, "n": None, "t": (1,)}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent="--"))
print(json.dumps(doc, indent=-1))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, indent=1, separators=(",", ": ")))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, sort_keys=True, indent=3))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))

# Non-string keys.
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -3: "f"}))
print(json.dumps({1: "a", 2.5: "b", None: "e"}, indent=1))
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True, indent=2))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))

# Subclasses of int, float, str, list, dict, tuple.
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1, 2]), MyDict(a=1)]))
print(json.dumps({MyInt(5): 1, MyFloat(2.5): 2, MyStr("k"): 3}))
print(json.dumps([MyInt(5), MyFloat(2.5)], indent=1))

# Floats print as repr.
for f in [0.1, 1/3, 2.0**60, 123456789.125, 1e22, 5e-324, 1.7976931348623157e308]:
    print(json.dumps(f), json.dumps([f], indent=1))

# Strings needing escapes, ensure_ascii both ways.
s = "".join(chr(i) for i in range(0, 0x30)) + "\x7f\x80\u0100\u07ff\u0800\uffff\U00010000\U0010ffff"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.encoder.encode_basestring_ascii("a\u1234b"))
print(json.encoder.encode_basestring("a\u1234\nb"))
