# print(): sep, end, file=sys.stdout, flush, multiple args, and sys.stdout.write.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="|")
print("continued")
print()
print("x", end="")
print("y", end="\n\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print(*range(5))
print(*range(5), sep="")
print(*"spread")
print("multi\nline")
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
print("sep None", "end None", sep=None, end=None)
print(*[], sep="X")
print("", "", sep="empty-between")
class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
print(S(), [S()], str(S()), repr(S()), f"{S()} {S()!r}")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
