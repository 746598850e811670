# Exception notes (3.11 add_note/__notes__), __traceback__ and with_traceback basics.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
def failing():
    try:
        raise KeyError("inner")
    except KeyError as exc:
        exc.add_note("added while handling")
        raise
try:
    failing()
except KeyError as exc:
    print(exc.__notes__, repr(exc))
try:
    raise RuntimeError("tb")
except RuntimeError as exc:
    tb = exc.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_next is None, tb.tb_lineno)
fresh = TypeError("never raised")
print(fresh.__traceback__)
def deeper():
    raise IndexError("deep")
def middle():
    deeper()
try:
    middle()
except IndexError as exc:
    depth = 0
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        depth += 1
        tb = tb.tb_next
    print("traceback frames:", depth, names)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as exc:
    print("with_traceback returns the exception:", repr(exc))
g = ExceptionGroup("grp", [ValueError("a")])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__notes__ if hasattr(g.exceptions[0], "__notes__") else "no notes on member")
