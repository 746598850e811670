# Shadowing builtins with globals/locals, restoring by del, and accessing the originals via __builtins__.
print(len("abc"))
len = lambda x: "shadowed len"
print(len("abc"))
del len
print(len("abc"))


def local_shadow():
    max = min
    return max([3, 1, 2])


print(local_shadow(), max([3, 1, 2]))
list_ = list
list = tuple
print(list([1, 2]), list_([1, 2]))
del list
print(list((1, 2)))
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
b = __builtins__
print(type(b).__name__, b.abs(-5), getattr(b, "sum")([1, 2]))
print(callable(b.print), hasattr(b, "nonexistent_builtin"), "len" in dir(b))


def uses_print():
    print = lambda *a: None
    print("silenced")
    return "print shadowed locally"


print(uses_print())
str = "now a string"
print(str, type(str).__name__)
del str
print(str(5))
True_ = True
print(True_ is True, None is None, ... is Ellipsis, NotImplemented is NotImplemented)
try:
    exec("True = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("None = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
