# raise ... from: __cause__, __context__, __suppress_context__, and raise from None.
def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    convert()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def hide():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden cause") from None
try:
    hide()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("explicit") from IndexError("unrelated")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print("cause from class:", repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
def chain_three():
    try:
        try:
            raise OSError("level 1")
        except OSError as e1:
            raise LookupError("level 2") from e1
    except LookupError as e2:
        raise RuntimeError("level 3") from e2
try:
    chain_three()
except RuntimeError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur)
        cur = cur.__cause__
