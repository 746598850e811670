"""String constants, capwords, Template ($-substitution) and Formatter
(str.format's machinery, overridable).

Constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation and printable (all ASCII).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """`s` with each word capitalized: split on `sep` (runs of whitespace
    when None, which also trims the ends), capitalize, join with `sep`
    (a space when None).
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template: $-substitutions. The default placeholder syntax is matched
# by hand; a subclass with its own pattern, idpattern, braceidpattern or
# flags compiles a regular expression with `re`, as CPython does.

try:
    import re as _re
except ImportError:
    _re = None

from collections import ChainMap as _ChainMap

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = _re.IGNORECASE if _re is not None else 2
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _Match:
    """A placeholder found by the hand scanner, with the part of the
    re.Match interface Template uses."""

    def __init__(self, text, start, end, kind, value_start, value_end):
        self.string = text
        self._span = (start, end)
        self._kind = kind
        self._value = (value_start, value_end)

    def group(self, name=0):
        if name == 0:
            return self.string[self._span[0]:self._span[1]]
        if name == self._kind:
            return self.string[self._value[0]:self._value[1]]
        return None

    def start(self, name=0):
        if name == 0:
            return self._span[0]
        return self._value[0] if name == self._kind else -1

    def end(self, name=0):
        if name == 0:
            return self._span[1]
        return self._value[1] if name == self._kind else -1


def _identifier_end(text, i):
    """The end of the ASCII identifier starting at i (i if none)."""
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
    return i


class _Scanner:
    """Finds the placeholders of the default pattern for one delimiter
    (compared ignoring case, as the pattern's IGNORECASE flag does)."""

    def __init__(self, delimiter):
        self.delimiter = delimiter
        self.folded = delimiter.lower()
        self.cased = delimiter.lower() != delimiter.upper()

    def _delimiter_at(self, text, i):
        part = text[i:i + len(self.delimiter)]
        if self.cased:
            return len(part) == len(self.delimiter) and part.lower() == self.folded
        return part == self.delimiter

    def _find(self, text, i):
        if not self.cased:
            return text.find(self.delimiter, i)
        last = len(text) - len(self.delimiter)
        while i <= last:
            if self._delimiter_at(text, i):
                return i
            i += 1
        return -1

    def finditer(self, text):
        size = len(self.delimiter)
        i = 0
        while i <= len(text):
            j = self._find(text, i)
            if j < 0:
                return
            k = j + size
            if self._delimiter_at(text, k):
                m = _Match(text, j, k + size, 'escaped', k, k + size)
            else:
                e = _identifier_end(text, k)
                if e > k:
                    m = _Match(text, j, e, 'named', k, e)
                else:
                    e = _identifier_end(text, k + 1)
                    if (text[k:k + 1] == '{' and e > k + 1
                            and text[e:e + 1] == '}'):
                        m = _Match(text, j, e + 1, 'braced', k + 1, e)
                    else:
                        m = _Match(text, j, k, 'invalid', k, k)
            yield m
            # An empty delimiter matches everywhere: step past it.
            i = m.end() if m.end() > j else j + 1

    def sub(self, convert, text):
        parts = []
        last = 0
        for m in self.finditer(text):
            parts.append(text[last:m.start()])
            parts.append(convert(m))
            last = m.end()
        parts.append(text[last:])
        return ''.join(parts)


class Template:
    """A str with $-placeholders: $name, ${name}, and $$ for a dollar."""

    delimiter = '$'
    # ASCII identifiers only, whatever the flags say (the local ?a flag).
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._prepare()

    @classmethod
    def _prepare(cls):
        custom = ('pattern' in cls.__dict__
                  or cls.idpattern != _DEFAULT_IDPATTERN
                  or cls.braceidpattern not in (None, _DEFAULT_IDPATTERN)
                  or cls.flags != _IGNORECASE)
        if custom or _re is not None:
            if _re is None:
                raise ImportError(
                    'string.Template needs the re module for a custom pattern')
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = _re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                # The delimiter, then: itself again, a name, a name in
                # braces, or nothing (an invalid placeholder).
                pattern = (fr'{delim}(?:(?P<escaped>{delim})|(?P<named>{id})'
                           fr'|{{(?P<braced>{bid})}}|(?P<invalid>))')
            cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)
        cls._scanner = None if custom else _Scanner(cls.delimiter)

    def __init__(self, template):
        self.template = template

    def _finditer(self):
        if self._scanner is not None:
            return self._scanner.finditer(self.template)
        return self.pattern.finditer(self.template)

    def _sub(self, convert):
        if self._scanner is not None:
            return self._scanner.sub(convert, self.template)
        return self.pattern.sub(convert, self.template)

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern',
                          getattr(self, 'pattern', None))

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self._sub(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self._sub(convert)

    def is_valid(self):
        for mo in self._finditer():
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None
                    and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._finditer():
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None
                    and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return ids


# Template itself gets its pattern (or scanner) like its subclasses.
Template._prepare()


########################################################################
# The Formatter class: str.format's machinery, in overridable pieces.

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Empty names number the arguments automatically; explicit
            # numbers turn that off (False), and the two cannot mix.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs,
                used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """The (literal_text, field_name, format_spec, conversion) tuples of
        a format string; field_name is None where no field follows the text.
        """
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name ("0.real", "key[3]") refers to, and the
        argument it starts from.
        """
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
