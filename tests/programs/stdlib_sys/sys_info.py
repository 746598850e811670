# What sys tells about the interpreter: version_info, float_info,
# int_info, hash_info, flags, implementation, encodings, the standard
# streams' attributes, exc_info.
import sys
print(sys.version_info, sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2], type(sys.version_info))
print(sys.float_info, sys.float_info.epsilon, sys.float_info.max)
print(sys.int_info, sys.hash_info)
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, len(sys.flags), type(sys.flags).__name__)
print(sys.implementation.name in ("pvm", "cpython"), hex(sys.hexversion), sys.implementation.version == sys.version_info, sys.implementation.cache_tag.endswith("-311"))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.maxunicode, sys.float_repr_style)
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.name, sys.stdin.mode, sys.stdout.closed, sys.stdout.fileno(), sys.stderr.line_buffering)
import io
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
