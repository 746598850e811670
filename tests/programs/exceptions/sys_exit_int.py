# sys.exit with an integer status: finally blocks run, SystemExit carries the code.
import sys
print("start")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
def cleanup_then_exit():
    try:
        print("doing work")
        sys.exit(3)
    finally:
        print("finally runs before exit")
try:
    cleanup_then_exit()
except Exception:
    print("SystemExit is not an Exception; never printed")
finally:
    print("outer finally also runs")
print("not reached")
