# ExitStack: enter_context, callback, push, pop_all, close, exception
# handling order and contexts.
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res('x', log))
    keep = stack.pop_all()
print(log)
keep.close()
print(log)


def exit_func(exc_type, exc, tb):
    print('exit_func sees', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(exit_func)
    raise ValueError('suppressed by exit_func')
print('continued')


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    stack.push(CM('pushed'))
    stack.enter_context(CM('entered'))


def raiser(msg):
    def f(*exc):
        raise KeyError(msg)
    return f


try:
    with ExitStack() as stack:
        stack.push(raiser('first'))
        stack.push(raiser('second'))
        raise ValueError('body')
except KeyError as e:
    print('KeyError', e, repr(e.__context__), repr(e.__context__.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError', e)

stack = ExitStack()
r = stack.callback(print, 'closing', 'now', sep='-')
print(r is print)
stack.close()
stack.close()


@ExitStack().push
def decorated_exit(*exc):
    return False


print(decorated_exit.__name__)

with ExitStack() as outer:
    inner = ExitStack()
    outer.enter_context(inner)
    inner.callback(print, 'inner callback')
    outer.callback(print, 'outer callback')
