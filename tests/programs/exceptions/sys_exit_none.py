# sys.exit(None) and sys.exit() exit with status 0; SystemExit code attribute values.
import sys
for arg in [(), (None,), (5,), ("msg",), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "-> code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
print("exiting now")
try:
    sys.exit(None)
finally:
    print("finally during exit")
