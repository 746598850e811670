# cmath's constants and namespace, argument conversion (complex, float,
# int, __complex__, __float__, __index__) and every error message.
import cmath
import math

print(repr(cmath.pi), repr(cmath.e), repr(cmath.tau), repr(cmath.inf), repr(cmath.nan))
print(repr(cmath.infj), repr(cmath.nanj), type(cmath.infj).__name__, type(cmath.nan).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
print([n for n in dir(cmath) if not n.startswith("_")])

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))

class Cx:
    def __complex__(self):
        return 3 + 4j

class BadCx:
    def __complex__(self):
        return 1.5

class Fl:
    def __float__(self):
        return 0.25

class Ix:
    def __index__(self):
        return 9

class CxSub(complex):
    def __complex__(self):
        return 100j

class FlSub(float):
    pass

t("sqrt(Cx)", lambda: cmath.sqrt(Cx()))
t("sqrt(Fl)", lambda: cmath.sqrt(Fl()))
t("sqrt(Ix)", lambda: cmath.sqrt(Ix()))
t("sqrt(CxSub)", lambda: cmath.sqrt(CxSub(4, 0)))
t("sqrt(FlSub)", lambda: cmath.sqrt(FlSub(-4)))
t("sqrt(True)", lambda: cmath.sqrt(True))
t("sqrt(-4)", lambda: cmath.sqrt(-4))
t("sqrt(10**30)", lambda: cmath.sqrt(10 ** 30))
t("phase(Cx)", lambda: cmath.phase(Cx()))
t("polar(Cx)", lambda: cmath.polar(Cx()))
t("rect(Ix, Fl)", lambda: cmath.rect(Ix(), Fl()))
t("isclose(Cx, 3+4j)", lambda: cmath.isclose(Cx(), 3 + 4j))
t("log(Cx, Ix)", lambda: cmath.log(Cx(), Ix()))

t("sqrt(BadCx)", lambda: cmath.sqrt(BadCx()))
t("sqrt('a')", lambda: cmath.sqrt("a"))
t("sqrt(None)", lambda: cmath.sqrt(None))
t("sqrt([])", lambda: cmath.sqrt([]))
t("sqrt(10**400)", lambda: cmath.sqrt(10 ** 400))
t("exp('1')", lambda: cmath.exp("1"))
t("rect(1j, 1)", lambda: cmath.rect(1j, 1))
t("rect(1, 'a')", lambda: cmath.rect(1, "a"))
t("log(1, 'a')", lambda: cmath.log(1, "a"))
t("log('a', 1)", lambda: cmath.log("a", 1))
t("isclose('a', 1)", lambda: cmath.isclose("a", 1))
t("isclose(1, 1, rel_tol=-1)", lambda: cmath.isclose(1, 1, rel_tol=-1))
t("isclose(1, 1, abs_tol=-0.5)", lambda: cmath.isclose(1, 1, abs_tol=-0.5))
t("isclose(1, 1, rel_tol=1j)", lambda: cmath.isclose(1, 1, rel_tol=1j))

