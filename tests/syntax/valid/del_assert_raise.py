# del, assert, raise, pass, return.
a = b = c = 1
d = {"k": 1, "j": 2}
lst = [1, 2, 3, 4]
obj = type("O", (), {"x": 1, "y": 2})()
del a
del b, c
del d["k"]
del d["j"],
del lst[0], lst[1:]
del obj.x
del (obj.y)
e = f = g = h = 1
del (e, f)
del [g, h]
i = j = k = 0
del (i), [j, (k)]

assert True
assert True, "message"
assert (1, 2), "tuples are truthy"
assert lst is not None, f"{lst!r}"
assert not False, (
    "multi-line message"
)


def raises():
    raise
    raise ValueError
    raise ValueError("message")
    raise ValueError("message") from None
    raise ValueError from TypeError("cause")
    raise (ValueError)
    raise ValueError() if lst else TypeError()


def passes():
    pass
    pass; pass


def returns():
    return
    return None
    return 1, 2
    return (yield)
