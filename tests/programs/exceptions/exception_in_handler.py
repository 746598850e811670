# Exceptions raised inside except/else/finally blocks, and which exception wins.
def in_except():
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("from handler")
try:
    in_except()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise TypeError("from else")
    finally:
        print("finally after else raised")
try:
    in_else()
except TypeError as e:
    print(repr(e), "context:", e.__context__)
def finally_replaces():
    try:
        raise IndexError("lost?")
    finally:
        raise RuntimeError("from finally")
try:
    finally_replaces()
except RuntimeError as e:
    print(repr(e), "context keeps the first:", repr(e.__context__))
def handler_error_not_caught_by_sibling():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
    except ValueError:
        return "sibling handler does not catch it"
try:
    handler_error_not_caught_by_sibling()
except ValueError as e:
    print("escaped the try statement:", e)
def caught_in_handler():
    try:
        raise KeyError("outer")
    except KeyError as outer:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            print("inner handled; inner context:", repr(inner.__context__))
        return f"still handling {outer!r}"
print(caught_in_handler())
def return_value_lost():
    try:
        return "try result"
    finally:
        raise OSError("finally error beats return")
try:
    print(return_value_lost())
except OSError as e:
    print("OSError:", e)
