# copy and deepcopy of built-in objects and of the library's classes.
import copy, collections, functools, itertools, operator, types
def a(f, x):
    try:
        r = f(x); print(type(r).__name__, r == x if not isinstance(r, BaseException) else r.args, r is x)
    except Exception as e: print('ERR', type(e).__name__, e)
for x in [ValueError('x', 1), KeyError('k'), slice(1, 2), range(3), 3+4j, frozenset({1}), b'x', bytearray(b'ab'), print, operator.itemgetter(1),
          collections.OrderedDict(a=1), collections.Counter('ab'), collections.defaultdict(list, a=[1]), collections.ChainMap({1: 2}),
          functools.partial(max, 1), types.SimpleNamespace(a=[1]), collections.namedtuple('P', 'x')(1), collections.UserList([1]),
          collections.UserDict(a=1), collections.deque([1], 3), type, object(), Ellipsis, NotImplemented]:
    a(copy.copy, x)
    a(copy.deepcopy, x)
