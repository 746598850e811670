"""Pseudo-random numbers: integers, bytes, sequence picks and shuffles,
and samples of the usual real-valued and circular distributions.

The generator is the Mersenne Twister of _random (period 2**19937-1),
seeded as CPython seeds it, so one seed gives CPython's sequences.
Random instances have their own state; the module-level functions share
one hidden instance. SystemRandom draws from the operating system.
"""

# PVM's random module. Each method makes the same calls to random() and
# getrandbits(), in the same order, with the same float expressions as
# CPython 3.11's random.py, because programs rely on a seed reproducing
# CPython's numbers bit for bit. Instead of os, operator, hashlib, bisect
# and itertools it uses three functions of _random and small helpers below.

import _random
from _random import _index, _sha512, _urandom
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite

try:
    from _collections_abc import Sequence as _Sequence
except ImportError:
    # Without the ABCs: the built-in sequences (sets and dicts are refused).
    _Sequence = (list, tuple, str, range, bytes, bytearray)

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float's significand
RECIP_BPF = 2 ** -BPF
_ONE = 1                # randrange's default step, recognised by identity

_NON_INT_DEPRECATED = ('non-integer arguments to randrange() have been '
                       'deprecated since Python 3.10 and will be removed in '
                       'a subsequent version')
_NON_INT_FUTURE = 'randrange() will raise TypeError in the future'


def _warn(message, category=None, stacklevel=1):
    # warnings.warn when there is a warnings module; nothing otherwise.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category or UserWarning, stacklevel + 1)


