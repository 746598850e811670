# format_exc/print_exc/format_exception/print_exception on caught
# exceptions: entries, source lines, carets, chained exceptions, notes.
import sys
import traceback


def inner(x):
    return 1 / x


def middle(x):
    values = [1, 2]
    return values[x] + inner(x - x)


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError:
    print(traceback.format_exc(), end='')
    print('---')
    traceback.print_exc(file=sys.stdout)
    print('---')
    e = sys.exc_info()[1]

print(''.join(traceback.format_exception(e)), end='')
print(''.join(traceback.format_exception(type(e), e, e.__traceback__)), end='')
print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
traceback.print_exception(e, file=sys.stdout, limit=1)
traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=-1)
print(''.join(traceback.format_exception(e, chain=False, limit=0)), end='')

try:
    try:
        {}['key']
    except KeyError as err:
        raise ValueError('bad value') from err
except ValueError as err:
    print(traceback.format_exc(), end='')

try:
    try:
        int('x')
    except ValueError:
        undefined_name
except NameError:
    print(traceback.format_exc(), end='')
    print(traceback.format_exc(chain=False), end='')

try:
    try:
        raise OSError('first')
    except OSError:
        raise RuntimeError('second') from None
except RuntimeError:
    print(traceback.format_exc(), end='')

err = ValueError('with notes')
err.add_note('note one')
err.add_note('note two\nsecond line')
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(KeyError()), traceback.format_exception_only(KeyError('k')))


class CustomError(Exception):
    pass


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(traceback.format_exception_only(CustomError('c')), traceback.format_exception_only(Unprintable()))
print(traceback.format_exception_only(None), traceback.format_exc())
print(traceback.format_exception(None))


def recurse(n):
    if n == 0:
        raise RecursionError('deep enough')
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    print(traceback.format_exc(), end='')

try:
    traceback.format_exception(ValueError, ValueError('v'))
except ValueError as problem:
    print('ValueError', problem)
try:
    traceback.format_exception(3)
except TypeError as problem:
    print('TypeError', problem)
