# This file uses CRLF line endings.
def f(a,
      b):
    """Docstring spanning
    two lines."""
    s = '''triple
quoted'''
    t = 'back\
slash'
    return a + \
        b


class C:

    x = [
        1,
        2,
    ]


if f(1, 2):
    pass
