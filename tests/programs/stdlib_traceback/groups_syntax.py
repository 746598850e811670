# Exception groups and SyntaxError as the traceback module formats them;
# print_exception to a replaced sys.stderr; limits.
import sys
import traceback


def raise_group():
    errors = []
    for i, exc_type in enumerate([ValueError, TypeError]):
        try:
            raise exc_type(f'problem {i}')
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('several', errors)


try:
    raise_group()
except ExceptionGroup as eg:
    group = eg
print(''.join(traceback.format_exception(group)), end='')

nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [KeyError('b'), OSError('c')])])
print(''.join(traceback.format_exception(nested)), end='')
wide = ExceptionGroup('wide', [ValueError(i) for i in range(4)])
print(''.join(traceback.TracebackException.from_exception(wide, max_group_width=2).format()), end='')
deep = ValueError('leaf')
for i in range(4):
    deep = ExceptionGroup(f'level {i}', [deep])
print(''.join(traceback.TracebackException.from_exception(deep, max_group_depth=2).format()), end='')
print(traceback.format_exception_only(group))

for source in ['x = (1 +', 'def f(:\n  pass', 'a = 1 +* 2', 'print "hi"']:
    try:
        compile(source, '<test>', 'exec')
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
        te = traceback.TracebackException.from_exception(e)
        print(te.filename, te.lineno, te.offset, te.msg, repr(te.text))

err = SyntaxError('custom message')
print(traceback.format_exception_only(err))
err = SyntaxError('with details', ('file.py', 3, 5, 'some code here\n', 3, 9))
print(''.join(traceback.format_exception_only(err)), end='')

sys.stderr = sys.stdout
try:
    [][1]
except IndexError:
    traceback.print_exc()
    traceback.print_exc(limit=0)
sys.tracebacklimit = 0
try:
    [][1]
except IndexError:
    traceback.print_exc()
del sys.tracebacklimit
