import pprint, io, re

def noid(s):
    return re.sub(r'id=\d+', 'id=N', s)

import dataclasses

a = [1, 2]
a.append(a)
d = {'self': None}
d['self'] = d
print(noid(pprint.saferepr(a)), pprint.isrecursive(a), pprint.isreadable(a))
print(noid(pprint.saferepr(d)), pprint.isrecursive(d), pprint.isreadable(d))
print(noid(pprint.pformat([a, d], width=20)))
print(pprint.isreadable([1, 'a', (2,), {3: 4.5}]), pprint.isreadable([object]), pprint.isrecursive([1, [2]]))
print(pprint.saferepr({'b': 1, 'a': [3, (4,)]}), pprint.saferepr(()), pprint.saferepr([]), pprint.saferepr({}))
s = io.StringIO()
pprint.pprint({'x': list(range(30))}, stream=s, width=30)
print(repr(s.getvalue()))
p = pprint.PrettyPrinter(indent=2, width=30, depth=2, compact=True)
print(p.pformat([[1, [2, [3, [4]]]], list(range(20))]))
print(p.isreadable([1, [2, [3]]]), p.isrecursive(a), p.isreadable((1, 2)))
print(p.format([1, 2], {}, 0, 0), p.format({'a': [1]}, {}, 1, 1))
p.pprint('short')
for kw in [dict(indent=-1), dict(depth=0), dict(width=0), dict(depth=-2)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(kw, e)
try:
    pprint.PrettyPrinter(indent='x')
except ValueError as e:
    print('ValueError', e)
class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 50 + ')'
print(pprint.pformat([Custom(), Custom()]), pprint.isreadable(Custom()))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'point'
    hidden: int = dataclasses.field(default=0, repr=False)
print(pprint.pformat(Point(1, list(range(30))), width=40))
print(pprint.pformat([Point(2, [1]), Point(3, ['y' * 40])], width=40))
@dataclasses.dataclass(repr=False)
class NoRepr:
    v: list
print(pprint.pformat(Point(1, [1])), len(pprint.pformat(NoRepr(list(range(30))), width=20).splitlines()))
class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
print(Sub(width=20).pformat(['abc', 'def', {'k': 'v'}, ['ghi'] * 5]))
print(pprint.pformat(1234567890123, underscore_numbers=True), pprint.pformat(True), pprint.pformat(3.5), pprint.pformat(None))
pprint.pp([1, 2], width=3)
pprint.pprint(['a' * 10] * 3, None, 2, 20)
print(pprint.pformat(list(range(10)), 1, 10, 1))
class Box:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return 'Box(%r)' % (self.items,)
class BoxPrinter(pprint.PrettyPrinter):
    _dispatch = dict(pprint.PrettyPrinter._dispatch)
    def _pprint_box(self, object, stream, indent, allowance, context, level):
        stream.write('Box(')
        self._format(object.items, stream, indent + 4, allowance + 1, context, level)
        stream.write(')')
    _dispatch[Box.__repr__] = _pprint_box
print(BoxPrinter(width=20).pformat([Box(list(range(8)))]))
print(pprint.pformat([Box(list(range(8)))], width=20))
