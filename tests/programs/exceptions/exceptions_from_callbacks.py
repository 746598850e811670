# Exceptions raised by special methods and callbacks propagate through builtins unchanged.
class BadLen:
    def __len__(self):
        return -1
class RaisingLen:
    def __len__(self):
        raise KeyError("from __len__")
class BadHash:
    def __hash__(self):
        raise ValueError("unhashable by choice")
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    __hash__ = object.__hash__
class BadIter:
    def __iter__(self):
        yield 1
        raise IndexError("iteration failed")
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("len negative", lambda: len(BadLen()))
attempt("len raises", lambda: len(RaisingLen()))
attempt("bool via len", lambda: bool(RaisingLen()))
attempt("dict key hash", lambda: {BadHash(): 1})
attempt("set add", lambda: set().add(BadHash()))
attempt("list contains", lambda: BadEq() in [1, 2])
attempt("list index", lambda: [BadEq()].index(0))
attempt("list(BadIter)", lambda: list(BadIter()))
attempt("sum(BadIter)", lambda: sum(BadIter()))
attempt("sorted key", lambda: sorted([3, 0, 1], key=lambda x: 1 // x))
attempt("map lazily", lambda: list(map(lambda x: 10 // x, [5, 2, 0])))
attempt("filter predicate", lambda: list(filter(lambda s: s.upper(), ["a", 1])))
attempt("max key", lambda: max(["a", None], key=len))
attempt("str() of object", lambda: str(type("S", (), {"__str__": lambda self: 1 / 0})()))
attempt("__str__ returns int", lambda: str(type("S", (), {"__str__": lambda self: 5})()))
attempt("__index__ raises", lambda: [1, 2][type("I", (), {"__index__": lambda self: int("x")})()])
attempt("dict.get ok", lambda: {1: "one"}.get(1))
class Order:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2:
            raise ArithmeticError("cannot compare 2")
        return self.v < other.v
attempt("sort with failing __lt__", lambda: sorted([Order(3), Order(2), Order(1)]))
attempt("sort ok", lambda: [o.v for o in sorted([Order(3), Order(1)])])
