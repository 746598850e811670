# except* (3.11): splitting exception groups across handlers, re-raising the unhandled rest.
def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    try:
        raise_group()
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* TypeError as g:
        print("TypeError part:", repr(g))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g), type(g.exceptions[0]).__name__)
try:
    raise ExceptionGroup("all handled", [OSError("a"), OSError("b")])
except* OSError as g:
    print("OSError handler got", len(g.exceptions))
print("continued normally")
try:
    try:
        raise ExceptionGroup("g", [KeyError("x")])
    except* KeyError:
        raise RuntimeError("raised in except*")
except ExceptionGroup as e:
    print("new group:", repr(e), "| inner context:", repr(e.exceptions[0].__context__))
except RuntimeError as e:
    print("bare RuntimeError:", repr(e))
try:
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError("deep")]), TypeError("top")])
except* ValueError as g:
    print("nested match keeps structure:", repr(g))
except* TypeError as g:
    print("type part:", repr(g))
try:
    raise ExceptionGroup("tuple", [ValueError(1), KeyError(2), IndexError(3)])
except* (ValueError, KeyError) as g:
    print("tuple clause:", repr(g))
except* LookupError as g:
    print("lookup clause:", repr(g))
def only_handled():
    result = "not handled"
    try:
        raise ExceptionGroup("x", [ZeroDivisionError()])
    except* ZeroDivisionError:
        result = "handled in except*"
    else:
        result = "else clause"
    finally:
        print("finally after except*")
    return result
print(only_handled())
