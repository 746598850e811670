# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins.
x = "global x"
def f():
    return x
def g():
    x = "local x"
    def h():
        return x
    return h()
print(f(), g())
def shadow_len():
    len = lambda s: "fake len"
    return len([1, 2, 3])
print(shadow_len(), len([1, 2, 3]))
print = print
def uses_builtin():
    return max([3, 1, 2])
max_backup = max
max = lambda seq: "module-level max"
print(uses_builtin())
del max
print(uses_builtin())
def late():
    return later_defined
later_defined = "defined after function"
print(late())
def local_decided_at_compile_time():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    if False:
        x = 1
local_decided_at_compile_time()
def param_shadows(x, print=None):
    return x, print
print(param_shadows("arg"))
y = 1
def closure_sees_update():
    def inner():
        return y
    return inner
fn = closure_sees_update()
y = 2
print(fn())
def enclosing_later():
    def inner():
        return z
    z = "bound after inner defined"
    return inner()
print(enclosing_later())
