# TypeErrors raised when calling builtins with wrong argument types or counts; messages are compared.
one, none, idx = 1, None, None
calls = [
    ("len(5)", lambda: len(5)),
    ("abs('x')", lambda: abs("x")),
    ("sum(1)", lambda: sum(1)),
    ("min()", lambda: min()),
    ("chr('a')", lambda: chr("a")),
    ("ord(5)", lambda: ord(5)),
    ("divmod(1)", lambda: divmod(1)),
    ("round()", lambda: round()),
    ("range('a')", lambda: range("a")),
    ("list(1)", lambda: list(1)),
    ("sorted(1)", lambda: sorted(1)),
    ("iter(1)", lambda: iter(1)),
    ("next(1)", lambda: next(1)),
    ("hash([])", lambda: hash([])),
    ("getattr(1)", lambda: getattr(1)),
    ("isinstance(1, 2)", lambda: isinstance(1, 2)),
    ("pow(1)", lambda: pow(1)),
    ("zip(1)", lambda: zip(1)),
    ("map(1, [1])", lambda: list(map(1, [1]))),
    ("filter(1, [1])", lambda: list(filter(1, [1]))),
    ("enumerate(1)", lambda: enumerate(1)),
    ("print(sep=1)", lambda: print(sep=1)),
    ("format(1, 2)", lambda: format(1, 2)),
    ("bin(1.0)", lambda: bin(1.0)),
    ("int([])", lambda: int([])),
    ("float([])", lambda: float([])),
    ("dict(1)", lambda: dict(1)),
    ("set(1)", lambda: set(1)),
    ("reversed(1)", lambda: reversed(1)),
    ("callable()", lambda: callable()),
    ("repr()", lambda: repr()),
    ("max(1, 2, key=1)", lambda: max(1, 2, key=1)),
    ("1()", lambda: one()),
    ("None()", lambda: none()),
    ("'a' + 1", lambda: "a" + 1),
    ("[] + ()", lambda: [] + ()),
    ("{} | []", lambda: {} | []),
    ("-'a'", lambda: -"a"),
    ("[1][None]", lambda: [1][idx]),
    ("{}[[]]", lambda: {}[[]]),
]
for label, fn in calls:
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label:18} {type(e).__name__}: {e}")
