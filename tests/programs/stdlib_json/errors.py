# JSONDecodeError messages and positions, encoder errors.
import json

bad = [
    '', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}',
    '{1: 2}', "{'a': 1}", '[1] [2]', '"abc', '"abc\\', '"a\\x"', '"\\u12"', '"\\u12x4"',
    '"\\ud83d\\u12"', '"a\nb"', '"tab\there"', 'nul', 'tru', 'fals', 'nan', 'inf', '-inf',
    '01', '-a', '.5', '+1', '1 2', '[1,\n 2,\n ]', '\n\n  {"x":\n  }', '{"a"', '{"a":', '[1,',
    '\ufeff[1]', '"\x7f\x1f"', '{"a":1}x', '[-]', 'true false', '"\\', '[""', '{"":1,"":}',
    'Infinit', '-Infinit', 'NaN1', '[1.e5]', '1e', '1e+', '0x1f',
]
for d in bad:
    try:
        r = json.loads(d)
        print(repr(d), "ok", repr(r))
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == d)

print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args)

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(json.loads, 5)
attempt(json.loads, None)
attempt(json.loads, [1])
attempt(json.loads, b'\xff\xfe[\x001\x00]\x00')
attempt(json.dumps, object)
attempt(json.dumps, {1, 2})
attempt(json.dumps, [1, b"bytes"])
attempt(json.dumps, {"a": 1j})
attempt(json.dumps, {(1, 2): 3})
attempt(json.dumps, {(1, 2): 3}, indent=2)
attempt(json.dumps, {b"k": 3})
attempt(json.dumps, float("nan"), allow_nan=False)
attempt(json.dumps, [float("inf")], allow_nan=False)
attempt(json.dumps, {"k": float("-inf")}, allow_nan=False, indent=1)
attempt(json.dumps, {float("nan"): 1}, allow_nan=False)
attempt(json.dumps, {"a": 1, 2: 3}, sort_keys=True)
attempt(json.dumps, [1], separators=(1, 2))
attempt(json.dumps, [1], indent=2, separators=(1, 2))
attempt(json.dumps, [1], nonsense=True)
attempt(json.loads, "[]", nonsense=True)

# Circular references.
a = []
a.append(a)
attempt(json.dumps, a)
attempt(json.dumps, a, indent=1)
d = {}
d["self"] = d
attempt(json.dumps, d)
attempt(json.dumps, [d], indent=2)
attempt(json.dumps, a, check_circular=False)
class Loop:
    pass
loop = Loop()
attempt(json.dumps, loop, default=lambda o: o)
attempt(json.dumps, [loop], default=lambda o: [o], indent=1)

# Shared (non-circular) references are fine.
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))

# Deep nesting hits the recursion limit.
attempt(json.loads, "[" * 100000 + "]" * 100000)
attempt(json.loads, '{"a":' * 100000 + "1" + "}" * 100000)
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError")
try:
    json.dumps(deep, indent=1)
except RecursionError as e:
    print("RecursionError")
del deep, cur, nxt
a.clear()
d.clear()
