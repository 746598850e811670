# Uncaught exception groups print as CPython 3.11 boxes them: numbered
# sub-exceptions, nesting, width and depth limits, causes, notes.
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
def deep():
    e = ValueError("leaf")
    for i in range(12):
        e = ExceptionGroup("d%d" % i, [e])
    raise e
def caused():
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ExceptionGroup("with cause", [TypeError("x")]) from k
def partial():
    try:
        raise ExceptionGroup("mix", [ValueError("v"), OSError("o")])
    except* ValueError:
        pass
def noted():
    e = ExceptionGroup("noted", [ValueError("a")])
    e.add_note("a note")
    e.exceptions[0].add_note("inner note\nsecond line")
    raise e
for f in (wide, deep, caused, partial, noted):
    show(f)
raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
