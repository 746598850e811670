# Hand-written functools.wraps: copying __name__/__qualname__/__doc__/__dict__ and __wrapped__.
def wraps(original):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("log:", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
def naive(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Return the area."""
    return w * h
area.unit = "m2"
@naive
def perimeter(w, h):
    """Return the perimeter."""
    return 2 * (w + h)
print(area(3, 4), area.__name__, area.__qualname__, area.__doc__, area.unit)
print(perimeter(3, 4), perimeter.__name__, perimeter.__qualname__, perimeter.__doc__)
print(area.__wrapped__(5, 5), area.__wrapped__.__name__, hasattr(perimeter, "__wrapped__"))
def marked(fn):
    fn.marked = True
    return fn
@logged
@marked
def thing():
    """thing doc"""
    return "thing"
print(thing(), thing.marked, thing.__wrapped__.marked, thing.__doc__)
def unwrap(fn):
    depth = 0
    while hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__
        depth += 1
    return fn, depth
@logged
@logged
def twice():
    return 2
inner, depth = unwrap(twice)
print(inner.__name__, depth, twice())
