"""Fraction, Infinite-precision Rational numbers."""

# PVM's fractions: exact rationals as CPython 3.11's module behaves (the
# same normalisation, mixed-type rules, hashes, reprs and messages). The
# string parser is hand-written rather than a regular expression: it
# accepts exactly the literals CPython's pattern accepts.

import math
import operator
import sys

try:
    import numbers as _numbers
except ImportError:  # the numbers ABCs are optional here
    _numbers = None

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

if _numbers is not None:
    _RationalBase = _numbers.Rational
    _RATIONAL = (int, _numbers.Rational)
    _REAL = (int, float, _numbers.Real)
    _COMPLEX = (int, float, complex, _numbers.Complex)
    _INTEGRAL = (int, _numbers.Integral)
else:
    _RationalBase = object
    _RATIONAL = None  # filled in once Fraction exists
    _REAL = (int, float)
    _COMPLEX = (int, float, complex)
    _INTEGRAL = (int,)


def _decimal_type():
    """decimal.Decimal when the decimal module can be imported."""
    mod = sys.modules.get('decimal')
    if mod is None:
        return None
    return getattr(mod, 'Decimal', None)


def _digit_run(s, i, n):
    """End of the run of digits, with single underscores between digits,
    that starts at i; i itself when there is none."""
    if i >= n or not s[i].isdecimal():
        return i
    j = i + 1
    while j < n:
        c = s[j]
        if c.isdecimal():
            j += 1
        elif c == '_' and j + 1 < n and s[j + 1].isdecimal():
            j += 2
        else:
            break
    return j


