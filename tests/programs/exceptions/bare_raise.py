# Bare raise: re-raising the active exception, in nested handlers, and with no active exception.
def reraise():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer caught:", e)
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("bare raise restores outer:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def helper():
    raise
try:
    try:
        raise TypeError("active")
    except TypeError:
        helper()
except TypeError as e:
    print("bare raise in called function re-raises active:", e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return -1
try:
    conditional(0)
except ZeroDivisionError as e:
    print("conditional re-raise:", e)
print(conditional(5))
try:
    try:
        raise ValueError("v")
    finally:
        print("finally sees exception, does not stop it")
except ValueError as e:
    print("caught after finally:", e)
def raise_modified():
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.args = ("modified message",)
        raise
try:
    raise_modified()
except ValueError as e:
    print(e)
