# Functions defined inside functions, conditionally, and in loops; def is an executable statement.
def choose(flag):
    if flag:
        def impl():
            return "version A"
    else:
        def impl():
            return "version B"
    return impl
print(choose(True)(), choose(False)())
def make_ops():
    ops = []
    for name in ("inc", "dec", "dbl"):
        if name == "inc":
            def op(x):
                return x + 1
        elif name == "dec":
            def op(x):
                return x - 1
        else:
            def op(x):
                return x * 2
        op.label = name
        ops.append(op)
    return ops
ops = make_ops()
print([(o.label, o(10)) for o in ops], [o.__qualname__ for o in ops])
def outer(n):
    def helper(k):
        return k * n
    def use_helper():
        return [helper(i) for i in range(3)]
    return use_helper()
print(outer(5))
def recursive_inner(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)
    return go(n)
print(recursive_inner(6))
try:
    print(not_yet())
except NameError as e:
    print("NameError:", e)
def not_yet():
    return "now defined"
print(not_yet())
def redefine():
    results = []
    def f():
        return 1
    results.append(f())
    def f():
        return 2
    results.append(f())
    return results
print(redefine())
