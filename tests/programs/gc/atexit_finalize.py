# atexit functions run at exit, last registered first; weakref.finalize
# objects still alive run then too (unless atexit is switched off).
import atexit
import weakref


def bye(name, punct="!"):
    print("bye", name + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(print, "plain print")


class Resource:
    pass


kept = Resource()
quiet = Resource()
weakref.finalize(kept, print, "finalize at exit")
silent = weakref.finalize(quiet, print, "never printed")
silent.atexit = False
atexit.register(print, "registered last")
atexit.unregister(print)
print("main done")
