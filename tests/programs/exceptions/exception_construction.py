# How calling an exception class builds it: args from BaseException.__new__,
# a Python __init__ that does or does not call super().__init__, __new__
# overrides, OSError's errno subclasses, keyword arguments.


class Plain(Exception):
    pass


class NoSuper(Exception):
    def __init__(self, a, b=2):
        self.total = a + b


class WithSuper(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class Custom(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, "from new")
        obj.extra = len(args)
        return obj


class MyOSError(OSError):
    pass


for make in (
    lambda: Plain(),
    lambda: Plain(1, "two"),
    lambda: NoSuper(5),
    lambda: NoSuper(1, b=9),
    lambda: WithSuper(404, "missing"),
    lambda: Custom(1, 2, 3),
    lambda: OSError(2, "No such file"),
    lambda: OSError(2, "No such file", "x.txt"),
    lambda: MyOSError(2, "mine"),
    lambda: StopIteration(7),
    lambda: SystemExit(),
    lambda: SystemExit(3, 4),
    lambda: KeyError("k"),
    lambda: ValueError(x=1),
    lambda: NoSuper(),
):
    try:
        e = make()
    except TypeError as err:
        print("TypeError:", err)
        continue
    # Only what the classes here set: the attributes built-in exceptions
    # derive from args (errno, code, ...) are slots in CPython and plain
    # instance attributes in PVM (docs/architecture.md, known differences).
    derived = {"errno", "strerror", "filename", "filename2", "value", "code"}
    attrs = {k: v for k, v in vars(e).items() if k not in derived}
    print(type(e).__name__, e.args, repr(str(e)), attrs)

caught = []
for cls in (Plain, WithSuper, NoSuper):
    try:
        if cls is Plain:
            raise cls
        raise cls(1, 2)
    except Exception as e:
        caught.append((type(e).__name__, e.args))
print(caught)
print(isinstance(OSError(13, "denied"), PermissionError), type(MyOSError(13, "x")).__name__)
total = 0
for i in range(2000):
    try:
        raise WithSuper(i, "m")
    except ValueError as e:
        total += e.code
print(total)
