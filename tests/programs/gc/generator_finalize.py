# Abandoned generators are closed (finally blocks run) when freed, by counts or by the collector.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally in gen")
g = gen()
next(g)
del g
print("after del")
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = gen2(); next(g); l = [g]; l.append(l); del g, l
import gc
print(gc.collect())
print("end")


def unclosed_for_loop():
    for i in range(3):
        yield i


it = unclosed_for_loop()
print(next(it))
del it
print("a generator outside try needs no close")


def with_block():
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("exit called with", exc[0].__name__)

    with Ctx():
        yield "inside with"


w = with_block()
print(next(w))
w = None
print("after rebinding")
