# The rest of sys: hooks, settings that round-trip, the standard streams'
# reading methods and binary layers, and attribute types (values that
# differ between implementations, such as paths, are not printed).
import sys

# Types and shapes of the descriptive attributes.
for name in ["argv", "path", "orig_argv", "warnoptions", "meta_path", "path_hooks"]:
    print(name, type(getattr(sys, name)).__name__)
for name in ["executable", "prefix", "base_prefix", "exec_prefix", "base_exec_prefix",
             "version", "copyright", "platlibdir", "float_repr_style", "byteorder"]:
    print(name, type(getattr(sys, name)).__name__)
print(type(sys.modules).__name__, type(sys.path_importer_cache).__name__, type(sys._xoptions).__name__)
print(sys.version.split()[0], sys.version_info[:3], sys.hexversion == 0x30b07f0)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform, sys.api_version)
print(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info), type(sys.thread_info).__name__)
print(sys.pycache_prefix, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)
print("sys" in sys.builtin_module_names, "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names)
print(isinstance(sys.stdlib_module_names, frozenset), sys.modules["sys"] is sys)
print(sys.__spec__.name, sys.__spec__.origin, sys.__package__, sys.__name__)
print(sys.getrecursionlimit(), sys.getswitchinterval(), sys.getdlopenflags(), sys.is_finalizing())
print(sys.get_coroutine_origin_tracking_depth(), sys.get_asyncgen_hooks())
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getsizeof(1), sys.getsizeof(0.5), sys.getsizeof("abc"))

# Settings that are read back.
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
def tracer(*a):
    return None
print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer, hooks[0])
sys.set_asyncgen_hooks(firstiter=tracer)
print(sys.get_asyncgen_hooks().firstiter is tracer)
sys.set_asyncgen_hooks(None, None)
print(sys.call_tracing(max, (3, 9, 4)))

# Errors with CPython's messages.
for f, args in [(sys.setswitchinterval, (0,)), (sys.setswitchinterval, ("a",)),
                (sys.setrecursionlimit, (0,)), (sys.settrace, ()),
                (sys.gettrace, (1,)), (sys.displayhook, ()),
                (sys.set_coroutine_origin_tracking_depth, (-1,)),
                (sys.set_asyncgen_hooks, (1,)), (sys.call_tracing, (max,)),
                (sys.getswitchinterval, (1,)), (sys.stdout.write, (1,)),
                (sys.stdout.buffer.write, ("s",)), (sys.intern, (1,)),
                (sys.intern, ()), (sys.getrecursionlimit, (1,)), (sys.exc_info, (1,)),
                (sys.exception, (1,)), (sys.setrecursionlimit, (2**70,)),
                (sys.getrefcount, ()), (sys.getdefaultencoding, (1,)),
                (sys.getfilesystemencoding, (1,)), (sys.get_int_max_str_digits, (1,)),
                (sys.stdout.flush, (1,)), (sys.stdout.isatty, (1,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

# Audit hooks see the events raised with sys.audit.
seen = []
sys.audit("nobody.listens", 1)
sys.addaudithook(lambda event, args: seen.append((event, args)) if event.startswith("my.") else None)
sys.audit("my.event", 1, "two")
sys.audit("my.other")
print(seen)

# displayhook prints the repr and keeps the value in builtins._
import builtins
sys.displayhook(None)
sys.displayhook([1, "x"])
print(builtins._)
sys.displayhook(None)
print(builtins._)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)

# The standard streams: text attributes, the binary layer under them.
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stderr.buffer.name)
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
print(repr(sys.stdin.buffer))
print(sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno(), sys.stdin.fileno())
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
print(sys.stdout.write("text\n"))
sys.stdout.writelines(["a", "b\n"])
# stdin is closed (the recorder and the tests give it no input).
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
