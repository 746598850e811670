# json.loads of every JSON value, whitespace, numbers, escapes, hooks.
import json

docs = [
    'null', 'true', 'false', '0', '-0', '-12', '123456789012345678901234567890',
    '1.5', '-2.5e10', '1E+2', '1e-2', '0.000001', '1.7976931348623157e308', '1e400',
    '-1e400', '"str"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u20AC"',
    '"\\ud83d\\ude00"', '"caf\u00e9"', '[]', '{}', '[1, 2, 3]', '{"a": 1, "b": [true, false, null]}',
    ' \t\n\r [ 1 , { "x" : [ ] } ] \n', 'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '{"a": 1, "a": 2}', '[[[[[]]]]]', '"\\u0000"', '{"": ""}', '12e', '1.', '-',
]
for d in docs:
    try:
        r = json.loads(d)
        print(repr(d), "->", repr(r), type(r).__name__)
    except ValueError as e:
        print(repr(d), "error", type(e).__name__, e)

# bytes and bytearray inputs, with encodings detected from the first bytes.
print(json.loads(b'{"k": [1, 2]}'))
print(json.loads(bytearray(b'[1, "x"]')))
print(json.loads('"\u00e9"'.encode("utf-8")))
print(json.loads(b'\xef\xbb\xbf[1]'))

# Hooks.
print(json.loads('{"a": {"b": 1}, "c": [1, {"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"x": 1}}', object_pairs_hook=lambda p: ("pairs", p), object_hook=lambda d: "nope"))
print(json.loads('[1, 2.5, 3e2, -4]', parse_float=lambda s: ("F", s), parse_int=lambda s: ("I", s)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C:" + s))
print(json.loads('{}', object_hook=lambda d: ("empty", d)))
print(json.loads('{}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('[1.0, 2]', parse_float=str, parse_int=float))
print(json.loads('"a\tb"', strict=False))
print(json.loads('{"k\nk": "v\x00"}', strict=False))

# Keys are memoized: equal keys in different objects are the same object.
r = json.loads('[{"key": 1}, {"key": 2}]')
k1, = r[0]
k2, = r[1]
print(k1 is k2)

# raw_decode and JSONDecoder.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('  {"a": 1}', 2))
print(dec.decode('  [3]  '))
print(json.decoder.scanstring('"abc\\n" rest', 1))
print(json.decoder.scanstring('x"tab\there"', 2, False))
s = json.scanner.make_scanner(dec)
print(s('[1, "x"]', 0), s("123 456", 4))
try:
    s("   ", 1)
except StopIteration as e:
    print("StopIteration", e.value)
print(type(s).__name__, s.strict, s.object_hook, s.parse_float is float, s.parse_int is int)
