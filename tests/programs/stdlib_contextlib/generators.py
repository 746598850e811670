# @contextmanager: enter/exit, exceptions thrown into the generator,
# suppression, errors, use as a decorator; closing, nullcontext, suppress.
from contextlib import contextmanager, closing, nullcontext, suppress, ContextDecorator, AbstractContextManager


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('a') as t:
    print('body', t)

try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print('after swallow')
try:
    with swallow(KeyError):
        raise IndexError('not mine')
except IndexError as e:
    print('passed through', e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


try:
    with converts():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__))


@contextmanager
def stop_iteration_inside():
    yield


try:
    with stop_iteration_inside():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration', e)


@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2


print(decorated(2), decorated(3), decorated.__name__)
cm = tag('x')
print(type(cm).__name__, isinstance(cm, AbstractContextManager), cm.__doc__)


class Thing:
    def close(self):
        print('Thing closed')


with closing(Thing()) as th:
    print('using', type(th).__name__)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed', e)
with suppress():
    pass


class mycontext(ContextDecorator):
    def __enter__(self):
        print('enter mycontext')
        return self

    def __exit__(self, *exc):
        print('exit mycontext', exc[0])
        return False


@mycontext()
def fn():
    print('fn body')


fn()
print(issubclass(Thing, AbstractContextManager), issubclass(mycontext, AbstractContextManager))


@contextmanager
def counter():
    n = [0]
    yield n
    print('final count', n[0])


with counter() as n:
    for i in range(3):
        n[0] += i
