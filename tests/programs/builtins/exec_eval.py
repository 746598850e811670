# exec() and eval() with explicit globals/locals dicts, expression results, statements, errors.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}))
print(eval("[i * i for i in range(4)]"), eval("'%s-%s' % (1, 2)"), eval(" 5 "), eval("\t7"))
g = {}
exec("y = 10\ndef f(n):\n    return n + y\nz = f(5)", g)
print(g["y"], g["z"], g["f"](1), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
ns = {"data": [3, 1, 2]}
exec("data.sort()\nresult = sum(data)", ns)
print(ns["data"], ns["result"])
print(exec("1 + 1"), eval("None"))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("if True:\nprint('bad indent')")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
counter = 0
exec("counter += 5")
print(counter)


def inner():
    v = 1
    exec("v = 2")
    return v, eval("v")


print(inner())
print(eval("lambda q: q * 3")(4), eval(b"2 ** 10"), eval("(1,\n2)"))
code_str = "total = 0\nfor i in range(5):\n    total += i\n"
scope = {}
exec(code_str, scope)
print(scope["total"])
