# RecursionError is caught; the interpreter stays usable; sys.getrecursionlimit/setrecursionlimit.
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("reached a depth between 500 and the limit:", 500 < depth <= sys.getrecursionlimit())
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print("moderate recursion still works:", fine(200))
old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
print("limit now", sys.getrecursionlimit())
try:
    fine(500)
except RecursionError:
    print("RecursionError with lowered limit")
sys.setrecursionlimit(old)
print("restored", sys.getrecursionlimit() == old, fine(500))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion:", e)
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
def recover():
    try:
        return infinite(0)
    except RecursionError:
        return "recovered inside function"
print(recover())
