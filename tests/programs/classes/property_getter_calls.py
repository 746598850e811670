# Property getters run from attribute loads: results, errors, recursion,
# generators as getters, and AttributeError falling back to __getattr__.


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @property
    def k(self):
        return self.c_plus(273.15)

    def c_plus(self, x):
        return self._c + x

    @property
    def gen(self):
        yield self._c
        yield self._c + 1

    @property
    def deep(self):
        return self.deep


class Fallback:
    @property
    def p(self):
        raise AttributeError("nope")

    @property
    def q(self):
        return self.missing

    def __getattr__(self, name):
        return "fallback " + name


t = Temp(100)
total = 0
for i in range(5):
    total += t.f + t.k
print(total, list(t.gen), [Temp(x).f for x in range(3)])

fb = Fallback()
for i in range(3):
    print(fb.p, fb.q, fb.other)

try:
    t.deep
except RecursionError as e:
    print("RecursionError:", e)


class Strict:
    @property
    def value(self):
        raise ValueError("no value")


s = Strict()
for i in range(2):
    try:
        s.value
    except ValueError as e:
        print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


class Base:
    @property
    def name(self):
        return type(self).__name__.lower()


class Derived(Base):
    pass


objs = [Base(), Derived(), Base()]
print([o.name for o in objs for _ in range(2)])
Base.name = property(lambda self: "replaced")
print([o.name for o in objs])
s.value