def _parse(text):
    """(numerator, denominator) of a Fraction literal, None when invalid."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # Either a digit or a point followed by a digit must come first.
    if not (i < n and (s[i].isdecimal()
                       or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digit_run(s, i, n)
    num = int(s[i:j]) if j > i else 0
    i = j
    den = 1
    if i < n and s[i] == '/':
        j = _digit_run(s, i + 1, n)
        if j == i + 1 or j != n:
            return None
        den = int(s[i + 1:j])
    else:
        if i < n and s[i] == '.':
            i += 1
            k = i
            while k < n and s[k] in 'dD':
                k += 1
            j = _digit_run(s, i, n)
            if k > i and j == i and _exponent_end(s, k, n) == n:
                # CPython's pattern lets a run of the letter d stand as
                # the fraction's digits, which int() then refuses.
                int(s[i:k])
            if j > i:
                digits = s[i:j].replace('_', '')
                scale = 10 ** len(digits)
                num = num * scale + int(digits)
                den = scale
            i = j
        j = _exponent_end(s, i, n)
        if j != n:
            return None
        if j > i:
            exp = int(s[i + 1:j])
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    if negative:
        num = -num
    return num, den


def _exponent_end(s, i, n):
    """End of an exponent ([eE][-+]?digits) starting at i; i if none."""
    if i < n and s[i] in 'eE':
        k = i + 1
        if k < n and s[k] in '+-':
            k += 1
        j = _digit_run(s, k, n)
        if j > k:
            return j
    return i


def _is_rational(x):
    return isinstance(x, _RATIONAL)


_object_new = object.__new__


def _make(numerator, denominator):
    """A Fraction from a normalised pair (denominator > 0, no common
    factor), without the checks of the constructor."""
    f = _object_new(Fraction)
    f._numerator = numerator
    f._denominator = denominator
    return f


class Fraction(_RationalBase):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Constructs a Rational."""
        self = _object_new(cls)
        if denominator is None:
            tn = type(numerator)
            if tn is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if tn is Fraction or _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            dec = _decimal_type()
            if isinstance(numerator, float) or (
                    dec is not None and isinstance(numerator, dec)):
                self._numerator, self._denominator = \
                    numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, _INTEGRAL):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, _INTEGRAL):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)"
                % (cls.__name__, dec, type(dec).__name__))
        n, d = dec.as_integer_ratio()
        return cls(n, d)

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)

        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; (lo_n/lo_d, hi_n/hi_d) are
        # the last two convergents. The answer is the last convergent or
        # the semiconvergent between them that is closest to self.
        lo_n, lo_d, hi_n, hi_d = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            q = n // d
            next_d = lo_d + q * hi_d
            if next_d > max_denominator:
                break
            lo_n, lo_d, hi_n, hi_d = hi_n, hi_d, lo_n + q * hi_n, next_d
            n, d = d, n - q * d
        k = (max_denominator - lo_d) // hi_d
        semi = Fraction(lo_n + k * hi_n, lo_d + k * hi_d)
        conv = Fraction(hi_n, hi_d)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each operation has a purely rational version (its
    # operands have .numerator and .denominator); the forward and
    # reflected methods decide between it and the float/complex operator.

    def _operators(rational, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return rational(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if _is_rational(a):
                return rational(a, b)
            if isinstance(a, _REAL):
                return fallback(float(a), float(b))
            if isinstance(a, _COMPLEX):
                return fallback(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        reverse.__name__ = '__r%s__' % name
        forward.__doc__ = reverse.__doc__ = rational.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _make(t, s * db)
        return _make(t // g2, s * (db // g2))

    __add__, __radd__ = _operators(_add, operator.add, 'add')

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _make(t, s * db)
        return _make(t // g2, s * (db // g2))

    __sub__, __rsub__ = _operators(_sub, operator.sub, 'sub')

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(na, db)
        if g > 1:
            na //= g
            db //= g
        g = math.gcd(nb, da)
        if g > 1:
            nb //= g
            da //= g
        return _make(na * nb, db * da)

    __mul__, __rmul__ = _operators(_mul, operator.mul, 'mul')

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = math.gcd(db, da)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        elif d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _make(n, d)

    __truediv__, __rtruediv__ = _operators(_div, operator.truediv, 'truediv')

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operators(_floordiv, operator.floordiv,
                                             'floordiv')

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    __divmod__, __rdivmod__ = _operators(_divmod, divmod, 'divmod')

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operators(_mod, operator.mod, 'mod')

    del _operators

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

        """
        if _is_rational(b):
            if b.denominator != 1:
                return float(a) ** float(b)
            p = b.numerator
            if p >= 0:
                return _make(a._numerator ** p, a._denominator ** p)
            # A negative power inverts; the sign moves to the numerator.
            p = -p
            if a._numerator > 0:
                return _make(a._denominator ** p, a._numerator ** p)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)'
                                        % (a._denominator ** p))
            return _make((-a._denominator) ** p, (-a._numerator) ** p)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _make(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        n, d = a._numerator, a._denominator
        if n < 0:
            return _index(-(-n // d))
        return _index(n // d)

    def __trunc__(a):
        """math.trunc(a)"""
        n, d = a._numerator, a._denominator
        if n < 0:
            return -(-n // d)
        return n // d

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            d = self.denominator
            q, r = divmod(self.numerator, d)
            twice = 2 * r
            if twice < d or (twice == d and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        """float(self) = self.numerator / self.denominator"""
        return int(self.numerator) / int(self.denominator)

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """Real numbers are their real component."""
        return +self

    @property
    def imag(self):
        """Real numbers have no imaginary component."""
        return 0

    def conjugate(self):
        """Conjugate is a no-op for Reals."""
        return +self

    def __hash__(self):
        """hash(self)"""
        # The numeric hash: |N| * inverse(D) modulo the hash modulus,
        # with the sign of N; no inverse means D is a multiple of the
        # modulus, which hashes as infinity.
        if self._denominator == 1:
            # The inverse of 1 is 1: an integer's own hash.
            h = hash(abs(self._numerator))
        else:
            try:
                inverse = pow(self._denominator, -1, _HASH_MODULUS)
            except ValueError:
                h = _HASH_INF
            else:
                h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator
                    and a._denominator == b.denominator)
        if isinstance(b, _COMPLEX) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


if _RATIONAL is None:
    _RATIONAL = (int, Fraction)
