"""Module docstring
spanning lines, with 'quotes' and "quotes" and a \
continued line."""

a = '''single-quoted triple
with "double" and 'single' quotes
and an escaped \''' inside'''

b = """double-quoted triple
with ""two quotes"" and a final quote\""""

c = r'''raw triple \n \d
second line'''

d = b"""bytes
triple"""

e = f"""f-string triple {a!r}
{b:>{len(c)}}
{'nested' + "quotes"}
"""

f = rb'''raw
bytes \x'''

g = '''''' + """""" + ''''quote at start''' + """"quote at start"""

h = """ends with quote \""""


def function():
    """Function docstring.

    Indented lines keep their indentation.
        More indented.
    """
    return """  leading and trailing  """


class Klass:
    '''Class docstring with ''single quotes'' inside.'''
