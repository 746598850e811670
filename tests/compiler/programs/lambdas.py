# Lambdas.
identity = lambda x: x
add = lambda a, b=1: a + b
star = lambda *a, **k: (a, k)
kwonly = lambda *, k: k
nested = lambda x: lambda y: x + y
gen_lambda = lambda: (yield)
no_args = lambda: None

def make_key():
    return sorted(data, key=lambda d: d['k'])

def default_lambda(f=lambda: 0):
    return f()

def lambda_in_loop(fs):
    return [lambda x=f: x for f in fs]
