# Parameter lists: positional-only, keyword-only, defaults, annotations, varargs.
def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /): pass
def f4(a, /, b): pass
def f5(a, b=2, /, c=3): pass
def f6(a, /, *, b): pass
def f7(*, a): pass
def f8(*, a=1, b): pass
def f9(*args): pass
def f10(**kwargs): pass
def f11(*args, **kwargs): pass
def f12(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def f13(a,): pass
def f14(a, /,): pass
def f15(*, a,): pass
def f16(*args,): pass
def f17(**kwargs,): pass
def f18(a: int, b: str = "x", *args: int, c: float = 1.0, **kwargs: dict) -> None: pass
def f19(a: "forward" = None, /, b: list[int] = [], *, c: int | None = None) -> tuple[int, ...]: pass
def f20(*args: *tuple[int, str]): pass
def f21(a=lambda: 1, b=lambda x=1: x, c=(1, 2), d=[], e={}): pass
def f22(self, *, key=lambda item: item): pass
def f23(
    a,
    /,
    b,
    *,
    c,
): pass


lambda: 0
lambda a: a
lambda a, b=1: a
lambda a, /: a
lambda a, /, b: a
lambda a, b=2, /, c=3: a
lambda *, a: a
lambda *, a=1, b: a
lambda *args: args
lambda **kwargs: kwargs
lambda a, b=1, /, c=2, *args, d, e=3, **kwargs: a
lambda a,: a
lambda *args,: args
lambda *, a,: a
lambda a=lambda b=lambda: 1: b: a
