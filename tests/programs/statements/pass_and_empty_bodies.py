# pass and ... as empty bodies in functions, classes, loops and conditionals.
def nothing():
    pass
def ellipsis_body():
    ...
class Empty:
    pass
class Doc:
    """Only a docstring."""
print(nothing(), ellipsis_body(), Empty.__name__, Doc.__doc__)
for i in range(3):
    pass
print("loop var", i)
while False:
    pass
if True:
    pass
else:
    print("no")
try:
    pass
except Exception:
    pass
else:
    print("try with pass body reached else")
finally:
    pass
def with_docstring_only():
    "docstring is the body"
print(with_docstring_only(), with_docstring_only.__doc__)
x = 1; y = 2; z = x + y; print(x, y, z)
if z: print("one-line if"); print("second statement on the same line")
for k in range(2): print("one-line for", k)
while x < 3: x += 1
print(x)
class Inline: a = 1; b = 2
print(Inline.a + Inline.b)
def f(): return "one-line def"
print(f())
print(...)
print(Ellipsis is ...)
