# SystemExit and KeyboardInterrupt bypass `except Exception`; bare except catches everything.
import sys
def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"except Exception caught {type(e).__name__}"
    except BaseException as e:
        return f"only BaseException caught {type(e).__name__}"
for exc in (ValueError("v"), SystemExit(2), KeyboardInterrupt(), GeneratorExit(), StopIteration()):
    print(attempt(exc))
try:
    sys.exit(7)
except:
    print("bare except caught sys.exit; exc info:", sys.exc_info()[0].__name__, sys.exc_info()[1].code)
print(sys.exc_info())
try:
    raise KeyError("active")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
def exits_in_loop():
    for i in range(10):
        try:
            if i == 2:
                sys.exit(f"stop at {i}")
        except SystemExit as e:
            print("intercepted:", e.code)
            return i
print(exits_in_loop())
try:
    raise SystemExit("custom message")
except SystemExit as e:
    print(str(e), e.code)
print("still alive")
