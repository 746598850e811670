# warn() with the default filters: categories, stacklevel, the "default"
# action's once-per-location rule, DeprecationWarning shown only for
# __main__, the printed format with the source line (stderr goes to
# stdout here so that all of it is compared).
import sys
sys.stderr = sys.stdout
import warnings

warnings.warn("plain message")
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn(FutureWarning("an instance"))
warnings.warn("bytes", BytesWarning)


def helper():
    warnings.warn("blame the caller", stacklevel=2)


def deeper():
    helper()


helper()
deeper()
warnings.warn("too far up", stacklevel=50)
for i in range(3):
    warnings.warn("in a loop")
for i in range(2):
    warnings.warn("in a loop", SyntaxWarning)
warnings.warn("in a loop")


class MyWarning(UserWarning):
    pass


warnings.warn("custom", MyWarning)
warnings.warn(MyWarning("custom instance"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.warn("bad", "str")
except TypeError as e:
    print('TypeError', e)
print(warnings.filters)
print(sorted((k for k in __warningregistry__ if k != 'version'), key=str))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  source line  "))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3)))
exec("import warnings\nwarnings.warn('from exec')")
print('done')
