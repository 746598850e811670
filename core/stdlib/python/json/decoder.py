"""Implementation of JSONDecoder."""

from json import scanner
from _json import scanstring as c_scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

scanstring = c_scanstring


class JSONDecodeError(ValueError):
    """The ValueError a malformed JSON document raises.

    Besides the message it keeps: msg (the message without the
    position), doc (the document), pos (the index where decoding failed),
    lineno and colno (that index as a line and a column, from 1).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


def _skip_whitespace(s, i):
    """The first index from i that is not JSON whitespace."""
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


class JSONDecoder(object):
    """Decodes JSON text into Python values.

    Objects become dicts, arrays lists, strings str, integers int, other
    numbers float, true/false True/False and null None; NaN, Infinity and
    -Infinity are accepted as the matching floats, although JSON has no
    such values.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """``object_hook`` is called with every decoded object (a dict)
        and its result replaces it; ``object_pairs_hook`` is called with
        the object's (key, value) pairs instead and takes priority.
        ``parse_float``, ``parse_int`` and ``parse_constant`` turn the
        text of floats, ints and NaN/Infinity/-Infinity into values.
        Without ``strict``, control characters are allowed in strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=_skip_whitespace):
        """The Python value of the JSON document ``s`` (a str), which may be
        surrounded by whitespace and nothing else.
        """
        obj, end = self.raw_decode(s, idx=_w(s, 0))
        end = _w(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON value that starts at ``s[idx]`` and returns it with
        the index just after it; whatever follows is left alone.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
