# namedtuple, and UserDict/UserList/UserString.
from collections import namedtuple, UserDict, UserList, UserString

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__module__, Point.__qualname__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point(**{'x': 7, 'y': 8}))
print(Point.x, Point.x.__doc__, Point.__new__.__doc__, Point._make.__doc__, Point.__match_args__)
x, y = p; print(x + y, p.count(1), p.index(2), p + (3,), p * 2, hash(p) == hash((1, 2)))
for attempt in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
                lambda: p._replace(z=1), lambda: setattr(p, 'x', 5), lambda: delattr(p, 'x'),
                lambda: namedtuple('Bad', 'x x'), lambda: namedtuple('Bad', '_x'),
                lambda: namedtuple('Bad', 'def'), lambda: namedtuple('1Bad', 'x'),
                lambda: namedtuple('Bad', ['x', 3]), lambda: namedtuple('Bad', 'x', defaults=(1, 2)),
                lambda: p.z]:
    try:
        print(attempt())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[2, 3])
print(P3(1), P3(1, c=9), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a def _b a', rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple('One', 'v')
print(One(1), One.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
M = namedtuple('M', 'a, b', module='mymod')
print(M.__module__, repr(M))
class Sub(Point):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Sub(3, -4).norm, Sub(1, 2), Sub._make([1, 2]))
import copy
print(copy.copy(p), copy.deepcopy(Point([1], 2)))
match p:
    case Point(a, b):
        print('matched', a, b)
Point.x.__doc__ = 'the x coordinate'
print(Point.x.__doc__)

ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), ud['a'], 'b' in ud, ud.data, list(ud), ud.get('z', 0), ud.copy(), type(ud.copy()).__name__)
del ud['a']; print(ud, ud | {'c': 3}, {'c': 3} | ud, UserDict.fromkeys('xy', 0))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
try:
    UserDict()['k']
except KeyError as e:
    print(repr(e))

ul = UserList([3, 1, 2])
ul.append(4); ul.sort(); ul.extend(UserList([9]))
print(ul, ul[1], ul[1:3], type(ul[1:3]).__name__, len(ul), ul + [0], [0] + ul, ul * 2, ul == [1, 2, 3, 4, 9], ul < [5])
ul.insert(0, 'a'); print(ul.pop(0), ul.pop(), ul.index(2), ul.count(3), ul)
ul.reverse(); ul.remove(3); print(ul, ul.copy(), 2 in ul)
ul += [8]; ul *= 2; print(ul)
try:
    hash(ul)
except TypeError as e:
    print(e)

us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us[1], us[1:3], type(us[0]).__name__, len(us), us + '!', '>' + us,
      us * 2, 'ell' in us, us == 'Hello', us < 'World', us.find('l'), us.replace('l', 'L'), us.split('e'),
      us.startswith('He'), us.center(9, '*'), us.zfill(7), us.count('l'), hash(us) == hash('Hello'), int(UserString('42')) + 1)
print(UserString('a-b').join(['x', 'y']), UserString(12), UserString('%s!') % 'hi', UserString('  s ').strip())
