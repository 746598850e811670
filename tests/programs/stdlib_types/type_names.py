# The type objects of types, and the class-creation helpers.
import types
import sys

def f():
    pass
async def co():
    pass
async def ag():
    yield 1
def gen():
    yield 1
class K:
    def m(self):
        pass

print(types.FunctionType, types.LambdaType is types.FunctionType, type(f) is types.FunctionType)
print(types.MethodType, type(K().m) is types.MethodType)
print(types.ModuleType, type(sys) is types.ModuleType)
print(types.GeneratorType, isinstance(gen(), types.GeneratorType))
c = co()
print(types.CoroutineType, isinstance(c, types.CoroutineType))
c.close()
print(types.AsyncGeneratorType, isinstance(ag(), types.AsyncGeneratorType))
print(types.CodeType, type(f.__code__) is types.CodeType)
print(types.CellType, types.NoneType, types.EllipsisType, types.NotImplementedType)
try:
    raise ValueError
except ValueError as e:
    print(types.TracebackType, isinstance(e.__traceback__, types.TracebackType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType)

m = types.ModuleType('mod', 'docs')
print(m, m.__name__, m.__doc__)
m2 = types.ModuleType('other')
m2.x = 5
print(m2.__doc__, m2.x)
bm = types.MethodType(lambda self, y: (self, y), 5)
print(bm(6), bm.__self__)

print(types.new_class('X', (int,)), types.resolve_bases((int,)), types.prepare_class('Y'))
X = types.new_class('X', (), {}, lambda ns: ns.update(a=1, __doc__='made'))
print(X.a, X.__name__, X.__doc__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
Y = types.new_class('Y', (), {'metaclass': Meta, 'flag': 1})
print(type(Y).__name__, Y.from_prepare)
print(types.prepare_class('Z', (), {'metaclass': Meta, 'k': 2})[2])
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Entry(), int)))
D = types.new_class('D', (Entry(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
class M1(type):
    pass
class M2(type):
    pass
A1 = M1('A1', (), {})
A2 = M2('A2', (), {})
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e:
    print(e)

@types.coroutine
def legacy():
    yield 'step'
print(legacy.__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
print(sorted(n for n in types.__all__ if n != 'FrameType'))
mod = types.ModuleType('mod_dir')
mod.x = 1
print(dir(mod))
mod.__dir__ = lambda: ['b', 'a']
print(dir(mod))
import operator
print([n for n in dir(operator) if n not in ('__file__', '__cached__', '__loader__', '__spec__')])
