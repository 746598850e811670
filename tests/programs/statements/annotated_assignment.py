# Annotated assignments: module/class __annotations__, annotations without values, targets.
x: int = 5
y: "list[str]"
z: float = 1.5
print(x, z, __annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__annotations__, Point.y, hasattr(Point, "x"))
def f():
    a: int = 1
    b: list
    return a, "b" in locals()
print(f(), f.__annotations__)
def g(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(g.__annotations__)
class H:
    pass
h = H()
h.attr: int = 7
d = {}
d["key"]: str = "val"
print(h.attr, d)
counter: int = 0
for i in range(3):
    counter: int = counter + i
print(counter)
t: tuple = (1, 2)
print(t, __annotations__["t"].__name__ if hasattr(__annotations__["t"], "__name__") else "?")
