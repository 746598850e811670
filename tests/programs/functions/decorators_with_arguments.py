# Decorator factories taking arguments, and decorators that work with or without arguments.
def repeat(times):
    print("repeat factory", times)
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(name, *, close=True):
    def deco(fn):
        def wrapper(*a):
            inner = fn(*a)
            return f"<{name}>{inner}</{name}>" if close else f"<{name}>{inner}"
        return wrapper
    return deco
@tag("b")
@tag("i", close=False)
def text(s):
    return s
print(text("bold"))
def flexible(arg=None, *, prefix=">"):
    def deco(fn):
        def wrapper(*a):
            return prefix + str(fn(*a))
        return wrapper
    if callable(arg):
        return deco(arg)
    return deco
@flexible
def one():
    return 1
@flexible(prefix="#")
def two():
    return 2
print(one(), two())
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def use(x, y):
    return y * x
print(use(x=2, y="ab"))
try:
    use(x="2", y="ab")
except TypeError as e:
    print("TypeError:", e)
table = {}
def route(path):
    def deco(fn):
        table[path] = fn
        return fn
    return deco
@route("/")
def index():
    return "index page"
@route("/about")
def about():
    return "about page"
print(sorted(table), table["/about"]())
@(lambda fn: lambda: fn().upper())
def shout():
    return "expression decorator"
print(shout())
