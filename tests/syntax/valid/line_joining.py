# Explicit (backslash) and implicit (bracket) line joining.
total = 1 + \
    2 + \
        3
if total > 1 and \
   total < 10:
    pass
with open("a") as a, \
     open("b") as b:
    pass
assert total, \
    "message"
x = [
    1,
    2,
        3,  # comments inside brackets
# a comment at column zero inside brackets
    4,
]
y = (1 +
2 -
            3)
z = {
    'a':
        1,
    'b'
    :
    2,
}
call = print(
    "a",
    "b",
    sep=
    "-",
)
def f(
    a,
    b=(
        1,
    ),
    *args,
    **kwargs
): return a
s = 'abc' \
    'def'
t = ('abc'
     'def')
lam = lambda a, \
    b: a + b
n = \
42
empty_continuation = [\
1, \
2]
class C(
    object,
    metaclass=type,
): pass
