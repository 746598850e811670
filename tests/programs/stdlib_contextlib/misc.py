# chdir, AbstractContextManager subclasses, reuse of generator context
# managers, errors for objects that are not context managers.
import os
import contextlib
from contextlib import AbstractContextManager, contextmanager, chdir

start = os.getcwd()
with chdir('/'):
    print(os.getcwd())
    with chdir('/tmp'):
        print(os.getcwd())
    print(os.getcwd())
print(os.getcwd() == start)
try:
    with chdir('/no/such/dir'):
        pass
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, os.getcwd() == start)


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print('Managed exit', exc[0])


with Managed() as m:
    print(type(m).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print('TypeError', e)


class Duck:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return None


print(isinstance(Duck(), AbstractContextManager), isinstance(object(), AbstractContextManager))
print(AbstractContextManager[int])


@contextmanager
def once():
    yield 'value'


cm = once()
with cm as v:
    print(v)
try:
    with cm:
        pass
except (AttributeError, RuntimeError) as e:
    print(type(e).__name__)

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(3)
except TypeError as e:
    print('TypeError', e)


@contextlib.contextmanager
def raises_in_setup():
    raise KeyError('setup')
    yield


try:
    with raises_in_setup():
        print('never')
except KeyError as e:
    print('KeyError', e)

with contextlib.suppress(ValueError) as s:
    int('x')
print(s)
print(type(contextlib.nullcontext()).__name__)
