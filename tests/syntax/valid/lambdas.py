# Lambda expressions.
identity = lambda x: x
constant = lambda: 42
two = lambda a, b: a + b
defaults = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
posonly = lambda a, /, b: a
kwonly = lambda *, key: key
nested = lambda x: lambda y: lambda z: x + y + z
conditional = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
in_call = sorted([3, 1, 2], key=lambda v: -v)
in_list = [lambda: 1, lambda: 2]
in_dict = {"f": lambda: None}
immediately = (lambda x: x * 2)(21)
tuple_body = lambda: (1, 2)
walrus_body = lambda: (y := 1)
generator_body = lambda: (x for x in range(3))
yield_body = lambda: (yield)
star_args = lambda *args: args
default_lambda = lambda f=lambda: 0: f()
comparison = lambda a, b: a < b <= a
not_body = lambda x: not x
lambda_in_default = lambda a=(lambda: 1)(): a
trailing = lambda a, b,: a
in_fstring = f"{(lambda: 1)()}"
chained_call = (lambda: lambda: 1)()()
in_slice = [1, 2, 3][(lambda: 0)():]
