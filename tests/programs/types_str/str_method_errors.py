# TypeErrors and ValueErrors raised by str methods given bad arguments; messages are part of the spec.
calls = [
    lambda: "abc".split(",", 1, 2),
    lambda: "abc".center(),
    lambda: "abc".center(5, 3),
    lambda: "abc".replace("a"),
    lambda: "abc".replace(1, "b"),
    lambda: "abc".find(1),
    lambda: "abc".index("z"),
    lambda: "abc".count(None),
    lambda: "abc".startswith(1),
    lambda: "abc".endswith(("a", 1)),
    lambda: "abc".join("x", "y"),
    lambda: "abc".zfill("3"),
    lambda: "abc".expandtabs("4"),
    lambda: "abc".encode(1),
    lambda: "abc".strip(1),
    lambda: "abc".partition(None),
    lambda: "abc".upper(1),
    lambda: "abc".splitlines("x"),
    lambda: "abc".ljust(-1, ""),
    lambda: "abc".rsplit(""),
    lambda: "abc".format_map(None),
    lambda: "{0}".format(),
    lambda: "{x}".format(y=1),
    lambda: "abc".removeprefix(None),
    lambda: str.maketrans(1),
    lambda: "abc".translate(None),
    lambda: "a" * (2 ** 100),
]
for i, c in enumerate(calls):
    try:
        print(i, "returned", repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
print("abc".ljust(-1), "abc".center(-5, "x"), "abc".zfill(-2), "abc".expandtabs(-1))
