# print(): sep, end, file=sys.stdout, flush, multiple/no arguments, non-str objects, errors for bad kwargs.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <END>\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": (1,)}, sep=",")
print("to stdout", file=sys.stdout, flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="x", end="|\n")
print("multi\nline", "text", sep="\n")
sys.stdout.write("written directly\n")
print("write returns count:", sys.stdout.write("abc\n"))
print("tab\tsep", "é", "日本", sep="\t")
for bad in (dict(sep=1), dict(end=2), dict(file=5), dict(flush="yes", bogus=1)):
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Custom:
    def __str__(self):
        return "Custom.__str__"


print(Custom(), "second", sep=" / ")


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print("captured", 42, sep=":", end="!", file=w)
print("into writer", file=w)
print(w.parts)
print("", end="")
print("final line")
