# The `as` target of an except clause is deleted when the handler ends.
e = "outer value"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def in_function():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err) + " | saved: " + str(saved)
print(in_function())
x = None
try:
    raise KeyError("k")
except KeyError as x:
    pass
print("x" in globals())
def deleted_even_when_rebound():
    try:
        raise TypeError("t")
    except TypeError as e:
        e = "rebound to a string"
    return "e" in locals()
print(deleted_even_when_rebound())
def kept_via_other_name():
    keep = None
    try:
        raise IndexError("kept")
    except IndexError as err:
        keep = err
    return repr(keep)
print(kept_via_other_name())
def no_exception():
    err = "untouched"
    try:
        pass
    except Exception as err:
        pass
    return err
print(no_exception())
