# JSONEncoder/JSONDecoder subclasses, default=, cls=, dump/load with file-like objects.
import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

data = {"p": Point(1, 2), "s": {3, 1, 2}, "l": [Point(3, 4)]}
text = json.dumps(data, cls=PointEncoder)
print(text)
back = json.loads(text, object_hook=as_point)
print(type(back["p"]).__name__, back["p"].x, back["p"].y, back["s"], back["l"][0].y)
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder().encode(Point(5, 6)))
print(list(PointEncoder().iterencode([Point(1, 1), "x"])))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, 2]})))
print(json.JSONEncoder().encode("just a string"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print(json.dumps(Point(7, 8), default=lambda o: o.__dict__))
print(json.dumps([Point(7, 8)], default=lambda o: o.__dict__, indent=1))

try:
    PointEncoder().encode(object())
except TypeError as e:
    print("TypeError", e)

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=Upper))

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, parse_float=lambda s: round(float(s)), **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": 1.6, "b": {"c": 2.4}}', cls=MyDecoder))
print(json.loads('[1.25]', cls=json.JSONDecoder, parse_float=str))

e = json.JSONEncoder(skipkeys=True, ensure_ascii=False, check_circular=False, allow_nan=False,
                     sort_keys=True, indent=3, separators=(";", "="))
print(e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent,
      e.item_separator, e.key_separator)
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator), e.default.__name__)
d = json.JSONDecoder()
print(d.object_hook, d.parse_float is float, d.parse_int is int, d.strict, d.object_pairs_hook)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

out = Sink()
json.dump({"b": [1, 2, {"c": None}], "a": "x"}, out)
print(out.parts)
out = Sink()
json.dump([1, {"k": 2}], out, indent=2, sort_keys=True)
print(out.parts)
out = Sink()
try:
    json.dump([1, 2, object(), 4], out)
except TypeError as e:
    print("TypeError", e, out.parts)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

print(json.load(Source('{"x": [1, 2]}')))
print(json.load(Source('[1.5]'), parse_float=lambda s: s + "!"))
print(json.load(Source(b'[true]')))

# Round trips.
import random
rng = random.Random(5)
def make(depth):
    k = rng.randrange(7 if depth < 4 else 4)
    if k == 0:
        return rng.randrange(-10**6, 10**6)
    if k == 1:
        return rng.random() * 10 ** rng.randrange(-5, 20)
    if k == 2:
        return "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(6)))
    if k == 3:
        return rng.choice([None, True, False])
    if k in (4, 5):
        return [make(depth + 1) for _ in range(rng.randrange(4))]
    return {str(rng.randrange(100)): make(depth + 1) for _ in range(rng.randrange(4))}
for i in range(30):
    v = make(0)
    for kw in ({}, {"indent": 1}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
        s = json.dumps(v, **kw)
        assert json.loads(s) == v, (v, kw)
print(json.dumps(make(0), sort_keys=True))
print(json.__all__)
print(json.dumps.__name__, json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
