# list.append called as a method: the interpreter's fast path must keep
# every case the general call handles.


class Logged(list):
    def append(self, x):
        print("Logged.append", x)
        super().append(x * 10)


class Plain(list):
    pass


def main():
    xs = []
    for i in range(5):
        xs.append(i)
    print(xs)

    # Appending a list to itself, and appending while iterating.
    xs.append(xs)
    print(len(xs), xs[-1] is xs)
    ys = [1, 2, 3]
    for y in ys:
        if y < 3:
            ys.append(y + 10)
    print(ys)

    # Subclasses: an override runs, a plain subclass appends.
    lg = Logged()
    lg.append(4)
    print(lg)
    p = Plain([1])
    p.append(2)
    print(p, type(p).__name__)

    # The unbound and bound forms.
    list.append(xs, "unbound")
    bound = ys.append
    bound("bound")
    print(xs[-1], ys[-1])

    # The result is None.
    print(ys.append(0))

    # A name shadowing the method on the instance type is not list.append.
    class Box:
        def __init__(self):
            self.items = []

        def append(self, x):
            self.items.append(x)
            return "boxed"

    b = Box()
    print(b.append(1), b.items)

    # Argument errors still come from the general path.
    for call in (lambda: ys.append(), lambda: ys.append(1, 2), lambda: ys.append(x=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    try:
        list.append((), 1)
    except TypeError as e:
        print("TypeError:", e)


main()


def receivers():
    # Methods of list, dict and str called on the wrong object.
    for call in (
        lambda: list.pop(()),
        lambda: dict.get([], 1),
        lambda: str.upper(5),
        lambda: list.append(),
        lambda: bytes.upper(),
        lambda: bytes.upper(1),
        lambda: bytearray.extend(b"", b"x"),
    ):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


receivers()
