# TypeError messages for bad calls: missing, unexpected, duplicate, too many arguments.
def f(a, b, c=3):
    return a + b + c
def g(*, k):
    return k
def h(x, /, y):
    return x, y
class Cls:
    def meth(self, a):
        return a
five, text, nothing = 5, "s", None
calls = [
    ("missing one", lambda: f(1)),
    ("missing two", lambda: f()),
    ("too many", lambda: f(1, 2, 3, 4)),
    ("unexpected kw", lambda: f(1, 2, d=4)),
    ("multiple values", lambda: f(1, 2, a=5)),
    ("kw-only missing", lambda: g()),
    ("kw-only positional", lambda: g(1)),
    ("posonly as kw", lambda: h(x=1, y=2)),
    ("method missing", lambda: Cls().meth()),
    ("method too many", lambda: Cls().meth(1, 2)),
    ("unbound method", lambda: Cls.meth()),
    ("lambda too many", lambda: (lambda: 0)(1)),
    ("builtin len", lambda: len()),
    ("builtin len two", lambda: len([], [])),
    ("not callable", lambda: five()),
    ("str not callable", lambda: text()),
    ("none not callable", lambda: nothing(1)),
]
for label, call in calls:
    try:
        call()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, d=4)
except TypeError as e:
    print(e)
