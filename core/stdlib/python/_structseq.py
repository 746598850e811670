"""Struct sequences: the named tuples native modules return for C
structures (time.struct_time and the like), made as CPython makes them.

make_type(module, name, fields, n_sequence, doc) returns a tuple subclass
whose first n_sequence fields are the tuple's items; the remaining fields
are attributes only. Fields read as attributes and cannot be assigned.
"""

from _classutil import make_static as _make_static

__all__ = ["make_type", "namespace"]


class _Member:
    """A read-only field of a struct sequence type."""

    def __init__(self, owner, name, index, doc):
        self._owner = owner
        self._name = name
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self._index < type(obj).n_sequence_fields:
            return tuple.__getitem__(obj, self._index)
        return obj.__dict__[self._name]

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return "<member %r of %r objects>" % (self._name, self._owner)


def _full_name(cls):
    # Types of the builtins module (sys's asyncgen_hooks) show no module.
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _new(cls, *args, **kwargs):
    # The signature of CPython's structseq_new: (sequence, dict=None).
    name = "structseq"
    if len(args) + len(kwargs) > 2:
        raise TypeError("%s() takes at most 2 arguments (%d given)"
                        % (name, len(args) + len(kwargs)))
    for key in kwargs:
        if key not in ("sequence", "dict"):
            raise TypeError("%s() got an unexpected keyword argument '%s'"
                            % (name, key))
    if args:
        if "sequence" in kwargs:
            raise TypeError("argument for %s() given by name ('sequence') "
                            "and position (1)" % name)
        sequence = args[0]
    elif "sequence" in kwargs:
        sequence = kwargs["sequence"]
    else:
        raise TypeError("%s() missing required argument 'sequence' (pos 1)"
                        % name)
    if len(args) > 1:
        if "dict" in kwargs:
            raise TypeError("argument for %s() given by name ('dict') "
                            "and position (2)" % name)
        extra = args[1]
    else:
        extra = kwargs.get("dict")
    try:
        items = tuple(sequence)
    except TypeError:
        raise TypeError("constructor requires a sequence") from None
    if extra is not None and not isinstance(extra, dict):
        raise TypeError("%s() takes a dict as second arg, if any"
                        % _full_name(cls))
    n_seq = cls.n_sequence_fields
    n_all = cls.n_fields
    if len(items) < n_seq:
        how = "a" if n_seq == n_all else "an at least"
        raise TypeError("%s() takes %s %d-sequence (%d-sequence given)"
                        % (_full_name(cls), how, n_seq, len(items)))
    if len(items) > n_all:
        how = "a" if n_seq == n_all else "an at most"
        raise TypeError("%s() takes %s %d-sequence (%d-sequence given)"
                        % (_full_name(cls), how, n_all, len(items)))
    self = tuple.__new__(cls, items[:n_seq])
    state = self.__dict__
    for i, field in enumerate(cls._fields_all[n_seq:], n_seq):
        if i < len(items):
            state[field] = items[i]
        elif extra is not None:
            state[field] = extra.get(field)
        else:
            state[field] = None
    return self


def _repr(self):
    cls = type(self)
    # As CPython's, which labels the items with the names of its members:
    # an unnamed field takes the name of the next named one.
    named = [field for field in cls._fields_all if field is not None]
    parts = ["%s=%r" % (field, value) for field, value in zip(named, self)]
    return "%s(%s)" % (_full_name(cls), ", ".join(parts))


def _reduce(self):
    cls = type(self)
    n_seq = cls.n_sequence_fields
    extra = {field: self.__dict__[field] for field in cls._fields_all[n_seq:]}
    return (cls, (tuple(self), extra))


def _setattr(self, name, value):
    if name in type(self)._fields_all:
        raise AttributeError("readonly attribute")
    raise AttributeError("'%s' object has no attribute '%s'"
                         % (_full_name(type(self)), name))


def _delattr(self, name):
    _setattr(self, name, None)


def make_type(module, name, fields, n_sequence, doc=None):
    """A struct sequence type module.name with fields, a list of
    (name, doc) pairs, of which the first n_sequence are the items. A
    name of None makes an unnamed item (read by index only)."""
    names = tuple(f for f, _ in fields)
    unnamed = sum(1 for f in names if f is None)
    namespace = {
        "__module__": module,
        "__qualname__": name,
        "__doc__": doc,
        "__new__": _new,
        "__repr__": _repr,
        "__reduce__": _reduce,
        "__setattr__": _setattr,
        "__delattr__": _delattr,
        "__match_args__": tuple(f for f in names[:n_sequence]
                                if f is not None),
        "_fields_all": names,
        "n_sequence_fields": n_sequence,
        "n_fields": len(names),
        "n_unnamed_fields": unnamed,
    }
    cls = type(name, (tuple,), namespace)
    owner = "%s.%s" % (module, name)
    for index, (field, field_doc) in enumerate(fields):
        if field is not None:
            setattr(cls, field, _Member(owner, field, index, field_doc))
    # Like CPython's struct sequence types: immutable, named module.name
    # in messages.
    return _make_static(cls)


class namespace:
    """types.SimpleNamespace, for results such as time.get_clock_info()
    when there is no types module to provide it."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        if isinstance(other, namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


namespace.__name__ = namespace.__qualname__ = "SimpleNamespace"
namespace.__module__ = "types"
