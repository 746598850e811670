# global and nonlocal declarations.
counter = 0
a = b = c = 0


def increment():
    global counter
    counter += 1


def several():
    global a, b, c
    a = b = c = 1


def outer():
    x = 1
    y = 2

    def inner():
        nonlocal x
        x += 1

        def innermost():
            nonlocal x, y
            x = y = 3
            global counter
            counter = x

        return innermost

    return inner


def declared_before_use():
    global late
    late = 1
    print(late)


class Scoped:
    global counter
    counter = 5
    attr = counter

    def method(self):
        global a
        return a


def closure_over_class():
    value = 1

    class Inner:
        nonlocal value
        value = 2

    return value


def comprehension_scope():
    items = [1, 2]
    return [lambda: item for item in items]
