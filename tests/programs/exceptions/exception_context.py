# Implicit exception chaining: __context__ set when raising during handling or in finally.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise IndexError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise OSError("a")
    except OSError:
        try:
            raise KeyError("b")
        except KeyError:
            raise ValueError("c")
except ValueError as e:
    chain = []
    cur = e
    while cur:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
def handler_raises_same():
    try:
        raise ValueError("original")
    except ValueError as e:
        raise e
try:
    handler_raises_same()
except ValueError as e:
    print("re-raised same object, context:", e.__context__)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        pass
    raise ValueError("after handled")
except ValueError as e:
    print("no context after handler finished:", e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        err = RuntimeError("prebuilt")
        raise err
except RuntimeError as e:
    print(repr(e.__context__))