t("sqrt()", lambda: cmath.sqrt())
t("sqrt(1, 2)", lambda: cmath.sqrt(1, 2))
t("sqrt(z=1)", lambda: cmath.sqrt(z=1))
t("exp()", lambda: cmath.exp())
t("phase()", lambda: cmath.phase())
t("polar(1, 2)", lambda: cmath.polar(1, 2))
t("isnan()", lambda: cmath.isnan())
t("isinf(z=1)", lambda: cmath.isinf(z=1))
t("log()", lambda: cmath.log())
t("log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
t("log(z=1)", lambda: cmath.log(z=1))
t("rect(1)", lambda: cmath.rect(1))
t("rect(1, 2, 3)", lambda: cmath.rect(1, 2, 3))
t("rect(r=1, phi=2)", lambda: cmath.rect(r=1, phi=2))
t("isclose()", lambda: cmath.isclose())
t("isclose(1)", lambda: cmath.isclose(1))
t("isclose(1, 2, 3)", lambda: cmath.isclose(1, 2, 3))
t("isclose(1, 2, foo=3)", lambda: cmath.isclose(1, 2, foo=3))
t("isclose(a=1, b=1)", lambda: cmath.isclose(a=1, b=1))

# domain and range errors
t("log(0)", lambda: cmath.log(0))
t("log(-0.0)", lambda: cmath.log(-0.0))
t("log10(0j)", lambda: cmath.log10(0j))
t("log(0, 2)", lambda: cmath.log(0, 2))
t("log(2, 0)", lambda: cmath.log(2, 0))
t("log(2, 1)", lambda: cmath.log(2, 1))
t("log(0, 1)", lambda: cmath.log(0, 1))
t("log(1, 1)", lambda: cmath.log(1, 1))
t("log(1j, -1)", lambda: cmath.log(1j, -1))
t("log(2, nan)", lambda: cmath.log(2, complex(math.nan, 1)))
t("log(2, 1+nanj)", lambda: cmath.log(2, complex(1, math.nan)))
t("atanh(1)", lambda: cmath.atanh(1))
t("atanh(-1)", lambda: cmath.atanh(-1))
t("atanh(1-0j)", lambda: cmath.atanh(complex(1, -0.0)))
t("atan(1j)", lambda: cmath.atan(1j))
t("atan(-1j)", lambda: cmath.atan(-1j))
t("exp(1000)", lambda: cmath.exp(1000))
t("exp(710+1j)", lambda: cmath.exp(710 + 1j))
t("exp(709.9+1j)", lambda: cmath.exp(709.9 + 1j))
t("exp(1e308+1e-300j)", lambda: cmath.exp(complex(1e308, 1e-300)))
t("cosh(1000)", lambda: cmath.cosh(1000))
t("cosh(711+0.5j)", lambda: cmath.cosh(711 + 0.5j))
t("sinh(-1000+2j)", lambda: cmath.sinh(-1000 + 2j))
t("cos(1000j)", lambda: cmath.cos(1000j))
t("sin(1000j)", lambda: cmath.sin(1000j))
t("tan(1000j)", lambda: cmath.tan(1000j))
t("tanh(1000)", lambda: cmath.tanh(1000))
t("exp(1+infj)", lambda: cmath.exp(complex(1, math.inf)))
t("exp(inf+infj)", lambda: cmath.exp(complex(math.inf, math.inf)))
t("exp(-inf+infj)", lambda: cmath.exp(complex(-math.inf, math.inf)))
t("cosh(nan+infj)", lambda: cmath.cosh(complex(math.nan, math.inf)))
t("sin(inf)", lambda: cmath.sin(math.inf))
t("tan(inf)", lambda: cmath.tan(math.inf))
t("rect(1, inf)", lambda: cmath.rect(1, math.inf))
t("rect(0, inf)", lambda: cmath.rect(0, math.inf))
t("rect(inf, inf)", lambda: cmath.rect(math.inf, math.inf))
t("rect(nan, inf)", lambda: cmath.rect(math.nan, math.inf))
t("rect(1e308, 1e-300)", lambda: cmath.rect(1e308, 1e-300))
t("polar(1e308+1e308j)", lambda: cmath.polar(complex(1e308, 1e308)))
t("polar(1.5e308+1.5e308j)", lambda: cmath.polar(complex(1.5e308, 1.5e308)))
t("polar(1e300+1e-300j)", lambda: cmath.polar(complex(1e300, 1e-300)))
t("phase(1e300+1e-300j)", lambda: cmath.phase(complex(1e300, 1e-300)))
t("phase(1e10+1e-300j)", lambda: cmath.phase(complex(1e10, 1e-300)))
t("phase(3+5e-324j)", lambda: cmath.phase(complex(3, 5e-324)))
t("phase(-3+5e-324j)", lambda: cmath.phase(complex(-3, 5e-324)))
t("phase(inf+1e-300j)", lambda: cmath.phase(complex(math.inf, 1e-300)))
t("sqrt(-1e-320-0j)", lambda: cmath.sqrt(complex(-1e-320, -0.0)))
