# assert with and without messages, message laziness, AssertionError args.
assert True
assert 1 == 1, "not shown"
def msg():
    print("message evaluated")
    return "computed message"
assert 2 > 1, msg()
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args", e.args, repr(str(e)))
try:
    assert [], msg()
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 0, ("tuple", "msg")
except AssertionError as e:
    print(e.args, e)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e), e.args[0] + 1)
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    return x ** 0.5
for v in (4, -4):
    try:
        print(checked_sqrt(v))
    except AssertionError as e:
        print("caught:", e)
x = 3
assert (x > 2), "parenthesised ok"
print("done", __debug__)
