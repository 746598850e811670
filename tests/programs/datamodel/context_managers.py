# __enter__/__exit__: values bound by as, exception info passed to __exit__, suppression by truthy return.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", type(e).__name__, e)

with CM("outer", True) as o, CM("inner") as i:
    print("nested", o, i)
    1 / 0
print("after nested")


def early():
    with CM("ret"):
        return "returned value"


print(early())

for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)


class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("never called")


try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
