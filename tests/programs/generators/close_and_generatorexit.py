# generator.close(): GeneratorExit raised at the yield, finally blocks, yielding during close.
def gen():
    try:
        print("started")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
    finally:
        print("finally")
g = gen()
print(next(g))
g.close()
print("closed; next gives", next(g, "nothing"))
g.close()
print("closing again is fine")
never_started = gen()
never_started.close()
print("closed unstarted generator without output")
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed and returning")
        return "ignored return"
s = swallow()
next(s)
print(s.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(GeneratorExit(), Exception), issubclass(GeneratorExit, BaseException))
def in_loop():
    for i in range(10):
        try:
            yield i
        finally:
            print("finally for", i)
loop_gen = in_loop()
for v in loop_gen:
    if v == 2:
        break
print("loop broken; closing explicitly")
loop_gen.close()
print("after close")
