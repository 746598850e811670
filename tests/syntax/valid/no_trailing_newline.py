def f():
    return 1


class C:
    x = f()
    if x:
        y = 2