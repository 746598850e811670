# This file has syntax errors on purpose: `pvm check examples/` reports them.
def greet(name)
    print("hello", name)

values = [1, 2 3]
