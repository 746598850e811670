# redirect_stdout/redirect_stderr with print and with sys.stdout.write,
# nesting and reuse.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


c = Collector()
with redirect_stdout(c) as target:
    print('hello', 42)
    print('a', 'b', sep=',', end='!\n')
    sys.stdout.write('direct\n')
print(target is c, c.parts)

e = Collector()
with redirect_stderr(e):
    print('to stderr', file=sys.stderr)
    sys.stderr.write('raw\n')
print(e.parts)

outer, inner = Collector(), Collector()
cm = redirect_stdout(outer)
with cm:
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
    with cm:
        print('reentered')
print(outer.parts, inner.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

try:
    with redirect_stdout(Collector()):
        print('lost')
        raise RuntimeError('inside')
except RuntimeError as err:
    print('restored after', err)
