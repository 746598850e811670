"""Implementation of JSONEncoder."""

from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import make_encoder as c_make_encoder

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii

INFINITY = float('inf')


class JSONEncoder(object):
    """Encodes Python values as JSON text.

    dicts become objects, lists and tuples arrays, str strings, int and
    float numbers, True/False true/false and None null. For other types,
    override ``default()`` in a subclass (or pass ``default=``) to return
    something encodable, or let the base version raise TypeError.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Options: ``skipkeys`` skips keys that are not str, int, float,
        bool or None instead of raising TypeError; ``ensure_ascii``
        escapes every non-ASCII character; ``check_circular`` detects
        containers that contain themselves; ``allow_nan`` writes NaN and
        the infinities instead of raising ValueError; ``sort_keys`` sorts
        dicts by key; ``indent`` (a number of spaces or a string)
        pretty-prints; ``separators`` is an (item_separator,
        key_separator) pair; ``default`` turns other objects into ones
        that can be encoded.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode instead of ``o``, an object of a type JSON has no
        form for; this one raises TypeError.
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of ``o``, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of ``o`` in pieces, produced as the encoding goes (to
        write a large value out without building the whole text).
        """
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__):
            # NaN is the one float unequal to itself.
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        if _one_shot and (self.indent is None or (
                type(self.item_separator) is str and
                type(self.key_separator) is str)):
            # The native encoder also indents (as the generator below
            # would, separators being str) when given the indent string.
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot):
    """The generator function that yields the JSON text of a value in
    chunks (used with indent, and by iterencode and dump)."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    _intstr = int.__repr__

    def _scalar(o):
        """The JSON text of a str, None, bool, int or float; None for
        anything else."""
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            # int/float subclasses may override __repr__ (IntEnum): they
            # are written as the numbers they are.
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def _enter(o):
        """Marks a container or object as being encoded."""
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o

    def _leave(o):
        if markers is not None:
            del markers[id(o)]

    def _nested(o, level):
        """The chunks of a value that is not a scalar."""
        if isinstance(o, (list, tuple)):
            return _iterencode_list(o, level)
        if isinstance(o, dict):
            return _iterencode_dict(o, level)
        return _iterencode(o, level)

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        _enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from _nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        _leave(lst)

    def _key(key):
        """The text of a dict key; None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _intstr(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        _enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            else:
                yield from _nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        _leave(dct)

    def _iterencode(o, level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            _enter(o)
            yield from _iterencode(_default(o), level)
            _leave(o)

    return _iterencode
