"""Support to pretty-print lists, tuples, & dictionaries recursively.

Very simple, but useful, especially in debugging data structures.

Classes
-------

PrettyPrinter()
    Handle pretty-printing operations onto a stream using a configured
    set of formatting parameters.

Functions
---------

pformat()
    Format a Python object into a pretty-printed representation.

pprint()
    Pretty-print a Python object to a stream [default is sys.stdout].

saferepr()
    Generate a 'standard' repr()-like value, but protect against recursive
    data structures.

"""

# PVM's pprint: CPython 3.11's layout. Text is gathered as a list of
# pieces and written once. An object whose one-line repr does not fit is
# broken up by a layout method chosen by the __repr__ its type uses (so a
# subclass that keeps the built-in repr is laid out as the built-in).
# `indent` is the column the object starts at; `allowance` the columns
# that must stay free after it on its last line (closing brackets and
# commas of the enclosing containers).

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values which cannot be compared by their type
    names, then their ids."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            a, b = self.obj, other.obj
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _safe_tuple(pair):
    """Sort key of a (key, value) pair."""
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


class _Pieces(list):
    """The output being built: .write appends, like a stream's."""
    __slots__ = ()
    write = list.append


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent
            Number of spaces to indent for each level of nesting.

        width
            Attempted maximum number of columns in the output.

        depth
            The maximum depth to print out nested structures.

        stream
            The desired output stream.  If omitted (or false), the standard
            output stream available at construction will be used.

        compact
            If true, several items will be combined in one line.

        sort_dicts
            If true, dict keys are sorted.

        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            out = _Pieces()
            self._format(object, out, 0, 0, {}, 0)
            out.append("\n")
            self._stream.write(''.join(out))

    def pformat(self, object):
        out = _Pieces()
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # --- the layout ------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and _is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context,
                       level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _open_pad(self, stream):
        # An indent wider than one pads after the opening bracket.
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        self._open_pad(stream)
        newline = ',\n' + ' ' * indent
        sep = ''
        room = full = self._width - indent + 1
        items = iter(items)
        for item in items:
            break
        else:
            return
        last = False
        while not last:
            current = item
            for item in items:
                break
            else:
                last = True
                room -= allowance
                full -= allowance
            if self._compact:
                rep = self._repr(current, context, level)
                need = len(rep) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    write(sep)
                    sep = ', '
                    write(rep)
                    continue
            write(sep)
            sep = newline
            self._format(current, stream, indent, allowance if last else 1,
                         context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        write = stream.write
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        write = stream.write
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (name, value) in enumerate(items):
            last = i == last_index
            write(name)
            write('=')
            if id(value) in context:
                write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            self._format_dict_items(self._sorted_items(object), stream,
                                    indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top the pieces are wrapped in parentheses.
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        rep = ''
        for i, line in enumerate(lines):
            final_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (width - allowance if final_line else width):
                chunks.append(rep)
                continue
            # Too long: break after runs of whitespace.
            words = re.findall(r'\S*\s*', line)
            words.pop()
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = width
                if final_line and j == len(words) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context,
                             level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last = len(maps) - 1
        for i, m in enumerate(maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context,
                             level):
        # UserDict, UserList and UserString print as the data they wrap.
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    # --- one-line reprs --------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, '__repr__', None)
        if r is _INT_REPR and issubclass(typ, int):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if r is _DICT_REPR and issubclass(typ, dict):
            if not object:
                return '{}', True, False
            return self._safe_container(
                object, context, maxlevels, level, '{%s}', '{...}',
                self._sorted_items(object), True)
        if r is _LIST_REPR and issubclass(typ, list):
            if not object:
                return '[]', True, False
            return self._safe_container(object, context, maxlevels, level,
                                        '[%s]', '[...]', object, False)
        if r is _TUPLE_REPR and issubclass(typ, tuple):
            if len(object) == 1:
                fmt = '(%s,)'
            elif not object:
                return '()', True, False
            else:
                fmt = '(%s)'
            return self._safe_container(object, context, maxlevels, level,
                                        fmt, fmt % '...', object, False)
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith('<'), False

    def _safe_container(self, object, context, maxlevels, level, fmt, cut,
                        items, pairs):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return cut, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        fmt_one = self.format
        if pairs:
            for k, v in items:
                krep, kread, krec = fmt_one(k, context, maxlevels, level)
                vrep, vread, vrec = fmt_one(v, context, maxlevels, level)
                parts.append('%s: %s' % (krep, vrep))
                readable = readable and kread and vread
                if krec or vrec:
                    recursive = True
        else:
            for item in items:
                rep, read, rec = fmt_one(item, context, maxlevels, level)
                parts.append(rep)
                if not read:
                    readable = False
                if rec:
                    recursive = True
        del context[key]
        return fmt % ', '.join(parts), readable, recursive


_INT_REPR = int.__repr__
_DICT_REPR = dict.__repr__
_LIST_REPR = list.__repr__
_TUPLE_REPR = tuple.__repr__


def _is_plain_dataclass(object):
    """Whether object is a dataclass instance printed by the __repr__
    that dataclasses generated."""
    if not _dataclasses.is_dataclass(object) or isinstance(object, type):
        return False
    if not object.__dataclass_params__.repr:
        return False
    method = object.__repr__
    method = getattr(method, '__func__', method)
    inner = getattr(method, '__wrapped__', None)
    return inner is not None and "__create_fn__" in inner.__qualname__


def _bytes_chunks(data, width, allowance):
    """The reprs of the pieces of data, cut every four bytes, that fit in
    width (width - allowance for the last)."""
    chunks = []
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks


_P = PrettyPrinter
_LAYOUTS = {
    dict.__repr__: _P._pprint_dict,
    _collections.OrderedDict.__repr__: _P._pprint_ordered_dict,
    list.__repr__: _P._pprint_list,
    tuple.__repr__: _P._pprint_tuple,
    set.__repr__: _P._pprint_set,
    frozenset.__repr__: _P._pprint_set,
    str.__repr__: _P._pprint_str,
    bytes.__repr__: _P._pprint_bytes,
    bytearray.__repr__: _P._pprint_bytearray,
    _types.MappingProxyType.__repr__: _P._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: _P._pprint_simplenamespace,
    _collections.defaultdict.__repr__: _P._pprint_default_dict,
    _collections.Counter.__repr__: _P._pprint_counter,
    _collections.ChainMap.__repr__: _P._pprint_chain_map,
    _collections.deque.__repr__: _P._pprint_deque,
    _collections.UserDict.__repr__: _P._pprint_user_wrapper,
    _collections.UserList.__repr__: _P._pprint_user_wrapper,
    _collections.UserString.__repr__: _P._pprint_user_wrapper,
}
# Under CPython's name, so subclasses can add layouts for their types.
_P._dispatch = _LAYOUTS
del _P