def _as_int(value, what):
    # randrange's argument conversion: __index__ first; an integral
    # value of another type is still accepted, with a deprecation warning.
    try:
        return _index(value)
    except TypeError:
        pass
    converted = int(value)
    if converted != value:
        _warn(_NON_INT_FUTURE, DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    _warn(_NON_INT_DEPRECATED, DeprecationWarning, 3)
    return converted


def _running_totals(values):
    # The running sums of values (what itertools.accumulate yields), as a list.
    totals = []
    items = iter(values)
    for acc in items:
        totals.append(acc)
        for item in items:
            acc = acc + item
            totals.append(acc)
    return totals


def _bisect(seq, x, lo=0, hi=None):
    # bisect.bisect_right: the index after the last seq[lo:hi] item <= x.
    if hi is None:
        hi = len(seq)
    while lo < hi:
        middle = (lo + hi) // 2
        if x < seq[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


class Random(_random.Random):
    """A Mersenne Twister generator with its own state, and the
    distributions built on it.

    To plug in another core generator, subclass and override random(),
    seed(), getstate() and setstate(); add getrandbits() as well so that
    randrange() covers ranges of any size.
    """

    VERSION = 3     # the format getstate() returns

    def __init__(self, x=None):
        """Seeds the new generator with x, as seed(x) does."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Resets the state from a seed: None (OS entropy), an int (all of
        its bits), a float, or a str, bytes or bytearray (all of their
        bits with version 2; version 1 gives the narrower seeds of old
        Pythons for str and bytes)."""
        if version == 1 and isinstance(a, (str, bytes)):
            # The string hash of Python 2, for old sequences.
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            h = ord(text[0]) << 7 if text else 0
            for ch in text:
                h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            h ^= len(text)
            a = -2 if h == -1 else h
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            # The text's bytes followed by their SHA-512 digest, as one int.
            data = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(data + _sha512(data), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The whole state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restores a state getstate() returned."""
        version = state[0]
        if version == 3:
            version, words, self.gauss_next = state
            super().setstate(words)
        elif version == 2:
            version, words, self.gauss_next = state
            # Version 2 kept the words as signed C longs.
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as e:
                raise TypeError from e
            super().setstate(words)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    # Pickling and copying go through the state.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # Integers in [0, n): from getrandbits() when the class has one that
    # is nearer than its random(), else from random().

    def __init_subclass__(cls, /, **kwargs):
        """Chooses _randbelow for a subclass from the generator methods
        it defines or inherits."""
        for klass in cls.__mro__:
            namespace = klass.__dict__
            if '_randbelow' in namespace:
                break
            if 'getrandbits' in namespace:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in namespace:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """A uniform int in [0, n), n > 0, by rejection from bit_length bits."""
        getrandbits = self.getrandbits
        bits = n.bit_length()       # of n, not n - 1: n may be 1
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A uniform int in [0, n), n > 0, from random() alone."""
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        # Reject the top sliver of [0, 1) that would bias the modulo.
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random item of range(start, stop, step) (or of range(start)),
        without building the range, for ranges of any size."""
        istart = _as_int(start, "arg 1")
        if stop is None:
            # step is checked by identity: it has not been converted.
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_int(stop, "stop")
        width = istop - istart
        istep = _as_int(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random int between a and b, both included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        # len(), not truth: some sequences refuse bool().
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffles the list x in place."""
        randbelow = self._randbelow
        # Fisher-Yates from the end: x[i] trades places with one of x[:i+1].
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct picks (by position) from a sequence, in the order
        drawn, so every slice of the result is itself a random sample.
        counts repeats each item that many times, as if it were listed
        so: sample(['a', 'b'], counts=[3, 1], k=2) draws from
        ['a', 'a', 'a', 'b']. Use a range to sample a range of ints."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            # Sample positions of the expanded population, then map each
            # back to its item through the running totals.
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            positions = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, p)] for p in positions]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        # Track the smaller structure: a pool of the n candidates, or a set
        # of the k positions taken. The estimate (a list's size against a
        # set's table) decides, and the choice changes the draws.
        set_cost = 21
        if k > 5:
            set_cost += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_cost:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                picked[i] = pool[j]
                pool[j] = pool[n - i - 1]   # the last candidate fills the gap
        else:
            taken = set()
            for i in range(k):
                j = randbelow(n)
                while j in taken:
                    j = randbelow(n)
                taken.add(j)
                picked[i] = population[j]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, equally likely or
        weighted by weights or by cumulative weights."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(random() * scale)] for i in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, last)]
                for i in range(k)]

    def uniform(self, a, b):
        """A float between a and b (b itself only by rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode
        (the midpoint by default)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            # The right-hand side is the left-hand side mirrored.
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution with mean mu and standard deviation sigma."""
        # Kinderman and Monahan's ratio of uniforms (ACM TOMS 3, 1977).
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution with mean mu and standard deviation
        sigma, a little faster than normalvariate()."""
        # Box-Muller: two uniforms give two independent normals; the
        # second one waits in gauss_next for the next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A variate whose log is normal with mean mu and standard
        deviation sigma (> 0)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """The exponential distribution with rate lambd (1 / mean);
        negative for a negative lambd."""
        # 1 - random() is in (0, 1]: its log is defined.
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution of angles around mu (radians) with
        concentration kappa >= 0; uniform on [0, 2*pi) when kappa is 0."""
        # Fisher, "Statistical Analysis of Circular Data" (1993), 3.3.6.
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u = random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """The gamma distribution with shape alpha > 0 and scale beta > 0
        (mean alpha * beta); not the gamma function."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng, Applied Statistics 26 (1977), algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            # Exponential with mean beta.
            return -_log(1.0 - random()) * beta
        # 0 < alpha < 1: algorithm GS (Kennedy and Gentle).
        while True:
            b = (_e + alpha) / _e
            p = b * random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u = random()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """The beta distribution on [0, 1], alpha > 0 and beta > 0."""
        # From two gamma variates (Knuth, TAOCP vol. 2, 3rd ed., p. 134).
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """The Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source
    (os.urandom): no seed and no state, so seed() does nothing and
    getstate() and setstate() raise."""

    def random(self):
        """A float in [0, 1) from 53 bits of OS entropy."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits of OS entropy."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes of OS entropy."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the OS source has no seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Raises: the OS source has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The shared generator behind the module-level functions, seeded from
# OS entropy.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
