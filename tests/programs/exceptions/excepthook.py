# sys.excepthook: called for an uncaught exception; the default one writes
# to whatever sys.stderr is; a failing hook gets both reports.
import sys

print(sys.excepthook is sys.__excepthook__)
sys.stderr = sys.stdout


def boom():
    raise ValueError("inside")


try:
    boom()
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.excepthook(ValueError, ValueError("no traceback"), None)
sys.excepthook(TypeError, "not an exception", None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError", e)


def hook(t, v, tb):
    print("hook got", t.__name__, v, tb is not None)
    raise RuntimeError("hook failed")


sys.excepthook = hook
raise KeyError("uncaught")
