# Frame objects: tb_frame (live while the raising frame runs, kept after
# it returned), sys._getframe with f_back, gi_frame of generators.
import sys


def fails(n):
    local_value = n * 2
    raise ValueError("bad %d" % n)


def catch_here():
    marker = "here"
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno == tb.tb_lineno + 2)
        print(sorted(f.f_locals))
        print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)


catch_here()

try:
    fails(21)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(names)
    print(last.tb_frame.f_locals)
    print(last.tb_frame.f_globals is globals())


def outer():
    return inner()


def inner():
    f = sys._getframe()
    chain = []
    while f is not None:
        chain.append(f.f_code.co_name)
        f = f.f_back
    return chain, sys._getframe(1).f_code.co_name


print(outer())
here = sys._getframe()
first = here.f_lineno
second = here.f_lineno
print(second - first)


def gen():
    x = 1
    yield x
    y = x + 1
    yield y


g = gen()
print(g.gi_frame.f_code.co_name, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals, g.gi_frame.f_lineno)
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno)
for _ in g:
    pass
print(g.gi_frame)


def running():
    yield sys._getframe().f_code.co_name
    yield me.gi_frame.f_code.co_name


me = running()
print(list(me))


class Body:
    f = sys._getframe()
    print(f.f_code.co_name, sorted(k for k in f.f_locals if not k.startswith("__")))
