# catch_warnings (record, action), showwarning/formatwarning overrides,
# WarningMessage, warn_explicit, the registry.
import sys
sys.stderr = sys.stdout
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print([w.lineno for w in log], log[0].filename == __file__, log[0].line, log[0].file, log[0].source)
print(str(log[0]).replace(__file__, '<file>'))
print(type(log[0].message), log[2].message.args)
print(warnings.filters[0][0])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning as e:
        print('raised inside', e)
warnings.warn("outside, shown")

with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored by catch_warnings(action=)")
with warnings.catch_warnings(record=True, action="always", category=RuntimeWarning) as log2:
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("user", UserWarning)
print(len(log2), [str(w.message) for w in log2])

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__()
except RuntimeError as e:
    print('RuntimeError', e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError', e)

seen = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


old = warnings.showwarning
warnings.showwarning = my_showwarning
warnings.warn("to my hook")
warnings.showwarning = old
print(seen)


def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"


old_format = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn("custom format")
warnings.formatwarning = old_format

reg = {}
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry=reg)
warnings.warn_explicit("explicit mod", UserWarning, "other.py", 5)
print(sorted((k for k in reg if k != 'version'), key=str))
warnings.warn_explicit(UserWarning("inst"), None, "f.py", 1, module="mod")

m = warnings.WarningMessage("msg", UserWarning, "f.py", 3)
print(m.message, m.category, m.filename, m.lineno, m.line, str(m))
print(warnings.formatwarning(UserWarning("x"), UserWarning, "f.py", 1, line="the line"))
print(__warningregistry__.get('version') is not None)
