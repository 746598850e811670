"""Regular expressions with the syntax and behaviour of CPython 3.11's re.

The matching engine is the native module _sre (core/stdlib/src/re/);
this module holds the public functions, the compiled-pattern cache, the
flags (RegexFlag, which prints as CPython's enum.IntFlag does), re.error,
escape() and the experimental Scanner.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# --------------------------------------------------------------------
# flags

# (name, value) of every flag, in the order CPython's RegexFlag defines
# them (names of combined flags list their parts in this order).
_FLAG_DEFS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_BITS = 511
# The one-letter aliases.
_ALIASES = (("A", 256), ("I", 2), ("L", 4), ("U", 32), ("M", 8), ("S", 16), ("X", 64), ("T", 1))


class _FlagType(type):
    """The class of RegexFlag: iterates, sizes and prints as an enum."""

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([cls._by_value[v] for _, v in _FLAG_DEFS])

    def __len__(cls):
        return len(_FLAG_DEFS)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __getitem__(cls, name):
        for n, v in _FLAG_DEFS + _ALIASES:
            if n == name:
                return cls._by_value[v]
        if name == "NOFLAG":
            return cls._by_value[0]
        raise KeyError(name)


class RegexFlag(int, metaclass=_FlagType):
    """Flags of the re module (an enum.IntFlag in CPython)."""

    _by_value = {}

    def __new__(cls, value=0):
        value = int(value)
        if value < 0 and value >= -_ALL_BITS - 1:
            value = _ALL_BITS + 1 + value
        flag = cls._by_value.get(value)
        if flag is None:
            flag = int.__new__(cls, value)
            if not value & ~_ALL_BITS:
                cls._by_value[value] = flag
        return flag

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        parts = [n for n, v in _FLAG_DEFS if value & v]
        if not parts:
            return None
        unknown = value & ~_ALL_BITS
        if unknown:
            parts.append(hex(unknown))
        return "|".join(parts)

    def __repr__(self):
        name = self.name
        if name is None:
            return "re.RegexFlag(%r)" % int(self)
        return "|".join(p if p[0].isdigit() else "re." + p for p in name.split("|"))

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        return iter([RegexFlag(v) for _, v in _FLAG_DEFS if int(self) & v])

    def __len__(self):
        return len([v for _, v in _FLAG_DEFS if int(self) & v])

    def __reduce_ex__(self, proto):
        return RegexFlag, (int(self),)


RegexFlag._by_value[0] = int.__new__(RegexFlag, 0)
for _name, _value in _FLAG_DEFS:
    RegexFlag._by_value[_value] = int.__new__(RegexFlag, _value)
    setattr(RegexFlag, _name, RegexFlag._by_value[_value])
for _name, _value in _ALIASES:
    setattr(RegexFlag, _name, RegexFlag._by_value[_value])
RegexFlag.NOFLAG = RegexFlag._by_value[0]
del _name, _value

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


# --------------------------------------------------------------------
# errors

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = self.colno = None
        else:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl (a template string or a function of the match)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple (new_string, number_of_substitutions_made),
    replacing as sub() does."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings (and the text
    of the pattern's groups, if any)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string (or of
    their groups when the pattern has groups)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string, as Match objects."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


# Characters escape() prefixes with a backslash.
_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


Pattern = _sre.Pattern
Match = _sre.Match


# --------------------------------------------------------------------
# internals

_cache = {}  # insertion ordered: the oldest entry is dropped first
_MAXCACHE = 512


def _compile(pattern, flags):
    # A RegexFlag equals and hashes as its int value, so the key of a
    # cached pattern is found before flags are normalized.
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    # CPython tests for the deprecated TEMPLATE flag here, which is where
    # flags that are not ints fail.
    flags & T
    p = _sre.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


# --------------------------------------------------------------------
# experimental stuff

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self.scanner = _sre.compile_lexicon([phrase for phrase, _ in lexicon], flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
