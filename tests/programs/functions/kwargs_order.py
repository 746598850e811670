# **kwargs preserve call-site order; merging, overriding and forwarding keyword arguments.
def show(**kw):
    return list(kw)
print(show(z=1, a=2, m=3), show(**{"b": 1, "a": 2}, c=3))
def forward(*args, **kwargs):
    return show(**kwargs), args
print(forward(1, 2, y=1, x=2))
def merge(**kw):
    base = {"color": "red", "size": 1}
    base.update(kw)
    return base
print(merge(size=5, shape="round"))
def override(**kw):
    return {**kw, "fixed": True}
print(override(fixed=False, extra=1))
def config(name, **options):
    parts = [name] + [f"{k}={v}" for k, v in options.items()]
    return " ".join(parts)
print(config("server", port=80, host="localhost", debug=False))
opts = {"port": 443}
print(config("secure", **opts, cert="x.pem"))
def kw_is_fresh(**kw):
    kw["added"] = 1
    return kw
src = {"a": 0}
print(kw_is_fresh(**src), src)
def accepts_named_kwargs(kwargs=None, **kw):
    return kwargs, kw
print(accepts_named_kwargs(kwargs=1, other=2))
def self_named(self, **kw):
    return self, kw
print(self_named(1, cls=2, function=3))
print(dict(b=2, a=1), list(dict(zip("cab", range(3)))))
