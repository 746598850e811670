# Uncaught ValueError raised three calls deep; the traceback lists every frame.
def load(name):
    print("loading", name)
    validate(name)


def validate(name):
    if not name.isidentifier():
        fail(name)


def fail(name):
    raise ValueError(f"invalid name: {name!r}")


load("good_name")
load("bad name")
print("not reached")
