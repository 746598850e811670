# Nested try statements: inner handlers, propagation to outer, handlers in functions.
def level3(x):
    print("level3", x)
    if x == "key":
        raise KeyError(x)
    if x == "val":
        raise ValueError(x)
    return "ok3"
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        print("level2 handled", repr(e))
        return "handled at 2"
    finally:
        print("level2 finally")
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 handled", repr(e))
        return "handled at 1"
for x in ("fine", "key", "val"):
    print("=>", level1(x))
try:
    try:
        try:
            raise IndexError("deep")
        except KeyError:
            print("wrong handler")
        finally:
            print("innermost finally")
    except IndexError as e:
        print("middle handled", e)
        raise TypeError("raised from middle")
    finally:
        print("middle finally")
except TypeError as e:
    print("outer handled", e, "| context:", repr(e.__context__))
def handler_in_handler():
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise KeyError("second")
        except KeyError as second:
            return f"{first} / {second}"
print(handler_in_handler())
depth = 0
def recurse(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        recurse(n - 1)
    finally:
        print("unwinding", n)
try:
    recurse(3)
except RuntimeError as e:
    print("caught", e)
