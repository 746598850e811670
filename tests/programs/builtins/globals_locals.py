# globals() and locals(): reading and writing module globals, locals snapshot in functions, class bodies.
counter = 10
print("counter" in globals(), globals()["counter"], type(globals()).__name__)
globals()["made_dynamically"] = "hello"
print(made_dynamically)
g = globals()
g["counter"] += 1
print(counter)


def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())


print(func(1))


def modify_locals():
    x = 1
    locals()["x"] = 99
    return x


print(modify_locals())


def closure():
    outer = "o"

    def inner():
        return sorted(locals()), outer
    return inner()


print(closure())


class K:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(K.snapshot)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print(globals() is g, "__name__" in globals(), __name__, globals()["__name__"])
exec("exec_created = 5")
print(exec_created)
del globals()["made_dynamically"]
try:
    made_dynamically
except NameError as e:
    print(type(e).__name__, e)
print(locals() is globals())
