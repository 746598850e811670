# print() writes the pieces before an argument whose str() fails, as CPython.
class A:
    def __str__(self):
        raise ValueError("no str")
for args in [("x", A()), (A(),), (1, 2, A(), 3)]:
    try:
        print(*args, sep="-", end="!\n")
    except ValueError as e:
        print("|", e)
import io
buf = io.StringIO()
try:
    print("y", A(), file=buf)
except ValueError:
    pass
print(repr(buf.getvalue()))
