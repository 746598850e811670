"""operator: the operators of Python as functions.

Every function is native (_operator); this module adds the dunder
aliases (operator.__add__ is operator.add) and __all__.
"""

from _operator import *
from builtins import abs as _abs

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']


def _alias_dunders(namespace):
    """Binds __name__ to each function name (and __name_ for and_,
    or_, not_), as CPython's operator.py does by hand."""
    for name in ('abs', 'add', 'and_', 'call', 'concat', 'contains', 'delitem',
                 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat',
                 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'inv',
                 'invert', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor', 'le',
                 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_',
                 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'xor'):
        namespace['__' + name.rstrip('_') + '__'] = namespace[name]


_alias_dunders(globals())
del _alias_dunders
