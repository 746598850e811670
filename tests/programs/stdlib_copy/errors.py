# Objects copy cannot handle.
import copy

def attempt(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield 1
attempt(copy.copy, gen())
attempt(copy.deepcopy, gen())

class NoneReduce:
    def __reduce_ex__(self, proto):
        return None
attempt(copy.copy, NoneReduce())
attempt(copy.deepcopy, NoneReduce())

class StrReduce:
    def __reduce__(self):
        return "StrReduce"
o = StrReduce()
print(copy.copy(o) is o, copy.deepcopy(o) is o)

class BadState:
    def __reduce__(self):
        return (BadState, (), 5)
attempt(copy.copy, BadState())
