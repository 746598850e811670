# extract_tb/extract_stack, FrameSummary, StackSummary, walk_tb,
# walk_stack, format_list, TracebackException.
import sys
import traceback


def fail():
    data = {'a': 1}
    return data['b']


def call_fail():
    return fail()


try:
    call_fail()
except KeyError as e:
    tb = e.__traceback__
    exc = e

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
    print(tuple(fs)[1:], fs[2], len(fs), repr(fs).replace(__file__, 'F'))
print(summary[0] == (__file__, 17, '<module>', 'call_fail()'))
print(''.join(traceback.format_tb(tb)), end='')
print(''.join(traceback.format_tb(tb, limit=1)), end='')
traceback.print_tb(tb, file=sys.stdout, limit=-1)
print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
print(traceback.format_list([('file.py', 3, 'func', 'x = 1'), ('other.py', 9, 'g', None)]))
print(traceback.format_list(summary[-1:]))


def where():
    return traceback.extract_stack()


def where_limited():
    return traceback.extract_stack(limit=2)


stack = where()
print([(fs.name, fs.lineno, fs.line) for fs in stack])
print([(fs.name, fs.lineno) for fs in where_limited()])


def show_stack():
    traceback.print_stack(file=sys.stdout)
    print(''.join(traceback.format_stack()), end='')


show_stack()
print([f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())])

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type, str(te), len(te.stack), te.__cause__, te.__context__, te.__suppress_context__)
print(''.join(te.format()), end='')
print(list(te.format_exception_only()))
te2 = traceback.TracebackException(type(exc), exc, tb, limit=1)
print(len(te2.stack), te == traceback.TracebackException.from_exception(exc))
te.print(file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise TypeError('outer') from inner
except TypeError as outer:
    te3 = traceback.TracebackException.from_exception(outer)
    print(te3.__cause__.exc_type, te3.__context__, ''.join(te3.format(chain=False)), end='')

fs = traceback.FrameSummary('missing.py', 5, 'f', line='given line', locals={'a': [1]})
print(fs.line, fs.locals, fs.filename)
print(traceback.StackSummary.from_list([fs, ('x.py', 1, 'g', 'pass')]).format())
st = traceback.StackSummary.extract(traceback.walk_tb(tb))
print([(f.name, f.lineno, f.colno) for f in st])
print(traceback.FrameSummary('nofile.py', 1, 'n').line, traceback.FrameSummary('f.py', None, 'n').line)
